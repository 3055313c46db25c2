// "did you mean" for typos in rule files: optimal-string-alignment distance
// (Damerau–Levenshtein with adjacent transpositions), so "hafl_life" finds "half_life".
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[m]![n]!;
}

const squash = (s: string) => s.toLowerCase().replace(/[\s_\-.]+/g, '');

/** The closest candidate a typo plausibly meant, or null when nothing is close. */
export function suggest(word: string, candidates: readonly string[]): string | null {
  const w = squash(word);
  if (!w) return null;
  let best: { c: string; score: number; dist: number } | null = null;
  for (const c of candidates) {
    const s = squash(c);
    const dist = editDistance(w, s);
    let score = dist;
    // A truncated or padded key ("half_life" for "half_life_days") is a typo too.
    if (w.length >= 3 && (s.startsWith(w) || w.startsWith(s) || s.includes(w))) score = Math.min(score, 1);
    // Same stem, different ending ("industry" for "industries").
    let lcp = 0;
    while (lcp < w.length && w[lcp] === s[lcp]) lcp++;
    if (lcp >= Math.max(4, Math.ceil(0.6 * w.length))) score = Math.min(score, 1);
    if (!best || score < best.score || (score === best.score && dist < best.dist)) best = { c, score, dist };
  }
  if (!best) return null;
  const allowed = Math.max(1, Math.floor(Math.max(w.length, 3) / 3));
  return best.score <= allowed ? best.c : null;
}

/** " — did you mean `x`?" or "" */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const s = suggest(word, candidates);
  return s ? ` — did you mean \`${s}\`?` : '';
}
