import type { Account } from '../types.js';
import { companyKey } from '../resolve/company-key.js';
import { readTable, cell, type Layout, type Table, type CsvRecord } from './csv.js';
import { domainOf, parseEmployees, normalizeCountry, isCustomerStage } from './normalize.js';
import { emptyReport, type ImportReport } from './report.js';

type AccountField = 'name' | 'domain' | 'industry' | 'employees' | 'country' | 'lifecycle';

/** An account row ready for the store (key from companyKey, fields normalised). */
export interface AccountInput {
  row: number;
  key: string;
  name: string;
  domain: string | null;
  industry: string | null;
  employees: number | null;
  country: string | null;
  lifecycle: string | null;
  isCustomer: boolean;
  source: Account['source'];
}

// Order matters: the first layout whose required columns are present wins, so
// the CRM-specific ones come before the catch-all.
export const ACCOUNT_LAYOUTS: ReadonlyArray<Layout<AccountField>> = [
  {
    id: 'hubspot',
    label: 'HubSpot',
    fields: {
      name: ['Company name'],
      domain: ['Company Domain Name', 'Website URL', 'Website', 'Domain'],
      industry: ['Industry'],
      employees: ['Number of Employees', 'Company size', 'Employees'],
      country: ['Country/Region', 'Country'],
      lifecycle: ['Lifecycle Stage', 'Type'],
    },
    requires: [['Company name'], ['Company Domain Name', 'Lifecycle Stage', 'Country/Region', 'Record ID', 'Company owner', 'Website URL']],
  },
  {
    id: 'salesforce',
    label: 'Salesforce',
    fields: {
      name: ['Account Name', 'Name'],
      domain: ['Website'],
      industry: ['Industry'],
      employees: ['NumberOfEmployees', 'Employees', 'Number of Employees'],
      country: ['BillingCountry', 'Billing Country', 'ShippingCountry', 'Shipping Country'],
      lifecycle: ['Type', 'Account Type'],
    },
    // "Name" alone is too common to mean Salesforce; with an API column it does.
    requires: [
      ['Account Name', 'Name'],
      ['Account Name', 'BillingCountry', 'Billing Country', 'NumberOfEmployees', 'Account Type', 'Account Owner', 'Account ID'],
    ],
  },
  {
    id: 'generic',
    label: 'generic',
    fields: {
      name: ['name', 'company', 'company name', 'account', 'account name', 'organization', 'organisation', 'business name'],
      domain: ['domain', 'website', 'company domain', 'web', 'url', 'site', 'homepage'],
      industry: ['industry', 'sector', 'vertical'],
      employees: ['employees', 'employee count', 'headcount', 'head count', 'size', 'company size', 'number of employees', 'staff'],
      country: ['country', 'country code', 'hq country', 'headquarters country', 'country/region'],
      lifecycle: ['status', 'lifecycle', 'lifecycle stage', 'stage', 'type', 'relationship', 'customer', 'is customer'],
    },
    requires: [['name', 'company', 'company name', 'account', 'account name', 'organization', 'organisation', 'business name']],
  },
];

const YES = /^(yes|y|true|1|x|✓)$/i;

/** A "Customer" column holding yes/no rather than a stage. */
function booleanCustomerColumn(table: Table<AccountField>): boolean {
  const i = table.columns.lifecycle;
  if (i === undefined) return false;
  return /^(is[\s_-]*)?customer$/i.test((table.header[i] ?? '').trim());
}

function readRow(table: Table<AccountField>, rec: CsvRecord, report: ImportReport): AccountInput | null {
  const name = cell(table, rec, 'name');
  if (!name) {
    report.skipped.push({ row: rec.row, reason: 'no company name' });
    return null;
  }
  const key = companyKey(name);
  if (!key) {
    report.skipped.push({ row: rec.row, reason: `company name "${name}" has no distinctive words to match on` });
    return null;
  }
  const rawDomain = cell(table, rec, 'domain');
  const domain = domainOf(rawDomain);
  if (rawDomain && !domain) report.notes.push({ row: rec.row, reason: `website "${rawDomain}" is not a domain — left empty` });
  const rawEmployees = cell(table, rec, 'employees');
  const employees = parseEmployees(rawEmployees);
  if (rawEmployees && employees === null) report.notes.push({ row: rec.row, reason: `employees "${rawEmployees}" is not a number or range — left empty` });
  let lifecycle = cell(table, rec, 'lifecycle');
  let isCustomer = isCustomerStage(lifecycle);
  if (booleanCustomerColumn(table) && lifecycle !== null) {
    isCustomer = YES.test(lifecycle);
    lifecycle = isCustomer ? 'customer' : null;
  }
  return {
    row: rec.row,
    key,
    name: name.replace(/\s+/g, ' '),
    domain,
    industry: cell(table, rec, 'industry'),
    employees,
    country: normalizeCountry(cell(table, rec, 'country')),
    lifecycle,
    isCustomer,
    source: table.layout.id as Account['source'],
  };
}

export interface ParsedAccounts {
  report: ImportReport; // read, skipped and notes from reading; counts filled by the store
  rows: AccountInput[];
}

/** Read a CRM company export (layout detected from its header) into account rows. */
export function parseAccountsCsv(text: string, file: string): ParsedAccounts {
  const table = readTable(text, ACCOUNT_LAYOUTS, 'accounts', file);
  const report = emptyReport('accounts', table.layout.id, file);
  const rows: AccountInput[] = [];
  for (const rec of table.records) {
    report.read++;
    const row = readRow(table, rec, report);
    if (row) rows.push(row);
  }
  return { report, rows };
}
