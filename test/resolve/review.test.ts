import { describe, it, expect } from 'vitest';
import { buildReview, summarizeResolution, reviewItemToJson } from '../../src/resolve/review.js';
import type { StoredEvent, ExtractedEvent } from '../../src/types.js';
import { companyKey } from '../../src/resolve/company-key.js';
import { account, contact } from './helpers.js';

function event(id: number, over: Partial<ExtractedEvent>, links: string[] = []): StoredEvent {
  const base: ExtractedEvent = {
    type: 'funding', confidence: 0.9, company: null, round: null, roundQualifier: null, amount: null, currency: null, amountUsd: null,
    amountText: null, investors: [], leadInvestors: [], person: null, title: null, seniority: null, function: null,
    previousCompany: null, target: null, evidence: '',
  };
  const e = { ...base, ...over };
  return {
    ...e, id, companyKey: companyKey(e.company), occurredAt: '2026-11-12T09:00:00.000Z', createdAt: '2026-11-12T10:00:00.000Z',
    sources: links.map((link, i) => ({ feed: 'wire', title: `story ${i}`, link, itemId: id * 10 + i, published: null })),
  };
}

const accounts = [
  account('Northwind Analytics', 'northwindanalytics.com'),
  account('Acme Health', 'acmehealth.com'),
  account('Helix Data', 'helixdata.ai'),
  account('Kestrel Security', 'kestrelsecurity.com'),
  account('Kestrel Systems', 'kestrelsecurity.com'),
];
const contacts = [
  contact('Marcus Chen', 'Okta', 'Director, Enterprise Sales'),
  contact('Sofia Álvarez', 'Revolut', 'Product Designer'),
  contact('Priya Raman', 'Figma', 'Designer'),
  contact('Priya Raman', 'Notion', 'Engineer'),
];
const events = [
  event(1, { company: 'Northwind Analytics' }, ['https://www.prnewswire.com/n1', 'https://northwindanalytics.com/blog']),
  event(2, { company: 'Acme' }),
  event(3, { type: 'job_change', company: 'Kestrel Security', person: 'Marcus Chen', previousCompany: 'Okta' }),
  event(4, { type: 'job_change', company: 'Ferrum Pay', person: 'Sofia Alvarez', previousCompany: 'Wise' }),
  event(5, { type: 'job_change', company: 'Lumen Health', person: 'Priya Raman', previousCompany: 'Stripe' }),
  event(6, { company: 'Northwnd Analytics' }),
  event(7, { type: 'acquisition', company: 'Snowflake', target: 'Helix Data' }, ['https://helixdata.ai/blog/joining-snowflake']),
  event(8, { company: 'Brightline Robotics' }),
];

describe('buildReview', () => {
  const items = buildReview(events, accounts, contacts);
  const bySubject = Object.fromEntries(items.map((i) => [i.subject, i]));

  it('lists near company matches instead of merging them', () => {
    expect(bySubject['Acme']).toMatchObject({ kind: 'company_near_match', eventIds: [2], candidates: [expect.objectContaining({ name: 'Acme Health', confidence: 0.5 })] });
    expect(bySubject['Northwnd Analytics']).toMatchObject({ kind: 'company_near_match', candidates: [expect.objectContaining({ name: 'Northwind Analytics' })] });
  });

  it('lists people who only partly match a contact, and namesakes', () => {
    expect(bySubject['Sofia Alvarez']).toMatchObject({ kind: 'person_weak_match', eventIds: [4] });
    expect(bySubject['Sofia Alvarez']!.candidates[0]!.reason).toBe('medium: same name apart from accents, but at Revolut');
    expect(bySubject['Priya Raman']!.candidates.map((c) => c.name)).toEqual(['Priya Raman (Figma)', 'Priya Raman (Notion)']);
  });

  it('lists accounts sharing a domain', () => {
    expect(bySubject['kestrelsecurity.com']).toMatchObject({ kind: 'accounts_share_domain', candidates: [expect.objectContaining({ name: 'Kestrel Security' }), expect.objectContaining({ name: 'Kestrel Systems' })] });
  });

  it('leaves confident and absent matches out, and an acquisition article is no domain evidence', () => {
    for (const s of ['Northwind Analytics', 'Marcus Chen', 'Kestrel Security', 'Brightline Robotics', 'Snowflake', 'Helix Data']) expect(bySubject[s]).toBeUndefined();
    expect(items).toHaveLength(5);
  });

  it("flags an item that links another account's site", () => {
    const [item] = buildReview([event(9, { company: 'Quanta Forge' }, ['https://helixdata.ai/partners/quanta'])], accounts, []);
    expect(item).toMatchObject({ kind: 'company_domain_conflict', subject: 'Quanta Forge', eventIds: [9], candidates: [expect.objectContaining({ name: 'Helix Data', confidence: 0.5 })] });
    expect(item!.detail).toBe('"Quanta Forge" is not linked to an account: item links to helixdata.ai, the domain of account "Helix Data", but the names differ');
  });

  it('prints snake_case JSON', () => {
    expect(reviewItemToJson(bySubject['Acme']!)).toEqual({
      kind: 'company_near_match',
      subject: 'Acme',
      detail: '"Acme" is not linked to an account; it nearly matches "Acme Health"',
      event_ids: [2],
      candidates: [{ kind: 'account', id: accounts[1]!.id, name: 'Acme Health', confidence: 0.5, reason: '"acme" is part of "acme health" — the same company or a different one' }],
    });
  });
});

describe('summarizeResolution', () => {
  it('counts links, review items and unknowns', () => {
    expect(summarizeResolution(events, accounts, contacts)).toEqual({
      // Northwind, Acme, Kestrel Security, Ferrum Pay, Lumen Health, Northwnd, Snowflake, Helix Data, Brightline
      companies: { total: 9, linked: 3, byKey: 3, byDomain: 0, byName: 0, review: 2, unmatched: 4 },
      people: { total: 3, connections: 1, review: 2, unknown: 0 },
      sharedDomains: 1,
    });
  });
});
