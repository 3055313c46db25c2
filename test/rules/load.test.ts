import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRulesFile, loadRules, readCompaniesCsv } from '../../src/rules/load.js';
import { SignalsError } from '../../src/errors.js';

const TRIGGERS = 'triggers:\n  - name: Seed\n    when: { type: funding, round: seed }\n    points: 20\n';

function tmp(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signals-rules-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('loadRules', () => {
  it('refuses a missing file with how to get one (exit 78)', () => {
    const err = (() => { try { loadRules('/nonexistent/rules.yaml'); } catch (e) { return e; } })() as SignalsError;
    expect(err).toBeInstanceOf(SignalsError);
    expect(err.exitCode).toBe(78);
    expect(err.message).toBe('no rule file at /nonexistent/rules.yaml — run `signals init` or pass --rules FILE');
  });

  it('throws a config error listing every problem, never an empty rule set', () => {
    const err = (() => { try { loadRules('fixtures/rules-broken.yaml'); } catch (e) { return e; } })() as SignalsError;
    expect(err.exitCode).toBe(78);
    expect(err.message.split('\n').filter((l) => l.startsWith('  fixtures/rules-broken.yaml:')).length).toBeGreaterThanOrEqual(11);
  });

  it('reads exclude.companies_file relative to the rule file', () => {
    const dir = tmp({ 'rules.yaml': `exclude: { companies_file: lists/no.csv }\n${TRIGGERS}` });
    fs.mkdirSync(path.join(dir, 'lists'));
    fs.writeFileSync(path.join(dir, 'lists', 'no.csv'), '\ufeffCompany,Domain\nTidepool Logistics,tidepool.io\nHelix Data,helixdata.ai\n');
    expect(loadRules(path.join(dir, 'rules.yaml')).exclude.companies).toEqual(['Tidepool Logistics', 'Helix Data']);
  });

  it('reports a missing companies_file at its line', () => {
    const dir = tmp({ 'rules.yaml': `${TRIGGERS}exclude:\n  companies_file: gone.csv\n` });
    const { rules, problems } = checkRulesFile(path.join(dir, 'rules.yaml'));
    expect(rules).toBeNull();
    expect(problems[0]).toMatchObject({ line: 6, col: 3 });
    expect(problems[0]!.message).toMatch(/gone\.csv does not exist/);
  });

  it('reads a headerless one-column CSV', () => {
    expect(readCompaniesCsv('quantaforge.com\nRival Co\n')).toEqual(['quantaforge.com', 'Rival Co']);
  });
});
