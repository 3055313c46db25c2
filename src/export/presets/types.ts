import type { ExportRecord } from '../record.js';

/**
 * How a cell is written. Only 'text' cells can carry feed-controlled text that a
 * spreadsheet might run as a formula, so only they are neutralised; the others
 * are validated values (numbers, ISO dates, http(s) URLs, addresses, domains).
 */
export type CellKind = 'text' | 'number' | 'date' | 'url' | 'email' | 'domain';

export interface PresetColumn {
  header: string;
  kind: CellKind;
  value(r: ExportRecord): string | number | null;
}

export interface ExportPreset {
  name: string;
  /** Shown in --help and errors: what the file is for. */
  description: string;
  columns: PresetColumn[];
}

/** Score as a whole number: CRMs' number fields choke on 71.83333. */
export const wholeScore = (r: ExportRecord) => Math.round(r.score);

/** Salesforce/Pipedrive-style temperature from the score. */
export function rating(score: number): 'Hot' | 'Warm' | 'Cold' {
  return score >= 70 ? 'Hot' : score >= 40 ? 'Warm' : 'Cold';
}

/** One readable paragraph for a CRM's free-text field (Description, Note). */
export function summaryText(r: ExportRecord): string {
  return [
    `Signal score ${wholeScore(r)}/100.`,
    r.trigger ? `Trigger: ${r.trigger}${r.triggerDate ? ` (${r.triggerDate})` : ''}.` : '',
    r.sourceUrl ? `Source: ${r.sourceUrl}` : '',
    r.warmPath ? `Warm path: ${r.warmPath}.` : '',
    r.scoreReasons ? `Why: ${r.scoreReasons}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
