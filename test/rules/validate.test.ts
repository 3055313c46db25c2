import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateRules } from '../../src/rules/validate.js';
import { formatProblem } from '../../src/rules/types.js';
import { STARTER_RULES_YAML } from '../../src/rules/starter.js';
import { editDistance, suggest } from '../../src/rules/suggest.js';

const TRIGGER = `triggers:\n  - name: Series B\n    when: { type: funding, round: [series_b] }\n    points: 30\n`;
const check = (text: string) => validateRules(text, 'rules.yaml');

describe('validateRules: one problem per snippet, positioned and explained', () => {
  const cases: Array<[string, string, string]> = [
    // [yaml, expected "line:col", message fragment]
    ['recency: { half_life: 14 }\n' + TRIGGER, '1:12', 'unknown key `half_life` in recency — did you mean `half_life_days`?'],
    ['recency:\n  hafl_life_days: 14\n' + TRIGGER, '2:3', 'did you mean `half_life_days`?'],
    ['icp:\n  industry: [software]\n' + TRIGGER, '2:3', 'did you mean `industries`?'],
    ['icp:\n  employees: { min: 500, max: 20 }\n' + TRIGGER, '2:14', 'min 500 is greater than max 20'],
    ['icp:\n  countries: [US, Germny]\n' + TRIGGER, '2:19', 'did you mean `Germany` (DE)?'],
    ['icp:\n  funding_stages: [seris_b]\n' + TRIGGER, '2:20', 'unknown round `seris_b` — did you mean `series_b`?'],
    ['icp:\n  points: { industry: -3 }\n' + TRIGGER, '2:23', 'icp.points.industry must not be negative, got -3'],
    ['triggers:\n  - name: X\n    when: { type: fundng }\n    points: 5\n', '3:19', 'unknown event type `fundng` — did you mean `funding`?'],
    ['triggers:\n  - name: X\n    when: { type: funding, round: [series_z] }\n    points: 5\n', '3:36', 'unknown round `series_z`'],
    ['triggers:\n  - name: X\n    when: { type: job_change, seniority: [chief] }\n    points: 5\n', '3:43', 'unknown seniority `chief` — did you mean `c_level`?'],
    ['triggers:\n  - name: X\n    when: { type: job_change, function: marketting }\n    points: 5\n', '3:41', 'did you mean `marketing`?'],
    ['triggers:\n  - name: X\n    when: { type: job_change, title_matches: "(vp" }\n    points: 5\n', '3:46', 'title_matches is not a valid regular expression'],
    ['triggers:\n  - name: X\n    when: { type: funding }\n    points: -5\n', '4:13', 'trigger "X": points must not be negative, got -5'],
    ['triggers:\n  - name: X\n    when: { type: funding }\n    points: thirty\n', '4:13', 'points must be a number, got "thirty"'],
    ['triggers:\n  - name: X\n    when: { type: funding, amount_usd: { min: 50M, max: 5M } }\n    points: 5\n', '3:40', 'amount_usd: min 50000000 is greater than max 5000000'],
    ['triggers:\n  - name: X\n    when: { type: job_change, round: [seed] }\n    points: 5\n', '3:31', '`round` does not apply to job_change events'],
    ['triggers:\n  - name: X\n    when: { type: funding }\n    points: 5\n    half_life_days: 0\n', '5:21', 'half_life_days must be greater than 0'],
    ['triggers:\n  - name: X\n    when: { type: funding }\n    points: 5\n  - name: x\n    when: { type: acquisition }\n    points: 5\n', '5:5', 'two triggers are named "x"'],
    ['triggers:\n  - name: X\n    points: 5\n', '2:5', 'trigger "X" needs `when: { type: … }`'],
    ['triggers: []\n', '1:11', '`triggers` is empty'],
    ['icp:\n  industries: [software]\n', '1:1', 'no `triggers` section'],
    ['exclude: { customers: yes please }\n' + TRIGGER, '1:23', 'exclude.customers must be true or false'],
    ['warmth: { person_is_conection: 40 }\n' + TRIGGER, '1:11', 'did you mean `person_is_connection`?'],
    ['cooldown_days: -1\n' + TRIGGER, '1:16', 'cooldown_days must not be negative'],
    ['icp:\n  industries: [software\n' + TRIGGER, '3:1', 'YAML:'],
    ['icp: {}\nicp: {}\n' + TRIGGER, '2:1', 'YAML: Map keys must be unique'],
    ['', '1:1', 'the rule file is empty'],
  ];
  it.each(cases)('%j', (yaml, pos, fragment) => {
    const { rules, problems } = check(yaml);
    expect(rules).toBeNull();
    const lines = problems.map(formatProblem);
    expect(lines.some((l) => l.startsWith(`rules.yaml:${pos}: `) && l.includes(fragment)), lines.join('\n')).toBe(true);
  });
});

