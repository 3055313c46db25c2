import type { Command } from 'commander';
import { SignalsError, EXIT } from '../errors.js';
import { defaultDbPath } from '../config/paths.js';
import { error, setQuiet } from '../util/log.js';
import type { DB } from '../store/db.js';

export interface GlobalOpts {
  db?: string;
  quiet?: boolean;
}

/** Global flags (--db, --quiet) from anywhere in the command tree. */
export function globals(cmd: Command): GlobalOpts {
  return cmd.optsWithGlobals() as GlobalOpts;
}

export function dbPath(cmd: Command): string {
  return globals(cmd).db || defaultDbPath();
}

/**
 * Open the DB for a command and always close it. `create: false` refuses to
 * conjure an empty database for read commands pointed at a wrong path.
 */
export async function withDb<T>(cmd: Command, fn: (db: DB) => Promise<T> | T, create = true): Promise<T> {
  const { openDb } = await import('../store/db.js');
  const db = openDb(dbPath(cmd), { create });
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}

/**
 * Wrap a command action: user-facing errors become one line on stderr and a
 * sysexits code; anything unexpected is still one line (stack only with SIGNALS_DEBUG).
 */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void> | void): (...args: A) => Promise<void> {
  return async (...args: A) => {
    const cmd = args[args.length - 1] as Command;
    if (cmd && typeof cmd.optsWithGlobals === 'function') setQuiet(Boolean(globals(cmd).quiet));
    try {
      await fn(...args);
    } catch (err) {
      if (err instanceof SignalsError) {
        error(err.message);
        process.exitCode = err.exitCode;
      } else {
        const e = err as Error;
        error(`unexpected failure: ${e && e.message ? e.message : String(err)} (set SIGNALS_DEBUG=1 for details)`);
        if (process.env.SIGNALS_DEBUG) process.stderr.write(String(e && e.stack) + '\n');
        process.exitCode = EXIT.SOFTWARE;
      }
    }
  };
}

/** Write JSON data to stdout (one array or object, pretty for humans, stable for tools). */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}
