import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import path from 'node:path';
import { ensureBuilt, ROOT, run, scratch } from '../helpers/cli.js';

// `signals rules test` after the demo's export: every prospect is cooling down, and the
// output must say so instead of reading as if the rule file ranked nothing.
describe('signals rules test', () => {
  let s: ReturnType<typeof scratch>;
  let env: NodeJS.ProcessEnv;
  let db: string;
  const rules = path.join(ROOT, 'fixtures', 'rules.yaml');
  beforeAll(() => {
    ensureBuilt();
    s = scratch('signals-rulestest-');
    env = { ...s.env, SIGNALS_NOW: '2026-11-23T08:00:00.000Z' };
    const demo = run(['demo', '--dir', path.join(s.dir, 'demo')], env);
    expect(demo.code, demo.stderr).toBe(0);
    db = path.join(s.dir, 'demo', 'signals.db');
  }, 120_000);
  afterAll(() => s.cleanup());

  it('says that exported companies left because they are cooling down, not because of the rules', () => {
    const r = run(['--db', db, 'rules', 'test', '--rules', rules], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('no prospects: every company it ranks was exported in the last 30 days and is cooling down');
    expect(r.stdout).toMatch(/^left: Kestrel Security \(was #2, score \d+\) — cooling down since its export on 2026-11-23$/m);
    expect(r.stderr).toMatch(/8 left \(8 cooling down after an export\)/);
    const json = JSON.parse(run(['--db', db, 'rules', 'test', '--rules', rules, '--json'], env).stdout) as Array<{ status: string; cooling_down_since: string | null }>;
    expect(json.length).toBe(8);
    expect(json.every((c) => c.status === 'left' && c.cooling_down_since?.startsWith('2026-11-23'))).toBe(true);
  });

  it('once the cool-down is over, the same companies rank again', () => {
    const later = { ...env, SIGNALS_NOW: '2026-12-24T08:00:00.000Z' };
    const r = run(['--db', db, 'rules', 'test', '--rules', rules, '--json'], later);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as Array<{ status: string; cooling_down_since: string | null }>;
    expect(json.some((c) => c.status !== 'left')).toBe(true);
    expect(json.every((c) => c.cooling_down_since === null)).toBe(true);
  });
});
