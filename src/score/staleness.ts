import type { DB } from '../store/db.js';
import { getMeta } from '../store/db.js';
import path from 'node:path';
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

/**
 * A scan or reextract rescores with whichever rule file is in effect now; when that is not
 * the file the stored ranking came from (a demo database, a second rule file passed once),
 * the rep should know why the ranking changed shape.
 */
export function ruleFileSwitch(db: DB, file: string): string | null {
  const before = getMeta(db, 'prospects.rules_file');
  if (!before || path.resolve(before) === path.resolve(file)) return null;
  return `note: ranked with ${file}; the previous ranking used ${before} (pass --rules ${before} to keep using it)`;
}
