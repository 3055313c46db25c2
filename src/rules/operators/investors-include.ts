import { stringList } from '../parse-ctx.js';
import { defineOperator } from './types.js';

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export default defineOperator<string[]>({
  key: 'investors_include',
  types: ['funding'],
  help: 'investors_include: [Index Ventures, Sequoia] — at least one of these invested (whole-word match, case-insensitive)',
  parse: (node, ctx) => {
    const list = stringList(ctx, node, 'investors_include');
    if (list && list.length === 0) return void ctx.problem(node, 'investors_include needs at least one investor name');
    return list;
  },
  // "Index" must match "Index Ventures" but not "Reindex Capital": compare on word boundaries.
  test: (e, names) => {
    const invested = e.investors.map((i) => ` ${norm(i)} `);
    return names.some((n) => invested.some((i) => i.includes(` ${norm(n)} `)));
  },
  describe: (names) => `investors include ${names.join(' or ')}`,
});
