// HubSpot contacts import (Contacts > Import > File from computer, one object:
// Contacts, or Contacts + Companies). HubSpot maps a column automatically when its
// header equals a property's label, case-insensitively (knowledge.hubspot.com,
// "Set up your import files": "HubSpot will match the column header to the
// property name … Otherwise, you can manually map"). Default contact property
// labels: First Name, Last Name, Email, Job Title, Company Name, Website URL;
// "Company Domain Name" is the company property HubSpot uses to create or match
// the associated company (domain is the company's unique identifier in imports).
// Signal Score / Top Trigger / Trigger Date / Source URL / Warm Path are custom
// contact properties: create them once (Settings > Properties) or pick
// "create a new property" on the mapping screen; Trigger Date as a date property
// (YYYY-MM-DD is read unambiguously), Signal Score as a number.
import type { ExportPreset } from './types.js';
import { wholeScore } from './types.js';

export const hubspot: ExportPreset = {
  name: 'hubspot',
  description: 'HubSpot contacts import (with company association by domain)',
  columns: [
    { header: 'First Name', kind: 'text', value: (r) => r.firstName },
    { header: 'Last Name', kind: 'text', value: (r) => r.lastName },
    { header: 'Email', kind: 'email', value: (r) => r.email },
    { header: 'Job Title', kind: 'text', value: (r) => r.jobTitle },
    { header: 'Company Name', kind: 'text', value: (r) => r.company },
    { header: 'Company Domain Name', kind: 'domain', value: (r) => r.domain },
    { header: 'Website URL', kind: 'url', value: (r) => r.website },
    { header: 'Signal Score', kind: 'number', value: wholeScore },
    { header: 'Top Trigger', kind: 'text', value: (r) => r.trigger },
    { header: 'Trigger Date', kind: 'date', value: (r) => r.triggerDate },
    { header: 'Source URL', kind: 'url', value: (r) => r.sourceUrl },
    { header: 'Warm Path', kind: 'text', value: (r) => r.warmPath },
  ],
};
