import { describe, expect, it } from 'vitest';
import { nextFetchAt, retryDelayMs } from '../../src/fetch/backoff.js';
import { parseRetryAfter } from '../../src/fetch/retry-after.js';

const NOW = new Date('2026-11-23T07:00:00.000Z');
const after = (iso: string | null) => (iso === null ? null : Date.parse(iso) - NOW.getTime());
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('nextFetchAt', () => {
  it('a healthy feed is due on every scan', () => {
    expect(nextFetchAt(0, NOW, null)).toBeNull();
  });

  it('waits longer after each consecutive error, capped at 24 h', () => {
    const delays = [1, 2, 3, 4, 5, 6, 20, 1000].map((n) => after(nextFetchAt(n, NOW, null)));
    expect(delays).toEqual([15 * MIN, HOUR, 4 * HOUR, 16 * HOUR, 24 * HOUR, 24 * HOUR, 24 * HOUR, 24 * HOUR]);
  });

  it('Retry-After is a floor, never shortening the backoff', () => {
    expect(after(nextFetchAt(1, NOW, 2 * HOUR))).toBe(2 * HOUR);
    expect(after(nextFetchAt(3, NOW, 2 * HOUR))).toBe(4 * HOUR);
    expect(after(nextFetchAt(0, NOW, 30 * MIN))).toBe(30 * MIN);
  });

  it('an absurd Retry-After is held to a week', () => {
    expect(after(nextFetchAt(1, NOW, 10 ** 12))).toBe(7 * 24 * HOUR);
  });

  it('returns an ISO timestamp', () => {
    expect(nextFetchAt(1, NOW, null)).toBe('2026-11-23T07:15:00.000Z');
  });
});

describe('retryDelayMs', () => {
  it('doubles per attempt with ±50 % jitter', () => {
    expect(retryDelayMs(0, 250, () => 0)).toBe(125);
    expect(retryDelayMs(0, 250, () => 0.999999)).toBe(375);
    expect(retryDelayMs(2, 250, () => 0.5)).toBe(1000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-23T07:00:00Z');
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });
  it('reads an HTTP-date relative to now, never negative', () => {
    expect(parseRetryAfter('Mon, 23 Nov 2026 08:00:00 GMT', now)).toBe(HOUR);
    expect(parseRetryAfter('Sun, 22 Nov 2026 08:00:00 GMT', now)).toBe(0);
  });
  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
  });
});
