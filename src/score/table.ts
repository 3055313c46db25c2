import Table from 'cli-table3';

export interface Column {
  header: string;
  align?: 'left' | 'right';
  flex?: boolean; // may shrink (and wrap) to fit the terminal
  min?: number;
}

const GAP = 2;
const len = (s: string) => [...s].length;

/**
 * Column widths that fit `width`: natural widths when they fit, else the flexible
 * columns share what the fixed ones leave, each in proportion to its natural size.
 */
export function fitWidths(columns: Column[], rows: string[][], width: number): number[] {
  const natural = columns.map((c, i) => Math.max(len(c.header), ...rows.map((r) => Math.max(0, ...(r[i] ?? '').split('\n').map(len)))));
  const avail = width - GAP * (columns.length - 1);
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= avail) return natural;
  const fixed = natural.reduce((a, w, i) => (columns[i]!.flex ? a : a + w), 0);
  const flexTotal = total - fixed;
  let room = Math.max(0, avail - fixed);
  return natural.map((w, i) => {
    const c = columns[i]!;
    if (!c.flex) return w;
    const share = Math.max(c.min ?? 8, Math.floor((w / flexTotal) * room));
    return Math.min(w, share);
  });
}

/** A borderless table that fits the terminal; long flexible cells wrap. */
export function renderTable(columns: Column[], rows: string[][], opts: { width: number; bold?: (s: string) => string }): string {
  const widths = fitWidths(columns, rows, opts.width);
  const blank = { top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '', left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: ' '.repeat(GAP) };
  const t = new Table({
    head: columns.map((c) => (opts.bold ? opts.bold(c.header) : c.header)),
    colWidths: widths,
    colAligns: columns.map((c) => c.align ?? 'left'),
    wordWrap: true,
    wrapOnWordBoundary: true,
    chars: blank,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
  });
  for (const r of rows) t.push(r);
  return t.toString().split('\n').map((l) => l.trimEnd()).join('\n');
}
