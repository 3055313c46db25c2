import { usageError } from '../errors.js';
import { now as clockNow } from './clock.js';

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** "7d", "24h", "90m", "2w" → milliseconds. Throws a usage error naming the flag. */
export function parseDuration(text: string, flag = '--since'): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([mhdw])\s*$/i.exec(text);
  if (!m) throw usageError(`${flag} "${text}" is not a duration — use e.g. 24h, 7d, 2w or 90m`);
  return Number(m[1]) * UNITS[m[2]!.toLowerCase()]!;
}

/** ISO timestamp `text` ago from `now`. */
export function sinceIso(text: string, now = clockNow().getTime(), flag = '--since'): string {
  return new Date(now - parseDuration(text, flag)).toISOString();
}

/** "3d", "5h", "just now": compact age for tables. */
export function age(iso: string | null, now = clockNow().getTime()): string {
  if (!iso) return '?';
  const ms = now - Date.parse(iso);
  if (!Number.isFinite(ms)) return '?';
  if (ms < 3_600_000) return `${Math.max(0, Math.round(ms / 60_000))}m`;
  if (ms < 86_400_000) return `${Math.round(ms / 3_600_000)}h`;
  return `${Math.round(ms / 86_400_000)}d`;
}
