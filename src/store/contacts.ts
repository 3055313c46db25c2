import type { DB } from './db.js';
import type { Contact } from '../types.js';
import type { ContactInput } from '../importers/contacts.js';
import { emptyReport, type ImportReport, type RowNote } from '../importers/report.js';

interface ContactRow {
  id: number;
  identity: string;
  first_name: string;
  last_name: string;
  full_name: string;
  name_key: string;
  email: string | null;
  company: string | null;
  company_key: string | null;
  position: string | null;
  connected_on: string | null;
  url: string | null;
  source: Contact['source'];
}

const toContact = (r: ContactRow): Contact => ({
  id: r.id,
  firstName: r.first_name,
  lastName: r.last_name,
  fullName: r.full_name,
  nameKey: r.name_key,
  email: r.email,
  company: r.company,
  companyKey: r.company_key,
  position: r.position,
  connectedOn: r.connected_on,
  url: r.url,
  source: r.source,
});

/** Rows of one file for the same identity become one (later values win). */
function collapseDuplicates(rows: ContactInput[]): { rows: ContactInput[]; skipped: RowNote[] } {
  const seen = new Map<string, ContactInput>();
  const out: ContactInput[] = [];
  const skipped: RowNote[] = [];
  for (const r of rows) {
    const first = seen.get(r.identity);
    if (!first) {
      const copy = { ...r };
      seen.set(r.identity, copy);
      out.push(copy);
      continue;
    }
    skipped.push({ row: r.row, reason: `same person as row ${first.row} (${first.fullName}) — merged into that row` });
    for (const f of ['email', 'company', 'companyKey', 'position', 'connectedOn', 'url'] as const) first[f] = r[f] ?? first[f];
  }
  return { rows: out, skipped };
}

// A LinkedIn connection stays one when later seen in an address book: the
// relationship is what warm paths rely on.
const SOURCE_RANK: Record<Contact['source'], number> = { linkedin: 3, google: 2, generic: 1 };

/**
 * Insert or update contacts in one transaction. The same person is found by
 * identity, else e-mail, else profile URL, else name + company (unless both have
 * different e-mails: then they are two people who share a name).
 */
export function upsertContacts(db: DB, input: ContactInput[], nowIso = new Date().toISOString()): ImportReport {
  const report = emptyReport('contacts', input[0]?.source ?? 'generic');
  const { rows, skipped } = collapseDuplicates(input);
  report.read = input.length;
  report.skipped.push(...skipped);
  const q = {
    identity: db.prepare('SELECT * FROM contacts WHERE identity = ?'),
    email: db.prepare('SELECT * FROM contacts WHERE email = ? ORDER BY id LIMIT 1'),
    url: db.prepare('SELECT * FROM contacts WHERE url = ? ORDER BY id LIMIT 1'),
    nameCompany: db.prepare(
      'SELECT * FROM contacts WHERE name_key = ? AND company_key = ? AND (email IS NULL OR ? IS NULL OR email = ?) ORDER BY id LIMIT 1',
    ),
  };
  const insert = db.prepare(
    `INSERT INTO contacts (identity, first_name, last_name, full_name, name_key, email, company, company_key, position, connected_on, url, source, updated_at)
     VALUES (@identity, @first_name, @last_name, @full_name, @name_key, @email, @company, @company_key, @position, @connected_on, @url, @source, @updated_at)`,
  );
  const update = db.prepare(
    `UPDATE contacts SET first_name = @first_name, last_name = @last_name, full_name = @full_name, name_key = @name_key, email = @email,
       company = @company, company_key = @company_key, position = @position, connected_on = @connected_on, url = @url,
       source = @source, updated_at = @updated_at WHERE id = @id`,
  );
  const find = (r: ContactInput): ContactRow | undefined =>
    (q.identity.get(r.identity) as ContactRow | undefined) ??
    (r.email ? (q.email.get(r.email) as ContactRow | undefined) : undefined) ??
    (r.url ? (q.url.get(r.url) as ContactRow | undefined) : undefined) ??
    (r.companyKey ? (q.nameCompany.get(r.nameKey, r.companyKey, r.email, r.email) as ContactRow | undefined) : undefined);

  db.transaction(() => {
    for (const r of rows) {
      const prev = find(r);
      const values = {
        first_name: r.firstName,
        last_name: r.lastName,
        full_name: r.fullName,
        name_key: r.nameKey,
        email: r.email ?? prev?.email ?? null,
        company: r.company ?? prev?.company ?? null,
        company_key: r.company ? r.companyKey : (prev?.company_key ?? null),
        position: r.position ?? prev?.position ?? null,
        connected_on: r.connectedOn ?? prev?.connected_on ?? null,
        url: r.url ?? prev?.url ?? null,
        source: prev && SOURCE_RANK[prev.source] > SOURCE_RANK[r.source] ? prev.source : r.source,
        updated_at: nowIso,
      };
      if (!prev) {
        insert.run({ identity: r.identity, ...values });
        report.imported++;
        continue;
      }
      const changed = (Object.keys(values) as Array<keyof typeof values>).some((f) => f !== 'updated_at' && values[f] !== prev[f]);
      if (changed) {
        update.run({ id: prev.id, ...values });
        report.updated++;
      } else {
        report.unchanged++;
      }
    }
  }).immediate();
  report.skipped.sort((a, b) => a.row - b.row);
  return report;
}

export function listContacts(db: DB): Contact[] {
  return (db.prepare('SELECT * FROM contacts ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id').all() as ContactRow[]).map(toContact);
}
