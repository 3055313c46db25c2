import { usageError } from '../errors.js';

/**
 * "Now" for scoring, digests and ages. SIGNALS_NOW pins it so the bundled demo and
 * tests read the same on any day (fixture events would otherwise decay to nothing).
 */
export function now(): Date {
  const pinned = process.env.SIGNALS_NOW;
  if (!pinned) return new Date();
  const t = Date.parse(pinned);
  if (!Number.isFinite(t)) throw usageError(`SIGNALS_NOW "${pinned}" is not an ISO 8601 date — e.g. 2026-11-23T08:00:00Z`);
  return new Date(t);
}
