import { regexValue } from '../parse-ctx.js';
import { defineOperator } from './types.js';

export default defineOperator<RegExp>({
  key: 'title_matches',
  types: ['job_change', 'departure'],
  help: 'title_matches: "revenue|growth" — the title as written matches this regular expression (case-insensitive)',
  parse: (node, ctx) => regexValue(ctx, node, 'title_matches'),
  test: (e, re) => e.title !== null && re.test(e.title),
  describe: (re) => `title matches /${re.source}/i`,
});
