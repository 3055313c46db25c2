import type { EventType, ExtractedEvent, Round } from '../types.js';
import { companyKey, personKey } from '../resolve/company-key.js';

// One real-world event, many sources: a press release, two blogs and a newsletter that
// report the same round are one event. Two reports match when they are the same type
// about the same company (and person, for job changes), dated within the window, and
// nothing they state contradicts the other (round, amount, target).

export const SAME_EVENT_WINDOW_DAYS = 14;

export interface MergeLike {
  type: EventType;
  companyKey: string | null;
  personKey: string | null;
  round?: Round | null;
  amountUsd?: number | null;
  occurredAt: string;
  target?: string | null;
  title?: string | null;
}

// Outlets round differently ("$28M" vs "$28.4 million") and convert currencies at other rates.
const AMOUNT_TOLERANCE = 0.12;

function compatibleRound(a: Round | null | undefined, b: Round | null | undefined): boolean {
  if (!a || !b || a === 'unknown' || b === 'unknown') return true;
  return a === b;
}

function compatibleAmount(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return true;
  const hi = Math.max(a, b);
  return hi === 0 || Math.abs(a - b) / hi <= AMOUNT_TOLERANCE;
}

function withinWindow(a: string, b: string): boolean {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (!Number.isFinite(ta) || !Number.isFinite(tb)) return true;
  return Math.abs(ta - tb) <= SAME_EVENT_WINDOW_DAYS * 86_400_000;
}

/** True when two extracted events are reports of one real-world event. */
export function sameEvent(a: MergeLike, b: MergeLike): boolean {
  // The dates last: parsing them is the costly part, and most pairs differ in what they state.
  return a.type === b.type && sameFacts(a, b) && withinWindow(a.occurredAt, b.occurredAt);
}

function sameFacts(a: MergeLike, b: MergeLike): boolean {
  switch (a.type) {
    case 'funding':
      return a.companyKey !== null && a.companyKey === b.companyKey && compatibleRound(a.round, b.round) && compatibleAmount(a.amountUsd, b.amountUsd);
    case 'job_change':
    case 'departure':
      // The person is the identity; a company missing on one side does not contradict.
      if (a.personKey === null || b.personKey === null) {
        return a.personKey === b.personKey && a.companyKey !== null && a.companyKey === b.companyKey && (a.title ?? '') === (b.title ?? '');
      }
      return a.personKey === b.personKey && (a.companyKey === null || b.companyKey === null || a.companyKey === b.companyKey);
    case 'acquisition': {
      const ta = companyKey(a.target ?? null);
      const tb = companyKey(b.target ?? null);
      if (ta === null || tb === null || ta !== tb) return false;
      return (a.companyKey === null || b.companyKey === null || a.companyKey === b.companyKey) && compatibleAmount(a.amountUsd, b.amountUsd);
    }
  }
}

/** The identity keys an event is stored and looked up under. */
export function eventFingerprint(e: ExtractedEvent): { companyKey: string | null; personKey: string | null } {
  return { companyKey: companyKey(e.company), personKey: e.type === 'job_change' || e.type === 'departure' ? personKey(e.person) : null };
}
