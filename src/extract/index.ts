import type { ExtractedEvent, ExtractInput } from '../types.js';
import { extractAcquisitions } from './acquisition.js';
import { extractDepartures } from './departure.js';
import { makeDoc, type Doc } from './doc.js';
import { extractFunding } from './funding.js';
import { extractJobChanges } from './job-change.js';
import { headlineNonEvent } from './negatives.js';

// The extractor registry: each extractor reads one prepared item and returns its events.
// Items with none of the trigger vocabulary are skipped before any real work, which is
// most of a news feed.

/** Bumped whenever the rules change; stored items are re-extracted by `signals reextract`. */
export const EXTRACTOR_VERSION = 1;

interface Extractor {
  type: ExtractedEvent['type'];
  vocabulary: RegExp; // cheap pre-check on title + body
  run(doc: Doc): ExtractedEvent[];
}

export const EXTRACTORS: readonly Extractor[] = [
  {
    type: 'funding',
    vocabulary: /rais|secur|clos|land|bag|nab|snag|grab|fund|round|series|seed|invest|capital|financ|grant|backed|haul|rake|bank|net|scor|clinch|garner|get|got|receiv|stealth/i,
    run: extractFunding,
  },
  {
    type: 'job_change',
    vocabulary: /name|appoint|tap|hire|welcom|add|promot|elevat|join|select|recruit|poach|enlist|position|role|as |new |start|chief|officer|vp|head|director|founder|president|manager|c[a-z]{1,2}o\b/i,
    run: extractJobChanges,
  },
  {
    type: 'acquisition',
    vocabulary: /acqui|buy|bought|purchas|merg|snap|scoop|pick|take over|took over|taken over|swoop|takeover|take-private|gobble/i,
    run: extractAcquisitions,
  },
  {
    type: 'departure',
    vocabulary: /step|resign|depart|leav|exit|retir|ousted|out as|parts ways|parting ways/i,
    run: extractDepartures,
  },
];

const ANY = new RegExp(EXTRACTORS.map((e) => e.vocabulary.source).join('|'), 'i');

/** Every trigger event in one item (pure; no I/O). Low-confidence events are kept. */
export function extractEvents(input: ExtractInput): ExtractedEvent[] {
  const title = input.title ?? '';
  const head = `${title} ${input.summary ?? ''} ${(input.content ?? '').slice(0, 1500)}`;
  if (!ANY.test(head)) return [];
  if (headlineNonEvent(title.trim())) return [];
  const doc = makeDoc(input);
  const out: ExtractedEvent[] = [];
  for (const x of EXTRACTORS) if (x.vocabulary.test(head)) out.push(...x.run(doc));
  return out;
}
