import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type DB } from '../../src/store/db.js';
import { contactedMarks, getProspect, listProspects, markContacted, prospectToJson, saveProspects } from '../../src/store/prospects.js';
import type { Prospect } from '../../src/types.js';

const p = (id: string, company: string, score: number, topEvent = 1): Prospect => ({
  id, company, companyKey: company.toLowerCase(), domain: null, person: null, title: null, score,
  breakdown: [{ rule: 'Series A/B raised', event_id: topEvent, source_link: null, points: score, decay: 1, value: score, why: 'test' }],
  warmPath: { contact: 'Dana Lee', contactId: 1, relation: 'connection_at_company', degree: 1, detail: 'via Dana Lee, 1st' },
  topTrigger: { event_id: topEvent, type: 'funding', summary: 'raised $28M Series B', occurred_at: '2026-11-12T00:00:00Z', link: null },
  eventIds: [topEvent],
});

let dir: string;
let db: DB;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signals-prospects-'));
  db = openDb(path.join(dir, 'test.db'));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const t1 = new Date('2026-11-20T08:00:00Z');
const t2 = new Date('2026-11-21T08:00:00Z');
const t3 = new Date('2026-11-22T08:00:00Z');

describe('prospect store', () => {
  it('keeps first_seen_at, and moves previous_score/updated_at only when the score or top trigger changes', () => {
    saveProspects(db, [p('northwind-analytics', 'Northwind Analytics', 80), p('kestrel-security', 'Kestrel Security', 70)], t1);
    saveProspects(db, [p('northwind-analytics', 'Northwind Analytics', 80), p('kestrel-security', 'Kestrel Security', 75)], t2);
    let nw = getProspect(db, 'northwind-analytics')!;
    let ks = getProspect(db, 'kestrel-security')!;
    expect(nw).toMatchObject({ firstSeenAt: t1.toISOString(), updatedAt: t1.toISOString(), previousScore: null });
    expect(ks).toMatchObject({ firstSeenAt: t1.toISOString(), updatedAt: t2.toISOString(), previousScore: 70, score: 75 });
    saveProspects(db, [p('northwind-analytics', 'Northwind Analytics', 80, 7), p('kestrel-security', 'Kestrel Security', 75)], t3);
    nw = getProspect(db, 'northwind-analytics')!;
    ks = getProspect(db, 'kestrel-security')!;
    expect(nw).toMatchObject({ updatedAt: t3.toISOString(), previousScore: 80 });
    expect(ks.updatedAt).toBe(t2.toISOString());
  });

  it('deletes prospects no longer produced', () => {
    saveProspects(db, [p('a', 'Alpha', 50), p('b', 'Beta', 40)], t1);
    saveProspects(db, [p('b', 'Beta', 40)], t2);
    expect(listProspects(db).map((r) => r.id)).toEqual(['b']);
  });

  it('lists best first with ranks, filters by score and limit', () => {
    saveProspects(db, [p('a', 'Alpha', 90), p('b', 'Beta', 60), p('c', 'Gamma', 30)], t1);
    expect(listProspects(db).map((r) => [r.rank, r.id])).toEqual([[1, 'a'], [2, 'b'], [3, 'c']]);
    expect(listProspects(db, { minScore: 50 }).map((r) => r.id)).toEqual(['a', 'b']);
    expect(listProspects(db, { limit: 1 }).map((r) => r.id)).toEqual(['a']);
  });

  it('finds a prospect by id, company name in any case, rank, or a unique prefix', () => {
    saveProspects(db, [p('northwind-analytics', 'Northwind Analytics', 90), p('kestrel-security', 'Kestrel Security', 60), p('kestrel-labs', 'Kestrel Labs', 20)], t1);
    expect(getProspect(db, 'northwind-analytics')!.id).toBe('northwind-analytics');
    expect(getProspect(db, 'NORTHWIND ANALYTICS')!.id).toBe('northwind-analytics');
    expect(getProspect(db, '2')!.id).toBe('kestrel-security');
    expect(getProspect(db, 'north')!.id).toBe('northwind-analytics');
    expect(getProspect(db, 'kestrel')).toBeNull(); // ambiguous
    expect(getProspect(db, 'tidepool')).toBeNull();
  });

  it('prints the DESIGN.md object with snake_case names', () => {
    saveProspects(db, [p('a', 'Alpha', 90)], t1);
    const json = prospectToJson(listProspects(db)[0]!);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['id', 'company', 'domain', 'person', 'title', 'score', 'breakdown', 'warm_path', 'top_trigger']));
    expect(json.warm_path).toBe('via Dana Lee, 1st');
  });

  it('remembers cool-down marks across rescoring', () => {
    markContacted(db, ['a'], t1);
    saveProspects(db, [], t2);
    expect(contactedMarks(db).get('a')).toBe(t1.toISOString());
  });
});
