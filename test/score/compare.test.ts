import { describe, expect, it } from 'vitest';
import { compareRankings, changeText } from '../../src/score/compare.js';

const r = (...ids: string[]) => ids.map((id, i) => ({ id, company: id.toUpperCase(), score: 90 - i * 10 }));

describe('compareRankings', () => {
  it('finds entered, left, moved and unchanged companies', () => {
    const changes = compareRankings(r('a', 'b', 'c', 'd'), r('c', 'b', 'e', 'a'));
    const by = Object.fromEntries(changes.map((c) => [c.id, c]));
    expect(by.c).toMatchObject({ status: 'up', rank: 1, previous_rank: 3, moved: 2 });
    expect(by.b).toMatchObject({ status: 'same', rank: 2, previous_rank: 2 });
    expect(by.e).toMatchObject({ status: 'entered', rank: 3, previous_rank: null });
    expect(by.a).toMatchObject({ status: 'down', rank: 4, previous_rank: 1, moved: -3 });
    expect(by.d).toMatchObject({ status: 'left', rank: null, previous_rank: 4 });
    expect(changes.map(changeText)).toEqual(['▲2 (was #3)', '=', 'new', '▼3 (was #1)', 'left (was #4)']);
  });
});
