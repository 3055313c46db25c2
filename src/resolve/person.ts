import type { Contact } from '../types.js';
import { companyKey } from './company-key.js';
import { isNickname } from './nicknames.js';

export type MatchLevel = 'high' | 'medium' | 'low';

export interface PersonCandidate {
  contact: Contact;
  confidence: number; // 0..1
  level: MatchLevel;
  reason: string;
}

// Titles and credentials people put around their names on LinkedIn.
const NOISE = new Set([
  'dr', 'mr', 'mrs', 'ms', 'mx', 'miss', 'prof', 'sir', 'dame', 'jr', 'sr', 'ii', 'iii', 'iv',
  'phd', 'mba', 'md', 'cpa', 'cfa', 'pmp', 'esq', 'msc', 'bsc', 'ma', 'ba', 'cissp', 'shrm', 'cscp',
]);

// Letters that do not decompose into a base letter plus an accent.
const FOLD: Record<string, string> = { ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

function nameTokens(name: string): string[] {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ') // "Dana (DL) Lee": the nickname in brackets is not part of the legal name
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((t) => t.replace(/^['’-]+|['’-]+$/g, ''))
    .filter((t) => t && !NOISE.has(t.replace(/\./g, '')));
}

function fold(token: string): string {
  return token
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øßæœłđðþı]/g, (c) => FOLD[c] ?? c)
    .replace(/['’]/g, '');
}

/** How one written name relates to another, strongest first; null when they are different people's names. */
export function compareNames(a: string, b: string): { kind: 'exact' | 'diacritics' | 'variant'; why: string } | null {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (!ta.length || !tb.length) return null;
  if (ta.join(' ') === tb.join(' ')) return { kind: 'exact', why: 'same name' };
  const fa = ta.map(fold).join(' ').replace(/-/g, ' ').split(' ');
  const fb = tb.map(fold).join(' ').replace(/-/g, ' ').split(' ');
  if (fa.join(' ') === fb.join(' ')) return { kind: 'diacritics', why: 'same name apart from accents' };
  if (fa.length < 2 || fb.length < 2) return null;
  if (fa[fa.length - 1] !== fb[fb.length - 1]) return null;
  const x = fa[0]!;
  const y = fb[0]!;
  if (x === y) return { kind: 'variant', why: 'same first and last name, different middle names' };
  if ((x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y))) return { kind: 'variant', why: 'initial matches the first name' };
  if (isNickname(x, y)) return { kind: 'variant', why: `"${x}" and "${y}" are forms of one first name` };
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 3 && long.startsWith(short)) return { kind: 'variant', why: `"${short}" is short for "${long}"` };
  return null;
}

// Confidence by how the name matched, with and without the company agreeing.
const SCORE: Record<'exact' | 'diacritics' | 'variant', { withCompany: number; alone: number }> = {
  exact: { withCompany: 0.95, alone: 0.6 },
  diacritics: { withCompany: 0.85, alone: 0.5 },
  variant: { withCompany: 0.55, alone: 0.3 },
};

export function levelOf(confidence: number): MatchLevel {
  return confidence >= 0.8 ? 'high' : confidence >= 0.45 ? 'medium' : 'low';
}

/** Where the person works or worked: names (keyed here) and/or keys already computed. */
export interface PersonCompanies {
  companies?: ReadonlyArray<string | null>;
  companyKeys?: ReadonlyArray<string | null>;
}

/**
 * Contacts who may be this person, best first. Exact name at one of the given
 * companies is high; exact name elsewhere is medium; accent, initial and
 * nickname variants are lower. Pass both the event's company and the person's
 * previous one: a connection's profile may show either.
 */
export function matchPerson(name: string, at: PersonCompanies, contacts: readonly Contact[]): PersonCandidate[] {
  const keys = new Set(
    [...(at.companies ?? []).map((c) => companyKey(c)), ...(at.companyKeys ?? [])].filter((k): k is string => !!k),
  );
  const out: PersonCandidate[] = [];
  for (const contact of contacts) {
    const m = compareNames(name, contact.fullName);
    if (!m) continue;
    const atCompany = contact.companyKey !== null && keys.has(contact.companyKey);
    const confidence = SCORE[m.kind][atCompany ? 'withCompany' : 'alone'];
    const where = contact.company ? (atCompany ? `, at ${contact.company}` : `, but at ${contact.company}`) : ', company unknown';
    out.push({ contact, confidence, level: levelOf(confidence), reason: `${m.why}${where}` });
  }
  return out.sort(
    (a, b) =>
      b.confidence - a.confidence ||
      a.contact.fullName.localeCompare(b.contact.fullName) ||
      (a.contact.company ?? '').localeCompare(b.contact.company ?? '') ||
      a.contact.id - b.contact.id,
  );
}
