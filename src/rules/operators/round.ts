import type { Round } from '../../types.js';
import { enumList } from '../parse-ctx.js';
import { ROUNDS, VOCAB_HINTS } from '../vocab.js';
import { roundLabel } from '../../util/describe-event.js';
import { defineOperator } from './types.js';

export default defineOperator<Round[]>({
  key: 'round',
  types: ['funding'],
  help: 'round: [series_a, series_b] — the funding round is one of these',
  parse: (node, ctx) => enumList(ctx, node, 'round', ROUNDS, VOCAB_HINTS),
  test: (e, rounds) => e.round !== null && rounds.includes(e.round),
  describe: (rounds) => `round is ${rounds.map((r) => roundLabel(r)).join(' or ')}`,
});
