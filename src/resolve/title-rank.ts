// Seniority of a free-text job title as a sort rank (0 = most senior), for picking
// which connection at a company to ask first: a VP opens more doors than an intern.
const RANKS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(assistant|intern|internship|trainee|apprentice|student)\b/, 7],
  [/\b(co-?founder|founder|chief\b(?! of staff)|ceo|cto|cfo|coo|cmo|cro|cio|ciso|cpo|cdo|(?<!vice[\s-])president|managing partner|general partner)\b/, 0],
  [/\b(svp|evp|avp|vp|vice[\s-]president)\b/, 1],
  [/\b(head of|head|chief of staff|managing director|general manager)\b/, 2],
  // "Partner" alone is a firm's senior rank; "Partner Marketing Manager" is not.
  [/^(senior |equity )?partner(\s*$|\s*[,@|–-]|\s+at\b)/, 2],
  [/\b(director)\b/, 3],
  [/\b(manager|team lead)\b/, 4],
  [/\b(senior|sr|principal|staff|lead)\b/, 5],
];

/** 0 founder/C-level, 1 VP, 2 head, 3 director, 4 manager, 5 senior individual, 6 individual, 7 junior; 8 unknown. */
export function titleRank(title: string | null | undefined): number {
  if (!title || !title.trim()) return 8;
  const t = title.toLowerCase();
  for (const [re, rank] of RANKS) if (re.test(t)) return rank;
  return 6;
}
