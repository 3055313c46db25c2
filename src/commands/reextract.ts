import type { Command } from 'commander';
import { action, dbPath, withDb } from './context.js';
import { info } from '../util/log.js';

export function register(program: Command): void {
  program
    .command('reextract')
    .description('re-run event extraction over every stored item (after an upgrade); never duplicates events')
    .option('--rules <file>', 'rule file used to rescore afterwards (env SIGNALS_RULES)')
    .action(
      action(async (opts: { rules?: string }, cmd: Command) => {
        // It rewrites every event: a scan writing events at the same time would be merged
        // against a table that is being rebuilt under it.
        const { acquireScanLock } = await import('../scan/lock.js');
        const release = await acquireScanLock(dbPath(cmd));
        try {
          await withDb(cmd, async (db) => {
            const { reextractAll } = await import('../scan/reextract.js');
            const r = reextractAll(db);
            const { afterScan } = await import('../scan/after-scan.js');
            const scored = await afterScan(db, opts.rules);
            info(`reextract: ${r.items} items read, ${r.events} events (${r.before} before)${scored}`);
          }, false);
        } finally {
          release();
        }
      }),
    );
}
