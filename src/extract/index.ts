import type { ExtractedEvent, ExtractInput } from '../types.js';
import { extractAcquisitions } from './acquisition.js';
import { extractDepartures } from './departure.js';
import { makeDoc, type Doc } from './doc.js';
import { extractFunding } from './funding.js';
import { extractJobChanges } from './job-change.js';
import { headlineNonEvent } from './negatives.js';
import { predecessorDepartures } from './predecessors.js';
import { companyKey } from '../resolve/company-key.js';

// The extractor registry: each extractor reads one prepared item and returns its events.
// Items with none of the trigger vocabulary are skipped before any real work, which is
// most of a news feed.

/** Bumped whenever the rules change; stored items are re-extracted by `signals reextract`. */
export const EXTRACTOR_VERSION = 8;

interface Extractor {
  type: ExtractedEvent['type'];
  vocabulary: RegExp; // cheap pre-check on the lower-cased title + body (case-sensitive patterns run ~2x faster)
  hint?: (head: string) => boolean; // a second pre-check, for words the pattern would be slow to hold
  run(doc: Doc): ExtractedEvent[];
}

/** "… agreed to Cisco's increased offer": found by its words first, then the possessive just before them. */
function bidderOffer(head: string): boolean {
  for (const word of [' offer', ' bid']) {
    for (let at = head.indexOf(word); at >= 0; at = head.indexOf(word, at + 1)) {
      if (OWNER_BEFORE.test(head.slice(Math.max(0, at - 60), at + 1))) return true;
    }
  }
  return false;
}
const OWNER_BEFORE = /['’]s? (?:[\w$.-]+ ){0,4}$/;

export const EXTRACTORS: readonly Extractor[] = [
  {
    type: 'funding',
    vocabulary: /\b(?:rais|secur|clos|land|bag|nab|snag|grab|fund|round|series|seed|invest|capital|financ|grant|back|haul|rake|bank|net|scor|clinch|garner|get|got|receiv|stealth|award|won|win|lead|led|draw|drew|fetch|pour|valu|boost|inject|pump|million|billion|mln|commit|crore|lakh|debt|loan|lève|levé|sammel|levanta|recaud|capta|ronda|rodada|tour de table|finanzierung)/,
    run: extractFunding,
  },
  {
    type: 'job_change',
    vocabulary: /\b(?:nam|appoint|tap|hire|welcom|add|promot|elevat|join|select|recruit|poach|enlist|position|role|as|new|start|chief|officer|vp|head|director|founder|president|manager|succe|replac|start|helm|ernenn|ernannt|wird|nomm|nombr|nomei|nomina\b|nominat[oa]|coopt|designa\b|designó|benoem|utser|utn[äa]m|udn[æa]vn|nimit|beruft|direttore|diretor|amministratore|consejer|vd\b|c[a-z]{1,2}o\b)/,
    run: extractJobChanges,
  },
  {
    type: 'acquisition',
    vocabulary: /\b(?:acqui|buy|bought|purchas|merg|combine|absorb|swallow|part of|wholly|tender offer|snap|scoop|pick|take|took|swoop|gobble|deal\b|takeover|buyout|sold|sells?\b|sale of|stake in|kauft|adqui[er]|compr[aóo]|rachète|acquiert|a acquis|acquisisce|acquisito|rileva|köper|förvärv|køb|kjøp|koopt|gekocht|neemt over|adquisici|rachat|bernahme|overname|aquisi|fusi[óo]n|fusione)/,
    // "Acacia agrees to Cisco's increased offer": tested apart, as a string (in the pattern it slowed every item).
    // (German's "übernimmt/übernommen" too: "\b" does not see a word start before "ü".)
    hint: (h) => bidderOffer(h) || h.includes('übern'),
    run: extractAcquisitions,
  },
  {
    type: 'departure',
    vocabulary: /\b(?:step|resign|depart|leav|exit|retir|oust|out as|part(?:s|ing|ed) ways|(?:ha[sd]|have) left|left |(?:last|final) day|mov(?:e|es|ing) on|layoffs|laid off|quit|goodbye|eliminated|ceased)/,
    // Rarer wordings, tested apart on the headline and the lead's opening only (these words open a story;
    // in the vocabulary, read over the whole opening, they slowed every item).
    hint: (h) => departureWords(h.length > 250 ? h.slice(0, 250) : h),
    run: extractDepartures,
  },
];

const DEPARTURE_WORDS = /\b(?:stand(?:s|ing)? down|stood down|fire[ds]\b|sack|dismiss|no longer|let go|terminated|removed)/;
const departureWords = (h: string): boolean => DEPARTURE_WORDS.test(h);

/** "Tallyo raises $10M Series A. What's next?" (not "Ep. 212: How Canva raised…?"): the statement is news. */
function statementThenQuestion(title: string): boolean {
  if (!title.endsWith('?')) return false;
  const parts = title.split(/(?<=\p{Ll}{2}[.!]|\b\p{Lu}\.)\s+(?=\p{Lu})/u);
  return parts.length > 1 && headlineNonEvent(parts[0]!) === null;
}

/** Every trigger event in one item (pure; no I/O). Low-confidence events are kept. */
export function extractEvents(input: ExtractInput): ExtractedEvent[] {
  const title = input.title ?? '';
  // Facts sit at the top: the headline, the summary and the opening of the body decide which extractors run.
  const head = `${title} ${(input.summary ?? '').slice(0, 600)} ${(input.content ?? '').slice(0, 900)}`.toLowerCase();
  let run = EXTRACTORS.filter((x) => x.vocabulary.test(head) || x.hint?.(head));
  if (run.length === 0) return [];
  // ("We just raised our Series A. What's next?": a statement before the question is news.)
  const nonEvent = headlineNonEvent(title.trim()) !== null && !statementThenQuestion(title.trim());
  let doc = makeDoc(input);
  // "Term Sheet: Why AI founders are quietly raising debt": a newsletter's headline is an essay's,
  // but the deals it lists below are news; any other item under such a headline is not.
  if (nonEvent && !doc.digest) return [];
  if (nonEvent) doc = { ...doc, title: '' };
  // A round-up's deals and moves run far past the opening the vocabulary checks looked at.
  if (doc.digest && run.length < EXTRACTORS.length) {
    const low = doc.body.toLowerCase();
    run = EXTRACTORS.filter((x) => run.includes(x) || x.vocabulary.test(low) || x.hint?.(low));
  }
  const out: ExtractedEvent[] = [];
  for (const x of run) out.push(...x.run(doc));
  // "… to replace John Donahoe": the one replaced is a departure too.
  if (out.some((e) => e.type === 'job_change')) out.push(...predecessorDepartures(out, doc.sentences));
  // "VP leaves to join Microsoft AI" with the new role in the body: one move, reported once, as the
  // job change that names the employer left.
  const moves = out.filter((e) => e.type === 'job_change' && e.previousCompany);
  if (moves.length === 0) return out;
  const sameCompany = (a: string | null, b: string | null): boolean => {
    const x = companyKey(a);
    const y = companyKey(b);
    return x !== null && y !== null && (x === y || x.startsWith(y) || y.startsWith(x));
  };
  return out.filter((e) => e.type !== 'departure' || !moves.some((j) => (sameCompany(j.previousCompany, e.company) || e.person === j.person) && (!e.person || e.person === j.person)));
}
