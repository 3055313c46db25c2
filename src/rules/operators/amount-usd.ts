import { rangeValue } from '../parse-ctx.js';
import { formatMoney } from '../../util/describe-event.js';
import { defineOperator } from './types.js';

export default defineOperator<{ min: number | null; max: number | null }>({
  key: 'amount_usd',
  types: ['funding', 'acquisition'],
  help: 'amount_usd: { min: 5000000, max: 100000000 } — the amount, converted to US dollars, is in this range',
  parse: (node, ctx) => rangeValue(ctx, node, 'amount_usd', true),
  // An undisclosed amount cannot satisfy a stated range.
  test: (e, r) => e.amountUsd !== null && (r.min === null || e.amountUsd >= r.min) && (r.max === null || e.amountUsd <= r.max),
  describe: (r) =>
    r.min !== null && r.max !== null
      ? `amount between ${formatMoney(r.min, 'USD')} and ${formatMoney(r.max, 'USD')}`
      : r.min !== null
        ? `amount at least ${formatMoney(r.min, 'USD')}`
        : `amount at most ${formatMoney(r.max, 'USD')}`,
});
