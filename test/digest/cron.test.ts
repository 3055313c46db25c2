import { describe, it, expect } from 'vitest';
import { cronEntry, parseAt, shQuote } from '../../src/digest/cron.js';

describe('cronEntry', () => {
  const spec = {
    at: '06:30', node: '/usr/local/bin/node', cli: '/opt/signals/bin/signals', db: "/home/dana/it's data/signals.db", rules: '/home/dana/.config/signals/rules.yaml',
    format: 'markdown' as const, logFile: '/home/dana/.local/state/signals/cron.log', digestDir: '/home/dana/.local/state/signals/digests',
  };
  it('runs scan then the digest with absolute, quoted paths', () => {
    const entry = cronEntry(spec).split('\n').pop()!;
    expect(entry).toBe(
      "30 6 * * * /usr/local/bin/node /opt/signals/bin/signals --db '/home/dana/it'\\''s data/signals.db' scan --quiet --rules /home/dana/.config/signals/rules.yaml >> /home/dana/.local/state/signals/cron.log 2>&1; " +
        "/usr/local/bin/node /opt/signals/bin/signals --db '/home/dana/it'\\''s data/signals.db' digest --since-last --format markdown --out /home/dana/.local/state/signals/digests/digest-$(date +\\%F).md >> /home/dana/.local/state/signals/cron.log 2>&1",
    );
  });
  it('explains how to install it', () => {
    expect(cronEntry(spec)).toMatch(/^# .*\n# Install: run `crontab -e`/);
  });
  it('parses times of day', () => {
    expect(parseAt('06:30')).toEqual({ hour: 6, minute: 30 });
    expect(parseAt('23:59')).toEqual({ hour: 23, minute: 59 });
    expect(() => parseAt('24:00')).toThrow(/--at/);
    expect(() => parseAt('6.30')).toThrow(/HH:MM/);
  });
  it('quotes only what needs it', () => {
    expect(shQuote('/usr/bin/node')).toBe('/usr/bin/node');
    expect(shQuote('/a b/c')).toBe("'/a b/c'");
    expect(shQuote("it's")).toBe("'it'\\''s'");
  });
});
