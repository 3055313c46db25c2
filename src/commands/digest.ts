import type { Command } from 'commander';
import { action } from './context.js';

export function register(program: Command): void {
  program
    .command('digest')
    .description('what is new since the last digest: new and risen prospects, then new events by type with source links (for cron, mail and chat)')
    .option('--since-last', 'everything since the previous digest (the default; the first digest covers 24h); the mark moves only after delivery')
    .option('-s, --since <age>', 'a fixed look-back window instead, e.g. 24h or 7d (leaves the last-digest mark alone)')
    .option('-f, --format <format>', 'text|markdown|html|json|slack (html: a self-contained mail body; slack: the webhook payload; default text)')
    .option('-o, --out <file>', 'write the digest to FILE (atomically) instead of stdout')
    .option('--webhook <url>', 'also POST a Slack-compatible message to this incoming-webhook URL (failure: exit 69, mark not moved)')
    .option('--min-score <n>', 'only prospects scoring at least N (0-100)')
    .action(
      action(async (opts: { sinceLast?: boolean; since?: string; format?: string; out?: string; webhook?: string; minScore?: string }, cmd: Command) => {
        const { runDigest } = await import('../digest/run.js');
        await runDigest(cmd, opts);
      }),
    );
}
