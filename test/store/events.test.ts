import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb, type DB } from '../../src/store/db.js';
import { addFeed } from '../../src/store/feeds.js';
import { insertNewItems, itemStatements, keyItems } from '../../src/store/items.js';
import { eventWriter } from '../../src/store/events.js';
import { blankEvent } from '../../src/extract/event.js';
import type { ExtractedEvent } from '../../src/types.js';

const funding = (company: string, round: ExtractedEvent['round'], amountUsd: number | null, lead: string[] = []): ExtractedEvent => ({
  ...blankEvent('funding', `${company} raises`),
  company,
  round,
  amountUsd,
  amount: amountUsd,
  currency: amountUsd === null ? null : 'USD',
  leadInvestors: lead,
  investors: lead,
  confidence: 0.8,
});

const move = (person: string, company: string | null, title: string): ExtractedEvent => ({
  ...blankEvent('job_change', `${person} joins`),
  person,
  company,
  title,
  confidence: 0.8,
});

describe('event writer: one event, many sources', () => {
  let dir: string;
  let db: DB;
  let feedId: number;
  let n = 0;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signals-events-'));
    db = openDb(path.join(dir, 't.db'));
    feedId = addFeed(db, { url: 'https://wire.example.com/feed', name: 'wire', kind: 'funding' }).feed.id;
  });
  afterEach(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const newItem = () => {
    n++;
    const [stored] = insertNewItems(itemStatements(db), feedId, keyItems([{ guid: `g${n}`, link: null, title: `Story ${n}`, summary: null, content: null, author: null, published: null }]), '2026-11-20T08:00:00.000Z');
    return stored!.id;
  };
  const sources = () => db.prepare('SELECT event_id AS e, count(*) AS n FROM event_sources GROUP BY event_id ORDER BY event_id').all() as Array<{ e: number; n: number }>;

  it('merges later reports into the event written earlier in the same transaction, and keeps what they add', () => {
    const w = eventWriter(db);
    db.transaction(() => {
      expect(w.add(newItem(), '2026-11-12T09:00:00.000Z', '2026-11-20T08:00:00.000Z', [funding('Northwind Analytics', 'series_b', 28e6)])).toBe(1);
      expect(w.add(newItem(), '2026-11-13T09:00:00.000Z', '2026-11-20T08:00:00.000Z', [funding('Northwind Analytics', 'unknown', 28.4e6, ['Index Ventures'])])).toBe(0);
      // A different round of the same company is another event.
      expect(w.add(newItem(), '2026-11-14T09:00:00.000Z', '2026-11-20T08:00:00.000Z', [funding('Northwind Analytics', 'series_c', 90e6)])).toBe(1);
      // Outside the window: another event, even with the same round.
      expect(w.add(newItem(), '2027-02-01T09:00:00.000Z', '2026-11-20T08:00:00.000Z', [funding('Northwind Analytics', 'series_b', 28e6)])).toBe(1);
    })();
    expect(sources().map((s) => s.n)).toEqual([2, 1, 1]);
    const first = JSON.parse((db.prepare('SELECT data FROM events ORDER BY id LIMIT 1').pluck().get() as string)) as ExtractedEvent;
    expect(first.round).toBe('series_b');
    expect(first.leadInvestors).toEqual(['Index Ventures']);
  });

  it('finds events stored by an earlier writer (an earlier scan)', () => {
    db.transaction(() => eventWriter(db).add(newItem(), '2026-11-12T09:00:00.000Z', '2026-11-20T08:00:00.000Z', [move('Dana Lee', 'Northwind Analytics', 'CMO')]))();
    const w = eventWriter(db);
    db.transaction(() => {
      // Same person, company missing on one side: the same move.
      expect(w.add(newItem(), '2026-11-13T09:00:00.000Z', '2026-11-20T08:00:00.000Z', [move('Dana Lee', null, 'CMO')])).toBe(0);
      expect(w.add(newItem(), '2026-11-13T09:00:00.000Z', '2026-11-20T08:00:00.000Z', [move('Dana Lee', 'Northwind Analytics', 'Chief Marketing Officer')])).toBe(0);
      // The same name at another company is someone else's move.
      expect(w.add(newItem(), '2026-11-13T09:00:00.000Z', '2026-11-20T08:00:00.000Z', [move('Dana Lee', 'Kestrel Security', 'VP Sales')])).toBe(1);
    })();
    expect(sources().map((s) => s.n)).toEqual([3, 1]);
  });

  it('after a rolled-back transaction and reset, nothing merges into the events that were undone', () => {
    const w = eventWriter(db);
    expect(() =>
      db.transaction(() => {
        w.add(newItem(), '2026-11-12T09:00:00.000Z', '2026-11-20T08:00:00.000Z', [funding('Ferrum Pay', 'seed', 4e6)]);
        throw new Error('disk full');
      })(),
    ).toThrow('disk full');
    w.reset();
    db.transaction(() => {
      expect(w.add(newItem(), '2026-11-13T09:00:00.000Z', '2026-11-20T08:00:00.000Z', [funding('Ferrum Pay', 'seed', 4e6)])).toBe(1);
    })();
    expect(db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(1);
    expect(sources().map((s) => s.n)).toEqual([1]);
  });

  it('still merges once its in-memory index has started over many times', () => {
    // A bound of 3 makes the index forget what it read after every few look-ups.
    const w = eventWriter(db, { maxRemembered: 3 });
    const companies = ['Northwind Analytics', 'Kestrel Security', 'Lumen Health', 'Canopy HR', 'Orbital Freight', 'Ferrum Pay'];
    db.transaction(() => {
      for (const c of companies) expect(w.add(newItem(), '2026-11-12T09:00:00.000Z', '2026-11-20T08:00:00.000Z', [funding(c, 'series_a', 10e6)])).toBe(1);
      for (const c of companies) expect(w.add(newItem(), '2026-11-13T09:00:00.000Z', '2026-11-20T08:00:00.000Z', [funding(c, 'series_a', 10.2e6)])).toBe(0);
      for (const c of companies) expect(w.add(newItem(), '2026-11-14T09:00:00.000Z', '2026-11-20T08:00:00.000Z', [move('Dana Lee', c, 'CFO')])).toBe(1);
      for (const c of [...companies].reverse()) expect(w.add(newItem(), '2026-11-15T09:00:00.000Z', '2026-11-20T08:00:00.000Z', [move('Dana Lee', c, 'Chief Financial Officer')])).toBe(0);
    })();
    expect(db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(12);
    expect(sources().every((s) => s.n === 2)).toBe(true);
  });
});
