import type { FeedKind, JobFunction, Round, RoundQualifier, Seniority } from '../types.js';
import { FEED_KINDS } from '../types.js';

// The labelled corpus: one JSON object per line in fixtures/corpus/*.jsonl.
// Field names are snake_case because the files are written and read by people.

export const SOURCE_STYLES = ['newswire', 'techpress', 'newsletter', 'career_post', 'blog'] as const;
export type SourceStyle = (typeof SOURCE_STYLES)[number];

export const ROUNDS: readonly Round[] = [
  'pre_seed', 'seed', 'angel',
  'series_a', 'series_b', 'series_c', 'series_d', 'series_e', 'series_f', 'series_g', 'series_h', 'series_i', 'series_j',
  'convertible_note', 'debt', 'grant', 'private_equity', 'corporate', 'crowdfunding', 'post_ipo', 'unknown',
];
export const ROUND_QUALIFIERS: readonly Exclude<RoundQualifier, null>[] = ['extension', 'bridge'];
export const SENIORITIES: readonly Seniority[] = ['founder', 'c_level', 'vp', 'head', 'director', 'manager', 'individual'];
export const FUNCTIONS: readonly JobFunction[] = [
  'marketing', 'sales', 'engineering', 'product', 'finance', 'operations', 'hr', 'security', 'data',
  'customer_success', 'legal', 'design', 'general_management', 'it', 'communications', 'strategy', 'other',
];

export interface ExpectedFunding {
  type: 'funding';
  company: string;
  round: Round;
  round_qualifier: RoundQualifier;
  amount: number | null;
  currency: string | null;
  investors: string[]; // leads first
  lead_investors: string[];
}

export interface ExpectedJobChange {
  type: 'job_change';
  person: string;
  title: string;
  seniority: Seniority;
  function: JobFunction;
  company: string;
  previous_company: string | null;
}

export interface ExpectedAcquisition {
  type: 'acquisition';
  company: string; // acquirer
  target: string;
  amount: number | null;
  currency: string | null;
}

export type ExpectedEvent = ExpectedFunding | ExpectedJobChange | ExpectedAcquisition;
export type ScoredType = ExpectedEvent['type'];
export const SCORED_TYPES: readonly ScoredType[] = ['funding', 'job_change', 'acquisition'];

export interface CorpusItem {
  id: string;
  source_style: SourceStyle;
  title: string;
  summary: string;
  content: string;
  author: string | null;
  feedKind: FeedKind | null;
  expected: ExpectedEvent[];
}

/** Where a corpus item came from, so problems can be reported as file:line. */
export interface LocatedItem extends CorpusItem {
  file: string;
  line: number;
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNonEmpty = (v: unknown): v is string => isStr(v) && v.trim().length > 0;
const strOrNull = (v: unknown): v is string | null => v === null || isNonEmpty(v);
const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isNonEmpty);
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => isStr(v) && (list as readonly string[]).includes(v);
const CURRENCY = /^[A-Z]{3}$/;

function checkKeys(o: Obj, allowed: readonly string[], where: string): string | null {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) return `${where}: unknown field "${k}"`;
  for (const k of allowed) if (!(k in o)) return `${where}: missing field "${k}"`;
  return null;
}

function checkAmount(o: Obj, where: string): string | null {
  if (!(o.amount === null || (typeof o.amount === 'number' && Number.isFinite(o.amount) && o.amount > 0)))
    return `${where}: amount must be a positive number or null`;
  if (!(o.currency === null || (isStr(o.currency) && CURRENCY.test(o.currency))))
    return `${where}: currency must be an ISO 4217 code like "USD" or null`;
  if ((o.amount === null) !== (o.currency === null)) return `${where}: amount and currency are both set or both null`;
  return null;
}

const FUNDING_KEYS = ['type', 'company', 'round', 'round_qualifier', 'amount', 'currency', 'investors', 'lead_investors'];
const JOB_KEYS = ['type', 'person', 'title', 'seniority', 'function', 'company', 'previous_company'];
const ACQ_KEYS = ['type', 'company', 'target', 'amount', 'currency'];

