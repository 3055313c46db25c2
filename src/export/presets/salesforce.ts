// Salesforce Leads via the Data Import Wizard. Headers are the wizard's own
// labels from "Field Mapping for Importing Leads" (help.salesforce.com,
// xcloud.field_mapping_for_importing_leads): "label the columns in your import
// file to match the Salesforce Lead fields" and the wizard maps them — First Name
// and Last Name (not Full Name, never both), Company, Title, Email, Website,
// Lead Source, Rating, Description. Last Name and Company are required on a
// Lead, so a company-only prospect gets "[not provided]" as its Last Name, the
// placeholder Salesforce's own Web-to-Lead uses for a missing required name.
// Rating is the standard Hot/Warm/Cold picklist; Lead Source "signals" needs to
// exist as a Lead Source picklist value (or choose it on the wizard's first page).
// Score, trigger, date, link and warm path go into Description (long text).
import type { ExportPreset } from './types.js';
import { rating, summaryText } from './types.js';

export const NOT_PROVIDED = '[not provided]';

export const salesforce: ExportPreset = {
  name: 'salesforce',
  description: 'Salesforce Leads (Data Import Wizard)',
  columns: [
    { header: 'First Name', kind: 'text', value: (r) => (r.lastName ? r.firstName : '') },
    // A single-word name is the Last Name: it is the one Salesforce requires.
    { header: 'Last Name', kind: 'text', value: (r) => r.lastName || r.firstName || NOT_PROVIDED },
    { header: 'Company', kind: 'text', value: (r) => r.company },
    { header: 'Title', kind: 'text', value: (r) => r.jobTitle },
    { header: 'Email', kind: 'email', value: (r) => r.email },
    { header: 'Website', kind: 'url', value: (r) => r.website },
    { header: 'Lead Source', kind: 'text', value: () => 'signals' },
    { header: 'Rating', kind: 'text', value: (r) => rating(r.score) },
    { header: 'Description', kind: 'text', value: summaryText },
  ],
};
