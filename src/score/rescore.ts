import crypto from 'node:crypto';
import fs from 'node:fs';
import type { DB } from '../store/db.js';
import { setMeta } from '../store/db.js';
import type { RuleSet } from '../rules/types.js';
import type { Prospect } from '../types.js';
import { listEvents } from '../store/events.js';
import { listAccounts } from '../store/accounts.js';
import { listContacts } from '../store/contacts.js';
import { findWarmPaths } from '../resolve/warmth.js';
import { contactedMarks, saveProspects } from '../store/prospects.js';
import { scoreProspects } from './score.js';

/**
 * Score from what is stored, without writing. `sinceIso` narrows the events
 * (backtests); by default everything young enough to count is read.
 */
export function scoreFromDb(db: DB, rules: RuleSet, now: Date, sinceIso?: string): Prospect[] {
  const oldest = new Date(now.getTime() - rules.recency.maxAgeDays * 86_400_000).toISOString();
  const since = sinceIso && sinceIso > oldest ? sinceIso : oldest;
  return scoreProspects({
    events: listEvents(db, { sinceIso: since }),
    accounts: listAccounts(db),
    contacts: listContacts(db),
    rules,
    now,
    findWarmPaths,
    contacted: contactedMarks(db),
  });
}

/** A fingerprint of the rule file as scored, so a later edit can be noticed. */
export function rulesFingerprint(file: string): string {
  try {
    return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 16);
  } catch {
    return '';
  }
}

/** Recompute and store the whole ranking (after a scan, an import or a rule change). */
export function rescore(db: DB, rules: RuleSet, now: Date): { prospects: number } {
  const prospects = scoreFromDb(db, rules, now);
  db.transaction(() => {
    saveProspects(db, prospects, now);
    setMeta(db, 'prospects.rules_file', rules.file);
    setMeta(db, 'prospects.rules_hash', rulesFingerprint(rules.file));
  })();
  return { prospects: prospects.length };
}
