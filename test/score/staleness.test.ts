import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, setMeta } from '../../src/store/db.js';
import { ruleFileSwitch } from '../../src/score/staleness.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function freshDb() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signals-staleness-'));
  dirs.push(dir);
  return openDb(path.join(dir, 'signals.db'));
}

describe('ruleFileSwitch', () => {
  it('says nothing before any ranking was stored', () => {
    const db = freshDb();
    expect(ruleFileSwitch(db, '/home/rep/.config/signals/rules.yaml')).toBeNull();
    db.close();
  });

  it('says nothing when the same file is used again, however it is spelled', () => {
    const db = freshDb();
    setMeta(db, 'prospects.rules_file', path.resolve('fixtures/rules.yaml'));
    expect(ruleFileSwitch(db, 'fixtures/rules.yaml')).toBeNull();
    db.close();
  });

  it('names both files and how to keep the old one when the rule file changed', () => {
    const db = freshDb();
    setMeta(db, 'prospects.rules_file', '/srv/team/icp-fintech.yaml');
    const note = ruleFileSwitch(db, '/home/rep/.config/signals/rules.yaml');
    expect(note).toBe(
      'note: ranked with /home/rep/.config/signals/rules.yaml; the previous ranking used /srv/team/icp-fintech.yaml (pass --rules /srv/team/icp-fintech.yaml to keep using it)',
    );
    db.close();
  });
});
