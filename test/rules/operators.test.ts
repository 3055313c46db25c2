import { describe, expect, it } from 'vitest';
import { OPERATORS, operator } from '../../src/rules/operators/index.js';
import type { StoredEvent } from '../../src/types.js';
import { event } from '../score/fixtures.js';

const op = (key: string) => operator(key)!;
const ev = (over: Partial<StoredEvent>) => event({ type: 'funding', company: 'Northwind', ...over });

describe('operators', () => {
  const table: Array<[string, unknown, Partial<StoredEvent>, boolean]> = [
    ['round', ['series_a', 'series_b'], { round: 'series_b' }, true],
    ['round', ['series_a'], { round: 'seed' }, false],
    ['amount_usd', { min: 5e6, max: null }, { amountUsd: 28e6 }, true],
    ['amount_usd', { min: 5e6, max: null }, { amountUsd: null }, false],
    ['amount_usd', { min: null, max: 1e7 }, { amountUsd: 28e6 }, false],
    ['seniority', ['vp', 'c_level'], { type: 'job_change', seniority: 'vp' }, true],
    ['function', ['marketing'], { type: 'job_change', function: 'sales' }, false],
    ['title_matches', /revenue|sales/i, { type: 'job_change', title: 'Chief Revenue Officer' }, true],
    ['title_matches', /revenue|sales/i, { type: 'job_change', title: null }, false],
    ['investors_include', ['Index'], { investors: ['Index Ventures', 'Amplify Partners'] }, true],
    ['investors_include', ['Index'], { investors: ['Reindex Capital'] }, false],
    ['min_confidence', 0.7, { confidence: 0.55 }, false],
  ];
  it.each(table)('%s %j on %j → %s', (key, param, over, want) => {
    expect(op(key).test(ev(over), param)).toBe(want);
  });

  it('each operator has a unique key, help and at least one event type', () => {
    expect(new Set(OPERATORS.map((o) => o.key)).size).toBe(OPERATORS.length);
    for (const o of OPERATORS) expect(o.help.startsWith(`${o.key}:`) && o.types.length > 0).toBe(true);
  });
});
