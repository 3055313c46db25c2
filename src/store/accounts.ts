import type { DB } from './db.js';
import type { Account } from '../types.js';
import type { AccountInput } from '../importers/accounts.js';
import { emptyReport, type ImportReport, type RowNote } from '../importers/report.js';

interface AccountRow {
  id: number;
  key: string;
  name: string;
  domain: string | null;
  industry: string | null;
  employees: number | null;
  country: string | null;
  lifecycle: string | null;
  is_customer: number;
  source: Account['source'];
}

const toAccount = (r: AccountRow): Account => ({
  id: r.id,
  key: r.key,
  name: r.name,
  domain: r.domain,
  industry: r.industry,
  employees: r.employees,
  country: r.country,
  lifecycle: r.lifecycle,
  isCustomer: r.is_customer === 1,
  source: r.source,
});

/**
 * Rows of one file that name the same company (same key, or same domain) become
 * one row: later values fill and override earlier ones. Without this a file with
 * a duplicate would flip the account back and forth on every re-import.
 */
export function collapseDuplicates(rows: AccountInput[]): { rows: AccountInput[]; skipped: RowNote[] } {
  const out: AccountInput[] = [];
  const skipped: RowNote[] = [];
  const byKey = new Map<string, AccountInput>();
  const byDomain = new Map<string, AccountInput>();
  for (const r of rows) {
    const first = byKey.get(r.key) ?? (r.domain ? byDomain.get(r.domain) : undefined);
    if (!first) {
      const copy = { ...r };
      out.push(copy);
      byKey.set(r.key, copy);
      if (r.domain) byDomain.set(r.domain, copy);
      continue;
    }
    const how = first.key === r.key ? 'same company' : `same domain ${r.domain}`;
    skipped.push({ row: r.row, reason: `${how} as row ${first.row} (${first.name}) — merged into that row` });
    first.domain ??= r.domain;
    first.industry = r.industry ?? first.industry;
    first.employees = r.employees ?? first.employees;
    first.country = r.country ?? first.country;
    if (r.lifecycle !== null) (first.lifecycle = r.lifecycle), (first.isCustomer = r.isCustomer);
    if (first.domain) byDomain.set(first.domain, first);
  }
  return { rows: out, skipped };
}

/**
 * Insert or update accounts in one transaction. An account is the same when its
 * key matches, else when its domain matches an existing account (which keeps its
 * own name and key, so events already linked to it stay linked). Blank fields in
 * the file never erase what an earlier import knew.
 */
export function upsertAccounts(db: DB, input: AccountInput[], nowIso = new Date().toISOString()): ImportReport {
  const report = emptyReport('accounts', input[0]?.source ?? 'generic');
  const { rows, skipped } = collapseDuplicates(input);
  report.skipped.push(...skipped);
  report.read = input.length;
  const byKey = db.prepare('SELECT * FROM accounts WHERE key = ?');
  const byDomain = db.prepare('SELECT * FROM accounts WHERE domain = ? ORDER BY id LIMIT 1');
  const insert = db.prepare(
    `INSERT INTO accounts (key, name, domain, industry, employees, country, lifecycle, is_customer, source, updated_at)
     VALUES (@key, @name, @domain, @industry, @employees, @country, @lifecycle, @is_customer, @source, @updated_at)`,
  );
  const update = db.prepare(
    `UPDATE accounts SET name = @name, domain = @domain, industry = @industry, employees = @employees, country = @country,
       lifecycle = @lifecycle, is_customer = @is_customer, source = @source, updated_at = @updated_at WHERE id = @id`,
  );
  db.transaction(() => {
    for (const r of rows) {
      let existing = byKey.get(r.key) as AccountRow | undefined;
      if (!existing && r.domain) {
        existing = byDomain.get(r.domain) as AccountRow | undefined;
        if (existing) report.notes.push({ row: r.row, reason: `"${r.name}" has the domain ${r.domain} of account "${existing.name}" — updated that account` });
      }
      if (!existing) {
        insert.run({
          key: r.key, name: r.name, domain: r.domain, industry: r.industry, employees: r.employees, country: r.country,
          lifecycle: r.lifecycle, is_customer: r.isCustomer ? 1 : 0, source: r.source, updated_at: nowIso,
        });
        report.imported++;
        continue;
      }
      const prev = existing;
      const keyMatch = prev.key === r.key;
      if (keyMatch && r.domain && r.domain !== prev.domain) {
        const other = byDomain.get(r.domain) as AccountRow | undefined;
        if (other && other.id !== prev.id) {
          report.notes.push({ row: r.row, reason: `"${r.name}" now shares the domain ${r.domain} with account "${other.name}" — check \`signals resolve --review\`` });
        }
      }
      const next = {
        id: prev.id,
        name: keyMatch ? r.name : prev.name,
        domain: r.domain ?? prev.domain,
        industry: r.industry ?? prev.industry,
        employees: r.employees ?? prev.employees,
        country: r.country ?? prev.country,
        lifecycle: r.lifecycle ?? prev.lifecycle,
        is_customer: r.lifecycle !== null ? (r.isCustomer ? 1 : 0) : prev.is_customer,
        source: r.source,
        updated_at: nowIso,
      };
      const changed = (['name', 'domain', 'industry', 'employees', 'country', 'lifecycle', 'is_customer', 'source'] as const).some(
        (f) => next[f] !== prev[f],
      );
      if (changed) {
        update.run(next);
        report.updated++;
      } else {
        report.unchanged++;
      }
    }
  }).immediate();
  report.skipped.sort((a, b) => a.row - b.row);
  report.notes.sort((a, b) => a.row - b.row);
  return report;
}

export function listAccounts(db: DB): Account[] {
  return (db.prepare('SELECT * FROM accounts ORDER BY name COLLATE NOCASE, id').all() as AccountRow[]).map(toAccount);
}

/** The account with this key, else the one with this domain. */
export function findAccount(db: DB, companyKey: string, domain?: string | null): Account | null {
  const row =
    (db.prepare('SELECT * FROM accounts WHERE key = ?').get(companyKey) as AccountRow | undefined) ??
    (domain ? (db.prepare('SELECT * FROM accounts WHERE domain = ? ORDER BY id LIMIT 1').get(domain) as AccountRow | undefined) : undefined);
  return row ? toAccount(row) : null;
}
