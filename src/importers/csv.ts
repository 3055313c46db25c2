import { parse, CsvError } from 'csv-parse/sync';
import { dataError } from '../errors.js';

/** One data record and the file line it starts on (what a rep sees in an editor or spreadsheet). */
export interface CsvRecord {
  row: number;
  cells: string[];
}

/**
 * A known export layout. `fields` lists the header labels each field goes by (the
 * first is the canonical one, shown when a file is refused); `requires` lists
 * groups of labels of which the header must contain at least one each.
 */
export interface Layout<F extends string> {
  id: string;
  label: string;
  fields: Record<F, readonly string[]>;
  requires: ReadonlyArray<readonly string[]>;
}

export interface Table<F extends string> {
  layout: Layout<F>;
  header: string[];
  columns: Partial<Record<F, number>>;
  records: CsvRecord[];
}

/** "Company Domain Name", "company_domain_name" and "CompanyDomainName" are one column. */
export function normHeader(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function accepts<F extends string>(layout: Layout<F>, present: Set<string>): boolean {
  return layout.requires.every((group) => group.some((label) => present.has(normHeader(label))));
}

function mapColumns<F extends string>(layout: Layout<F>, header: string[]): Partial<Record<F, number>> {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const k = normHeader(h);
    if (k && !index.has(k)) index.set(k, i);
  });
  const columns: Partial<Record<F, number>> = {};
  for (const field of Object.keys(layout.fields) as F[]) {
    for (const label of layout.fields[field]) {
      const i = index.get(normHeader(label));
      if (i !== undefined) {
        columns[field] = i;
        break;
      }
    }
  }
  return columns;
}

function parseLine(line: string): string[] | null {
  try {
    const rows = parse(line, { relax_quotes: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
    return rows[0] ?? null;
  } catch {
    return null;
  }
}

/** How far to look for the header: LinkedIn's "Notes:" preamble is a few lines, never pages. */
const HEADER_SCAN_LINES = 100;

/**
 * Find the header (scanning past any preamble), pick the first layout it fits,
 * and parse the records below it. A header that fits no layout is refused with
 * the columns each layout expects.
 */
export function readTable<F extends string>(text: string, layouts: ReadonlyArray<Layout<F>>, what: string, file: string): Table<F> {
  const body = text.replace(/^\uFEFF/, '');
  const lineRe = /\r\n|\n|\r/g;
  let offset = 0;
  let firstCells: string[] | null = null;
  for (let lineNo = 1; lineNo <= HEADER_SCAN_LINES && offset <= body.length; lineNo++) {
    lineRe.lastIndex = offset;
    const m = lineRe.exec(body);
    const end = m ? m.index : body.length;
    const cells = parseLine(body.slice(offset, end));
    if (cells && cells.some((c) => c.trim() !== '')) {
      firstCells ??= cells;
      const present = new Set(cells.map(normHeader));
      const layout = layouts.find((l) => accepts(l, present));
      if (layout) {
        const header = cells.map((c) => c.trim());
        return { layout, header, columns: mapColumns(layout, header), records: parseRecords(body.slice(offset), lineNo, file) };
      }
    }
    if (!m) break;
    offset = m.index + m[0].length;
  }
  const expected = layouts.map((l) => `${l.label}: ${expectedColumns(l)}`).join('; ');
  const found = firstCells ? firstCells.map((c) => c.trim()).filter(Boolean).slice(0, 12).join(', ') : 'nothing';
  throw dataError(`${what} file ${file} has none of the expected columns (found: ${found}) — expected ${expected}`);
}

/** The canonical label of each field a layout reads, alternatives joined by "or". */
export function expectedColumns<F extends string>(layout: Layout<F>): string {
  const required = new Set(layout.requires.flat().map(normHeader));
  return (Object.values(layout.fields) as Array<readonly string[]>)
    .map((labels) => {
      const main = labels.filter((l) => required.has(normHeader(l)));
      const shown = main.length ? main.slice(0, 2) : labels.slice(0, 1);
      return shown.join(' or ');
    })
    .filter((s) => s !== '')
    .join(', ');
}

/** Byte offsets at which each line of `buf` starts (\r\n, \n and a lone \r all end a line). */
function lineStarts(buf: Buffer): number[] {
  const starts = [0];
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === 0x0a) starts.push(i + 1);
    else if (buf[i] === 0x0d && buf[i + 1] !== 0x0a) starts.push(i + 1);
  }
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function parseRecords(text: string, headerLine: number, file: string): CsvRecord[] {
  type Parsed = { record: string[]; info: { bytes: number } };
  let parsed: Parsed[];
  try {
    parsed = parse(text, {
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      // Files edited by hand often mix line endings; accept each kind everywhere.
      record_delimiter: ['\r\n', '\n', '\r'],
      info: true,
    }) as unknown as Parsed[];
  } catch (err) {
    if (err instanceof CsvError) {
      const rel = (err as CsvError & { lines?: number }).lines;
      const where = typeof rel === 'number' ? ` near line ${rel + headerLine - 1}` : '';
      if (err.code === 'CSV_QUOTE_NOT_CLOSED') throw dataError(`${file}: a quoted field is never closed (the file ends inside it${where}) — fix the unbalanced quote and import again`);
      throw dataError(`${file}${where}: ${err.message} — fix the CSV and import again`);
    }
    throw err;
  }
  // csv-parse reports where each record ends (in bytes); it starts at the first
  // line after the previous record that has content (blank and all-empty rows
  // before it were skipped).
  const buf = Buffer.from(text, 'utf8');
  const starts = lineStarts(buf);
  const out: CsvRecord[] = [];
  let prevEnd = 0;
  for (const [i, { record, info }] of parsed.entries()) {
    let start = prevEnd;
    let line = lineAt(starts, start);
    while (line < starts.length) {
      const next = starts[line] ?? buf.length;
      if (!/^[\s,"]*$/.test(buf.subarray(start, next).toString('utf8'))) break;
      start = next;
      line++;
    }
    prevEnd = info.bytes;
    if (i > 0) out.push({ row: line + headerLine - 1, cells: record });
  }
  return out;
}

/** A trimmed cell, or null when the column is absent or blank. */
export function cell<F extends string>(table: Table<F>, rec: CsvRecord, field: F): string | null {
  const i = table.columns[field];
  if (i === undefined) return null;
  const v = rec.cells[i];
  if (v === undefined) return null;
  const t = v.trim();
  return t === '' ? null : t;
}
