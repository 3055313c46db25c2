import { numberValue } from '../parse-ctx.js';
import { defineOperator } from './types.js';

export default defineOperator<number>({
  key: 'min_confidence',
  types: ['funding', 'job_change', 'acquisition', 'departure'],
  help: 'min_confidence: 0.7 — only events the extractor is at least this sure of (0 to 1)',
  parse: (node, ctx) => numberValue(ctx, node, 'min_confidence', { min: 0, max: 1 }),
  test: (e, min) => e.confidence >= min,
  describe: (min) => `confidence at least ${min}`,
});
