import type { Contact } from '../types.js';
import { companyKey, personKey } from '../resolve/company-key.js';
import { readTable, cell, type Layout, type Table, type CsvRecord } from './csv.js';
import { cleanEmail, normalizeProfileUrl, parseDate } from './normalize.js';
import { emptyReport, type ImportReport } from './report.js';

type ContactField = 'name' | 'first' | 'middle' | 'last' | 'email' | 'company' | 'position' | 'url' | 'connectedOn';

/** A contact row ready for the store. `identity` is what makes two rows one person. */
export interface ContactInput {
  row: number;
  identity: string;
  firstName: string;
  lastName: string;
  fullName: string;
  nameKey: string;
  email: string | null;
  company: string | null;
  companyKey: string | null;
  position: string | null;
  connectedOn: string | null;
  url: string | null;
  source: Contact['source'];
}

const NAME = ['name', 'full name', 'contact', 'contact name', 'person'];
const FIRST = ['first name', 'firstname', 'first', 'given name'];

export const CONTACT_LAYOUTS: ReadonlyArray<Layout<ContactField>> = [
  {
    id: 'linkedin',
    label: 'LinkedIn Connections',
    fields: {
      name: [],
      first: ['First Name'],
      middle: [],
      last: ['Last Name'],
      email: ['Email Address'],
      company: ['Company'],
      position: ['Position'],
      url: ['URL'],
      connectedOn: ['Connected On'],
    },
    requires: [['First Name'], ['Last Name'], ['Connected On', 'URL']],
  },
  {
    // Both Google exports: the current one (First Name, Organization Name, E-mail 1 - Value)
    // and the older one (Given Name, Family Name, Organization 1 - Name).
    id: 'google',
    label: 'Google Contacts',
    fields: {
      name: ['Name'],
      first: ['First Name', 'Given Name'],
      middle: ['Middle Name', 'Additional Name'],
      last: ['Last Name', 'Family Name'],
      email: ['E-mail 1 - Value', 'Email 1 - Value'],
      company: ['Organization Name', 'Organization 1 - Name'],
      position: ['Organization Title', 'Organization 1 - Title'],
      url: ['Website 1 - Value'],
      connectedOn: [],
    },
    requires: [
      ['First Name', 'Given Name', 'Name'],
      ['E-mail 1 - Value', 'Email 1 - Value', 'Organization Name', 'Organization 1 - Name', 'Given Name', 'Group Membership', 'Labels', 'File As'],
    ],
  },
  {
    id: 'generic',
    label: 'generic',
    fields: {
      name: NAME,
      first: FIRST,
      middle: ['middle name'],
      last: ['last name', 'lastname', 'last', 'surname', 'family name'],
      email: ['email', 'email address', 'e-mail', 'mail', 'work email'],
      company: ['company', 'organization', 'organisation', 'employer', 'account', 'company name'],
      position: ['title', 'position', 'job title', 'role'],
      url: ['url', 'linkedin', 'linkedin url', 'profile url', 'profile'],
      connectedOn: ['connected on', 'connected', 'since', 'date added'],
    },
    requires: [[...NAME, ...FIRST]],
  },
];

/** "Lee, Dana" is how some address books file names. */
function splitFull(full: string): { first: string; last: string } {
  const comma = /^([^,]+),\s*([^,]+)$/.exec(full);
  if (comma && !/\b(jr|sr|ii|iii|iv|phd|mba|md|cpa)\.?$/i.test(comma[2]!.trim())) return { first: comma[2]!.trim(), last: comma[1]!.trim() };
  const parts = full.split(' ');
  if (parts.length === 1) return { first: parts[0]!, last: '' };
  return { first: parts.slice(0, -1).join(' '), last: parts[parts.length - 1]! };
}

function readRow(table: Table<ContactField>, rec: CsvRecord, report: ImportReport): ContactInput | null {
  const clean = (s: string | null) => (s ? s.replace(/\s+/g, ' ').trim() : null);
  let first = clean(cell(table, rec, 'first'));
  let last = clean(cell(table, rec, 'last'));
  const middle = clean(cell(table, rec, 'middle'));
  const whole = clean(cell(table, rec, 'name'));
  if (!first && !last && whole) ({ first, last } = splitFull(whole));
  if (!first && !last) {
    const reason =
      table.layout.id === 'linkedin'
        ? 'no name (LinkedIn leaves the name empty for members who hide their connection details)'
        : 'no name';
    report.skipped.push({ row: rec.row, reason });
    return null;
  }
  const fullName = [first, middle, last].filter(Boolean).join(' ');
  const nameKey = personKey(fullName);
  if (!nameKey) {
    report.skipped.push({ row: rec.row, reason: `name "${fullName}" has no letters to match on` });
    return null;
  }
  const rawEmail = cell(table, rec, 'email');
  const email = cleanEmail(rawEmail);
  if (rawEmail && !email) report.notes.push({ row: rec.row, reason: `e-mail "${rawEmail}" is not an address — left empty` });
  const rawUrl = cell(table, rec, 'url');
  // Google's website column is any site; only a profile URL identifies the person.
  const url = table.layout.id === 'google' && !/linkedin\.com\//i.test(rawUrl ?? '') ? null : normalizeProfileUrl(rawUrl);
  const rawDate = cell(table, rec, 'connectedOn');
  const connectedOn = parseDate(rawDate);
  if (rawDate && !connectedOn) report.notes.push({ row: rec.row, reason: `date "${rawDate}" is not a date — left empty` });
  const company = clean(cell(table, rec, 'company'));
  const ck = companyKey(company);
  const identity = email ? `email:${email}` : url ? `url:${url}` : `name:${nameKey}@${ck ?? ''}`;
  return {
    row: rec.row,
    identity,
    firstName: first ?? '',
    lastName: last ?? '',
    fullName,
    nameKey,
    email,
    company,
    companyKey: ck,
    position: clean(cell(table, rec, 'position')),
    connectedOn,
    url,
    source: table.layout.id as Contact['source'],
  };
}

export interface ParsedContacts {
  report: ImportReport;
  rows: ContactInput[];
}

/** Read a LinkedIn Connections.csv, Google Contacts export or generic people list. */
export function parseContactsCsv(text: string, file: string): ParsedContacts {
  const table = readTable(text, CONTACT_LAYOUTS, 'contacts', file);
  const report = emptyReport('contacts', table.layout.id, file);
  const rows: ContactInput[] = [];
  for (const rec of table.records) {
    report.read++;
    const row = readRow(table, rec, report);
    if (row) rows.push(row);
  }
  return { report, rows };
}
