import type { ExtractedEvent } from '../types.js';
import type { ExpectedEvent, ScoredType } from './corpus.js';
import { SCORED_TYPES } from './corpus.js';

// Pure scoring of extractor output against labels. Identity (which predicted event is
// which expected one) is decided by the caller's key functions, so this module does not
// depend on how companies and people are normalised elsewhere.

export interface Keys {
  company(name: string | null): string | null;
  person(name: string | null): string | null;
}

export interface ItemResult {
  id: string;
  expected: readonly ExpectedEvent[];
  predicted: readonly ExtractedEvent[];
}

export const FIELDS = [
  'company', 'person', 'round', 'round_qualifier', 'amount', 'investors', 'lead_investors',
  'seniority', 'function', 'title', 'previous_company', 'target',
] as const;
export type Field = (typeof FIELDS)[number];

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null; // null when nothing was predicted
  recall: number | null; // null when nothing was expected
  f1: number | null;
}

export interface FieldScore {
  correct: number;
  total: number;
  accuracy: number | null;
}

export interface Problem {
  id: string;
  kind: 'fp' | 'fn' | 'field';
  type: string;
  field?: Field;
  expected?: unknown;
  predicted?: unknown;
  what: string; // one readable line
}

export interface EvalReport {
  items: number;
  negatives: number; // items labelled with no events
  types: Record<ScoredType, TypeScore>;
  fields: Record<Field, FieldScore>;
  ignored: Record<string, number>; // predicted events of unscored types, by type
  problems: Problem[];
}

const FIELDS_BY_TYPE: Record<ScoredType, readonly Field[]> = {
  funding: ['company', 'round', 'round_qualifier', 'amount', 'investors', 'lead_investors'],
  job_change: ['company', 'person', 'title', 'seniority', 'function', 'previous_company'],
  acquisition: ['company', 'target', 'amount'],
};

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Names of investors compared as sets, ignoring case, spacing and order. */
export function sameNameSet(a: readonly string[], b: readonly string[]): boolean {
  const A = new Set(a.map(norm));
  const B = new Set(b.map(norm));
  return A.size === B.size && [...A].every((x) => B.has(x));
}

const ABBREVIATIONS: Record<string, string> = {
  ceo: 'chief executive officer', cfo: 'chief financial officer', cmo: 'chief marketing officer',
  cto: 'chief technology officer', coo: 'chief operating officer', cro: 'chief revenue officer',
  cpo: 'chief product officer', ciso: 'chief information security officer', cio: 'chief information officer',
  cso: 'chief security officer', chro: 'chief human resources officer', cdo: 'chief data officer',
  svp: 'senior vice president', evp: 'executive vice president', vp: 'vice president',
  gm: 'general manager', sr: 'senior', dir: 'director', mgr: 'manager', eng: 'engineering',
};

/**
 * A title as written may be "CMO" in a headline and "Chief Marketing Officer" in the body,
 * "VP, Sales" or "VP of Sales": the same title. Compare after expanding the common
 * abbreviations and dropping punctuation and filler words.
 */
