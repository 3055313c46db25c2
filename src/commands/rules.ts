import type { Command } from 'commander';
import { action, printJson, withDb } from './context.js';
import { configError } from '../errors.js';
import { info } from '../util/log.js';

export function register(program: Command): void {
  const rules = program.command('rules').description('check a rule file, or backtest it against stored events before trusting it');

  rules
    .command('check')
    .description('validate the rule file and list every problem at once as file:line:col (exit 78 if there are any)')
    .option('--rules <file>', 'rule file to check (env SIGNALS_RULES; default $XDG_CONFIG_HOME/signals/rules.yaml)')
    .action(
      action(async (opts: { rules?: string }) => {
        const { rulesPath } = await import('../config/paths.js');
        const { checkRulesFile } = await import('../rules/load.js');
        const { formatProblem } = await import('../rules/types.js');
        const file = rulesPath(opts.rules);
        const { rules: set, problems } = checkRulesFile(file);
        if (!set || problems.length) {
          for (const p of problems) process.stdout.write(formatProblem(p) + '\n');
          throw configError(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${file} — fix them and run \`signals rules check\` again`);
        }
        const icp = set.icp;
        const criteria = [icp.industries.length, icp.employees, icp.countries.length, icp.fundingStages.length, icp.keywords.length].filter(Boolean).length;
        const ex = set.exclude;
        const exclusions = ex.competitors.length + ex.doNotContact.length + ex.companies.length;
        process.stdout.write(
          `rules OK: ${set.triggers.length} trigger${set.triggers.length === 1 ? '' : 's'}, ${criteria} ICP criteria, ` +
            `${exclusions} excluded name${exclusions === 1 ? '' : 's'}${ex.customers ? ' plus CRM customers' : ''}, ` +
            `half-life ${set.recency.halfLifeDays}d, cool-down ${set.cooldownDays}d (${file})\n`,
        );
      }),
    );

  rules
    .command('test')
    .description('backtest a rule file against stored events without changing anything: the ranking it gives and how it differs from the stored one')
    .option('--rules <file>', 'rule file to test (env SIGNALS_RULES; default $XDG_CONFIG_HOME/signals/rules.yaml)')
    .option('-s, --since <age>', 'only events from the last N (e.g. 30d, 90d); default: as far back as recency.max_age_days')
    .option('-l, --limit <n>', 'show at most N ranked prospects (companies that left are always listed)')
    .option('--json', 'print a JSON array: one object per company with status entered|left|up|down|same, ranks and scores')
    .action(
      action(async (opts: { rules?: string; since?: string; limit?: string; json?: boolean }, cmd: Command) => {
        const { rulesPath } = await import('../config/paths.js');
        const { loadRules } = await import('../rules/load.js');
        const { now } = await import('../util/clock.js');
        const { sinceIso } = await import('../util/duration.js');
        const { usageError } = await import('../errors.js');
        const limit = opts.limit === undefined ? undefined : Number(opts.limit);
        if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw usageError(`--limit "${opts.limit}" must be a positive whole number`);
        const at = now();
        const since = opts.since ? sinceIso(opts.since, at.getTime()) : undefined;
        const file = rulesPath(opts.rules);
        const set = loadRules(file);
        await withDb(cmd, async (db) => {
          const { scoreFromDb } = await import('../score/rescore.js');
          const { listProspects } = await import('../store/prospects.js');
          const { compareRankings, changeText } = await import('../score/compare.js');
          const proposed = scoreFromDb(db, set, at, since);
          const changes = compareRankings(listProspects(db), proposed);
          // A company exported (or marked contacted) within cooldown_days leaves the ranking
          // until a new trigger arrives: say so, rather than let it read as the rules' doing.
          const { contactedMarks } = await import('../store/prospects.js');
          const marks = contactedMarks(db);
          const cooling = (id: string): string | null => {
            const mark = marks.get(id);
            return mark && at.getTime() - Date.parse(mark) < set.cooldownDays * 86_400_000 ? mark : null;
          };
          if (opts.json) {
            const byId = new Map(proposed.map((p) => [p.id, p]));
            return printJson(
              changes.map((c) => ({
                ...c,
                top_trigger: byId.get(c.id)?.topTrigger ?? null,
                warm_path: byId.get(c.id)?.warmPath?.detail ?? null,
                cooling_down_since: c.status === 'left' ? cooling(c.id) : null,
              })),
            );
          }
          const { safeText } = await import('../report/safe-text.js');
          const { renderTable } = await import('../report/table.js');
          const { triggerCell, warmCell } = await import('../score/present.js');
          const ranked = changes.filter((c) => c.status !== 'left').slice(0, limit ?? Infinity);
          const left = changes.filter((c) => c.status === 'left');
          const byId = new Map(proposed.map((p) => [p.id, p]));
          if (ranked.length) {
            process.stdout.write(
              renderTable(
                [
                  { header: '#', align: 'right' },
                  { header: 'score', align: 'right' },
                  { header: 'change' },
                  { header: 'company', width: 'flex', min: 12 },
                  { header: 'top trigger', width: 'flex', min: 16 },
                  { header: 'warm path', width: 'flex', min: 10 },
                ],
                ranked.map((c) => {
                  const p = byId.get(c.id)!;
                  const delta = c.previous_score !== null && c.score !== null && c.score !== c.previous_score ? ` ${c.score > c.previous_score ? '+' : ''}${c.score - c.previous_score}` : '';
                  return [String(c.rank), `${c.score}${delta}`, changeText(c), safeText(c.company), triggerCell(p, at, safeText), warmCell(p, safeText)];
                }),
                { wrap: true },
              ) + '\n',
            );
          }
          const coolingCount = left.filter((c) => cooling(c.id)).length;
          if (!ranked.length) {
            const why =
              coolingCount > 0 && coolingCount === left.length
                ? `every company it ranks was exported in the last ${set.cooldownDays} days and is cooling down (cooldown_days in ${file}); a new trigger brings one back`
                : `${file} ranks nothing among the stored events${since ? ` since ${since.slice(0, 10)}` : ''}`;
            process.stdout.write(`no prospects: ${why}\n`);
          }
          for (const c of left) {
            const mark = cooling(c.id);
            process.stdout.write(`left: ${safeText(c.company)} (was #${c.previous_rank}, score ${c.previous_score})${mark ? ` — cooling down since its export on ${mark.slice(0, 10)}` : ''}\n`);
          }
          const n = (s: string) => changes.filter((c) => c.status === s).length;
          info(`${file}: ${proposed.length} ranked — ${n('entered')} entered, ${n('left')} left${coolingCount ? ` (${coolingCount} cooling down after an export)` : ''}, ${n('up')} moved up, ${n('down')} moved down, ${n('same')} unchanged (nothing was written; \`signals rescore\` applies it)`);
        }, false);
      }),
    );
}
