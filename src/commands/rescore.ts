import type { Command } from 'commander';
import { action, withDb } from './context.js';
import { info } from '../util/log.js';

export function register(program: Command): void {
  program
    .command('rescore')
    .description('recompute every prospect score from stored events, accounts and connections (after editing the rule file or importing)')
    .option('--rules <file>', 'rule file to score with (env SIGNALS_RULES; default $XDG_CONFIG_HOME/signals/rules.yaml)')
    .action(
      action(async (opts: { rules?: string }, cmd: Command) => {
        const { rulesPath } = await import('../config/paths.js');
        const { loadRules } = await import('../rules/load.js');
        const { now } = await import('../util/clock.js');
        const file = rulesPath(opts.rules);
        const rules = loadRules(file);
        await withDb(cmd, async (db) => {
          const { rescore } = await import('../score/rescore.js');
          const r = rescore(db, rules, now());
          info(`rescored with ${file}: ${r.prospects} prospect${r.prospects === 1 ? '' : 's'} — see \`signals prospects\``);
        }, false);
      }),
    );
}
