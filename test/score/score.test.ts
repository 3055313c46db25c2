import { describe, expect, it } from 'vitest';
import { scoreProspects, type ScoreInput } from '../../src/score/score.js';
import type { Account, Contact, StoredEvent } from '../../src/types.js';
import { BASE, NOW, account, contact, daysAgo, event, rules, warmPaths } from './fixtures.js';

const run = (events: StoredEvent[], accounts: Account[] = [], contacts: Contact[] = [], extra: Partial<ScoreInput> = {}) =>
  scoreProspects({ events, accounts, contacts, rules: rules(BASE), now: NOW, findWarmPaths: warmPaths, ...extra });

const seriesB = (company: string, age: number, over: Partial<StoredEvent> = {}) =>
  event({ type: 'funding', company, round: 'series_b', amount: 28e6, currency: 'USD', amountUsd: 28e6, amountText: '$28M', leadInvestors: ['Index Ventures'], investors: ['Index Ventures'], occurredAt: daysAgo(age), ...over });

describe('scoreProspects: the score is fit + decayed triggers + warmth + bonus', () => {
  // [case, events, accounts, contacts, expected score]
  const table: Array<[string, () => StoredEvent[], Account[], Contact[], number]> = [
    ['fresh round, full fit', () => [seriesB('Northwind', 0)], [account('Northwind')], [], 30 + 30],
    ['one half-life old', () => [seriesB('Northwind', 21)], [account('Northwind')], [], 30 + 15],
    ['two half-lives old', () => [seriesB('Northwind', 42)], [account('Northwind')], [], 38],
    ['past max age: no prospect', () => [seriesB('Northwind', 91)], [account('Northwind')], [], -1],
    ['no account: fit unknown', () => [seriesB('Northwind', 0)], [], [], 30],
    ['outside ICP: big hardware firm', () => [seriesB('Brightline', 0)], [account('Brightline', { industry: 'Robotics', employees: 900 })], [], 5 + 30],
    ['connection at the company', () => [seriesB('Northwind', 0)], [account('Northwind')], [contact('Dana Lee', 'Northwind')], 30 + 30 + 20],
    ['customer never ranks', () => [seriesB('Tidepool', 0)], [account('Tidepool', { isCustomer: true, lifecycle: 'customer' })], [], -1],
    ['competitor by name never ranks', () => [seriesB('Quanta Forge', 0)], [], [], -1],
    ['competitor by domain never ranks', () => [seriesB('Rival Co', 0)], [account('Rival Co', { domain: 'www.rivalco.com' })], [], -1],
    ['undisclosed amount falls to the broad trigger', () => [seriesB('Northwind', 0, { amount: null, amountUsd: null, amountText: null })], [account('Northwind')], [], 30 + 10],
    ['capped at 100', () => [seriesB('Northwind', 0), event({ type: 'job_change', company: 'Northwind', person: 'Marcus Chen', title: 'VP Sales', seniority: 'vp', function: 'sales', occurredAt: daysAgo(0) })], [account('Northwind')], [contact('Marcus Chen', 'Okta')], 100],
  ];
  it.each(table)('%s', (_name, events, accounts, contacts, want) => {
    const out = run(events(), accounts, contacts);
    if (want < 0) return expect(out).toEqual([]);
    expect(out).toHaveLength(1);
    expect(out[0]!.score).toBe(want);
    const sum = out[0]!.breakdown.reduce((s, l) => s + l.value, 0);
    expect(Math.round(Math.min(100, sum))).toBe(out[0]!.score);
  });
});

