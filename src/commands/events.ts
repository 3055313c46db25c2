import type { Command } from 'commander';
import { action, withDb, printJson } from './context.js';
import { usageError } from '../errors.js';
import { info } from '../util/log.js';
import type { EventType } from '../types.js';

const TYPES: EventType[] = ['funding', 'job_change', 'acquisition', 'departure'];

export function register(program: Command): void {
  program
    .command('events')
    .description('list trigger events (one row per real-world event, with how many sources reported it)')
    .option('-t, --type <type>', `only this type: ${TYPES.join('|')}`)
    .option('-s, --since <age>', 'only events from the last N (e.g. 24h, 7d, 2w)')
    .option('--company <name>', 'only events whose company (or acquisition target) contains this text')
    .option('-l, --limit <n>', 'at most N events (default: all for --json, 50 for the table)')
    .option('--json', 'print a JSON array of event objects (DESIGN.md field names)')
    .action(
      action(async (opts: { type?: string; since?: string; company?: string; limit?: string; json?: boolean }, cmd: Command) => {
        if (opts.type && !(TYPES as string[]).includes(opts.type)) throw usageError(`--type "${opts.type}" is not an event type — use one of: ${TYPES.join(', ')}`);
        const limit = opts.limit === undefined ? undefined : Number(opts.limit);
        if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw usageError(`--limit "${opts.limit}" must be a positive whole number`);
        const { sinceIso } = await import('../util/duration.js');
        const since = opts.since ? sinceIso(opts.since) : undefined;
        await withDb(cmd, async (db) => {
          const { listEvents, eventToJson } = await import('../store/events.js');
          const events = listEvents(db, {
            type: opts.type as EventType | undefined,
            sinceIso: since,
            companyLike: opts.company,
            limit: opts.json ? limit : (limit ?? 50),
          });
          if (opts.json) return printJson(events.map(eventToJson));
          if (events.length === 0) return info('no events match — run `signals scan` first, or widen --since/--type');
          const { renderTable } = await import('../report/table.js');
          const { describeEvent } = await import('../util/describe-event.js');
          process.stdout.write(
            renderTable(
              [
                { header: 'date' },
                { header: 'type' },
                { header: 'company', width: 'flex' },
                { header: 'what happened', width: 'flex' },
                { header: 'conf', align: 'right' },
                { header: 'sources', align: 'right' },
              ],
              events.map((e) => [
                e.occurredAt.slice(0, 10),
                e.type,
                e.company ?? '',
                describeEvent(e),
                e.confidence < 0.6 ? `low ${e.confidence.toFixed(2)}` : e.confidence.toFixed(2),
                String(e.sources.length),
              ]),
            ) + '\n',
          );
        }, false);
      }),
    );
}
