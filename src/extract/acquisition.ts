import type { ExtractedEvent } from '../types.js';
import { companyKey } from '../resolve/company-key.js';
import type { Doc } from './doc.js';
import { blankEvent, cased, clamp, fullestName } from './event.js';
import { toUsd } from './fx.js';
import { findMoney, type Money } from './money.js';
import { looksLikePerson, objectName, subjectName } from './names.js';
import { isBackground, isRumour } from './negatives.js';

// Acquisitions and mergers: "X acquires Y", "X to acquire Y for $N", "Y acquired by X",
// "X buys Y", "X snaps up Y", "X completes acquisition of Y", "X agrees to buy Y",
// "X merges with Y". Decisions: buying a minority stake is not an acquisition, a majority
// or controlling stake is; buying customers, talent, assets or shares is not.

const ACTIVE =
  /\b(?:(?:has|have)\s+)?(?:(?:agreed|agrees|signed (?:a |an )?(?:definitive )?agreement|announced (?:plans|an agreement|a deal|a definitive agreement|its intent(?:ion)?)|announces (?:plans|an agreement|a deal|a definitive agreement|its intent(?:ion)?)|plans|is set|set|moves|is to|will|is poised)\s+(?:to\s+)?)?(?:(acquire|acquires|acquired|buy|buys|bought|purchase|purchases|purchased|snaps up|snapped up|scoops up|scooped up|picks up|picked up|swoops on|swooped on|takes over|took over|take over|gobbles up|snap up|scoop up)|(?:completes|completed|closes|closed|finalizes|finalized|finalises|finalised|announces|announced|confirms|confirmed|agrees|agreed|unveils|wraps up|wrapped up)\s+(?:(?:the|its|an|a)\s+)?(?:\$?[\w.,]+\s+)?(acquisition of|purchase of|takeover of|buyout of|deal (?:to acquire|for)))\s+/gi;
const PASSIVE = /\b(?:has been|have been|was|is|will be|to be|gets|got|being)?\s*(acquired|bought|purchased|snapped up|scooped up|taken over)\s+by\s+/gi;
const MERGE = /\b(?:to merge|merges|merged|will merge|agree to merge|agrees to merge|agreed to merge|complete merger|completes merger|completed merger|announce merger|announces merger)\s+(with\s+)?/gi;

const GENERIC_OBJECT =
  /^\s*(?:(?:a|an|the|its|their|new|more|over|nearly|about|\d[\d,.]*\s*(?:k|m|million|billion)?|additional|key|top|some|minority|small|\d+%|\d+ per ?cent)\s+)*(?:customers?|users?|talent|stake|shares?|stock|assets?|licen[cs]es?|rights|land|property|properties|equipment|patents?|members|subscribers|clients|accounts|data|insights|skills|knowledge|momentum|traction|domain|ip|intellectual property|teams?|engineers|employees|staff|inventory|spectrum|startups|companies|businesses|tickets|homes|buildings|a building|servers|gpus|chips|bitcoin|tokens|ads|advertising|a majority|back)\b/i;
const MAJORITY = /^\s*(?:a\s+)?(?:majority|controlling)\s+(?:stake|interest|share)\s+in\s+/i;
const NOT_SUBJECT = /^(?:investors?|shareholders|customers|users|companies|startups|buyers|consumers|people|he|she|they|it|we|you|who|which|the company)$/i;

function dealAmount(text: string): Money | null {
  const ms = findMoney(text);
  let fallback: Money | null = null;
  for (const m of ms) {
    const before = text.slice(Math.max(0, m.start - 40), m.start).toLowerCase();
    const after = text.slice(m.end, m.end + 30).toLowerCase();
    if (/\braised\b|\bfunding\b|\brevenue\b|\barr\b/.test(before) || /^\s*(?:in (?:funding|revenue|arr|annual)|of funding|round)/.test(after)) continue;
    if (/\b(?:for|valued at|worth|price (?:tag )?of|deal (?:valued at|worth)|reported|estimated|about|roughly|approximately|some|nearly|around)\s*(?:a |an )?(?:reported |estimated )?$/.test(before) || /^\s*(?:deal|transaction|acquisition|in cash|in stock|all-cash|all-stock|cash-and-stock|takeover|buyout)/.test(after))
      return m;
    if (m.kind === 'amount' && !fallback) fallback = m;
  }
  return fallback;
}

interface Found {
  acquirer: string;
  target: string;
  amount: Money | null;
  fromTitle: boolean;
  evidence: string;
}

