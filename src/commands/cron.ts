import type { Command } from 'commander';
import { action, dbPath } from './context.js';
import { usageError } from '../errors.js';

const FORMATS = ['text', 'markdown', 'html', 'json'] as const;

export function register(program: Command): void {
  program
    .command('cron')
    .description('print a ready crontab entry (absolute paths) that scans daily and writes the digest, logging under the XDG state dir')
    .option('--at <HH:MM>', 'time of day to run (default 06:30, local time of the cron daemon)')
    .option('-f, --format <format>', 'digest format written by the entry: text|markdown|html|json (default markdown)')
    .action(
      action(async (opts: { at?: string; format?: string }, cmd: Command) => {
        const format = (opts.format ?? 'markdown') as (typeof FORMATS)[number];
        if (!FORMATS.includes(format)) throw usageError(`--format "${opts.format}" is not a digest format — use one of: ${FORMATS.join(', ')}`);
        const fs = await import('node:fs');
        const path = await import('node:path');
        const { fileURLToPath } = await import('node:url');
        const { stateDir, rulesPath } = await import('../config/paths.js');
        const { cronEntry } = await import('../digest/cron.js');
        const { info } = await import('../util/log.js');

        // bin/signals of this installation (dist/commands/cron.js → ../../bin/signals).
        const cli = fs.realpathSync(fileURLToPath(new URL('../../bin/signals', import.meta.url)));
        const state = stateDir();
        const digestDir = path.join(state, 'digests');
        // cron's >> cannot create directories: make them now so the first run can log.
        fs.mkdirSync(digestDir, { recursive: true });
        const rules = path.resolve(rulesPath());
        const entry = cronEntry({
          at: opts.at ?? '06:30',
          node: process.execPath,
          cli,
          db: path.resolve(dbPath(cmd)),
          rules: fs.existsSync(rules) ? rules : null,
          format,
          logFile: path.join(state, 'cron.log'),
          digestDir,
        });
        process.stdout.write(entry + '\n');
        info(`(created ${digestDir} for the digests and the log)`);
      }),
    );
}
