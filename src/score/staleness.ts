import type { DB } from '../store/db.js';
import { getMeta } from '../store/db.js';
import { rulesPath } from '../config/paths.js';
import { rulesFingerprint } from './rescore.js';

/** Reasons the stored ranking may be out of date, each with the command that fixes it. */
export function staleness(db: DB): string[] {
  const scoredAt = getMeta(db, 'prospects.scored_at');
  if (!scoredAt) return [];
  const out: string[] = [];
  const file = getMeta(db, 'prospects.rules_file');
  const current = rulesPath();
  if (file && file === current && rulesFingerprint(file) !== getMeta(db, 'prospects.rules_hash')) {
    out.push(`${file} changed since the ranking was computed — run \`signals rescore\``);
  }
  for (const table of ['accounts', 'contacts']) {
    const row = db.prepare(`SELECT max(updated_at) AS at FROM ${table}`).get() as { at: string | null };
    if (row.at && row.at > scoredAt) out.push(`${table} were imported after the ranking was computed — run \`signals rescore\``);
  }
  return out;
}
