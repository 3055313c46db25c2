import { describe, it, expect } from 'vitest';
import { describeEvent, formatMoney } from '../../src/util/describe-event.js';
import type { ExtractedEvent } from '../../src/types.js';

const base: ExtractedEvent = {
  type: 'funding', confidence: 0.9, company: 'Northwind Analytics', round: null, roundQualifier: null, amount: null, currency: null,
  amountUsd: null, amountText: null, investors: [], leadInvestors: [], person: null, title: null, seniority: null, function: null,
  previousCompany: null, target: null, evidence: '',
};

describe('describeEvent: one line a rep reads', () => {
  it.each([
    [{ round: 'series_b', amountText: '$28M', leadInvestors: ['Index Ventures'] }, 'raised $28M Series B led by Index Ventures'],
    [{ round: 'seed', amount: 4_000_000, currency: 'EUR', investors: ['Point Nine'] }, 'raised €4M seed from Point Nine'],
    [{ round: 'series_a', roundQualifier: 'extension' }, 'raised Series A extension'],
    [{ type: 'job_change', person: 'Marcus Chen', title: 'VP of Sales', previousCompany: 'Okta' }, 'Marcus Chen joined as VP of Sales (from Okta)'],
    [{ type: 'acquisition', company: 'Snowflake', target: 'Helix Data', amount: 250_000_000, currency: 'USD' }, 'acquired Helix Data for $250M'],
    [{ type: 'departure', title: 'CFO' }, 'the CFO left'],
    [{ type: 'departure', person: 'Ana Ruiz', title: 'CFO' }, 'Ana Ruiz left (CFO)'],
  ] as Array<[Partial<ExtractedEvent>, string]>)('%o → %s', (over, want) => {
    expect(describeEvent({ ...base, ...over })).toBe(want);
  });

  it('formats money compactly in the stated currency', () => {
    expect(formatMoney(1_600_000_000, 'USD')).toBe('$1.6B');
    expect(formatMoney(380_000, 'EUR')).toBe('€380K');
    expect(formatMoney(12_000_000, 'CHF')).toBe('CHF 12M');
    expect(formatMoney(null, 'USD')).toBe('');
  });
});
