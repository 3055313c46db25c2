import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ensureBuilt, run, scratch, ROOT } from '../helpers/cli.js';

describe('signals cron', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('prints a crontab entry with absolute paths, scan then digest, logging under the XDG state dir', () => {
    const s = scratch('signals-cron-');
    try {
      const db = path.join(s.dir, 'my data', 'signals.db');
      const r = run(['--db', db, 'cron', '--at', '07:15', '--format', 'html'], s.env);
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stdout.trim().split('\n');
      expect(lines[0]).toMatch(/^# /);
      expect(lines.some((l) => /^# .*crontab -e/.test(l))).toBe(true);
      const entry = lines[lines.length - 1]!;
      const state = path.join(s.dir, 'state', 'signals');
      expect(entry.startsWith(`15 7 * * * ${process.execPath} ${fs.realpathSync(path.join(ROOT, 'bin', 'signals'))} --db '${db}' scan --quiet`)).toBe(true);
      expect(entry).toContain(`digest --since-last --format html --out ${state}/digests/digest-$(date +\\%F).html`);
      expect(entry).toContain(`>> ${state}/cron.log 2>&1`);
      expect(entry.indexOf(' scan ')).toBeLessThan(entry.indexOf(' digest '));
      // crontab turns a bare % into a newline: every one is escaped.
      expect(entry).not.toMatch(/(?<!\\)%/);
      expect(fs.existsSync(path.join(state, 'digests'))).toBe(true);
    } finally {
      s.cleanup();
    }
  });

  it('defaults to 06:30 and markdown, and rejects a bad time', () => {
    const s = scratch('signals-cron-');
    try {
      const r = run(['cron'], s.env);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/\n30 6 \* \* \* /);
      expect(r.stdout).toContain('--format markdown');
      expect(run(['cron', '--at', '25:00'], s.env).code).toBe(64);
      expect(run(['cron', '--format', 'pdf'], s.env).code).toBe(64);
    } finally {
      s.cleanup();
    }
  });
});
