import Table from 'cli-table3';
import { Chalk } from 'chalk';
import { safeText } from './safe-text.js';
import { displayWidth, truncateToWidth } from './width.js';
import { colourEnabled, terminalWidth } from '../util/term.js';

export interface Column {
  header: string;
  /** 'flex' columns give up width (ellipsis) when the table is too wide; a number is a fixed cap. */
  width?: 'flex' | number;
  align?: 'left' | 'right';
  /** Narrowest a flex column may become (default 6, or its header if shorter). */
  min?: number;
}

export interface TableOptions {
  /** Columns available; default the terminal width. */
  maxWidth?: number;
  /** Force colour on or off (e.g. off when the table goes to a file); default: colourEnabled(). */
  colour?: boolean;
  /** Wrap long cells onto more lines at word boundaries instead of cutting them with "…". */
  wrap?: boolean;
}

const GAP = 2; // spaces between columns
const MIN_FLEX = 6; // a flex column never shrinks below this (or its header, if shorter)

// Borderless, like `ps` or `kubectl get`: easy to read, easy to grep and cut.
const CHARS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '',
  middle: ' '.repeat(GAP),
};

/**
 * Widths that fit `maxWidth`: fixed columns keep their (capped) natural width,
 * flex columns share what is left, the narrow ones keeping all they need and the
 * wide ones splitting the rest evenly.
 */
export function fitWidths(natural: number[], columns: Column[], maxWidth: number): number[] {
  const widths = natural.map((w, i) => {
    const spec = columns[i]?.width;
    return typeof spec === 'number' ? Math.min(w, Math.max(1, spec)) : w;
  });
  const overhead = GAP * Math.max(0, widths.length - 1);
  const total = widths.reduce((a, b) => a + b, 0) + overhead;
  if (total <= maxWidth) return widths;
  const flex = widths.map((_, i) => i).filter((i) => columns[i]?.width === 'flex');
  if (flex.length === 0) return widths;
  const fixed = widths.reduce((a, w, i) => (flex.includes(i) ? a : a + w), 0);
  let budget = maxWidth - overhead - fixed;
  const byNeed = [...flex].sort((a, b) => widths[a]! - widths[b]!);
  for (const [k, i] of byNeed.entries()) {
    const share = Math.floor(budget / (byNeed.length - k));
    const floor = Math.min(widths[i]!, Math.max(columns[i]!.min ?? MIN_FLEX, displayWidth(columns[i]!.header)));
    const w = Math.max(floor, Math.min(widths[i]!, share));
    widths[i] = w;
    budget -= w;
  }
  return widths;
}

/**
 * A table for the terminal. Every cell goes through safeText (feed text is
 * untrusted), flex columns are cut with "…" to fit the width, colour only when
 * the terminal wants it. Returns the lines without a trailing newline.
 */
export function renderTable(columns: Column[], rows: string[][], opts: TableOptions = {}): string {
  const head = columns.map((c) => safeText(c.header));
  const cells = rows.map((r) => columns.map((_, i) => safeText(r[i])));
  const natural = head.map((h, i) => Math.max(displayWidth(h), ...cells.map((r) => displayWidth(r[i]!))));
  const widths = fitWidths(natural, columns, opts.maxWidth ?? terminalWidth());
  const colour = opts.colour ?? colourEnabled();
  const chalk = new Chalk({ level: colour ? 1 : 0 });

  const table = new Table({
    head: head.map((h, i) => chalk.bold(truncateToWidth(h, widths[i]!))),
    colWidths: widths,
    colAligns: columns.map((c) => c.align ?? 'left'),
    chars: CHARS,
    style: { 'padding-left': 0, 'padding-right': 0, head: [], border: [] },
    wordWrap: Boolean(opts.wrap),
    wrapOnWordBoundary: true,
  });
  for (const r of cells) table.push(opts.wrap ? r : r.map((c, i) => truncateToWidth(c, widths[i]!)));
  return table
    .toString()
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n');
}
