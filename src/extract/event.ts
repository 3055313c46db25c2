import type { ExtractedEvent, EventType } from '../types.js';
import { companyKey } from '../resolve/company-key.js';
import type { Doc } from './doc.js';
import { looksLikePerson, recase } from './names.js';
import { classifyTitle, isPlace } from './titles.js';

/** An event with every field null, to be filled by one extractor. */
export function blankEvent(type: EventType, evidence: string): ExtractedEvent {
  return {
    type, confidence: 0.5, company: null, round: null, roundQualifier: null, amount: null, currency: null, amountUsd: null,
    amountText: null, investors: [], leadInvestors: [], person: null, title: null, seniority: null, function: null,
    previousCompany: null, target: null, evidence,
  };
}

/** The office on an event, with its seniority and function (none when no office is known). */
export function setTitle(e: ExtractedEvent, title: string | null): void {
  e.title = title;
  if (title) Object.assign(e, classifyTitle(title));
}

export const clamp = (x: number): number => Math.round(Math.min(0.99, Math.max(0.05, x)) * 100) / 100;

// "it", "the company", "the Berlin-based startup": the subject is the item's main company.
const ANAPHOR = /^(?:it|we|they|(?:(?:the|its|(?:the )?(?:company|firm|bank|group)['’]s) )?board(?: of directors)?|the (?:[\w-]+ ){0,3}?(?:company|startup|firm|platform|provider|business|maker|developer|scaleup|scale-up|team|group|lender|neobank|app|retailer|chain|bank|insurer|carrier|manufacturer|automaker|carmaker|brand|agency|studio|publisher|operator|grocer|airline|biotech|fintech|insurtech|unicorn|giant|supplier|distributor|producer|vendor|marketplace|consultancy|nonprofit|organi[sz]ation|network|hospital|health system|university|school|foundation|conglomerate|chipmaker|drugmaker|miner|utility|telco|broadcaster|network operator))$/i;
// ("…, and the Board has named …": a conjunction opens the clause.)
export const isAnaphor = (s: string): boolean =>
  ANAPHOR.test(s.trim().replace(/\s+(?:has|have|had|today|also|now|officially|just|recently)$/i, '').replace(/^(?:and|but|while|so)\s+/i, ''));

/** The subject words right before a verb, for anaphora checks ("The company has" → "The company"). */
export function tailWords(prefix: string, n = 5): string {
  const words = prefix.trim().split(/\s+/);
  return words.slice(Math.max(0, words.length - n)).join(' ');
}

/** A name read from the headline, in the body's casing when the headline shouts. */
export function cased(doc: Doc, name: string | null, fromTitle: boolean, isCompany = false): string | null {
  if (!name) return null;
  if (!fromTitle) return name;
  if (doc.shout) return recase(name, doc.body);
  // A title-case headline capitalises descriptors ("Boutique Consultancy Marrow Strategy"); the body,
  // in sentence case, shows where the name starts.
  const words = name.split(' ');
  if (isCompany && words.length >= 3 && doc.body && !doc.body.includes(name)) {
    for (let i = 1; i < words.length; i++) {
      const tail = words.slice(i).join(' ');
      if (doc.body.includes(tail)) return tail;
    }
  }
  return name;
}

/**
 * The fullest spelling of a company the body uses: a headline's "Northwind" is the body's
 * "Northwind Analytics" when the body names it so near the top.
 */
const NEXT_WORD = /[ ]+([\p{Lu}][\p{L}\d&'’-]*(?:\.[\p{Ll}]{2,})?)/uy;
const STOP_AT = /^(?:Today|Announced|Announces|Inc|The|A|An|CEO|Raises|Has|Is|And|In|On|To|For|With|Said|Says|This|That|It|Co-founder|Founder|Series|Seed|Round|Funding|Chief|VP|SVP|Head|President|CTO|CMO|CFO|COO|CRO|CPO|CISO|Director|Monday|Tuesday|Wednesday|Thursday|Friday|Founded|Headquartered|Based|About|Learn|Visit|Contact|Media|Press|Source|Investors|Customers|We|Our|Its|Their|His|Her|Since|With|After|Before|As|At|By|From|Under|Over|[A-Z]|GmbH|AG|SA|SAS|BV|NV|AB|AS|Oy|Ltd|LLC|Plc|PLC|Corp|Co|Pty|SE|KG)$/;
const INNER_SMALL = /^(?:In|Of|On|For|And)$/;
const NOT_NAME_WORD = /^(?:The|A|An|It|This|That|We|Our|Its|Their|His|Her|Today|[A-Z])$/;
// Only a spelling used as a name is trusted: "Northwind Analytics, the…", "Northwind Analytics today".
const AS_NAME = /^(?:,|\s*\(|\s+(?:today|on [A-Z][a-z]+day|this week|just|has|is|was|will|announced|announces|raised|raises|said|says|closed|secured|agreed|agrees|acquired|acquires|completed|completes|signed|signs|entered|enters|named|names|appointed|appoints|hired|hires|Inc|Ltd|GmbH|plc)\b|['’]s?\s)/;

/**
 * The fullest spelling of a company the body uses: a headline's "Northwind" is the body's
 * "Northwind Analytics" when the body names it so near the top.
 */
export function fullestName(doc: Doc, name0: string): string {
  let name = name0;
  // "COMVERGE BOARD APPOINTS …": the board acts for the company the body names without it ("Tourism Board" keeps it).
  if (/\sboard$/i.test(name) && doc.body && !doc.body.toLowerCase().includes(name.toLowerCase())) {
    const bare = name.replace(/\s+board$/i, '');
    const inBody = new RegExp(`\\b(${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\\b(?!\\s+Board)`, 'i').exec(doc.body);
    if (inBody) name = inBody[1]!;
  }
  const key = companyKey(name);
  if (!key || !doc.body) return name;
  const first = name.split(' ')[0]!;
  if (first.length < 3) return name;
  const head = doc.body.length > 1500 ? doc.body.slice(0, 1500) : doc.body;
  const nameWords = name.split(' ').length;
  let best = name;
  let from = 0;
  for (let seen = 0; seen < 6; seen++) {
    const at = head.indexOf(first, from);
    if (at < 0) break;
    from = at + first.length;
    if (at > 0 && /[\p{L}\d]/u.test(head[at - 1]!)) continue;
    const words = [first];
    let pos = from;
    while (words.length < 4) {
      NEXT_WORD.lastIndex = pos;
      const w = NEXT_WORD.exec(head);
      if (!w) break;
      // "Acme Partners with Google" is a verb; "Northgate Capital Partners agreed…" a name.
      if (STOP_AT.test(w[1]!) || (w[1] === 'Partners' && /^\s+with\b/.test(head.slice(NEXT_WORD.lastIndex, NEXT_WORD.lastIndex + 6)))) {
        // In sentence-case prose a capitalised "In" or "Of" between two capitalised words is
        // part of the name: "Tuned In Media", "Bank Of Ireland".
        if (!INNER_SMALL.test(w[1]!)) break;
        const after = NEXT_WORD.exec(head);
        if (!after || NOT_NAME_WORD.test(after[1]!)) break;
        words.push(w[1]!, after[1]!.replace(/['’]s$/, ''));
        pos = NEXT_WORD.lastIndex;
        if (/['’]s$/.test(after[1]!)) break;
        continue;
      }
      words.push(w[1]!.replace(/['’]s$/, ''));
      pos = NEXT_WORD.lastIndex;
      if (/['’]s$/.test(w[1]!)) break;
    }
    if (words.length <= nameWords || new Set(words).size !== words.length) continue;
    if (!AS_NAME.test(head.slice(pos, pos + 12))) continue;
    // ("The chief executive of Vodafone Nick Read said …": the words after the name are a person's.)
    if (words.length - nameWords >= 2 && /^\s+(?:said|says|told|added|explained)\b/.test(head.slice(pos, pos + 12)) && looksLikePerson(words.slice(nameWords).join(' '))) continue;
    const cand = words.join(' ');
    const ck = companyKey(cand);
    if (ck && ck !== key && ck.startsWith(key) && cand.length > best.length && cand.length - name.length < 30) best = cand;
  }
  return best === name ? withPlaceInName(head, name) : best;
}

/** "Airports" read from "Dubai Airports names CEO": the place is part of the name when the body never writes it without. */
function withPlaceInName(body: string, name: string): string {
  let place: string | null = null;
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
    const before = /(\p{Lu}[\p{L}]+) $/u.exec(body.slice(Math.max(0, at - 30), at));
    if (!before || !isPlace(before[1]!) || (place !== null && place !== before[1])) return name;
    place = before[1]!;
  }
  return place ? `${place} ${name}` : name;
}
