import { describe, expect, it } from 'vitest';
import { eventFingerprint, sameEvent, type MergeLike } from '../../src/extract/merge.js';
import { extractEvents } from '../../src/extract/index.js';

// The item as the scanner hands it over: headline, HTML-stripped body, feed author.
const extract = (title: string, body = '', author: string | null = null) =>
  extractEvents({ title, summary: body, content: '', author, link: null, published: null, feedKind: null });

const base: MergeLike = { type: 'funding', companyKey: 'northwindanalytics', personKey: null, round: 'series_b', amountUsd: 28_000_000, occurredAt: '2026-11-12T10:00:00Z' };

describe('one event, many sources', () => {
  it.each([
    ['same round, rounded differently', { amountUsd: 28_400_000 }, true],
    ['one source does not name the round', { round: 'unknown' as const }, true],
    ['one source has no amount', { amountUsd: null }, true],
    ['three days later', { occurredAt: '2026-11-15T08:00:00Z' }, true],
    ['a different round', { round: 'series_c' as const }, false],
    ['a very different amount', { amountUsd: 60_000_000 }, false],
    ['another company', { companyKey: 'ferrumpay' }, false],
    ['two months later', { occurredAt: '2027-01-20T08:00:00Z' }, false],
    ['another type', { type: 'acquisition' as const }, false],
  ])('%s', (_what, change, same) => {
    expect(sameEvent(base, { ...base, ...change })).toBe(same);
  });

  it('matches job changes by person and company', () => {
    const a: MergeLike = { type: 'job_change', companyKey: 'lumenhealth', personKey: 'priya raman', occurredAt: '2026-11-10T00:00:00Z' };
    expect(sameEvent(a, { ...a, occurredAt: '2026-11-11T00:00:00Z' })).toBe(true);
    expect(sameEvent(a, { ...a, personKey: 'tom becker' })).toBe(false);
    expect(sameEvent(a, { ...a, companyKey: 'stripe' })).toBe(false);
  });

  it('matches acquisitions by target', () => {
    const a: MergeLike = { type: 'acquisition', companyKey: 'snowflake', personKey: null, target: 'Helix Data', amountUsd: 250_000_000, occurredAt: '2026-11-10T00:00:00Z' };
    expect(sameEvent(a, { ...a, target: 'Helix Data Inc.' })).toBe(true);
    expect(sameEvent(a, { ...a, target: 'Tandem' })).toBe(false);
  });

  it('fingerprints events with the shared keys', () => {
    const [press] = extract('Lumen Health names Priya Raman Chief Marketing Officer');
    expect(eventFingerprint(press!)).toEqual({ companyKey: 'lumenhealth', personKey: 'priya raman' });
    const [round] = extract('Northwind Analytics raises $28M Series B');
    expect(eventFingerprint(round!)).toEqual({ companyKey: 'northwindanalytics', personKey: null });
  });
});
