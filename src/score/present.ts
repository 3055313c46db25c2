import type { ProspectRow } from '../store/prospects.js';
import { age } from '../util/duration.js';

// Plain-text pieces of the prospects table, shared by `prospects` and `rules test`.
// Every string from a feed passes through `safe` before it can reach a terminal.
export type Safe = (s: string) => string;

export function triggerCell(p: Pick<ProspectRow, 'topTrigger'>, now: Date, safe: Safe): string {
  const t = p.topTrigger;
  if (!t) return '';
  return `${safe(t.summary)} (${age(t.occurred_at, now.getTime())})`;
}

export function contactCell(p: Pick<ProspectRow, 'person' | 'title'>, safe: Safe): string {
  if (!p.person) return '';
  return p.title ? `${safe(p.person)}, ${safe(p.title)}` : safe(p.person);
}

export const warmCell = (p: Pick<ProspectRow, 'warmPath'>, safe: Safe): string => (p.warmPath ? safe(p.warmPath.detail) : '');

/** "▲3" / "▼2" / "new" against the previous score. */
export function movement(p: Pick<ProspectRow, 'score' | 'previousScore'>): string {
  if (p.previousScore === null) return '';
  const d = Math.round(p.score - p.previousScore);
  return d > 0 ? `▲${d}` : d < 0 ? `▼${-d}` : '';
}
