import type { Command } from 'commander';
import { action, withDb, dbPath } from './context.js';
import { SignalsError, EXIT, usageError } from '../errors.js';
import { info, isQuiet, warn } from '../util/log.js';
import { stderrIsTty } from '../util/term.js';

function positiveInt(flag: string, v: string | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw usageError(`${flag} "${v}" must be a positive number`);
  return n;
}

export function register(program: Command): void {
  program
    .command('scan')
    .description('fetch every due feed, store new items, extract events and rescore prospects')
    .option('-c, --concurrency <n>', 'feeds fetched at once (default 8)')
    .option('--timeout <seconds>', 'total time allowed per request (default 20)')
    .option('--connect-timeout <seconds>', 'time allowed to connect (default 20)')
    .option('--max-size <MiB>', 'largest feed body accepted (default 15)')
    .option('--force', 'fetch every enabled feed now, ignoring error back-off')
    .option('--rules <file>', 'rule file used to rescore after the scan (env SIGNALS_RULES)')
    .option('--wait <seconds>', 'how long to wait for another running scan before giving up with exit 75 (default 10)')
    .action(
      action(async (opts: { concurrency?: string; timeout?: string; connectTimeout?: string; maxSize?: string; force?: boolean; rules?: string; wait?: string }, cmd: Command) => {
        const concurrency = Math.floor(positiveInt('--concurrency', opts.concurrency, 8));
        const timeoutMs = positiveInt('--timeout', opts.timeout, 20) * 1000;
        const connectTimeoutMs = positiveInt('--connect-timeout', opts.connectTimeout, 20) * 1000;
        const maxBytes = positiveInt('--max-size', opts.maxSize, 15) * 1024 * 1024;
        const { acquireScanLock } = await import('../scan/lock.js');
        const waitMs = opts.wait === '0' ? 0 : positiveInt('--wait', opts.wait, 10) * 1000;
        const release = await acquireScanLock(dbPath(cmd), waitMs);
        try {
          await withDb(cmd, async (db) => {
            const { runScan } = await import('../scan/scan.js');
            const { progressBar } = await import('../util/progress.js');
            const bar = stderrIsTty() && !isQuiet() ? progressBar('scanning') : null;
            const s = await runScan(db, {
              concurrency,
              force: Boolean(opts.force),
              fetch: { timeoutMs, connectTimeoutMs, maxBytes },
              onFeedDone: (_r, done, total) => bar?.update(done, total),
            });
            bar?.done();
            const { afterScan } = await import('../scan/after-scan.js');
            const scored = await afterScan(db, opts.rules);
            const secs = (s.ms / 1000).toFixed(1);
            if (s.feeds === 0) {
              const { listFeeds } = await import('../store/feeds.js');
              const waiting = listFeeds(db).filter((f) => f.enabled && f.nextFetchAt);
              if (waiting.length === 0) info('scan: no feeds to fetch — add one with `signals feeds add <url|path>`');
              else {
                const next = waiting.map((f) => f.nextFetchAt!).sort()[0]!;
                info(`scan: no feed is due — ${waiting.length} failing feeds are backing off (next try ${next.slice(0, 16).replace('T', ' ')} UTC); \`signals scan --force\` fetches them now`);
              }
              return;
            }
            info(
              `scan: ${s.feeds} feeds in ${secs}s — ${s.newItems} new items, ${s.newEvents} new events, ${s.unchanged} unchanged, ${s.errors.length} failed${scored}`,
            );
            for (const e of s.errors) warn(`${e.feed.name ?? e.feed.url}: ${e.message}${e.disabled ? ' (feed disabled)' : ''}`);
            const { itemsReadBefore } = await import('../store/items.js');
            const { EXTRACTOR_VERSION } = await import('../extract/index.js');
            const older = itemsReadBefore(db, EXTRACTOR_VERSION);
            if (older > 0) info(`note: ${older} stored item${older === 1 ? ' was' : 's were'} read by an older version of the extractor — \`signals reextract\` reads them again with today's rules`);
            if (s.errors.length === s.feeds) {
              throw new SignalsError(`no feed could be read (${s.errors.length} failed) — check the network or \`signals feeds list\``, EXIT.UNAVAILABLE);
            }
          });
        } finally {
          release();
        }
      }),
    );
}
