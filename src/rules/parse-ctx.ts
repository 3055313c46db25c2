import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { didYouMean } from './suggest.js';
import { snake } from './vocab.js';

/** Where a rule-file reader reports problems; every helper keeps going after one. */
export interface ParseCtx {
  problem(node: Node | null | undefined, message: string): void;
}

const kind = (node: Node | null | undefined): string => {
  if (!node) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'nothing';
    return typeof v === 'string' ? `"${v}"` : String(v);
  }
  return 'an alias';
};

/** key → value node of a mapping, reporting unknown keys with the closest known one. */
export function entries(ctx: ParseCtx, node: Node | null | undefined, label: string, known: readonly string[]): Map<string, { key: Node; value: Node | null }> | undefined {
  const out = new Map<string, { key: Node; value: Node | null }>();
  if (!node || (isScalar(node) && node.value === null)) return out;
  if (!isMap(node)) {
    ctx.problem(node, `${label} must be a mapping of keys (${known.join(', ')}), got ${kind(node)}`);
    return undefined;
  }
  for (const pair of node.items as Pair<Node, Node | null>[]) {
    const keyNode = pair.key;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    if (!known.includes(key)) {
      ctx.problem(keyNode, `unknown key \`${key}\` in ${label}${didYouMean(key, known) || ` — expected one of: ${known.join(', ')}`}`);
      continue;
    }
    out.set(key, { key: keyNode, value: pair.value ?? null });
  }
  return out;
}

/** A string, or a list of strings (a single value is accepted where a list is expected). */
export function stringList(ctx: ParseCtx, node: Node | null, label: string): string[] | undefined {
  if (!node) return [];
  const items: Node[] = isSeq(node) ? (node.items as Node[]) : [node];
  const out: string[] = [];
  let ok = true;
  for (const it of items) {
    if (isScalar(it) && (typeof it.value === 'string' || typeof it.value === 'number') && String(it.value).trim() !== '') out.push(String(it.value).trim());
    else if (isScalar(it) && it.value === null && !isSeq(node)) return [];
    else {
      ctx.problem(it, `${label} must be a text value or a list of them, got ${kind(it)}`);
      ok = false;
    }
  }
  return ok ? out : undefined;
}

/** A list of vocabulary words; "Series B" is read as series_b; unknown words get a suggestion. */
export function enumList<T extends string>(ctx: ParseCtx, node: Node | null, label: string, values: readonly T[], hints: Readonly<Record<string, string>> = {}): T[] | undefined {
  const items: Node[] = node ? (isSeq(node) ? (node.items as Node[]) : [node]) : [];
  const out: T[] = [];
  let ok = true;
  for (const it of items) {
    if (!isScalar(it) || typeof it.value !== 'string') {
      ctx.problem(it, `${label} must be one of ${values.join(', ')} (or a list of them), got ${kind(it)}`);
      ok = false;
      continue;
    }
    const v = snake(it.value) as T;
    if (!values.includes(v)) {
      const hint = hints[v] && values.includes(hints[v] as T) ? ` — did you mean \`${hints[v]}\`?` : didYouMean(it.value, values);
      ctx.problem(it, `unknown ${label} \`${it.value}\`${hint || ` — expected one of: ${values.join(', ')}`}`);
      ok = false;
      continue;
    }
    out.push(v);
  }
  return ok ? out : undefined;
}

const MULT: Record<string, number> = { '': 1, k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9 };

/** "5M", "$250k", "1.5bn", "5_000_000", "5,000,000" → a number (amounts are easier to read that way). */
export function parseAmount(text: string): number | null {
  const m = /^\s*\$?\s*(\d[\d_,]*(?:\.\d+)?)\s*(k|m|mn|b|bn)?\s*$/i.exec(text);
  if (!m) return null;
  const n = Number(m[1]!.replace(/[_,]/g, ''));
  return Number.isFinite(n) ? n * MULT[(m[2] ?? '').toLowerCase()]! : null;
}

export function numberValue(ctx: ParseCtx, node: Node | null, label: string, opts: { min?: number; max?: number; positive?: boolean; amount?: boolean } = {}): number | undefined {
  const amount = opts.amount && isScalar(node) && typeof node.value === 'string' ? parseAmount(node.value) : null;
  if (amount === null && (!isScalar(node) || typeof node.value !== 'number' || !Number.isFinite(node.value))) {
    ctx.problem(node, `${label} must be a number${opts.amount ? ' (5000000, 5_000_000 or 5M)' : ''}, got ${kind(node)}`);
    return undefined;
  }
  const v = amount ?? ((node as { value: number }).value);
  if (opts.positive && v <= 0) return void ctx.problem(node, `${label} must be greater than 0, got ${v}`);
  if (opts.min !== undefined && v < opts.min) {
    return void ctx.problem(node, opts.min === 0 ? `${label} must not be negative, got ${v}` : `${label} must be at least ${opts.min}, got ${v}`);
  }
  if (opts.max !== undefined && v > opts.max) return void ctx.problem(node, `${label} must be at most ${opts.max}, got ${v}`);
  return v;
}

export function booleanValue(ctx: ParseCtx, node: Node | null, label: string): boolean | undefined {
  if (isScalar(node) && typeof node.value === 'boolean') return node.value;
  ctx.problem(node, `${label} must be true or false, got ${kind(node)}`);
  return undefined;
}

/** `{ min: N, max: N }` (either may be left out); min > max is a problem. */
export function rangeValue(ctx: ParseCtx, node: Node | null, label: string, amount = false): { min: number | null; max: number | null } | undefined {
  const e = entries(ctx, node, label, ['min', 'max']);
  if (!e) return undefined;
  if (e.size === 0) return void ctx.problem(node, `${label} needs a min, a max or both, e.g. { min: 20, max: 500 }`);
  const min = e.has('min') ? numberValue(ctx, e.get('min')!.value, `${label}.min`, { min: 0, amount }) : null;
  const max = e.has('max') ? numberValue(ctx, e.get('max')!.value, `${label}.max`, { min: 0, amount }) : null;
  if (min === undefined || max === undefined) return undefined;
  if (min !== null && max !== null && min > max) return void ctx.problem(node, `${label}: min ${min} is greater than max ${max}`);
  return { min, max };
}

/** A case-insensitive regular expression; syntax errors are reported, not thrown. */
export function regexValue(ctx: ParseCtx, node: Node | null, label: string): RegExp | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || node.value === '') {
    return void ctx.problem(node, `${label} must be a regular expression as text, e.g. "(chief|vp).*(revenue|sales)", got ${kind(node)}`);
  }
  try {
    return new RegExp(node.value, 'i');
  } catch (err) {
    return void ctx.problem(node, `${label} is not a valid regular expression: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}`);
  }
}
