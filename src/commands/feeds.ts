import type { Command } from 'commander';
import { action, withDb, printJson } from './context.js';
import { FEED_KINDS, type Feed, type FeedKind } from '../types.js';
import { usageError, noInputError, dataError } from '../errors.js';
import { info, warn } from '../util/log.js';

function parseKind(k: string | undefined): FeedKind | null {
  if (k === undefined) return null;
  if (!(FEED_KINDS as readonly string[]).includes(k)) throw usageError(`--kind "${k}" is not a feed kind — use one of: ${FEED_KINDS.join(', ')}`);
  return k as FeedKind;
}

export function feedToJson(f: Feed, items: number) {
  return {
    id: f.id,
    url: f.url,
    name: f.name,
    kind: f.kind,
    enabled: f.enabled,
    disabled_reason: f.disabledReason,
    title: f.title,
    items,
    last_status: f.lastStatus,
    last_error: f.lastError,
    last_fetched_at: f.lastFetchedAt,
    last_new_item_at: f.lastNewItemAt,
    consecutive_errors: f.consecutiveErrors,
    next_fetch_at: f.nextFetchAt,
  };
}

export function register(program: Command): void {
  const feeds = program.command('feeds').description('manage the feeds a scan reads (add, list, remove, import, export)');

  feeds
    .command('add <source>')
    .description('add a feed: an http(s):// URL, a file:// URL or a local path (read once to check it)')
    .option('-k, --kind <kind>', `what the feed carries: ${FEED_KINDS.join('|')} (a hint for extraction)`)
    .option('-n, --name <name>', 'a short name shown in tables and event sources')
    .option('--no-check', 'add without reading the source first (offline, or a feed that is down today)')
    .action(
      action(async (source: string, opts: { kind?: string; name?: string; check: boolean }, cmd: Command) => {
        const kind = parseKind(opts.kind);
        const { classifySource } = await import('../fetch/fetch-feed.js');
        const src = classifySource(source);
        if (src.kind === 'file') {
          const fs = await import('node:fs');
          if (!fs.existsSync(src.path!)) throw noInputError(`no such file: ${src.path} — check the path`);
        }
        await withDb(cmd, async (db) => {
          const { addFeed, getFeedByUrl } = await import('../store/feeds.js');
          const present = getFeedByUrl(db, src.url);
          if (present) return info(`feed ${present.id} already present: ${present.url}`);
          let url = src.url;
          let note = '';
          let title: string | null = null;
          if (opts.check) {
            const { checkFeed } = await import('../fetch/check-feed.js');
            const c = await checkFeed(src.url, { retries: 0 });
            if (c.kind === 'invalid') throw dataError(`${source}: ${c.message} — check the address, or add it anyway with --no-check`);
            if (c.kind === 'unreachable') warn(`could not read ${source} just now (${c.message}); adding it anyway — \`signals scan\` will keep trying`);
            else {
              url = c.url;
              title = c.title ?? null;
              const what = `${c.title ? `"${c.title}", ` : ''}${c.items} item${c.items === 1 ? '' : 's'}`;
              note =
                c.via === 'advertised' ? ` — ${what}; the feed that ${source} advertises` : c.via === 'redirect' ? ` — ${what}; ${source} moved here permanently` : ` — ${what}`;
            }
          }
          const { feed, added } = addFeed(db, { url, name: opts.name ?? null, kind, title });
          info(added ? `added feed ${feed.id}: ${feed.url}${kind ? ` (${kind})` : ''}${note}` : `feed ${feed.id} already present: ${feed.url}`);
        });
      }),
    );

  feeds
    .command('list')
    .description('list feeds with their health: last status, last new item, consecutive errors')
    .option('--json', 'print a JSON array instead of a table')
    .action(
      action(async (opts: { json?: boolean }, cmd: Command) => {
        await withDb(cmd, async (db) => {
          const { listFeeds, feedItemCounts } = await import('../store/feeds.js');
          const list = listFeeds(db);
          const counts = feedItemCounts(db);
          if (opts.json) return printJson(list.map((f) => feedToJson(f, counts.get(f.id) ?? 0)));
          if (list.length === 0) return info('no feeds yet — add one with `signals feeds add <url|path> --kind funding`');
          const { renderTable } = await import('../report/table.js');
          const { age } = await import('../util/duration.js');
          const health = (f: Feed) =>
            !f.enabled ? `disabled: ${f.disabledReason ?? ''}` : f.lastError ? `${f.lastError} (×${f.consecutiveErrors})` : f.lastStatus ? `ok ${f.lastStatus}` : 'not fetched yet';
          process.stdout.write(
            renderTable(
              [
                { header: 'id', align: 'right' },
                { header: 'name / url', width: 'flex' },
                { header: 'kind' },
                { header: 'items', align: 'right' },
                { header: 'last fetch' },
                { header: 'last new' },
                { header: 'health', width: 'flex' },
              ],
              list.map((f) => [
                String(f.id),
                // A feed added without --name shows the title it gives itself.
                (f.name ?? f.title) ? `${f.name ?? f.title} (${f.url})` : f.url,
                f.kind ?? '',
                String(counts.get(f.id) ?? 0),
                f.lastFetchedAt ? `${age(f.lastFetchedAt)} ago` : 'never',
                f.lastNewItemAt ? `${age(f.lastNewItemAt)} ago` : '—',
                health(f),
              ]),
            ) + '\n',
          );
        }, false);
      }),
    );

  feeds
    .command('remove <feed>')
    .description('remove a feed (by id, URL or name) and its stored items')
    .action(
      action(async (ref: string, _opts: object, cmd: Command) => {
        await withDb(cmd, async (db) => {
          const { findFeed, removeFeed } = await import('../store/feeds.js');
          const feed = findFeed(db, ref);
          if (!feed) throw usageError(`no feed "${ref}" — see \`signals feeds list\` for ids, URLs and names`);
          db.transaction(() => {
            // Events that only this feed reported go with it; shared ones keep their other sources.
            db.prepare('DELETE FROM event_sources WHERE item_id IN (SELECT id FROM items WHERE feed_id = ?)').run(feed.id);
            db.prepare('DELETE FROM events WHERE id NOT IN (SELECT event_id FROM event_sources)').run();
            removeFeed(db, feed.id);
          })();
          info(`removed feed ${feed.id}: ${feed.url}`);
        }, false);
      }),
    );

  feeds
    .command('import <file>')
    .description('import feeds from an OPML file (Miniflux, FreshRSS, Feedly, Inoreader exports)')
    .option('-k, --kind <kind>', 'kind for feeds whose category does not say')
    .action(
      action(async (file: string, opts: { kind?: string }, cmd: Command) => {
        const kind = parseKind(opts.kind);
        const fs = await import('node:fs');
        if (!fs.existsSync(file)) throw noInputError(`no such file: ${file}`);
        const { parseOpml } = await import('../parse/opml.js');
        const entries = parseOpml(fs.readFileSync(file, 'utf8'));
        const { classifySource } = await import('../fetch/fetch-feed.js');
        await withDb(cmd, async (db) => {
          const { addFeed } = await import('../store/feeds.js');
          let added = 0;
          let present = 0;
          const skipped: string[] = [];
          db.transaction(() => {
            for (const e of entries) {
              let url: string;
              try {
                url = classifySource(e.url).url;
              } catch (err) {
                skipped.push(`${e.url}: ${(err as Error).message}`);
                continue;
              }
              const r = addFeed(db, { url, name: e.title, kind: e.kind ?? kind });
              if (r.added) added++;
              else present++;
            }
          })();
          info(`imported ${file}: ${entries.length} feeds read, ${added} added, ${present} already present, ${skipped.length} skipped`);
          for (const s of skipped) info(`  skipped ${s}`);
        });
      }),
    );

  feeds
    .command('export')
    .description('print all feeds as OPML 2.0 (for another reader or a backup)')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .action(
      action(async (opts: { out?: string }, cmd: Command) => {
        await withDb(cmd, async (db) => {
          const { listFeeds } = await import('../store/feeds.js');
          const { buildOpml } = await import('../parse/opml.js');
          const xml = buildOpml(listFeeds(db).map((f) => ({ url: f.url, name: f.name ?? f.title, kind: f.kind })), 'signals feeds');
          if (opts.out) {
            const fs = await import('node:fs');
            fs.writeFileSync(opts.out, xml);
            info(`wrote ${opts.out}`);
          } else process.stdout.write(xml);
        }, false);
      }),
    );
}
