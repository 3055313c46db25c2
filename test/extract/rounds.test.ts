import { describe, expect, it } from 'vitest';
import { detectRound } from '../../src/extract/rounds.js';

describe('round names', () => {
  it.each([
    ['raised a $4M seed round', 'seed', null],
    ['a $2M pre-seed round', 'pre_seed', null],
    ['its pre-Series A round', 'seed', null],
    ['a seed+ round', 'seed', null],
    ['a seed extension', 'seed', 'extension'],
    ['$28M Series B', 'series_b', null],
    ['a Series B extension', 'series_b', 'extension'],
    ['a Series A-1 round', 'series_a', null],
    ['its Series A2', 'series_a', null],
    ['a Series B+ round', 'series_b', null],
    ['$10M Series B bridge round', 'series_b', 'bridge'],
    ['a bridge financing', 'unknown', 'bridge'],
    ['a $40M credit facility', 'debt', null],
    ['$15M in venture debt', 'debt', null],
    ['a term loan from HSBC', 'debt', null],
    ['a strategic investment from Salesforce Ventures', 'corporate', null],
    ['a €2.4M EIC Accelerator grant', 'grant', null],
    ['a crowdfunding campaign on Crowdcube', 'crowdfunding', null],
    ['raised £1.2M on Wefunder', 'crowdfunding', null],
    ['a $30M PIPE', 'post_ipo', null],
    ['a growth equity investment', 'private_equity', null],
    ['a $500K angel round', 'angel', null],
    ['convertible notes worth $3M', 'convertible_note', null],
    ['Series J round', 'series_j', null],
    // A round still to come is not this one.
    ['Announces $9.5M Bridge Financing Ahead of Series B', 'unknown', 'bridge'],
    ['raised a seed round and expects to raise a Series A in 2027', 'seed', null],
    // A listed company's private placement.
    ['Acme Pharma, Inc. (NASDAQ: ACMP) announced a $75 million private placement', 'post_ipo', null],
    ['adds $10 million to its Series A', 'series_a', 'extension'],
  ])('%s', (text, round, qualifier) => {
    const r = detectRound(text);
    expect(r?.round).toBe(round);
    expect(r?.qualifier ?? null).toBe(qualifier);
  });

  it.each([['raised $5.2M to fight fraud'], ['a growth round'], ['Sequoia seed fund'], ['a $20M private placement'], ['$5M ahead of its Series A']])('names no round: %s', (text) => {
    expect(detectRound(text)?.round ?? null).toBeNull();
  });

  it('is not fooled by "Grant" the surname', () => {
    expect(detectRound('said Grant Thompson, the CEO')).toBeNull();
  });
});
