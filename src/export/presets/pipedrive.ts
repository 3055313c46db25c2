// Pipedrive leads via Import data > From a spreadsheet. Every lead needs a lead
// title plus a person name or an organization name ("Importing: mandatory
// fields", support.pipedrive.com/en/article/importing-mandatory-fields), and a
// note can be imported with it. Headers use Pipedrive's "<Item> - <Field>" naming
// (its own exports and mapping screen: Lead - Title, Person - Name, Person -
// Email, Person - Job title, Organization - Name, Note - Content) so each column
// lands under the right item; the mapping screen still asks you to confirm.
// Pipedrive has no standard field for a score or trigger, so they go into the
// note (create custom lead fields and map them if you want them filterable).
import type { ExportPreset } from './types.js';
import { summaryText } from './types.js';

export const pipedrive: ExportPreset = {
  name: 'pipedrive',
  description: 'Pipedrive leads with person, organization and a note',
  columns: [
    { header: 'Lead - Title', kind: 'text', value: (r) => (r.trigger ? `${r.company}: ${r.trigger}` : r.company) },
    { header: 'Person - Name', kind: 'text', value: (r) => r.fullName },
    { header: 'Person - Email', kind: 'email', value: (r) => r.email },
    { header: 'Person - Job title', kind: 'text', value: (r) => r.jobTitle },
    { header: 'Organization - Name', kind: 'text', value: (r) => r.company },
    { header: 'Note - Content', kind: 'text', value: (r) => [summaryText(r), r.website ? `Website: ${r.website}` : ''].filter(Boolean).join(' ') },
  ],
};
