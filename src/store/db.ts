import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { createRequire } from 'node:module';
import { MIGRATIONS } from './migrations.js';
import { SignalsError, EXIT } from '../errors.js';

export type DB = BetterSqlite3.Database;

const require = createRequire(import.meta.url);

/**
 * Open (creating if needed) the database and bring its schema up to date.
 * better-sqlite3 is loaded here, not at module top, so `signals --help` stays fast.
 */
export function openDb(file: string, opts: { readonly?: boolean; create?: boolean } = {}): DB {
  const Database = require('better-sqlite3') as typeof BetterSqlite3;
  if (file !== ':memory:') {
    if (!fs.existsSync(file) && opts.create === false) {
      throw new SignalsError(`no database at ${file} — run \`signals init\` first (or pass --db PATH)`, EXIT.CONFIG);
    }
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  let db: DB;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    // 16 MiB of page cache: a first scan of 100k items ran no faster with 32 MiB, and a scan's
    // peak memory must stay under 300 MB.
    db.pragma('cache_size = -16000');
    // A scan keeps each feed's writes in a savepoint, and SQLite copies every page a
    // savepoint touches to a statement journal first: as a temp file that was ~1.5 GB of
    // writes for a 100k-item first scan. In memory it is a memcpy of at most one feed's pages.
    db.pragma('temp_store = MEMORY');
  } catch (err) {
    throw new SignalsError(`cannot open database ${file}: ${(err as Error).message}`, EXIT.IOERR);
  }
  migrate(db, file);
  return db;
}

function migrate(db: DB, file: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new SignalsError(
      `database ${file} was written by a newer signals (schema ${current}, this one knows ${MIGRATIONS.length}) — upgrade signals`,
      EXIT.CONFIG,
    );
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}

export function getMeta(db: DB, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? row.value : null;
}

export function setMeta(db: DB, key: string, value: string): void {
  db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}
