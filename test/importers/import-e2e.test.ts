import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { scratch, run, ensureBuilt, ROOT } from '../helpers/cli.js';

const fx = (p: string) => path.join(ROOT, 'fixtures', p);

describe('signals accounts/contacts import (built CLI)', () => {
  const s = scratch('signals-import-');
  const cli = (...args: string[]) => run(['--db', s.db, ...args], s.env);
  beforeAll(() => ensureBuilt());
  afterAll(() => s.cleanup());

  it('imports a HubSpot export, reports skipped rows, and re-imports without duplicates', () => {
    const first = cli('accounts', 'import', fx('accounts/hubspot-companies.csv'));
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toContain('read 13 rows');
    expect(first.stderr).toContain('(HubSpot layout): 12 imported, 0 updated, 0 unchanged, 1 skipped');
    expect(first.stderr).toContain('skipped row 12: no company name');

    const again = cli('accounts', 'import', fx('accounts/hubspot-companies.csv'), '--json');
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ kind: 'accounts', layout: 'hubspot', read: 13, imported: 0, updated: 0, unchanged: 12, skipped: [{ row: 12, reason: 'no company name' }] });

    const sf = cli('accounts', 'import', fx('accounts/salesforce-accounts.csv'), '--json');
    expect(JSON.parse(sf.stdout)).toMatchObject({ layout: 'salesforce', imported: 3, updated: 5 });

    const list = cli('accounts', 'list', '--json');
    const accounts = JSON.parse(list.stdout) as Array<Record<string, unknown>>;
    expect(accounts).toHaveLength(15);
    expect(accounts.find((a) => a.key === 'tidepoollogistics')).toMatchObject({ domain: 'tidepool.io', is_customer: true, country: 'US' });
    expect(cli('accounts', 'list', '--customers', '--json').stdout).toContain('"Tidepool Logistics"');
  });

  it('refuses a file with none of the expected columns (65) and a missing file (66)', () => {
    const bad = cli('accounts', 'import', fx('contacts/bad-columns.csv'));
    expect(bad.code).toBe(65);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/has none of the expected columns \(found: Deal Name, .*\) — expected HubSpot: Company name/);
    const missing = cli('contacts', 'import', path.join(s.dir, 'Connections.csv'));
    expect(missing.code).toBe(66);
    expect(missing.stderr).toContain('does not exist');
  });

  it("imports LinkedIn's Connections.csv and lists the contacts", () => {
    const r = cli('contacts', 'import', fx('contacts/Connections.csv'), '--json');
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ layout: 'linkedin', read: 25, imported: 23 });
    expect(report.skipped.map((x: { row: number }) => x.row)).toEqual([13, 27]);
    const list = JSON.parse(cli('contacts', 'list', '--company', 'northwind', '--json').stdout);
    expect(list.map((c: { full_name: string }) => c.full_name)).toEqual(['Owen Hartley', 'Dana Lee']);
  });

  it('resolve --review lists accounts sharing a domain', () => {
    cli('accounts', 'import', fx('accounts/generic-accounts.csv'));
    const dup = path.join(s.dir, 'dup.csv');
    // A different name with a known domain updates that account, so a shared
    // domain can only arise when a name matches one account and a domain another.
    fs.writeFileSync(dup, 'Company,Website\nCanopy HR,kestrelsecurity.com\n');
    const shared = cli('accounts', 'import', dup);
    expect(shared.code).toBe(0);
    expect(shared.stderr).toContain('"Canopy HR" now shares the domain kestrelsecurity.com with account "Kestrel Security"');
    const r = cli('resolve', '--review', '--json');
    expect(r.code, r.stderr).toBe(0);
    const items = JSON.parse(r.stdout) as Array<{ kind: string; subject: string }>;
    expect(items).toContainEqual(expect.objectContaining({ kind: 'accounts_share_domain', subject: 'kestrelsecurity.com' }));
  });
});