/** The first thing wrong with one expected event, or null when it is well-formed. */
export function expectedProblem(e: unknown, where: string): string | null {
  if (!isObj(e)) return `${where}: expected event must be an object`;
  switch (e.type) {
    case 'funding': {
      const bad = checkKeys(e, FUNDING_KEYS, where) ?? checkAmount(e, where);
      if (bad) return bad;
      if (!isNonEmpty(e.company)) return `${where}: company must be a non-empty string`;
      if (!oneOf(ROUNDS, e.round)) return `${where}: round "${String(e.round)}" is not one of ${ROUNDS.join(', ')}`;
      if (!(e.round_qualifier === null || oneOf(ROUND_QUALIFIERS, e.round_qualifier)))
        return `${where}: round_qualifier must be extension, bridge or null`;
      if (!isStrList(e.investors) || !isStrList(e.lead_investors)) return `${where}: investors and lead_investors are lists of names`;
      const inv = e.investors;
      if (e.lead_investors.some((l, i) => inv[i] !== l)) return `${where}: investors must list the lead investors first, in the same order`;
      return null;
    }
    case 'job_change': {
      const bad = checkKeys(e, JOB_KEYS, where);
      if (bad) return bad;
      for (const k of ['person', 'title', 'company'] as const) if (!isNonEmpty(e[k])) return `${where}: ${k} must be a non-empty string`;
      if (!oneOf(SENIORITIES, e.seniority)) return `${where}: seniority "${String(e.seniority)}" is not one of ${SENIORITIES.join(', ')}`;
      if (!oneOf(FUNCTIONS, e.function)) return `${where}: function "${String(e.function)}" is not one of ${FUNCTIONS.join(', ')}`;
      if (!strOrNull(e.previous_company)) return `${where}: previous_company must be a name or null`;
      return null;
    }
    case 'acquisition': {
      const bad = checkKeys(e, ACQ_KEYS, where) ?? checkAmount(e, where);
      if (bad) return bad;
      if (!isNonEmpty(e.company) || !isNonEmpty(e.target)) return `${where}: company (acquirer) and target must be non-empty strings`;
      return null;
    }
    default:
      return `${where}: type "${String(e.type)}" is not one of ${SCORED_TYPES.join(', ')}`;
  }
}

const ITEM_KEYS = ['id', 'source_style', 'title', 'summary', 'content', 'author', 'feedKind', 'expected'];

/** Parse one corpus line; throws an Error whose message says what is wrong (without location). */
export function parseCorpusLine(line: string): CorpusItem {
  let o: unknown;
  try {
    o = JSON.parse(line);
  } catch (e) {
    throw new Error(`not valid JSON (${(e as Error).message})`);
  }
  if (!isObj(o)) throw new Error('a corpus line must be a JSON object');
  const bad = checkKeys(o, ITEM_KEYS, 'item');
  if (bad) throw new Error(bad);
  if (!isNonEmpty(o.id) || !/^[a-z]+-\d{3,}$/.test(o.id)) throw new Error(`id "${String(o.id)}" must look like "nw-001"`);
  if (!oneOf(SOURCE_STYLES, o.source_style)) throw new Error(`source_style "${String(o.source_style)}" is not one of ${SOURCE_STYLES.join(', ')}`);
  if (!isNonEmpty(o.title)) throw new Error('title must be a non-empty string');
  if (!isStr(o.summary) || !isStr(o.content)) throw new Error('summary and content must be strings (use "" when absent)');
  if (!strOrNull(o.author)) throw new Error('author must be a name or null');
  if (!(o.feedKind === null || oneOf(FEED_KINDS, o.feedKind))) throw new Error(`feedKind must be one of ${FEED_KINDS.join(', ')} or null`);
  if (!Array.isArray(o.expected)) throw new Error('expected must be a list (empty for a negative)');
  o.expected.forEach((e, i) => {
    const p = expectedProblem(e, `expected[${i}]`);
    if (p) throw new Error(p);
  });
  return o as unknown as CorpusItem;
}

/** Parse a whole .jsonl text; blank lines are allowed. Throws `file:line: problem` on the first bad line. */
export function parseCorpusText(text: string, file: string): LocatedItem[] {
  const out: LocatedItem[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    try {
      out.push({ ...parseCorpusLine(raw), file, line: i + 1 });
    } catch (e) {
      throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
    }
  });
  return out;
}

/** Ids must be unique across the whole corpus; returns the `file:line` problems found. */
export function duplicateIds(items: readonly LocatedItem[]): string[] {
  const seen = new Map<string, LocatedItem>();
  const problems: string[] = [];
  for (const it of items) {
    const prev = seen.get(it.id);
    if (prev) problems.push(`${it.file}:${it.line}: id "${it.id}" already used at ${prev.file}:${prev.line}`);
    else seen.set(it.id, it);
  }
  return problems;
}
