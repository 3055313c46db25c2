import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb, type DB } from '../../src/store/db.js';
import { upsertContacts, listContacts } from '../../src/store/contacts.js';
import { parseContactsCsv } from '../../src/importers/contacts.js';
import { combineReports } from '../../src/importers/report.js';

const fixture = (name: string) => fs.readFileSync(new URL(`../../fixtures/contacts/${name}`, import.meta.url), 'utf8');

describe('contacts store', () => {
  let dir: string;
  let db: DB;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signals-contacts-'));
    db = openDb(path.join(dir, 't.db'));
  });
  afterEach(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const importText = (text: string, name = 'x.csv') => {
    const parsed = parseContactsCsv(text, name);
    return combineReports(parsed.report, upsertContacts(db, parsed.rows));
  };
  const importFixture = (name: string) => importText(fixture(name), name);
  const byName = (name: string) => listContacts(db).filter((c) => c.fullName === name);

  it('imports Connections.csv, skipping hidden members with a reason', () => {
    const r = importFixture('Connections.csv');
    expect(r).toMatchObject({ layout: 'linkedin', read: 25, imported: 23, updated: 0, unchanged: 0 });
    expect(r.skipped).toHaveLength(2);
    expect(listContacts(db)).toHaveLength(23);
    expect(byName('Dana Lee')[0]).toMatchObject({ company: 'Northwind Analytics', companyKey: 'northwindanalytics', connectedOn: '2024-03-15', source: 'linkedin' });
  });

  it('re-importing is idempotent', () => {
    importFixture('Connections.csv');
    const before = listContacts(db);
    expect(importFixture('Connections.csv')).toMatchObject({ imported: 0, updated: 0, unchanged: 23 });
    expect(listContacts(db)).toEqual(before);
  });

  it('the same person from Google and a generic list joins the LinkedIn contact (by profile URL, e-mail, or name + company)', () => {
    importFixture('Connections.csv');
    const g = importFixture('google-contacts.csv');
    expect(g).toMatchObject({ read: 6, imported: 4, updated: 1 }); // Dana Lee matched by profile URL
    expect(byName('Dana Lee')).toEqual([
      expect.objectContaining({ email: 'dana.lee@northwindanalytics.com', source: 'linkedin', connectedOn: '2024-03-15' }),
    ]);
    const generic = importFixture('generic-contacts.csv');
    // Dana by e-mail, James Whitfield by profile URL
    expect(generic).toMatchObject({ read: 6, imported: 3, updated: 1, unchanged: 1 });
    expect(byName('James Whitfield')).toEqual([expect.objectContaining({ email: 'james.whitfield@personio.de', source: 'linkedin' })]);
    const legacy = importFixture('google-contacts-legacy.csv');
    // Tom Becker (no URL, no e-mail on LinkedIn) matched by name + company
    expect(legacy).toMatchObject({ imported: 1, updated: 1 });
    expect(byName('Tom Becker')).toEqual([expect.objectContaining({ email: 'tom.becker@stripe.com', company: 'Stripe' })]);
  });

  it('two people with one name at one company stay two when their e-mails differ', () => {
    importText('name,email,company\nAlex Kim,alex.kim@gong.io,Gong\n');
    const r = importText('name,email,company\nAlex Kim,akim@gmail.com,Gong\n');
    expect(r.imported).toBe(1);
    expect(byName('Alex Kim')).toHaveLength(2);
  });
});
