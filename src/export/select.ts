import type { ProspectRow } from '../store/prospects.js';

export const exportMark = (preset: string) => `last_export_at:${preset}`;

/**
 * Prospects new or changed (score or top trigger) strictly after the previous
 * export of this preset; all of them when there was none.
 */
export function changedSince(prospects: readonly ProspectRow[], mark: string | null): ProspectRow[] {
  if (!mark) return [...prospects];
  const t = Date.parse(mark);
  if (!Number.isFinite(t)) return [...prospects];
  return prospects.filter((p) => Date.parse(p.firstSeenAt) > t || Date.parse(p.updatedAt) > t);
}
