import type { Seniority } from '../../types.js';
import { enumList } from '../parse-ctx.js';
import { SENIORITIES, VOCAB_HINTS } from '../vocab.js';
import { defineOperator } from './types.js';

export default defineOperator<Seniority[]>({
  key: 'seniority',
  types: ['job_change', 'departure'],
  help: 'seniority: [c_level, vp, head] — the person’s seniority is one of these',
  parse: (node, ctx) => enumList(ctx, node, 'seniority', SENIORITIES, VOCAB_HINTS),
  test: (e, s) => e.seniority !== null && s.includes(e.seniority),
  describe: (s) => `seniority is ${s.join(' or ')}`,
});
