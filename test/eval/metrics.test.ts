import { describe, it, expect } from 'vitest';
import { evaluate, sameNameSet, titleKey, type Keys } from '../../src/eval/metrics.js';
import type { ExpectedEvent } from '../../src/eval/corpus.js';
import type { ExtractedEvent } from '../../src/types.js';

// A deliberately simple identity: case, punctuation and a trailing legal form ignored.
const key = (s: string | null) =>
  s === null ? null : s.toLowerCase().replace(/[^a-z0-9 ]/g, '').replace(/\b(inc|ltd|gmbh)\b/g, '').replace(/\s+/g, ' ').trim() || null;
const keys: Keys = { company: key, person: key };

const blank: ExtractedEvent = {
  type: 'funding', confidence: 0.9, company: null, round: null, roundQualifier: null, amount: null, currency: null,
  amountUsd: null, amountText: null, investors: [], leadInvestors: [], person: null, title: null, seniority: null,
  function: null, previousCompany: null, target: null, evidence: '',
};
const pred = (over: Partial<ExtractedEvent>): ExtractedEvent => ({ ...blank, ...over });

const northwind: ExpectedEvent = {
  type: 'funding', company: 'Northwind Analytics', round: 'series_b', round_qualifier: null, amount: 28_000_000,
  currency: 'USD', investors: ['Index Ventures', 'Amplify Partners'], lead_investors: ['Index Ventures'],
};
const marcus: ExpectedEvent = {
  type: 'job_change', person: 'Marcus Chen', title: 'VP of Sales', seniority: 'vp', function: 'sales',
  company: 'Kestrel Security', previous_company: 'Okta',
};
const helix: ExpectedEvent = { type: 'acquisition', company: 'Snowflake', target: 'Helix Data', amount: 250_000_000, currency: 'USD' };

describe('evaluate', () => {
  const report = evaluate(
    [
      // right event, investors in another order and case: all fields right
      {
        id: 'a-001', expected: [northwind],
        predicted: [pred({ company: 'Northwind Analytics, Inc.', round: 'series_b', amount: 28e6, currency: 'USD', investors: ['amplify partners', 'Index  Ventures'], leadInvestors: ['Index Ventures'] })],
      },
      // right person and company, title abbreviated, wrong function
      {
        id: 'a-002', expected: [marcus],
        predicted: [pred({ type: 'job_change', company: 'Kestrel Security', person: 'Marcus Chen', title: 'VP, Sales', seniority: 'vp', function: 'marketing', previousCompany: 'Okta' })],
      },
      // a negative with a spurious funding event, and a departure that is not scored
      { id: 'a-003', expected: [], predicted: [pred({ company: 'Sequoia Capital', amount: 950e6, currency: 'USD' }), pred({ type: 'departure', company: 'Brightline Robotics' })] },
      // acquisition with the acquirer and target swapped: one FP, one FN, counted against company
      { id: 'a-004', expected: [helix], predicted: [pred({ type: 'acquisition', company: 'Helix Data', target: 'Snowflake', amount: 250e6, currency: 'USD' })] },
      // missed entirely
      { id: 'a-005', expected: [{ ...northwind, company: 'Ferrum Pay', amount: 12e6, currency: 'GBP', investors: [], lead_investors: [] }], predicted: [] },
      // right event, amount in the wrong currency
      { id: 'a-006', expected: [helix], predicted: [pred({ type: 'acquisition', company: 'Snowflake Inc', target: 'Helix Data', amount: 250e6, currency: 'EUR' })] },
    ],
    keys,
  );

  it('counts true and false positives and negatives per type', () => {
    expect(report.types.funding).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(report.types.job_change).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(report.types.acquisition).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
    expect(report.items).toBe(6);
    expect(report.negatives).toBe(1);
  });

  it('keeps unscored types apart instead of calling them false positives', () => {
    expect(report.ignored).toEqual({ departure: 1 });
    expect(report.problems.filter((p) => p.kind === 'fp').map((p) => p.id).sort()).toEqual(['a-003', 'a-004']);
  });

  it('scores fields over matched pairs, and company over near misses too', () => {
    expect(report.fields.investors).toMatchObject({ correct: 1, total: 1 });
    expect(report.fields.title).toMatchObject({ correct: 1, total: 1 });
    expect(report.fields.function).toMatchObject({ correct: 0, total: 1, accuracy: 0 });
    expect(report.fields.amount).toMatchObject({ correct: 1, total: 2, accuracy: 0.5 });
    // a-001, a-002, a-006 matched; a-004 is the same deal with the wrong acquirer
    expect(report.fields.company).toMatchObject({ correct: 3, total: 4, accuracy: 0.75 });
    expect(report.fields.previous_company).toMatchObject({ correct: 1, total: 1 });
    expect(report.problems.find((p) => p.kind === 'field' && p.field === 'function')?.id).toBe('a-002');
  });

  it('reports n/a rather than a fake number when nothing was predicted or expected', () => {
    const r = evaluate([{ id: 'b-001', expected: [], predicted: [] }], keys);
    expect(r.types.funding).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null });
    expect(r.fields.round.accuracy).toBeNull();
  });

  it('requires the same person for a job change to match', () => {
    const r = evaluate(
      [{ id: 'c-001', expected: [marcus], predicted: [pred({ type: 'job_change', company: 'Kestrel Security', person: 'Dana Lee', title: 'VP of Sales', seniority: 'vp', function: 'sales' })] }],
      keys,
    );
    expect(r.types.job_change).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.fields.person).toMatchObject({ correct: 0, total: 1 });
    expect(r.fields.company).toMatchObject({ correct: 1, total: 1 });
  });
});

describe('comparisons', () => {
  it.each([
    ['CMO', 'Chief Marketing Officer'],
    ['VP of Sales', 'VP, Sales'],
    ['Senior Vice President, Engineering', 'SVP of Engineering'],
    ['Head of People & Culture', 'head of people and culture'],
  ])('titles "%s" and "%s" are the same', (a, b) => expect(titleKey(a)).toBe(titleKey(b)));

  it.each([
    ['VP of Sales', 'VP of Marketing'],
    ['Chief Executive Officer', 'Chief Financial Officer'],
  ])('titles "%s" and "%s" differ', (a, b) => expect(titleKey(a)).not.toBe(titleKey(b)));

  it('compares investor names as sets', () => {
    expect(sameNameSet(['Accel', 'Index Ventures'], ['index ventures', ' Accel '])).toBe(true);
    expect(sameNameSet(['Accel'], ['Accel', 'Index Ventures'])).toBe(false);
    expect(sameNameSet([], [])).toBe(true);
  });
});
