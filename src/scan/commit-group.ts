import type { DB } from '../store/db.js';

// A first scan writes hundreds of feeds a second. Committing each feed (or each handful)
// rewrote the same index pages into the WAL on every commit: the WAL grew to three times
// the database. Here a scan's writes share one transaction for up to `maxMs` or
// `maxWrites` writes, and each write sits in its own savepoint, so a feed that fails to
// store is undone alone and the others still commit. A crash loses at most the open
// group, which the next scan fetches again: feed state is written in the same group.

export interface CommitGroupOptions {
  maxMs: number;
  maxWrites: number;
  /** Called after a rollback of a savepoint or of a whole group, before anything else is written. */
  onRollback?: () => void;
}

type Done = (err: Error | null) => void;

export class CommitGroup {
  private open = false;
  private openedAt = 0;
  private writes = 0;
  private timer: NodeJS.Timeout | null = null;
  private waiting: Done[] = [];

  constructor(
    private readonly db: DB,
    private readonly opts: CommitGroupOptions,
  ) {}

  /**
   * Run `fn`'s writes in the current group. `done` hears once they are committed (null) or
   * lost (the error): fn's own error undoes only fn's writes; a failed commit loses the group.
   */
  write<T>(fn: () => T, done: (err: Error | null, value: T | undefined) => void): void {
    if (!this.open) {
      this.db.exec('BEGIN');
      this.open = true;
      this.openedAt = Date.now();
      this.writes = 0;
      this.timer = setTimeout(() => this.commit(), this.opts.maxMs);
    }
    this.db.exec('SAVEPOINT feed_write');
    let value: T;
    try {
      value = fn();
      this.db.exec('RELEASE feed_write');
    } catch (err) {
      this.db.exec('ROLLBACK TO feed_write');
      this.db.exec('RELEASE feed_write');
      this.opts.onRollback?.();
      done(err as Error, undefined);
      return;
    }
    this.waiting.push((e) => done(e, e ? undefined : value));
    if (++this.writes >= this.opts.maxWrites || Date.now() - this.openedAt >= this.opts.maxMs) this.commit();
  }

  /** Commit the open group, if any, and tell each write's `done`. */
  commit(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.open) return;
    this.open = false;
    const waiting = this.waiting;
    this.waiting = [];
    let err: Error | null = null;
    try {
      this.db.exec('COMMIT');
    } catch (e) {
      err = e as Error;
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.opts.onRollback?.();
    }
    for (const d of waiting) d(err);
  }
}
