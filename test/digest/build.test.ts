import { describe, it, expect } from 'vitest';
import { buildDigest, isEmptyDigest } from '../../src/digest/build.js';
import { PROSPECTS, EVENTS, NOW, SINCE } from './sample.js';

describe('buildDigest', () => {
  const d = buildDigest({ prospects: PROSPECTS, events: EVENTS, since: SINCE, now: NOW });

  it('lists new and risen prospects, best first, and nothing unchanged or fallen', () => {
    expect(d.prospects.map((p) => [p.company.slice(0, 9), p.change])).toEqual([
      ['Northwind', 'new'],
      ['Kestrel S', 'risen'],
      ['Evil\x1b]52;', 'new'],
    ]);
  });

  it('carries score, trigger with its age, and the warm path', () => {
    const k = d.prospects[1]!;
    expect(k).toMatchObject({ score: 81, previousScore: 64, person: 'Marcus Chen', title: 'VP of Sales', warmPath: 'Marcus Chen, 1st' });
    expect(k.trigger).toEqual({
      type: 'job_change',
      summary: 'Marcus Chen joined as VP of Sales (from Okta)',
      occurredAt: '2026-11-21T09:00:00.000Z',
      age: '2d',
      link: 'https://peoplemoves.example.com/kestrel-marcus-chen',
    });
  });

  it('groups events stored after the window start by type in a fixed order, newest first', () => {
    expect(d.groups.map((g) => [g.label, g.events.map((e) => e.id)])).toEqual([
      ['Funding', [4, 1]],
      ['Job changes', [2]],
      ['Acquisitions', [3]],
    ]);
    expect(d.eventCount).toBe(4);
    const northwind = d.groups[0]!.events[1]!;
    expect(northwind.summary).toBe('raised $28M Series B led by Index Ventures');
    expect(northwind.sources.map((s) => s.link)).toEqual(['https://newswire.example.com/northwind-series-b', 'https://techblog.example.com/2026/11/northwind']);
  });

  it('records the window', () => {
    expect(d.since).toBe(SINCE);
    expect(d.generatedAt).toBe(NOW.toISOString());
  });

  it('is empty when nothing happened after the window start (the boundary itself is old)', () => {
    const later = buildDigest({ prospects: PROSPECTS, events: EVENTS, since: '2026-11-23T07:00:00.000Z', now: NOW });
    expect(isEmptyDigest(later)).toBe(true);
    expect(isEmptyDigest(d)).toBe(false);
  });
});
