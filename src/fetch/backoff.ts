const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const FIRST_DELAY = 15 * MINUTE;
const MAX_DELAY = 24 * HOUR;
// A server may ask for a long pause, but not for a feed to be forgotten.
const MAX_RETRY_AFTER = 7 * 24 * HOUR;

/**
 * When a feed that failed `consecutiveErrors` times in a row is next due: null (every scan) when
 * healthy, then 15 min, 1 h, 4 h, 16 h, capped at 24 h, so dead feeds stop costing the morning
 * scan. A server's Retry-After is a floor.
 */
export function nextFetchAt(consecutiveErrors: number, now: Date, retryAfterMs: number | null): string | null {
  const backoff = consecutiveErrors > 0 ? Math.min(MAX_DELAY, FIRST_DELAY * 4 ** (consecutiveErrors - 1)) : 0;
  const floor = retryAfterMs !== null && retryAfterMs > 0 ? Math.min(retryAfterMs, MAX_RETRY_AFTER) : 0;
  const delay = Math.max(backoff, floor);
  return delay > 0 ? new Date(now.getTime() + delay).toISOString() : null;
}

/** Pause before retry number `attempt` (0-based) within one fetch: exponential, jittered ±50 %. */
export function retryDelayMs(attempt: number, baseMs = 250, random: () => number = Math.random): number {
  return Math.round(baseMs * 2 ** attempt * (0.5 + random()));
}
