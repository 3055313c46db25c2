import { stringify } from 'csv-stringify/sync';
import type { ExportPreset, PresetColumn } from './presets/types.js';
import type { ExportRecord } from './record.js';
import { safeText } from '../report/safe-text.js';

// A cell starting with one of these is run as a formula by Excel, LibreOffice and
// Google Sheets (OWASP "CSV Injection"): =HYPERLINK(...), +cmd|..., -2+3, @SUM(...).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefix a would-be formula with a single quote so spreadsheets show it as text. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

const DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;
const URL_START = /^https?:\/\//i;
const EMAIL = /^[^\s@,;<>"=+\-][^\s@,;<>"]*@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * One cell as the preset's column kind allows. Validated kinds that fail their
 * check come out empty rather than as raw text, so only 'text' cells ever carry
 * arbitrary content, and those are cleaned and neutralised.
 */
export function cell(col: PresetColumn, r: ExportRecord): string {
  const v = col.value(r);
  if (v === null || v === undefined || v === '') return '';
  switch (col.kind) {
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
    case 'date':
      return DATE.test(String(v)) ? String(v) : '';
    case 'url':
      return URL_START.test(String(v)) && !/[\s"]/.test(String(v)) ? String(v) : '';
    case 'email':
      return EMAIL.test(String(v)) ? String(v) : '';
    case 'domain':
      return DOMAIN.test(String(v)) ? String(v).toLowerCase() : '';
    case 'text':
      return neutralise(safeText(String(v)));
  }
}

/** RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break. */
export function toCsv(preset: ExportPreset, records: readonly ExportRecord[], opts: { bom?: boolean } = {}): string {
  const rows = [preset.columns.map((c) => c.header), ...records.map((r) => preset.columns.map((c) => cell(c, r)))];
  const body = stringify(rows, { record_delimiter: 'windows', quoted_match: /^\s|\s$/ });
  // Excel reads a CSV as the legacy code page unless it starts with a UTF-8 BOM.
  return opts.bom ? '\ufeff' + body : body;
}
