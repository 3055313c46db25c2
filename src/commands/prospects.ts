import type { Command } from 'commander';
import { action, printJson, withDb } from './context.js';
import { usageError } from '../errors.js';
import { info, warn } from '../util/log.js';

function count(flag: string, v: string | undefined, allowZero = false): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && !Number.isInteger(n)) || (!allowZero && n === 0)) {
    throw usageError(`${flag} "${v}" must be ${allowZero ? 'a number from 0 to 100' : 'a positive whole number'}`);
  }
  return n;
}

export function register(program: Command): void {
  program
    .command('prospects')
    .description('who to call today: companies ranked by score, with the top trigger, the warm path and the person to contact')
    .option('-m, --min-score <n>', 'only prospects scoring at least N (0–100)')
    .option('-l, --limit <n>', 'at most N prospects (default: all for --json, 25 for the table)')
    .option('--json', 'print a JSON array of prospect objects (DESIGN.md field names, with the full breakdown)')
    .option('--rules <file>', 'rescore with this rule file first and store the new ranking (env SIGNALS_RULES)')
    .action(
      action(async (opts: { minScore?: string; limit?: string; json?: boolean; rules?: string }, cmd: Command) => {
        const minScore = count('--min-score', opts.minScore, true);
        const limit = count('--limit', opts.limit);
        const { now } = await import('../util/clock.js');
        const at = now();
        await withDb(cmd, async (db) => {
          const { listProspects, prospectToJson } = await import('../store/prospects.js');
          const { getMeta } = await import('../store/db.js');
          if (opts.rules) {
            const { loadRules } = await import('../rules/load.js');
            const { rescore } = await import('../score/rescore.js');
            const r = rescore(db, loadRules(opts.rules), at);
            info(`rescored with ${opts.rules}: ${r.prospects} prospects`);
          } else {
            const { staleness } = await import('../score/staleness.js');
            for (const w of staleness(db)) warn(w);
          }
          const rows = listProspects(db, { minScore, limit: opts.json ? limit : (limit ?? 25) });
          if (opts.json) return printJson(rows.map(prospectToJson));
          if (rows.length === 0) {
            if (!getMeta(db, 'prospects.scored_at')) info('no ranking yet — add a rule file (`signals init`) and run `signals scan` or `signals rescore`');
            else info(minScore !== undefined ? `no prospect scores ${minScore} or more — lower --min-score` : 'no prospects: no stored event matches a trigger in your rule file — try `signals rules test`');
            return;
          }
          const { safeText } = await import('../report/safe-text.js');
          const { renderTable } = await import('../report/table.js');
          const { triggerCell, warmCell, contactCell, movement } = await import('../score/present.js');
          const table = renderTable(
            [
              { header: '#', align: 'right' },
              { header: 'score', align: 'right' },
              { header: 'company', width: 'flex', min: 12 },
              { header: 'top trigger', width: 'flex', min: 16 },
              { header: 'warm path', width: 'flex', min: 10 },
              { header: 'contact', width: 'flex', min: 10 },
            ],
            rows.map((p) => [
              String(p.rank),
              `${p.score}${movement(p) ? ' ' + movement(p) : ''}`,
              safeText(p.company),
              triggerCell(p, at, safeText),
              warmCell(p, safeText),
              contactCell(p, safeText),
            ]),
            { wrap: true },
          );
          process.stdout.write(table + '\n');
          const total = listProspects(db, { minScore }).length;
          if (total > rows.length) info(`… ${total - rows.length} more — use --limit ${total} to see them all`);
          info('why a company ranks where it does: `signals explain <#|id|company>`');
        }, false);
      }),
    );
}
