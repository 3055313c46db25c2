const DAY_MS = 86_400_000;

/** Whole or fractional days between an event and now (never negative: clocks and feeds disagree). */
export function ageDays(occurredAt: string, now: Date): number {
  const t = Date.parse(occurredAt);
  if (!Number.isFinite(t)) return 0;
  return Math.max(0, (now.getTime() - t) / DAY_MS);
}

/** Exponential decay: worth half after one half-life, a quarter after two. */
export function decayFactor(age: number, halfLifeDays: number): number {
  return Math.pow(0.5, age / halfLifeDays);
}

export function ageText(age: number): string {
  const d = Math.floor(age);
  if (d === 0) return 'today';
  return d === 1 ? '1 day ago' : `${d} days ago`;
}

export const round1 = (n: number): number => Math.round(n * 10) / 10;
export const round2 = (n: number): number => Math.round(n * 100) / 100;
