import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR, loadCorpus } from '../../src/eval/load.js';
import { parseCorpusLine, parseCorpusText, duplicateIds, ROUNDS, SENIORITIES, FUNCTIONS } from '../../src/eval/corpus.js';

const files = fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.jsonl')).sort();

describe('the labelled corpus', () => {
  it('every line of every file parses and every enum value is legal', () => {
    for (const f of files) {
      const text = fs.readFileSync(path.join(CORPUS_DIR, f), 'utf8');
      expect(() => parseCorpusText(text, f)).not.toThrow();
    }
  });

  const items = loadCorpus();

  it('has unique ids across files', () => {
    expect(duplicateIds(items)).toEqual([]);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('has at least 400 items, at least a third of them hard negatives', () => {
    expect(items.length).toBeGreaterThanOrEqual(400);
    const negatives = items.filter((i) => i.expected.length === 0).length;
    expect(negatives / items.length).toBeGreaterThanOrEqual(1 / 3);
  });

  it('covers every style and every scored event type', () => {
    expect(new Set(items.map((i) => i.source_style))).toEqual(new Set(['newswire', 'techpress', 'newsletter', 'career_post', 'blog']));
    const types = items.flatMap((i) => i.expected.map((e) => e.type));
    for (const t of ['funding', 'job_change', 'acquisition'] as const) expect(types.filter((x) => x === t).length).toBeGreaterThanOrEqual(30);
  });

  it('gives career posts an author, since the author is the person who moved', () => {
    for (const i of items.filter((x) => x.source_style === 'career_post')) expect(i.author, i.id).not.toBeNull();
  });

  it('labels amounts as numbers in the stated units, never as text', () => {
    for (const i of items)
      for (const e of i.expected) if (e.type !== 'job_change' && e.amount !== null) expect(Number.isFinite(e.amount), i.id).toBe(true);
  });
});

describe('corpus line validation', () => {
  const good = {
    id: 'nw-999', source_style: 'newswire', title: 'Northwind Analytics raises $28M Series B', summary: '', content: '', author: null, feedKind: 'funding',
    expected: [{ type: 'funding', company: 'Northwind Analytics', round: 'series_b', round_qualifier: null, amount: 28000000, currency: 'USD', investors: ['Index Ventures', 'Amplify Partners'], lead_investors: ['Index Ventures'] }],
  };
  const job = { type: 'job_change', person: 'Marcus Chen', title: 'VP of Sales', seniority: 'vp', function: 'sales', company: 'Kestrel Security', previous_company: 'Okta' };
  const line = (over: object) => JSON.stringify({ ...good, ...over });

  it('accepts a well-formed line', () => {
    expect(parseCorpusLine(line({})).id).toBe('nw-999');
    expect(parseCorpusLine(line({ expected: [job] })).expected[0]!.type).toBe('job_change');
  });

  it.each([
    ['not JSON', '{"id": "nw-1",', /not valid JSON/],
    ['an unknown round', line({ expected: [{ ...good.expected[0], round: 'series_z' }] }), /round "series_z"/],
    ['an unknown seniority', line({ expected: [{ ...job, seniority: 'boss' }] }), /seniority "boss"/],
    ['an unknown function', line({ expected: [{ ...job, function: 'growth' }] }), /function "growth"/],
    ['an amount given as text', line({ expected: [{ ...good.expected[0], amount: '28M' }] }), /amount/],
    ['a lowercase currency', line({ expected: [{ ...good.expected[0], currency: 'usd' }] }), /currency/],
    ['leads not listed first', line({ expected: [{ ...good.expected[0], investors: ['Amplify Partners', 'Index Ventures'] }] }), /lead investors first/],
    ['a missing field', line({ expected: [{ type: 'acquisition', company: 'Snowflake', target: 'Helix Data', amount: null }] }), /missing field "currency"/],
    ['a departure label', line({ expected: [{ type: 'departure', company: 'Brightline Robotics' }] }), /type "departure"/],
    ['an unknown source style', line({ source_style: 'tweet' }), /source_style/],
  ])('rejects %s', (_what, text, msg) => {
    expect(() => parseCorpusLine(text)).toThrow(msg);
  });

  it('reports problems as file:line', () => {
    expect(() => parseCorpusText(`${line({})}\n\n{oops}\n`, 'x.jsonl')).toThrow(/^x\.jsonl:3: /);
  });

  it('knows every enum value of the contract', () => {
    expect(ROUNDS).toContain('series_j');
    expect(SENIORITIES).toHaveLength(7);
    expect(FUNCTIONS).toContain('customer_success');
  });
});

describe('loadCorpus', () => {
  it('fails with exit 65 and file:line on a malformed corpus file, and 64 on an unknown --file', async () => {
    const os = await import('node:os');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signals-corpus-'));
    try {
      const ok = fs.readFileSync(path.join(CORPUS_DIR, 'newswire.jsonl'), 'utf8').split('\n')[0]!;
      fs.writeFileSync(path.join(dir, 'a.jsonl'), `${ok}\n{"id":"nw-002"}\n`);
      expect(() => loadCorpus(dir)).toThrow(expect.objectContaining({ exitCode: 65, message: expect.stringMatching(/a\.jsonl:2: item: /) }));
      expect(() => loadCorpus(dir, 'nope')).toThrow(expect.objectContaining({ exitCode: 64 }));
      fs.writeFileSync(path.join(dir, 'a.jsonl'), `${ok}\n`);
      fs.writeFileSync(path.join(dir, 'b.jsonl'), `${ok}\n`);
      expect(() => loadCorpus(dir)).toThrow(/already used at/);
      expect(loadCorpus(dir, 'b.jsonl')).toHaveLength(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
