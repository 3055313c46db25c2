import type { JobFunction } from '../../types.js';
import { enumList } from '../parse-ctx.js';
import { FUNCTIONS, VOCAB_HINTS } from '../vocab.js';
import { defineOperator } from './types.js';

export default defineOperator<JobFunction[]>({
  key: 'function',
  types: ['job_change', 'departure'],
  help: 'function: [marketing, sales] — the role’s function is one of these',
  parse: (node, ctx) => enumList(ctx, node, 'function', FUNCTIONS, VOCAB_HINTS),
  test: (e, f) => e.function !== null && f.includes(e.function),
  describe: (f) => `function is ${f.join(' or ')}`,
});
