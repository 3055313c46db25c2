import fs from 'node:fs';
import type { DB } from '../store/db.js';
import { rulesPath } from '../config/paths.js';
import { info } from '../util/log.js';
import { now as clockNow } from '../util/clock.js';

/**
 * Rescore prospects after new events landed. Without a rule file the scan still
 * succeeds (items and events are stored) and says how to get a ranking; a broken
 * rule file is an error, never a silently empty ranking.
 */
export async function afterScan(db: DB, explicitRules: string | undefined, now = clockNow(), noteMissing = true): Promise<string> {
  const file = rulesPath(explicitRules);
  if (!explicitRules && !fs.existsSync(file)) {
    if (noteMissing) info(`note: no rule file at ${file}, so prospects were not scored — run \`signals init\` or pass --rules FILE`);
    return '';
  }
  const { loadRules } = await import('../rules/load.js');
  const { rescore } = await import('../score/rescore.js');
  const { ruleFileSwitch } = await import('../score/staleness.js');
  const rules = loadRules(file);
  const switched = ruleFileSwitch(db, file);
  if (switched) info(switched);
  const r = rescore(db, rules, now);
  return `, ${r.prospects} prospect${r.prospects === 1 ? '' : 's'} ranked`;
}