describe('validateRules: whole files', () => {
  it('reports every problem of the broken fixture at once, in file order', () => {
    const { rules, problems } = validateRules(fs.readFileSync('fixtures/rules-broken.yaml', 'utf8'), 'fixtures/rules-broken.yaml');
    expect(rules).toBeNull();
    const text = problems.map(formatProblem);
    for (const bit of ['min 500 is greater than max 20', '`Germny`', '`seris_c`', '`fundng`', '`marketting`', '`chief`', 'got -5', '`half_life`', 'regular expression', '"thirty"', '`max_age_dayz`']) {
      expect(text.some((l) => l.includes(bit)), `${bit} missing from:\n${text.join('\n')}`).toBe(true);
    }
    const lines = problems.map((p) => p.line);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
  });

  it('accepts the demo fixture, with names for countries and 5M amounts', () => {
    const { rules, problems } = validateRules(fs.readFileSync('fixtures/rules.yaml', 'utf8'), 'fixtures/rules.yaml');
    expect(problems).toEqual([]);
    expect(rules!.icp.countries).toEqual(['US', 'GB', 'DE']);
    expect(rules!.exclude.competitors).toEqual(['Quanta Forge']);
    const ab = rules!.triggers.find((t) => t.name === 'Series A/B raised')!;
    expect(ab.conditions).toContainEqual({ op: 'amount_usd', param: { min: 5_000_000, max: null } });
    expect(ab.halfLifeDays).toBe(30);
    expect(rules!.triggers.find((t) => t.name === 'Growth round')!.halfLifeDays).toBe(21); // the recency default
  });

  it('accepts the starter file `signals init` writes', () => {
    const { rules, problems } = validateRules(STARTER_RULES_YAML, 'starter.yaml');
    expect(problems.map(formatProblem)).toEqual([]);
    expect(rules!.triggers.length).toBeGreaterThan(3);
    expect(rules!.exclude.customers).toBe(true);
  });

  it('fills defaults for sections left out and reads a scalar where a list is allowed', () => {
    const { rules } = check('triggers:\n  - name: New CMO\n    when: { type: job_change, function: marketing, seniority: c_level }\n    points: 25\n');
    expect(rules!.triggers[0]!.conditions).toEqual([{ op: 'function', param: ['marketing'] }, { op: 'seniority', param: ['c_level'] }]);
    expect(rules!.recency).toEqual({ halfLifeDays: 21, maxAgeDays: 120 });
    expect(rules!.warmth.person_is_connection).toBeGreaterThan(0);
  });

  it('reads "Series B" as series_b', () => {
    const { rules } = check('triggers:\n  - name: B\n    when: { type: funding, round: [Series B] }\n    points: 25\n');
    expect(rules!.triggers[0]!.conditions[0]).toEqual({ op: 'round', param: ['series_b'] });
  });
});

describe('suggest', () => {
  it.each([
    ['half_life', 'half_life_days'],
    ['hafl_life_days', 'half_life_days'],
    ['max_age_dayz', 'max_age_days'],
    ['industires', 'industries'],
    ['person_is_conection', 'person_is_connection'],
  ])('%s → %s', (typo, want) => {
    expect(suggest(typo, ['half_life_days', 'max_age_days', 'industries', 'person_is_connection', 'points'])).toBe(want);
  });
  it('offers nothing for unrelated words', () => {
    expect(suggest('banana', ['half_life_days', 'points'])).toBeNull();
  });
  it('counts an adjacent transposition as one edit', () => {
    expect(editDistance('hafl', 'half')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
