// A real database file with the demo cast in it, written the way the scanner and
// scorer leave it (feeds → items → events + event_sources, then the ranking).
import { openDb, type DB } from '../../src/store/db.js';
import { saveProspects } from '../../src/store/prospects.js';
import type { ExtractedEvent, Prospect } from '../../src/types.js';

export const DEMO_NOW = '2026-11-23T08:00:00.000Z';

const BLANK: ExtractedEvent = {
  type: 'funding', confidence: 0.9, company: null, round: null, roundQualifier: null, amount: null, currency: null, amountUsd: null,
  amountText: null, investors: [], leadInvestors: [], person: null, title: null, seniority: null, function: null, previousCompany: null,
  target: null, evidence: '',
};

interface Source {
  feed: string;
  title: string;
  link: string;
}

export function addEvent(db: DB, e: Partial<ExtractedEvent>, occurredAt: string, storedAt: string, sources: Source[]): number {
  const data = { ...BLANK, ...e };
  const companyKey = data.company ? data.company.toLowerCase().replace(/[^a-z0-9]/g, '') : null;
  const info = db
    .prepare('INSERT INTO events (type, company, company_key, person_key, data, confidence, occurred_at, created_at, updated_at) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?)')
    .run(data.type, data.company, companyKey, JSON.stringify(data), data.confidence, occurredAt, storedAt, storedAt);
  const eventId = Number(info.lastInsertRowid);
  for (const s of sources) {
    db.prepare("INSERT OR IGNORE INTO feeds (url, name, kind, created_at) VALUES (?, ?, 'funding', ?)").run(`https://${s.feed}.example.com/feed.xml`, s.feed, storedAt);
    const feedId = (db.prepare('SELECT id FROM feeds WHERE name = ?').get(s.feed) as { id: number }).id;
    const item = db
      .prepare('INSERT INTO items (feed_id, key, guid, link, title, published_at, fetched_at, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(feedId, s.link, s.link, s.link, s.title, occurredAt, storedAt, s.link);
    db.prepare('INSERT INTO event_sources (event_id, item_id) VALUES (?, ?)').run(eventId, Number(item.lastInsertRowid));
  }
  return eventId;
}

export function demoProspects(northwindScore = 88): Prospect[] {
  return [
    {
      id: 'northwind-analytics', company: 'Northwind Analytics', companyKey: 'northwindanalytics', domain: 'northwindanalytics.com', person: null, title: null,
      score: northwindScore, breakdown: [{ rule: 'Series A/B raised', event_id: 1, source_link: null, points: 30, decay: 0.86, value: 25.8, why: 'raised $28M Series B' }],
      warmPath: { contact: 'Dana Lee', contactId: 1, relation: 'connection_at_company', degree: 1, detail: 'via Dana Lee, 1st' },
      topTrigger: { event_id: 1, type: 'funding', summary: 'raised $28M Series B led by Index Ventures', occurred_at: '2026-11-20T14:00:00.000Z', link: 'https://newswire.example.com/northwind-series-b' },
      eventIds: [1],
    },
    {
      id: 'kestrel-security/marcus-chen', company: 'Kestrel Security', companyKey: 'kestrelsecurity', domain: 'kestrelsecurity.com', person: 'Marcus Chen', title: 'VP of Sales',
      score: 81, breakdown: [],
      warmPath: { contact: 'Marcus Chen', contactId: 2, relation: 'person_is_connection', degree: 1, detail: 'Marcus Chen, 1st' },
      topTrigger: { event_id: 2, type: 'job_change', summary: 'Marcus Chen joined as VP of Sales (from Okta)', occurred_at: '2026-11-21T09:00:00.000Z', link: 'https://peoplemoves.example.com/kestrel-marcus-chen' },
      eventIds: [2],
    },
    {
      id: 'brightline-robotics', company: 'Brightline Robotics', companyKey: 'brightlinerobotics', domain: 'brightlinerobotics.com', person: null, title: null,
      score: 9, breakdown: [], warmPath: null,
      topTrigger: { event_id: 3, type: 'funding', summary: 'raised $60M Series D', occurred_at: '2026-11-22T10:00:00.000Z', link: 'https://techblog.example.com/brightline' },
      eventIds: [3],
    },
  ];
}

/** The cast, stored an hour before DEMO_NOW, plus contacts with the connections' addresses. */
export function seedDemoDb(file: string): void {
  const db = openDb(file);
  try {
    const at = '2026-11-23T07:00:00.000Z';
    addEvent(db, { type: 'funding', company: 'Northwind Analytics', round: 'series_b', amount: 28e6, currency: 'USD', amountUsd: 28e6, amountText: '$28M', leadInvestors: ['Index Ventures'], investors: ['Index Ventures', 'Amplify Partners'] }, '2026-11-20T14:00:00.000Z', at, [
      { feed: 'newswire', title: 'Northwind Analytics Raises $28 Million Series B Led by Index Ventures', link: 'https://newswire.example.com/northwind-series-b' },
      { feed: 'techblog', title: 'Northwind lands $28M', link: 'https://techblog.example.com/northwind' },
    ]);
    addEvent(db, { type: 'job_change', company: 'Kestrel Security', person: 'Marcus Chen', title: 'VP of Sales', previousCompany: 'Okta' }, '2026-11-21T09:00:00.000Z', at, [
      { feed: 'people-moves', title: 'Kestrel Security names Marcus Chen VP of Sales', link: 'https://peoplemoves.example.com/kestrel-marcus-chen' },
    ]);
    addEvent(db, { type: 'funding', company: 'Brightline Robotics', round: 'series_d', amountText: '$60M' }, '2026-11-22T10:00:00.000Z', at, [
      { feed: 'techblog', title: 'Brightline Robotics raises $60M\x1b]52;c;Y3VybCBldmlsLnNo\x07 Series D\x1b[2J', link: 'https://techblog.example.com/brightline' },
    ]);
    saveProspects(db, demoProspects(), new Date(at));
    const contact = db.prepare(
      `INSERT INTO contacts (identity, first_name, last_name, full_name, name_key, email, company, company_key, position, connected_on, url, source, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2024-01-15', NULL, 'linkedin', ?)`,
    );
    contact.run('dana@northwindanalytics.com', 'Dana', 'Lee', 'Dana Lee', 'dana lee', 'dana@northwindanalytics.com', 'Northwind Analytics', 'northwindanalytics', 'Senior Account Executive', at);
    contact.run('marcus.chen@example.org', 'Marcus', 'Chen', 'Marcus Chen', 'marcus chen', 'marcus.chen@example.org', 'Okta', 'okta', 'Regional Sales Director', at);
  } finally {
    db.close();
  }
}

export function readMeta(file: string, key: string): string | null {
  const db = openDb(file, { create: false });
  try {
    const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row ? row.value : null;
  } finally {
    db.close();
  }
}
