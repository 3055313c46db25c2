import type { Command } from 'commander';
import { withDb } from '../commands/context.js';
import { usageError } from '../errors.js';
import { getMeta, setMeta } from '../store/db.js';
import { listProspects } from '../store/prospects.js';
import { listEvents } from '../store/events.js';
import { now as clockNow } from '../util/clock.js';
import { sinceIso } from '../util/duration.js';
import { info, isQuiet } from '../util/log.js';
import { colourEnabled } from '../util/term.js';
import { writeFileAtomic, writeStdout } from '../report/output.js';
import { buildDigest, isEmptyDigest, type Digest } from './build.js';
import { nothingNew } from './common.js';
import { renderText } from './text.js';
import { renderMarkdown } from './markdown.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderSlack } from './slack.js';
import { checkWebhookUrl, postWebhook, webhookOrigin } from './webhook.js';

export const DIGEST_MARK = 'last_digest_at';
export const DIGEST_FORMATS = ['text', 'markdown', 'html', 'json', 'slack'] as const;
export type DigestFormat = (typeof DIGEST_FORMATS)[number];
const FIRST_WINDOW_MS = 24 * 3_600_000;

export interface DigestOptions {
  sinceLast?: boolean;
  since?: string;
  format?: string;
  out?: string;
  webhook?: string;
  minScore?: string;
}

export function renderDigest(d: Digest, format: DigestFormat, opts: { width?: number; colour?: boolean } = {}): string {
  switch (format) {
    case 'text':
      return renderText(d, opts);
    case 'markdown':
      return renderMarkdown(d);
    case 'html':
      return renderHtml(d);
    case 'json':
      return renderJson(d);
    case 'slack':
      return JSON.stringify(renderSlack(d), null, 2);
  }
}

export function parseMinScore(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0 || n > 100 || text.trim() === '') throw usageError(`--min-score "${text}" must be a number from 0 to 100`);
  return n;
}

/**
 * `signals digest`: build what is new since the window start, write it (file,
 * stdout and/or webhook), and only then move the last-digest mark, so a failed
 * delivery is retried whole by the next run.
 */
export async function runDigest(cmd: Command, opts: DigestOptions): Promise<void> {
  const format = (opts.format ?? 'text') as DigestFormat;
  if (!DIGEST_FORMATS.includes(format)) throw usageError(`--format "${opts.format}" is not a digest format — use one of: ${DIGEST_FORMATS.join(', ')}`);
  if (opts.since !== undefined && opts.sinceLast) throw usageError('--since and --since-last exclude each other — pick one window');
  const minScore = parseMinScore(opts.minScore);
  if (opts.webhook) checkWebhookUrl(opts.webhook);
  const now = clockNow();
  const fixedWindow = opts.since !== undefined ? sinceIso(opts.since, now.getTime()) : null;

  await withDb(
    cmd,
    async (db) => {
      const mark = getMeta(db, DIGEST_MARK);
      const since = fixedWindow ?? mark ?? new Date(now.getTime() - FIRST_WINDOW_MS).toISOString();
      const digest = buildDigest({
        prospects: listProspects(db, { minScore }),
        events: listEvents(db, { createdSinceIso: since }),
        since,
        now,
      });
      const empty = isEmptyDigest(digest);

      // Local output first, the webhook last: a webhook that fails after the file
      // was written costs a rewrite next time, never a duplicate chat message.
      if (opts.out) {
        writeFileAtomic(opts.out, renderDigest(digest, format, { width: 120, colour: false }) + '\n');
        info(empty ? `${nothingNew(digest)} (written to ${opts.out})` : `digest written to ${opts.out}: ${digest.prospects.length} prospects, ${digest.eventCount} events`);
      } else if (!(opts.webhook && opts.format === undefined) && !(empty && isQuiet())) {
        await writeStdout(renderDigest(digest, format, { colour: colourEnabled() }) + '\n');
      }
      if (opts.webhook) {
        if (empty) info(`${nothingNew(digest)}: nothing posted to ${webhookOrigin(opts.webhook)}`);
        else {
          await postWebhook(opts.webhook, renderSlack(digest));
          info(`digest posted to ${webhookOrigin(opts.webhook)}: ${digest.prospects.length} prospects, ${digest.eventCount} events`);
        }
      }
      // A fixed --since window is a look back, not a delivery: the cron digest keeps its place.
      if (fixedWindow === null) setMeta(db, DIGEST_MARK, digest.generatedAt);
    },
    false,
  );
}