function scan(s: string, fromTitle: boolean, out: Found[]): void {
  let m: RegExpExecArray | null;
  ACTIVE.lastIndex = 0;
  while ((m = ACTIVE.exec(s)) !== null) {
    const prefix = s.slice(0, m.index);
    const near = s.slice(Math.max(0, m.index - 40), m.index + m[0].length);
    if (isRumour(near)) continue;
    if (/\b(?:after|since|having|which|that|who|when|while|helped|help|to help|used to)\s+(?:\w+\s+)?$/i.test(prefix)) continue;
    let rest = s.slice(m.index + m[0].length);
    const maj = MAJORITY.exec(rest);
    if (maj) rest = rest.slice(maj[0].length);
    else if (GENERIC_OBJECT.test(rest)) continue;
    const acquirer = subjectName(prefix);
    const target = objectName(rest);
    if (!acquirer || !target || NOT_SUBJECT.test(acquirer) || looksLikePerson(target) || looksLikePerson(acquirer)) continue;
    if (companyKey(acquirer) === companyKey(target)) continue;
    out.push({ acquirer, target, amount: dealAmount(rest.slice(0, 160)), fromTitle, evidence: s });
  }
  PASSIVE.lastIndex = 0;
  while ((m = PASSIVE.exec(s)) !== null) {
    const prefix = s.slice(0, m.index);
    if (isRumour(s.slice(Math.max(0, m.index - 40), m.index + m[0].length))) continue;
    if (/\b(?:after|since|having|which|that|who|when|while)\s*(?:\w+\s+)?(?:was|been|being)?\s*$/i.test(prefix)) continue;
    const target = subjectName(prefix);
    const rest = s.slice(m.index + m[0].length);
    const acquirer = objectName(rest);
    if (!acquirer || !target || NOT_SUBJECT.test(target) || looksLikePerson(target) || looksLikePerson(acquirer)) continue;
    if (companyKey(acquirer) === companyKey(target)) continue;
    out.push({ acquirer, target, amount: dealAmount(rest.slice(0, 160)), fromTitle, evidence: s });
  }
  MERGE.lastIndex = 0;
  while ((m = MERGE.exec(s)) !== null) {
    const prefix = s.slice(0, m.index);
    if (isRumour(s.slice(Math.max(0, m.index - 40), m.index + m[0].length))) continue;
    let a: string | null;
    let b: string | null;
    if (m[1]) {
      a = subjectName(prefix);
      b = objectName(s.slice(m.index + m[0].length));
    } else {
      // "Acme and Beta to merge"
      const pair = /(.+?)\s+(?:and|&)\s+([^,]+?)\s*$/.exec(prefix.replace(/\s+(?:have|has|will|today)\s*$/i, ''));
      a = pair ? subjectName(pair[1]!) : null;
      b = pair ? subjectName(pair[2]!) : null;
    }
    if (!a || !b || looksLikePerson(a) || looksLikePerson(b) || companyKey(a) === companyKey(b)) continue;
    out.push({ acquirer: a, target: b, amount: dealAmount(s.slice(m.index)), fromTitle, evidence: s });
  }
}

export function extractAcquisitions(doc: Doc): ExtractedEvent[] {
  const found: Found[] = [];
  scan(doc.title, true, found);
  const titleHad = found.length > 0;
  for (const s of doc.sentences.slice(0, 6)) {
    if (isBackground(s) && !/\btoday\b|\bannounced\b/i.test(s)) continue;
    scan(s, false, found);
  }
  const out: ExtractedEvent[] = [];
  const byKey = new Map<string, ExtractedEvent>();
  for (const f of found) {
    const acquirer = fullestName(doc, cased(doc, f.acquirer, f.fromTitle)!);
    const target = fullestName(doc, cased(doc, f.target, f.fromTitle)!);
    const ak = companyKey(acquirer);
    const tk = companyKey(target);
    if (!ak || !tk) continue;
    const key = `${ak}>${tk}`;
    const existing = byKey.get(key) ?? [...byKey.values()].find((e) => companyKey(e.target) === tk);
    if (existing) {
      if (!existing.amount && f.amount) setAmount(existing, f.amount);
      if (!f.fromTitle) existing.confidence = clamp(existing.confidence + 0.1);
      continue;
    }
    // A body sentence about some other deal is background when the headline named one.
    if (titleHad && !f.fromTitle) continue;
    const e = blankEvent('acquisition', f.evidence);
    e.company = acquirer;
    e.target = target;
    if (f.amount) setAmount(e, f.amount);
    e.confidence = clamp((f.fromTitle ? 0.75 : 0.68) + (f.amount ? 0.08 : 0));
    byKey.set(key, e);
    out.push(e);
  }
  return out;
}

function setAmount(e: ExtractedEvent, m: Money): void {
  e.amount = m.value;
  e.currency = m.currency;
  e.amountText = m.text;
  e.amountUsd = toUsd(m.value, m.currency);
}
