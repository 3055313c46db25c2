// Hand-made rows from the demo cast, shaped exactly as the store returns them.
import type { ProspectRow } from '../../src/store/prospects.js';
import type { StoredEvent, ExtractedEvent, EventSource } from '../../src/types.js';

export const NOW = new Date('2026-11-23T08:00:00Z');
export const SINCE = '2026-11-22T08:00:00.000Z';
const FRESH = '2026-11-23T07:00:00.000Z'; // stored after SINCE
const OLD = '2026-11-15T07:00:00.000Z'; // stored before SINCE

export function prospect(over: Partial<ProspectRow> & Pick<ProspectRow, 'id' | 'company'>): ProspectRow {
  return {
    companyKey: over.company.toLowerCase().replace(/[^a-z0-9]/g, ''),
    domain: null,
    person: null,
    title: null,
    score: 50,
    breakdown: [],
    warmPath: null,
    topTrigger: null,
    eventIds: [],
    firstSeenAt: FRESH,
    updatedAt: FRESH,
    previousScore: null,
    rank: 1,
    ...over,
  };
}

const BLANK: ExtractedEvent = {
  type: 'funding', confidence: 0.9, company: null, round: null, roundQualifier: null, amount: null, currency: null, amountUsd: null,
  amountText: null, investors: [], leadInvestors: [], person: null, title: null, seniority: null, function: null, previousCompany: null,
  target: null, evidence: '',
};

export function event(id: number, over: Partial<StoredEvent>, sources: Array<Partial<EventSource>> = []): StoredEvent {
  return {
    ...BLANK,
    id,
    companyKey: null,
    occurredAt: '2026-11-21T09:00:00.000Z',
    createdAt: FRESH,
    sources: sources.map((s, i) => ({ feed: 'newswire', title: 'Press release', link: null, itemId: id * 10 + i, published: null, ...s })),
    ...over,
  };
}

export const PROSPECTS: ProspectRow[] = [
  prospect({
    id: 'northwind-analytics/dana-lee', company: 'Northwind Analytics', domain: 'northwindanalytics.com', score: 88, rank: 1,
    topTrigger: { event_id: 1, type: 'funding', summary: 'raised $28M Series B led by Index Ventures', occurred_at: '2026-11-20T14:00:00.000Z', link: 'https://newswire.example.com/northwind-series-b' },
    warmPath: { contact: 'Dana Lee', contactId: 3, relation: 'connection_at_company', degree: 1, detail: 'via Dana Lee, 1st' },
  }),
  prospect({
    id: 'kestrel-security/marcus-chen', company: 'Kestrel Security', domain: 'kestrelsecurity.com', person: 'Marcus Chen', title: 'VP of Sales', score: 81, rank: 2,
    previousScore: 64, firstSeenAt: OLD, updatedAt: FRESH,
    topTrigger: { event_id: 2, type: 'job_change', summary: 'Marcus Chen joined as VP of Sales (from Okta)', occurred_at: '2026-11-21T09:00:00.000Z', link: 'https://peoplemoves.example.com/kestrel-marcus-chen' },
    warmPath: { contact: 'Marcus Chen', contactId: 7, relation: 'person_is_connection', degree: 1, detail: 'Marcus Chen, 1st' },
  }),
  // Unchanged since long ago: not in the digest.
  prospect({ id: 'orbital-freight', company: 'Orbital Freight', domain: 'orbitalfreight.de', score: 44, rank: 3, firstSeenAt: OLD, updatedAt: OLD, previousScore: 40 }),
  // Changed, but down: not "risen".
  prospect({ id: 'ferrum-pay', company: 'Ferrum Pay', domain: 'ferrumpay.co.uk', score: 39, rank: 4, firstSeenAt: OLD, updatedAt: FRESH, previousScore: 52 }),
  // A hostile company name straight from a feed.
  prospect({
    id: 'evil', company: 'Evil\x1b]52;c;Y3VybCBldmlsLnNo\x07 <script>alert(1)</script> Corp', score: 12, rank: 5,
    topTrigger: { event_id: 9, type: 'funding', summary: 'raised *$1M* [click](javascript:alert(1)) & more', occurred_at: '2026-11-22T10:00:00.000Z', link: 'javascript:alert(1)' },
  }),
];

export const EVENTS: StoredEvent[] = [
  event(1, { type: 'funding', company: 'Northwind Analytics', round: 'series_b', amount: 28e6, currency: 'USD', amountUsd: 28e6, amountText: '$28M', leadInvestors: ['Index Ventures'], investors: ['Index Ventures', 'Amplify Partners'], occurredAt: '2026-11-20T14:00:00.000Z' }, [
    { feed: 'newswire', title: 'Northwind Analytics Raises $28 Million Series B', link: 'https://newswire.example.com/northwind-series-b' },
    { feed: 'techblog', title: 'Northwind lands $28M', link: 'https://techblog.example.com/2026/11/northwind' },
  ]),
  event(2, { type: 'job_change', company: 'Kestrel Security', person: 'Marcus Chen', title: 'VP of Sales', previousCompany: 'Okta', occurredAt: '2026-11-21T09:00:00.000Z' }, [
    { feed: 'people-moves', title: 'Kestrel Security names Marcus Chen VP of Sales', link: 'https://peoplemoves.example.com/kestrel-marcus-chen' },
  ]),
  event(3, { type: 'acquisition', company: 'Snowflake', target: 'Helix Data', amount: 250e6, currency: 'USD', amountText: '$250 million', occurredAt: '2026-11-22T16:00:00.000Z' }, [
    { feed: 'technews', title: 'Snowflake to acquire Helix Data', link: 'https://technews.example.com/snowflake-helix' },
  ]),
  event(4, { type: 'funding', company: 'Orbital Freight', round: 'seed', amountText: '€4M', leadInvestors: ['Point Nine'], occurredAt: '2026-11-22T11:00:00.000Z' }, [
    { feed: 'eu-startups', title: 'Orbital Freight raises €4M seed', link: 'https://eustartups.example.com/orbital' },
  ]),
  // Stored before the window: not new.
  event(5, { type: 'funding', company: 'Tidepool Logistics', round: 'series_c', amountText: '$40M', createdAt: OLD, occurredAt: '2026-11-14T10:00:00.000Z' }),
];
