import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb, type DB } from '../../src/store/db.js';
import { upsertAccounts, listAccounts, findAccount } from '../../src/store/accounts.js';
import { parseAccountsCsv } from '../../src/importers/accounts.js';
import { combineReports } from '../../src/importers/report.js';

const fixture = (name: string) => fs.readFileSync(new URL(`../../fixtures/accounts/${name}`, import.meta.url), 'utf8');

describe('accounts store', () => {
  let dir: string;
  let db: DB;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signals-accounts-'));
    db = openDb(path.join(dir, 't.db'));
  });
  afterEach(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const importText = (text: string, name = 'x.csv') => {
    const parsed = parseAccountsCsv(text, name);
    return combineReports(parsed.report, upsertAccounts(db, parsed.rows));
  };
  const importFixture = (name: string) => importText(fixture(name), name);

  it('imports the HubSpot export and reports every row', () => {
    const r = importFixture('hubspot-companies.csv');
    expect(r).toMatchObject({ layout: 'hubspot', read: 13, imported: 12, updated: 0, unchanged: 0 });
    expect(r.read).toBe(r.imported + r.updated + r.unchanged + r.skipped.length);
    const tidepool = findAccount(db, 'tidepoollogistics');
    expect(tidepool).toMatchObject({ name: 'Tidepool Logistics, Inc.', domain: 'tidepool.io', isCustomer: true, employees: 400, country: 'US', source: 'hubspot' });
    expect(listAccounts(db)).toHaveLength(12);
  });

  it('re-importing the same file changes nothing and duplicates nothing', () => {
    importFixture('hubspot-companies.csv');
    const before = listAccounts(db);
    const again = importFixture('hubspot-companies.csv');
    expect(again).toMatchObject({ read: 13, imported: 0, updated: 0, unchanged: 12 });
    expect(listAccounts(db)).toEqual(before);
  });

  it('a Salesforce export of overlapping companies updates them (matched by key or domain)', () => {
    importFixture('hubspot-companies.csv');
    const r = importFixture('salesforce-accounts.csv');
    // new: Helix Data, Sable Outfitters, Cobalt Ridge Consulting
    expect(r).toMatchObject({ layout: 'salesforce', read: 8, imported: 3, updated: 5, unchanged: 0 });
    expect(listAccounts(db)).toHaveLength(15);
    const northwind = findAccount(db, 'northwindanalytics')!;
    expect(northwind).toMatchObject({ name: 'Northwind Analytics Inc.', employees: 185, lifecycle: 'Prospect', source: 'salesforce', industry: 'Software' });
    expect(findAccount(db, 'tidepoollogistics')).toMatchObject({ isCustomer: true, lifecycle: 'Customer - Direct', employees: 410 });
    // HubSpot knew it; Salesforce left it out: blanks never erase
    expect(findAccount(db, 'orbitalfreight')).toMatchObject({ domain: 'orbitalfreight.de', country: 'DE' });
  });

  it('a different name with a known domain updates that account and says so', () => {
    importFixture('hubspot-companies.csv');
    const r = importText('Company,Website,Employees\nNorthwind,https://www.northwindanalytics.com,190\n');
    expect(r).toMatchObject({ imported: 0, updated: 1 });
    expect(r.notes[0]!.reason).toMatch(/"Northwind" has the domain northwindanalytics\.com of account "Northwind Analytics" — updated that account/);
    const acc = findAccount(db, 'northwindanalytics')!;
    expect(acc).toMatchObject({ name: 'Northwind Analytics', employees: 190 });
    expect(findAccount(db, 'northwind')).toBeNull();
    expect(findAccount(db, 'northwind', 'northwindanalytics.com')!.id).toBe(acc.id);
  });

  it('merges duplicate rows within one file, so re-imports stay stable', () => {
    const text = 'Company,Website,Status\nCanopy HR,canopyhr.com,Prospect\nCanopy HR Ltd,canopyhr.com,Customer\nCanopy,https://canopyhr.com,\n';
    const first = importText(text);
    expect(first).toMatchObject({ read: 3, imported: 1 });
    expect(first.skipped.map((s) => s.reason)).toEqual([
      'same company as row 2 (Canopy HR) — merged into that row',
      'same domain canopyhr.com as row 2 (Canopy HR) — merged into that row',
    ]);
    expect(listAccounts(db)).toEqual([expect.objectContaining({ name: 'Canopy HR', isCustomer: true, lifecycle: 'Customer' })]);
    expect(importText(text)).toMatchObject({ imported: 0, updated: 0, unchanged: 1 });
  });

  it('a customer who churns is no longer a customer after re-import', () => {
    importText('Company,Status\nHarbor & Pine Coffee,Customer\n');
    expect(findAccount(db, 'harborandpinecoffee')!.isCustomer).toBe(true);
    importText('Company,Status\nHarbor & Pine Coffee,Former customer\n');
    expect(findAccount(db, 'harborandpinecoffee')!.isCustomer).toBe(false);
  });
});
