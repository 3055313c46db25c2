import type { ExtractedEvent } from '../types.js';
import { companyKey, personKey } from '../resolve/company-key.js';
import { blankEvent, clamp, setTitle } from './event.js';
import { findPerson } from './people.js';
import { readTitle } from './titles.js';

// "Nike appointed Elliott Hill as CEO, to replace John Donahoe": the one replaced leaves the office the
// hire takes, at the same company. A move that names its predecessor reports two triggers.

const SUCCEEDS =
  /\b(?:to succeed|to replace|succeeding|replacing|succeeds|replaces|will succeed|will replace|has succeeded|has replaced|takes over from|taking over from|took over from|to take over from|will take over from|in succession to)\s+/gi;
// Words that describe the one replaced ("the long-serving", "outgoing CEO", "company founder").
const DESCRIBED = /^(?:(?:the\s+)?(?:[\p{Ll}-]+|C[A-Z]{1,3}O|CEO)(?:\s+|$))*$/u;

/**
 * The sentences that say whom the hire replaces: the move's own, and, where the item reports one move, a later one
 * that names the hire by first name, surname or pronoun ("Elisabetta will succeed Carla Mahieu, who …").
 */
function replacingSentences(move: ExtractedEvent, moves: number, sentences: readonly string[]): string[] {
  const out = [move.evidence];
  if (moves !== 1 || !move.person) return out;
  const parts = move.person.split(/\s+/);
  const names = new Set([parts[0]!, parts[parts.length - 1]!, `Mr ${parts[parts.length - 1]}`, `Ms ${parts[parts.length - 1]}`, `Mr. ${parts[parts.length - 1]}`, `Ms. ${parts[parts.length - 1]}`, 'He', 'She']);
  for (const s of sentences.slice(0, 12)) {
    if (s === move.evidence) continue;
    // ("Kent Lehr named CEO" read from the headline; the body's "Kent Lehr will succeed Rick Portel as …".)
    if (s.startsWith(`${move.person} `) || s.includes(` ${move.person} `)) {
      SUCCEEDS.lastIndex = 0;
      if (SUCCEEDS.test(s)) out.push(s);
      continue;
    }
    const start = SUCCEEDS_AT_START.exec(s);
    if (start && names.has(start[1]!)) out.push(s);
  }
  return out;
}
// (Not "who will remain chair": a chief who keeps only the chair has left the office.)
const STAYS = /^[^.;]{0,80}?\b(?:will|to)\s+(?:now\s+)?(?:continue|return to|revert to|go back to|resume|focus on|move to|become|take on|take up|serve as)\b|^[^.;]{0,80}?\b(?:who|which)\s+(?:continues|returns to|is returning to)\b|^[^.;]{0,80}?\b(?:who|and)\s+(?:is|was)\s+(?:shortly\s+)?(?:to\s+)?(?:take up|taking up|moving to|move to)\b/i;
const SUCCEEDS_AT_START = /^((?:Mr\.?\s|Ms\.?\s)?\p{Lu}[\p{L}'’-]+)\s+(?:will succeed|succeeds|will replace|replaces|takes over from|will take over from)\s/u;

/** The departures of the people a job change says the hire replaces, when not already reported. */
export function predecessorDepartures(events: readonly ExtractedEvent[], sentences: readonly string[] = []): ExtractedEvent[] {
  const out: ExtractedEvent[] = [];
  const known = new Set(events.filter((e) => e.type === 'departure' && e.person).map((e) => personKey(e.person)));
  const moves = events.filter((e) => e.type === 'job_change').length;
  for (const move of events) {
    if (move.type !== 'job_change' || !move.company || !move.evidence.includes(' ')) continue;
    for (const s of replacingSentences(move, moves, sentences)) replaced(move, s, events, known, out);
  }
  return out;
}

/** The departure of each person sentence `s` says the move's hire replaces (added to `out`, or filled in where read). */
function replaced(move: ExtractedEvent, s: string, events: readonly ExtractedEvent[], known: Set<string | null>, out: ExtractedEvent[]): void {
  SUCCEEDS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SUCCEEDS.exec(s)) !== null) {
    const rest = s.slice(m.index + m[0].length);
    const who = findPerson(rest, 5);
    if (!who || !DESCRIBED.test(who.before)) continue;
    const person = who.run.name.replace(/[,;:]$/, '');
    const tail = who.tokens.slice(who.run.end).join(' ');
    // ("succeeds interim CFO Janet Liu, who will continue as Vice President of Finance": the one replaced stays.)
    if (STAYS.test(tail)) continue;
    const key = personKey(person);
    if (!key || key === personKey(move.person)) continue;
    // The office left: as the sentence names it ("replaces Sipho Maseko as CEO", "succeeds CFO Tom Roe"), else the hire's.
    const as = /^,?\s*as\s+(?:(?:its|the|our|their)\s+)?/i.exec(tail);
    const asTitle = as ? readTitle(tail.slice(as[0].length)) : null;
    // ("… to replace founder Ron Sayers as managing director. Mr Sayers would retire": the office the departure left unsaid.)
    const same = known.has(key) ? events.find((e) => e.type === 'departure' && personKey(e.person) === key && !e.title) : undefined;
    if (same && companyKey(same.company) === companyKey(move.company)) setTitle(same, asTitle ?? move.title);
    if (known.has(key)) continue;
    // (Not "founder": "set to replace founder Jeff Bezos" is about the office, not the founding.)
    const described = who.before ? readTitle(who.before.replace(/^the\s+/i, '')) : null;
    known.add(key);
    // ("Bezos is stepping down as CEO … Andy Jassy will succeed founder Jeff Bezos": the departure already read, now named.)
    const unnamed = events.find((e) => e.type === 'departure' && !e.person && companyKey(e.company) === companyKey(move.company));
    if (unnamed) {
      unnamed.person = person;
      continue;
    }
    const e = blankEvent('departure', s);
    e.company = move.company;
    e.person = person;
    setTitle(e, asTitle ?? (described && !/founder/i.test(described) ? described : null) ?? move.title);
    e.confidence = clamp(move.confidence - 0.1);
    out.push(e);
  }
}
