import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildOpml, kindFromCategory, parseOpml } from '../../src/parse/opml.js';
import { SignalsError } from '../../src/errors.js';

const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, '../../fixtures/opml', name), 'utf8');

describe('parseOpml on real readers’ exports', () => {
  it('Miniflux: categories as plain text outlines, feeds with title and text', () => {
    const feeds = parseOpml(fixture('miniflux.opml'));
    expect(feeds.map((f) => f.url)).toEqual([
      'https://hnrss.org/frontpage',
      'https://news.crunchbase.com/feed/',
      'https://techcrunch.com/category/fundraising/feed/',
      'https://www.eu-startups.com/feed/',
      'https://feed.businesswire.com/rss/home/?rss=G1QFDERJXkJeGVtRWA==',
    ]);
    expect(feeds[0]).toEqual({ url: 'https://hnrss.org/frontpage', title: 'Hacker News: Front Page', category: 'All', kind: null });
    expect(feeds[2]).toMatchObject({ title: 'TechCrunch » Fundraising', category: 'Funding', kind: 'funding' });
    expect(feeds[4]).toMatchObject({ category: 'People moves', kind: 'jobs' });
  });

  it('FreshRSS: no title attribute, frss: namespaced attributes, scraping sources skipped', () => {
    const feeds = parseOpml(fixture('freshrss.opml'));
    expect(feeds.map((f) => f.title)).toEqual(['Sifted', 'Finsmes', 'Tech.eu', 'Canopy HR Newsroom']);
    expect(feeds.find((f) => f.url.includes('vc-tracker'))).toBeUndefined();
    expect(feeds[1]).toMatchObject({ url: 'https://www.finsmes.com/feed', category: 'Venture news', kind: 'funding' });
    expect(feeds[3]).toMatchObject({ category: 'Careers & hires', kind: 'jobs' });
  });

  it('Feedly: OPML 1.0, numeric entities, the same feed in two folders imported once', () => {
    const feeds = parseOpml(fixture('feedly.opml'));
    expect(feeds).toHaveLength(4);
    expect(feeds.filter((f) => f.url === 'https://techcrunch.com/category/venture/feed/')).toEqual([
      { url: 'https://techcrunch.com/category/venture/feed/', title: 'TechCrunch', category: 'Fundraising', kind: 'funding' },
    ]);
    expect(feeds.find((f) => f.url.includes('quantaforge'))).toMatchObject({ category: 'Competitors', kind: null });
    expect(feeds.find((f) => f.url.includes('kestrel'))).toMatchObject({ title: 'Kestrel Security — Press', kind: 'jobs' });
  });

  it('Inoreader: HTML named entities in titles, a feed outside any folder', () => {
    const feeds = parseOpml(fixture('inoreader.opml'));
    expect(feeds.map((f) => f.title)).toEqual([
      'Les Échos Start',
      'Gründerszene',
      'PR Newswire: Personnel Announcements',
      'Orbital Freight blog',
    ]);
    expect(feeds[2]!.kind).toBe('jobs');
    expect(feeds[3]).toMatchObject({ category: null, kind: null });
  });
});

describe('parseOpml edge cases', () => {
  it('takes the nearest enclosing folder in nested categories, and xmlUrl in any case', () => {
    const feeds = parseOpml(`<?xml version="1.0"?>
      <opml version="2.0"><head/><body>
        <outline text="Sales intel">
          <outline title="Funding rounds" text="ignored when title is present">
            <outline text="Venture Wire" xmlurl="https://venturewire.example.com/rss"/>
          </outline>
          <outline text="Ferrum Pay press" XMLURL="https://ferrumpay.co.uk/press.xml"/>
        </outline>
        <outline text="Lumen Health careers" xmlURL="https://lumenhealth.io/careers/feed" category="/Hiring/Healthtech"/>
      </body></opml>`);
    expect(feeds).toEqual([
      { url: 'https://venturewire.example.com/rss', title: 'Venture Wire', category: 'Funding rounds', kind: 'funding' },
      { url: 'https://ferrumpay.co.uk/press.xml', title: 'Ferrum Pay press', category: 'Sales intel', kind: null },
      { url: 'https://lumenhealth.io/careers/feed', title: 'Lumen Health careers', category: 'Healthtech', kind: null },
    ]);
  });

  it('reads the kind attribute under whatever prefix binds our namespace', () => {
    const feeds = parseOpml(`<opml version="2.0" xmlns:s="urn:x-signals:opml"><body>
      <outline text="Press" xmlUrl="https://northwindanalytics.com/press.rss" s:kind="funding"/></body></opml>`);
    expect(feeds[0]!.kind).toBe('funding');
  });

  it('returns no feeds for an empty body', () => {
    expect(parseOpml('<opml version="2.0"><head><title>Empty</title></head><body/></opml>')).toEqual([]);
  });

  it('refuses documents that are not OPML with a one-line reason and exit code 65', () => {
    for (const [doc, reason] of [
      ['<rss version="2.0"><channel/></rss>', 'not an OPML file: the root element is <rss>'],
      ['<opml version="2.0"><head/></opml>', 'not an OPML file: it has no <body>'],
      ['', 'not an OPML file: no <opml> element'],
    ] as const) {
      let caught: unknown;
      try {
        parseOpml(doc);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(SignalsError);
      expect((caught as SignalsError).exitCode).toBe(65);
      expect((caught as SignalsError).message).toBe(reason);
    }
  });

  it('guesses kinds from category names', () => {
    expect(kindFromCategory('Fundraising')).toBe('funding');
    expect(kindFromCategory('VC & venture')).toBe('funding');
    expect(kindFromCategory('New hires')).toBe('jobs');
    expect(kindFromCategory('Careers')).toBe('jobs');
    expect(kindFromCategory('Industry news')).toBeNull();
    expect(kindFromCategory(null)).toBeNull();
  });
});

describe('buildOpml', () => {
  const feeds = [
    { url: 'https://wire.example.com/funding.xml?region=eu&lang=en', name: 'Deal Wire <EU> & "UK"', kind: 'funding' as const },
    { url: 'https://kestrelsecurity.com/press/feed', name: 'Kestrel Security press', kind: 'jobs' as const },
    { url: 'https://lumenhealth.io/news.xml', name: null, kind: 'news' as const },
    { url: '/home/dana/feeds/tidepool.xml', name: 'Tidepool (local copy)', kind: null },
  ];

  it('writes OPML 2.0 with the signals namespace and kind attributes', () => {
    const xml = buildOpml(feeds, 'Dana’s signals feeds');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(xml).toContain('<opml version="2.0" xmlns:signals="urn:x-signals:opml">');
    expect(xml).toContain('<title>Dana’s signals feeds</title>');
    expect(xml).toContain('signals:kind="funding"');
    expect(xml).toContain('xmlUrl="https://wire.example.com/funding.xml?region=eu&amp;lang=en"');
  });

  it('round-trips through parseOpml', () => {
    const back = parseOpml(buildOpml(feeds));
    expect(back.map(({ url, title, kind }) => ({ url, name: title, kind }))).toEqual(
      [feeds[0], feeds[1], feeds[2], feeds[3]],
    );
  });
});
