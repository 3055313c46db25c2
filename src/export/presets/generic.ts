// Every field, snake_case headers, for spreadsheets, scripts and CRMs without a preset.
import type { ExportPreset } from './types.js';

export const generic: ExportPreset = {
  name: 'generic',
  description: 'every field, snake_case columns (spreadsheets, scripts, other CRMs)',
  columns: [
    { header: 'prospect_id', kind: 'text', value: (r) => r.prospectId },
    { header: 'rank', kind: 'number', value: (r) => r.rank },
    { header: 'score', kind: 'number', value: (r) => Math.round(r.score * 10) / 10 },
    { header: 'company', kind: 'text', value: (r) => r.company },
    { header: 'domain', kind: 'domain', value: (r) => r.domain },
    { header: 'website', kind: 'url', value: (r) => r.website },
    { header: 'person', kind: 'text', value: (r) => r.fullName },
    { header: 'first_name', kind: 'text', value: (r) => r.firstName },
    { header: 'last_name', kind: 'text', value: (r) => r.lastName },
    { header: 'title', kind: 'text', value: (r) => r.jobTitle },
    { header: 'email', kind: 'email', value: (r) => r.email },
    { header: 'top_trigger', kind: 'text', value: (r) => r.trigger },
    { header: 'trigger_type', kind: 'text', value: (r) => r.triggerType },
    { header: 'trigger_date', kind: 'date', value: (r) => r.triggerDate },
    { header: 'source_url', kind: 'url', value: (r) => r.sourceUrl },
    { header: 'warm_path', kind: 'text', value: (r) => r.warmPath },
    { header: 'warm_contact', kind: 'text', value: (r) => r.warmContact },
    { header: 'score_reasons', kind: 'text', value: (r) => r.scoreReasons },
    { header: 'first_seen_at', kind: 'date', value: (r) => r.firstSeenAt },
    { header: 'updated_at', kind: 'date', value: (r) => r.updatedAt },
  ],
};