export function titleKey(t: string): string {
  return norm(t)
    .replace(/&/g, ' and ')
    .replace(/[.,;:()'’"\-–—/]+/g, ' ')
    .split(' ')
    .filter((w) => w && w !== 'of' && w !== 'the' && w !== 'for' && w !== 'and')
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(' ');
}

function sameAmount(ea: number | null, ec: string | null, pa: number | null, pc: string | null): boolean {
  if (ea === null || pa === null) return ea === null && pa === null && (pc === null || ec === null || norm(pc) === norm(ec));
  return Math.abs(ea - pa) <= Math.max(0.5, Math.abs(ea) * 1e-9) && ec !== null && pc !== null && norm(ec) === norm(pc);
}

function show(v: unknown): string {
  return v === null || v === undefined ? 'null' : JSON.stringify(v);
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

function identity(e: ExpectedEvent | ExtractedEvent, keys: Keys): { company: string | null; person: string | null } {
  return { company: keys.company(e.company), person: e.type === 'job_change' ? keys.person(e.person) : null };
}

function sameIdentity(e: ExpectedEvent, p: ExtractedEvent, keys: Keys): boolean {
  if (e.type !== p.type) return false;
  const a = identity(e, keys);
  const b = identity(p, keys);
  return a.company !== null && a.company === b.company && (e.type !== 'job_change' || (a.person !== null && a.person === b.person));
}

/**
 * Two unmatched events of the same type in one item that are evidently about the same
 * happening (same person, same company, same target or same amount, or the only one of its
 * type on each side) but disagree on identity. They stay a FP and a FN; they also count
 * against the company or person field, which would otherwise be right by construction.
 */
function nearMiss(e: ExpectedEvent, p: ExtractedEvent, keys: Keys, onlyPair: boolean): boolean {
  if (e.type !== p.type) return false;
  const a = identity(e, keys);
  const b = identity(p, keys);
  if (e.type === 'job_change') return (a.person !== null && a.person === b.person) || (a.company !== null && a.company === b.company);
  if (e.type === 'acquisition' && keys.company(e.target) !== null && keys.company(e.target) === keys.company(p.target)) return true;
  if (e.amount !== null && sameAmount(e.amount, e.currency, p.amount, p.currency)) return true;
  return onlyPair;
}

type Check = { field: Field; ok: boolean; expected: unknown; predicted: unknown };

function fieldChecks(e: ExpectedEvent, p: ExtractedEvent, keys: Keys): Check[] {
  const c = (field: Field, ok: boolean, expected: unknown, predicted: unknown): Check => ({ field, ok, expected, predicted });
  const out: Check[] = [c('company', true, e.company, p.company)];
  switch (e.type) {
    case 'funding':
      out.push(
        c('round', e.round === p.round, e.round, p.round),
        c('round_qualifier', e.round_qualifier === p.roundQualifier, e.round_qualifier, p.roundQualifier),
        c('amount', sameAmount(e.amount, e.currency, p.amount, p.currency), [e.amount, e.currency], [p.amount, p.currency]),
        c('investors', sameNameSet(e.investors, p.investors), e.investors, p.investors),
        c('lead_investors', sameNameSet(e.lead_investors, p.leadInvestors), e.lead_investors, p.leadInvestors),
      );
      break;
    case 'job_change':
      out.push(
        c('person', true, e.person, p.person),
        c('title', p.title !== null && titleKey(e.title) === titleKey(p.title), e.title, p.title),
        c('seniority', e.seniority === p.seniority, e.seniority, p.seniority),
        c('function', e.function === p.function, e.function, p.function),
        c('previous_company', keys.company(e.previous_company) === keys.company(p.previousCompany), e.previous_company, p.previousCompany),
      );
      break;
    case 'acquisition':
      out.push(
        c('target', keys.company(e.target) !== null && keys.company(e.target) === keys.company(p.target), e.target, p.target),
        c('amount', sameAmount(e.amount, e.currency, p.amount, p.currency), [e.amount, e.currency], [p.amount, p.currency]),
      );
      break;
  }
  return out;
}

const isScored = (t: string): t is ScoredType => (SCORED_TYPES as readonly string[]).includes(t);

/** Score every item; events of types the corpus does not label (e.g. departure) are counted apart. */
export function evaluate(results: readonly ItemResult[], keys: Keys): EvalReport {
  const counts = Object.fromEntries(SCORED_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<ScoredType, { tp: number; fp: number; fn: number }>;
  const fieldCounts = Object.fromEntries(FIELDS.map((f) => [f, { correct: 0, total: 0 }])) as Record<Field, { correct: number; total: number }>;
  const ignored: Record<string, number> = {};
  const problems: Problem[] = [];
  let negatives = 0;

  for (const r of results) {
    if (r.expected.length === 0) negatives++;
    const predicted = r.predicted.filter((p) => {
      if (isScored(p.type)) return true;
      ignored[p.type] = (ignored[p.type] ?? 0) + 1;
      return false;
    });
    const used = new Set<number>();
    const unmatchedExpected: ExpectedEvent[] = [];
    for (const e of r.expected) {
      const j = predicted.findIndex((p, i) => !used.has(i) && sameIdentity(e, p, keys));
      if (j < 0) {
        unmatchedExpected.push(e);
        continue;
      }
      used.add(j);
      counts[e.type].tp++;
      for (const ch of fieldChecks(e, predicted[j]!, keys)) {
        fieldCounts[ch.field].total++;
        if (ch.ok) fieldCounts[ch.field].correct++;
        else
          problems.push({
            id: r.id, kind: 'field', type: e.type, field: ch.field, expected: ch.expected, predicted: ch.predicted,
            what: `${r.id} ${e.type} ${e.company}: ${ch.field} expected ${show(ch.expected)}, got ${show(ch.predicted)}`,
          });
      }
    }
    const unmatchedPredicted = predicted.filter((_, i) => !used.has(i));

    const pairedPred = new Set<ExtractedEvent>();
    for (const e of unmatchedExpected) {
      const sameType = unmatchedPredicted.filter((p) => p.type === e.type && !pairedPred.has(p));
      const onlyPair = sameType.length === 1 && unmatchedExpected.filter((x) => x.type === e.type).length === 1;
      const p = sameType.find((q) => nearMiss(e, q, keys, onlyPair));
      if (p) {
        pairedPred.add(p);
        const a = identity(e, keys);
        const b = identity(p, keys);
        const wrong: Field[] = a.company === b.company ? [] : ['company'];
        if (e.type === 'job_change' && a.person !== b.person) wrong.push('person');
        for (const f of FIELDS_BY_TYPE[e.type].filter((x) => x === 'company' || x === 'person')) {
          fieldCounts[f].total++;
          if (!wrong.includes(f)) fieldCounts[f].correct++;
        }
        for (const f of wrong) {
          const exp = f === 'person' && e.type === 'job_change' ? e.person : e.company;
          const got = f === 'person' ? p.person : p.company;
          problems.push({ id: r.id, kind: 'field', type: e.type, field: f, expected: exp, predicted: got, what: `${r.id} ${e.type}: ${f} expected ${show(exp)}, got ${show(got)} (same event otherwise)` });
        }
      }
      counts[e.type].fn++;
      problems.push({ id: r.id, kind: 'fn', type: e.type, expected: e, what: `${r.id} missed ${e.type}: ${describeExpected(e)}` });
    }
    for (const p of unmatchedPredicted) {
      counts[p.type as ScoredType].fp++;
      problems.push({ id: r.id, kind: 'fp', type: p.type, predicted: p, what: `${r.id} spurious ${p.type}: ${describePredicted(p)}` });
    }
  }

  const types = Object.fromEntries(
    SCORED_TYPES.map((t) => {
      const { tp, fp, fn } = counts[t];
      const precision = ratio(tp, tp + fp);
      const recall = ratio(tp, tp + fn);
      const f1 = precision === null || recall === null || precision + recall === 0 ? (tp + fp + fn === 0 ? null : 0) : (2 * precision * recall) / (precision + recall);
      return [t, { tp, fp, fn, precision, recall, f1 }];
    }),
  ) as Record<ScoredType, TypeScore>;
  const fields = Object.fromEntries(
    FIELDS.map((f) => [f, { ...fieldCounts[f], accuracy: ratio(fieldCounts[f].correct, fieldCounts[f].total) }]),
  ) as Record<Field, FieldScore>;
  return { items: results.length, negatives, types, fields, ignored, problems };
}

export function describeExpected(e: ExpectedEvent): string {
  switch (e.type) {
    case 'funding':
      return `${e.company} ${e.round}${e.round_qualifier ? ` (${e.round_qualifier})` : ''} ${e.amount ?? '?'} ${e.currency ?? ''}`.trim();
    case 'job_change':
      return `${e.person} → ${e.title} at ${e.company}`;
    case 'acquisition':
      return `${e.company} acquires ${e.target}`;
  }
}

function describePredicted(p: ExtractedEvent): string {
  if (p.type === 'job_change') return `${p.person ?? '?'} → ${p.title ?? '?'} at ${p.company ?? '?'}`;
  if (p.type === 'acquisition') return `${p.company ?? '?'} acquires ${p.target ?? '?'}`;
  return `${p.company ?? '?'} ${p.round ?? '?'} ${p.amount ?? '?'} ${p.currency ?? ''} ("${p.evidence.slice(0, 80)}")`.trim();
}