describe('scoreProspects: breakdown and identity', () => {
  it('explains a trigger line with its event, link, points, decay and age', () => {
    const e = seriesB('Northwind Analytics', 11, { sources: [{ feed: 'wire', title: 'x', link: 'https://northwindanalytics.com/press/series-b', itemId: 1, published: null }] });
    const [p] = run([e], [account('Northwind Analytics')]);
    const line = p!.breakdown.find((l) => l.rule === 'Series A/B raised')!;
    expect(line).toMatchObject({ event_id: e.id, source_link: 'https://northwindanalytics.com/press/series-b', points: 30, decay: 0.7, value: 20.9 });
    expect(line.why).toBe(`Series A/B raised: Northwind Analytics raised $28M Series B led by Index Ventures on ${e.occurredAt.slice(0, 10)}, 11 days ago, half-life 21d → ×0.70`);
    expect(p!.id).toBe('northwind-analytics');
    expect(p!.domain).toBe('northwindanalytics.com');
    expect(p!.topTrigger).toMatchObject({ event_id: e.id, type: 'funding', summary: 'raised $28M Series B led by Index Ventures' });
  });

  it('says "unknown" for firmographics it does not have', () => {
    const [p] = run([seriesB('Orbital Freight', 3, { sources: [{ feed: 'f', title: 't', link: 'https://orbitalfreight.de/news', itemId: 9, published: null }] })]);
    const fit = p!.breakdown.filter((l) => l.rule.startsWith('fit: '));
    expect(fit.find((l) => l.rule === 'fit: industry')!.why).toMatch(/industry unknown/);
    expect(fit.find((l) => l.rule === 'fit: employees')!.why).toMatch(/unknown/);
    // Not in the ICP countries, but known from the ccTLD:
    expect(fit.find((l) => l.rule === 'fit: country')!.why).toBe('country DE (from the domain orbitalfreight.de) is not in US, GB');
  });

  it('suggests the person of a job change, with the warm path to them', () => {
    const hire = event({ type: 'job_change', company: 'Kestrel Security', person: 'Marcus Chen', title: 'VP of Sales', seniority: 'vp', function: 'sales', previousCompany: 'Okta', occurredAt: daysAgo(6) });
    const [p] = run([hire], [account('Kestrel Security')], [contact('Marcus Chen', 'Okta')]);
    expect(p).toMatchObject({ person: 'Marcus Chen', title: 'VP of Sales' });
    expect(p!.warmPath).toMatchObject({ contact: 'Marcus Chen', relation: 'person_is_connection', detail: 'via Marcus Chen, 1st' });
    expect(p!.breakdown.find((l) => l.rule.startsWith('warmth'))).toMatchObject({ value: 30, event_id: hire.id });
  });

  it('falls back to a connection at the company as the person to contact', () => {
    const [p] = run([seriesB('Northwind', 2)], [account('Northwind')], [contact('Dana Lee', 'Northwind', { position: 'Senior Account Executive' })]);
    expect(p).toMatchObject({ person: 'Dana Lee', title: 'Senior Account Executive' });
  });

  it('never suggests someone on the do-not-contact list', () => {
    const hire = event({ type: 'job_change', company: 'Kestrel', person: 'Ann Blocked', title: 'CRO', seniority: 'c_level', function: 'sales' });
    const [p] = run([hire], [account('Kestrel')]);
    expect(p!.person).toBeNull();
  });

  it('counts each trigger once per company and adds a capped bonus for independent ones', () => {
    const a = seriesB('Ferrum Pay', 4);
    const dup = seriesB('Ferrum Pay', 30, { round: 'series_a' });
    const hire = event({ type: 'job_change', company: 'Ferrum Pay', person: 'Sofia Alvarez', title: 'Chief Revenue Officer', seniority: 'c_level', function: 'sales', occurredAt: daysAgo(4) });
    const [p] = run([a, dup, hire], [account('Ferrum Pay')]);
    const byEvent = new Map(p!.breakdown.filter((l) => l.event_id !== null && !l.rule.startsWith('warmth')).map((l) => [l.event_id, l]));
    expect(byEvent.get(dup.id)!.value).toBe(0);
    expect(byEvent.get(dup.id)!.why).toMatch(/not counted/);
    expect(p!.breakdown.find((l) => l.rule.startsWith('bonus'))).toMatchObject({ points: 5, value: 5 });
  });

  it('orders by score, and gives companies that slug alike distinct ids', () => {
    const out = run([seriesB('Acme Inc', 40), seriesB('ACME', 1, { companyKey: 'acme-2' }), seriesB('Zeta', 0)], []);
    expect(out.map((p) => p.score)).toEqual([...out.map((p) => p.score)].sort((x, y) => y - x));
    expect(new Set(out.map((p) => p.id)).size).toBe(3);
  });

  it('leaves out prospects cooling down after an export', () => {
    const events = [seriesB('Northwind', 1)];
    expect(run(events, [], [], { contacted: new Map([['northwind', daysAgo(3)]]) })).toEqual([]);
    expect(run(events, [], [], { contacted: new Map([['northwind', daysAgo(45)]]) })).toHaveLength(1);
  });

  it('brings a cooling-down prospect back when a new trigger arrives after the export', () => {
    const hire = event({ type: 'job_change', company: 'Northwind', person: 'Priya Raman', title: 'CMO', seniority: 'c_level', function: 'marketing', occurredAt: daysAgo(1), createdAt: daysAgo(1) });
    const round = seriesB('Northwind', 10, { createdAt: daysAgo(10) });
    const contacted = new Map([['northwind', daysAgo(3)]]);
    expect(run([round], [], [], { contacted })).toEqual([]);
    expect(run([round, hire], [], [], { contacted })).toHaveLength(1);
  });
});
