// How a proposed ranking differs from the stored one (for `signals rules test`).
export interface Ranked {
  id: string;
  company: string;
  score: number;
}

export type ChangeStatus = 'entered' | 'left' | 'up' | 'down' | 'same';

export interface RankChange {
  id: string;
  company: string;
  status: ChangeStatus;
  rank: number | null; // in the proposed ranking
  previous_rank: number | null;
  score: number | null;
  previous_score: number | null;
  moved: number; // places up (+) or down (−)
}

export function compareRankings(current: readonly Ranked[], proposed: readonly Ranked[]): RankChange[] {
  const before = new Map(current.map((p, i) => [p.id, { p, rank: i + 1 }]));
  const out: RankChange[] = proposed.map((p, i) => {
    const rank = i + 1;
    const was = before.get(p.id);
    if (!was) return { id: p.id, company: p.company, status: 'entered', rank, previous_rank: null, score: p.score, previous_score: null, moved: 0 };
    const moved = was.rank - rank;
    const status: ChangeStatus = moved > 0 ? 'up' : moved < 0 ? 'down' : 'same';
    return { id: p.id, company: p.company, status, rank, previous_rank: was.rank, score: p.score, previous_score: was.p.score, moved };
  });
  const kept = new Set(proposed.map((p) => p.id));
  for (const [id, { p, rank }] of before) {
    if (!kept.has(id)) out.push({ id, company: p.company, status: 'left', rank: null, previous_rank: rank, score: null, previous_score: p.score, moved: 0 });
  }
  return out;
}

export function changeText(c: RankChange): string {
  switch (c.status) {
    case 'entered':
      return 'new';
    case 'left':
      return `left (was #${c.previous_rank})`;
    case 'up':
      return `▲${c.moved} (was #${c.previous_rank})`;
    case 'down':
      return `▼${-c.moved} (was #${c.previous_rank})`;
    case 'same':
      return '=';
  }
}
