import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CommitGroup } from '../../src/scan/commit-group.js';

describe('CommitGroup: many feeds per transaction, each all or nothing', () => {
  let dir: string;
  let db: Database.Database;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signals-commit-'));
    db = new Database(path.join(dir, 't.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.exec(`CREATE TABLE feeds (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
      CREATE TABLE items (feed_id INTEGER NOT NULL REFERENCES feeds(id) DEFERRABLE INITIALLY DEFERRED, title TEXT NOT NULL)`);
  });
  afterEach(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const count = (t: string) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get();
  const other = () => new Database(path.join(dir, 't.db'), { readonly: true });

  it('holds writes until the group commits, then reports each one', () => {
    const heard: Array<[string, Error | null]> = [];
    let rollbacks = 0;
    const g = new CommitGroup(db, { maxMs: 60_000, maxWrites: 3, onRollback: () => rollbacks++ });
    const add = (name: string) => g.write(() => db.prepare('INSERT INTO feeds (name) VALUES (?)').run(name), (err) => heard.push([name, err]));
    add('Venture Wire');
    add('People Moves');
    const reader = other();
    expect(reader.prepare('SELECT count(*) FROM feeds').pluck().get()).toBe(0); // not committed yet
    expect(heard).toEqual([]);
    add('Startup Desk'); // the third write commits the group
    expect(reader.prepare('SELECT count(*) FROM feeds').pluck().get()).toBe(3);
    reader.close();
    expect(heard.map(([n, e]) => [n, e])).toEqual([['Venture Wire', null], ['People Moves', null], ['Startup Desk', null]]);
    expect(rollbacks).toBe(0);
  });

  it("a write that throws is undone alone; the group's other writes commit", () => {
    const heard: Array<[string, string | null]> = [];
    let rollbacks = 0;
    const g = new CommitGroup(db, { maxMs: 60_000, maxWrites: 100, onRollback: () => rollbacks++ });
    g.write(() => db.prepare('INSERT INTO feeds (name) VALUES (?)').run('Venture Wire'), (e) => heard.push(['a', e?.message ?? null]));
    g.write(
      () => {
        db.prepare('INSERT INTO feeds (name) VALUES (?)').run('Half-written feed');
        db.prepare('INSERT INTO feeds (name) VALUES (?)').run(null); // NOT NULL fails mid-feed
      },
      (e) => heard.push(['b', e ? 'failed' : null]),
    );
    expect(heard).toEqual([['b', 'failed']]); // told at once: nothing of it will be written
    expect(rollbacks).toBe(1);
    g.commit();
    expect(db.prepare('SELECT name FROM feeds').pluck().all()).toEqual(['Venture Wire']);
    expect(heard).toEqual([['b', 'failed'], ['a', null]]);
  });

  it('a commit that fails loses the whole group and says so to every write', () => {
    const heard: Array<Error | null> = [];
    let rollbacks = 0;
    const g = new CommitGroup(db, { maxMs: 60_000, maxWrites: 100, onRollback: () => rollbacks++ });
    g.write(() => db.prepare('INSERT INTO feeds (name) VALUES (?)').run('Venture Wire'), (e) => heard.push(e));
    // An item of a feed that does not exist: the deferred foreign key fails at COMMIT.
    g.write(() => db.prepare('INSERT INTO items (feed_id, title) VALUES (99, ?)').run('Orphan'), (e) => heard.push(e));
    g.commit();
    expect(heard).toHaveLength(2);
    expect(heard.every((e) => e instanceof Error && /FOREIGN KEY/.test(e.message))).toBe(true);
    expect(rollbacks).toBe(1);
    expect(db.inTransaction).toBe(false);
    expect(count('feeds')).toBe(0);
    // The next group starts cleanly.
    g.write(() => db.prepare('INSERT INTO feeds (name) VALUES (?)').run('People Moves'), () => {});
    g.commit();
    expect(count('feeds')).toBe(1);
  });

  it('commits on its own after maxMs when no more writes come', async () => {
    const heard: Array<Error | null> = [];
    const g = new CommitGroup(db, { maxMs: 50, maxWrites: 100 });
    g.write(() => db.prepare('INSERT INTO feeds (name) VALUES (?)').run('Venture Wire'), (e) => heard.push(e));
    await new Promise((r) => setTimeout(r, 120));
    expect(heard).toEqual([null]);
    expect(db.inTransaction).toBe(false);
  });
});
