import type { DB } from '../store/db.js';
import type { FeedKind } from '../types.js';
import { clearEvents, eventWriter } from '../store/events.js';
import { iterateItems } from '../store/items.js';
import { EXTRACTOR_VERSION } from '../extract/index.js';
import { extractFromItem, itemDate } from './extract-items.js';

/**
 * Rebuild all events from stored items in one transaction: the result is the same
 * as if every item had been scanned with today's extractor, and a crash midway
 * leaves the old events in place.
 */
export function reextractAll(db: DB): { items: number; events: number; before: number } {
  const before = db.prepare('SELECT count(*) FROM events').pluck().get() as number;
  const kinds = new Map(
    (db.prepare('SELECT id, kind FROM feeds').all() as Array<{ id: number; kind: FeedKind | null }>).map((r) => [r.id, r.kind]),
  );
  let items = 0;
  db.transaction(() => {
    clearEvents(db);
    const writer = eventWriter(db);
    const mark = db.prepare('UPDATE items SET extracted_version = ? WHERE id = ?');
    for (const page of iterateItems(db)) {
      for (const item of page) {
        writer.add(item.id, itemDate(item), item.fetchedAt, extractFromItem(item, kinds.get(item.feedId) ?? null));
        mark.run(EXTRACTOR_VERSION, item.id);
        items++;
      }
    }
  })();
  const events = db.prepare('SELECT count(*) FROM events').pluck().get() as number;
  return { items, events, before };
}
