import { describe, it, expect } from 'vitest';
import { parseFeed, FeedParseError, discoverFeedLinks } from '../../src/parse/feed.js';

const SRC = 'https://news.northwindanalytics.com/feed.xml';

async function parseError(text: string, url = SRC): Promise<FeedParseError> {
  try {
    await parseFeed(text, url);
  } catch (err) {
    expect(err).toBeInstanceOf(FeedParseError);
    expect((err as FeedParseError).exitCode).toBe(65);
    expect((err as FeedParseError).message).not.toMatch(/\n/);
    return err as FeedParseError;
  }
  throw new Error('expected a FeedParseError');
}

const rss = (items: string, channelExtra = '') => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Venture Wire</title>
<link>https://venturewire.example.com/</link>
<description>Funding rounds as they are announced</description>${channelExtra}
${items}
</channel>
</rss>`;

describe('RSS 2.0', () => {
  it('normalises items: guid, relative link, title, summary, content, author, date', async () => {
    const feed = await parseFeed(
      rss(`<item>
        <title>  Northwind Analytics raises $28M Series B  </title>
        <link>/2026/11/northwind-analytics-series-b</link>
        <guid isPermaLink="false">vw-48213</guid>
        <pubDate>Mon, 16 Nov 2026 09:30:00 -0500</pubDate>
        <dc:creator>Priya Raman</dc:creator>
        <description>Led by Index Ventures.</description>
        <content:encoded><![CDATA[<p>Northwind Analytics today announced a <b>$28M</b> Series B led by Index Ventures.</p>]]></content:encoded>
      </item>`),
      SRC,
    );
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Venture Wire');
    expect(feed.link).toBe('https://venturewire.example.com/');
    expect(feed.items).toEqual([
      {
        guid: 'vw-48213',
        link: 'https://venturewire.example.com/2026/11/northwind-analytics-series-b',
        title: 'Northwind Analytics raises $28M Series B',
        summary: 'Led by Index Ventures.',
        content: '<p>Northwind Analytics today announced a <b>$28M</b> Series B led by Index Ventures.</p>',
        author: 'Priya Raman',
        published: '2026-11-16T14:30:00.000Z',
      },
    ]);
  });

  it('strips tags and decodes double-escaped entities in titles', async () => {
    const feed = await parseFeed(
      rss(`<item><title>Ferrum Pay &amp;#8217;s &lt;b&gt;£12M&lt;/b&gt; Series A &amp;amp; new CFO</title></item>`),
      SRC,
    );
    expect(feed.items[0]!.title).toBe('Ferrum Pay ’s £12M Series A & new CFO');
  });

  it('uses a permalink guid as the link, and the author’s name from "email (Name)"', async () => {
    const feed = await parseFeed(
      rss(`<item><title>Lumen Health names a CMO</title><guid>https://lumenhealth.io/news/cmo</guid>
        <author>press@lumenhealth.io (Lumen Health Press)</author></item>`),
      SRC,
    );
    expect(feed.items[0]!.link).toBe('https://lumenhealth.io/news/cmo');
    expect(feed.items[0]!.author).toBe('Lumen Health Press');
  });

  it('reads <rss> without a version, RSS 0.91, leading whitespace and a BOM before <?xml', async () => {
    const body = `<channel><title>Wire</title><link>https://w.example.com/</link>
      <item><title>Orbital Freight closes €4M seed</title><link>https://w.example.com/orbital</link></item></channel>`;
    for (const doc of [
      `\uFEFF\n\n  <?xml version="1.0"?><rss>${body}</rss>`,
      `<?xml version="1.0"?><rss version="0.91">${body}</rss>`,
    ]) {
      const feed = await parseFeed(doc, SRC);
      expect(feed.items.map((i) => i.title)).toEqual(['Orbital Freight closes €4M seed']);
    }
  });

  it('gives null, never an invalid date, for dates it cannot read; reads common variants', async () => {
    const dates = [
      'sometime last week',
      'Mon, 16 Nov 2026 09:30:00 CEST',
      '2026-11-16 09:30:00',
      'Seg, 16 Nov 2026 09:30:00 -0300',
      'Tues, 17 Nov 2026 10:00:00 GMT',
      '16 Nov 2026',
    ];
    const feed = await parseFeed(rss(dates.map((d, i) => `<item><title>t${i}</title><pubDate>${d}</pubDate></item>`).join('')), SRC);
    expect(feed.items.map((i) => i.published)).toEqual([
      null,
      '2026-11-16T07:30:00.000Z',
      '2026-11-16T09:30:00.000Z',
      '2026-11-16T12:30:00.000Z',
      '2026-11-17T10:00:00.000Z',
      '2026-11-16T00:00:00.000Z',
    ]);
  });
});

describe('repairs for documents rss-parser rejects', () => {
  it('escapes a bare & (in text and in a link)', async () => {
    const feed = await parseFeed(
      rss(`<item><title>M&A: Snowflake to acquire Helix Data</title><link>https://w.example.com/a?id=7&src=rss</link></item>`),
      SRC,
    );
    expect(feed.items[0]!.title).toBe('M&A: Snowflake to acquire Helix Data');
    expect(feed.items[0]!.link).toBe('https://w.example.com/a?id=7&src=rss');
  });

  it('maps HTML named entities (&nbsp; &eacute; &mdash;) to characters', async () => {
    const feed = await parseFeed(
      rss(`<item><title>Canopy&nbsp;HR appoints Elena Petrova &mdash; ex-Personio, caf&eacute; owner</title></item>`),
      SRC,
    );
    expect(feed.items[0]!.title).toBe('Canopy\u00a0HR appoints Elena Petrova — ex-Personio, café owner'.replace('\u00a0', ' '));
  });

  it('keeps an unknown entity name as literal text', async () => {
    const feed = await parseFeed(rss(`<item><title>Tidepool &madeup; raises $40M</title></item>`), SRC);
    expect(feed.items[0]!.title).toBe('Tidepool &madeup; raises $40M');
  });

  it('wraps unescaped HTML in a title', async () => {
    const feed = await parseFeed(
      rss(`<item><title>Kestrel Security names <b>Marcus Chen</b> VP of Sales<br></title><link>https://k.example.com/1</link></item>
           <item><title>Second item survives</title></item>`),
      SRC,
    );
    expect(feed.items.map((i) => i.title)).toEqual(['Kestrel Security names Marcus Chen VP of Sales', 'Second item survives']);
  });

  it('drops stray control characters from titles', async () => {
    const feed = await parseFeed(rss(`<item><title>Brightline Robotics\u0008 raises $60M\u0001 Series D</title></item>`), SRC);
    expect(feed.items[0]!.title).toBe('Brightline Robotics raises $60M Series D');
  });

  it('repairs several faults in one document, leaving CDATA untouched', async () => {
    const feed = await parseFeed(
      rss(`<item><title>R&D &hellip; at Quanta\u000b Forge</title>
        <description><![CDATA[Raw & <i>kept</i> &nbsp; as written]]></description></item>`),
      SRC,
    );
    expect(feed.items[0]!.title).toBe('R&D … at Quanta Forge');
    expect(feed.items[0]!.summary).toBe('Raw & <i>kept</i> &nbsp; as written');
  });

  it('completes a root end tag cut short and drops junk after the root', async () => {
    const cut = rss(`<item><title>Helix Data acquired</title></item>`).replace(/<\/rss>$/, '</rss');
    expect((await parseFeed(cut, SRC)).items).toHaveLength(1);
    const junk = rss(`<item><title>Helix Data acquired</title></item>`) + '\n<!-- cache: hit --> trailing bytes';
    expect((await parseFeed(junk, SRC)).items).toHaveLength(1);
  });

  it('expands entities declared in the document’s own DOCTYPE', async () => {
    const doc = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY company "Northwind Analytics">]>
      <rss version="2.0"><channel><title>t</title><item><title>&company; raises $28M</title></item></channel></rss>`;
    expect((await parseFeed(doc, SRC)).items[0]!.title).toBe('Northwind Analytics raises $28M');
  });

  it('a rejected or junk-trailed document never hides the next document’s errors', async () => {
    const good = rss(`<item><title>Northwind Analytics raises $28M</title></item>`);
    const truncated = `<?xml version="1.0"?>\n<rss version="2.0"><channel><item><title>cut`;
    // Parses only after repair, so a swallowed first error shows as the literal "&company;".
    const needsRepair = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY company "Helix Data">]>
      <rss version="2.0"><channel><title>t</title><item><title>&company; acquired by Snowflake</title></item></channel></rss>`;
    for (const before of [good + good, good + ' trailing junk', truncated, rss('<item><title>a & b</title></item>')]) {
      await parseFeed(before, SRC).catch(() => null);
      expect((await parseFeed(needsRepair, SRC)).items[0]!.title).toBe('Helix Data acquired by Snowflake');
    }
  });

  it('reports the original error with its line number when repair cannot help', async () => {
    const err = await parseError(`<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n<item><title>cut`);
    expect(err.message).toMatch(/^XML error at line \d+: Unclosed root tag/);
    const mismatched = await parseError(`<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n</item>\n</channel></rss>`);
    expect(mismatched.message).toMatch(/^XML error at line 4: /);
  });
});

describe('RSS 1.0 (RDF)', () => {
  it('reads items, dc:date, dc:creator and rdf:about', async () => {
    const feed = await parseFeed(
      `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://peoplemoves.example.com/">
    <title>People Moves</title><link>https://peoplemoves.example.com/</link><description>Appointments</description>
    <items><rdf:Seq><rdf:li rdf:resource="https://peoplemoves.example.com/raman"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://peoplemoves.example.com/raman">
    <title>Priya Raman joins Lumen Health as Chief Marketing Officer</title>
    <link>https://peoplemoves.example.com/raman</link>
    <description>Raman was previously at Stripe.</description>
    <dc:creator>Tom Becker</dc:creator>
    <dc:date>2026-11-18T08:00:00+01:00</dc:date>
  </item>
</rdf:RDF>`,
      SRC,
    );
    expect(feed.format).toBe('rdf');
    expect(feed.items).toEqual([
      {
        guid: 'https://peoplemoves.example.com/raman',
        link: 'https://peoplemoves.example.com/raman',
        title: 'Priya Raman joins Lumen Health as Chief Marketing Officer',
        summary: 'Raman was previously at Stripe.',
        content: null,
        author: 'Tom Becker',
        published: '2026-11-18T07:00:00.000Z',
      },
    ]);
  });
});

describe('Atom', () => {
  const atom = (entries: string, attrs = '') => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"${attrs}>
  <title>Kestrel Security Newsroom</title>
  <link rel="self" href="https://kestrelsecurity.com/news/atom.xml"/>
  <link rel="alternate" type="text/html" href="https://kestrelsecurity.com/news/"/>
  <id>tag:kestrelsecurity.com,2026:news</id>
  <updated>2026-11-20T10:00:00Z</updated>
  <author><name>Kestrel Communications</name></author>
  ${entries}
</feed>`;

  it('prefers rel=alternate, resolves relative links against the site, inherits the feed author', async () => {
    const feed = await parseFeed(
      atom(`<entry>
        <title type="html">Kestrel Security names Marcus Chen VP of Sales</title>
        <link rel="replies" href="/news/marcus-chen#comments"/>
        <link rel="alternate" type="text/html" href="marcus-chen-vp-sales"/>
        <id>tag:kestrelsecurity.com,2026:news/41</id>
        <published>2026-11-19T15:00:00-08:00</published>
        <updated>2026-11-20T09:00:00Z</updated>
        <summary>Chen joins from Okta.</summary>
        <content type="html">&lt;p&gt;Chen joins from Okta.&lt;/p&gt;</content>
      </entry>`),
      'https://feeds.kestrelsecurity.com/atom',
    );
    expect(feed.format).toBe('atom');
    expect(feed.link).toBe('https://kestrelsecurity.com/news/');
    expect(feed.items).toEqual([
      {
        guid: 'tag:kestrelsecurity.com,2026:news/41',
        link: 'https://kestrelsecurity.com/news/marcus-chen-vp-sales',
        title: 'Kestrel Security names Marcus Chen VP of Sales',
        summary: 'Chen joins from Okta.',
        content: '<p>Chen joins from Okta.</p>',
        author: 'Kestrel Communications',
        published: '2026-11-19T23:00:00.000Z',
      },
    ]);
  });

  it('honours xml:base on the feed and on the entry', async () => {
    const feed = await parseFeed(
      atom(
        `<entry xml:base="press/2026/"><title>One</title><link href="canopy-hr.html"/><id>1</id><updated>2026-11-20T10:00:00Z</updated></entry>
         <entry><title>Two</title><link href="/about"/><id>2</id><updated>2026-11-20T10:00:00Z</updated></entry>`,
        ' xml:base="https://cdn.kestrelsecurity.com/newsroom/"',
      ),
      SRC,
    );
    expect(feed.items.map((i) => i.link)).toEqual([
      'https://cdn.kestrelsecurity.com/newsroom/press/2026/canopy-hr.html',
      'https://cdn.kestrelsecurity.com/about',
    ]);
  });

  it('reads Atom written with a namespace prefix', async () => {
    const feed = await parseFeed(
      `<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>Prefixed</a:title>
        <a:entry><a:title>Tidepool Logistics raises $40M Series C</a:title><a:link href="https://tidepool.io/news/c"/>
        <a:id>urn:uuid:1</a:id><a:updated>2026-11-10T00:00:00Z</a:updated></a:entry></a:feed>`,
      SRC,
    );
    expect(feed.items[0]).toMatchObject({ title: 'Tidepool Logistics raises $40M Series C', link: 'https://tidepool.io/news/c' });
  });

  it('reads Atom 0.3 (issued/modified) and survives a date rss-parser cannot read', async () => {
    const feed = await parseFeed(
      `<?xml version="1.0"?><feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old blog</title>
        <entry><title>Quanta Forge raises $15M</title><link rel="alternate" type="text/html" href="https://qf.example.com/a"/>
          <id>a</id><issued>2026-11-02T10:00:00Z</issued><modified>2026-11-03T10:00:00Z</modified></entry>
        <entry><title>Broken date</title><id>b</id><published>yesterday-ish</published></entry>
        <entry><title>Zone name</title><id>c</id><published>2026-11-04 10:00:00 CEST</published></entry></feed>`,
      SRC,
    );
    expect(feed.items.map((i) => [i.title, i.published])).toEqual([
      ['Quanta Forge raises $15M', '2026-11-02T10:00:00.000Z'],
      ['Broken date', null],
      ['Zone name', '2026-11-04T08:00:00.000Z'],
    ]);
  });
});

describe('JSON Feed', () => {
  it('reads 1.0: author object, content_text, relative url', async () => {
    const feed = await parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1',
        title: 'Orbital Freight Blog',
        home_page_url: 'https://orbitalfreight.de/blog/',
        author: { name: 'Orbital Freight' },
        items: [
          { id: 17, url: 'seed-round', title: 'Orbital Freight raises €4M seed led by Point Nine', content_text: 'Berlin, 12 November 2026.', date_published: '2026-11-12T08:00:00+01:00' },
        ],
      }),
      SRC,
    );
    expect(feed).toEqual({
      format: 'json',
      title: 'Orbital Freight Blog',
      link: 'https://orbitalfreight.de/blog/',
      items: [
        {
          guid: '17',
          link: 'https://orbitalfreight.de/blog/seed-round',
          title: 'Orbital Freight raises €4M seed led by Point Nine',
          summary: null,
          content: 'Berlin, 12 November 2026.',
          author: 'Orbital Freight',
          published: '2026-11-12T07:00:00.000Z',
        },
      ],
    });
  });

  it('reads 1.1: authors array, content_html over content_text, summary, external_url, no title', async () => {
    const feed = await parseFeed(
      `\n  ${JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Sofia Alvarez',
        items: [
          {
            id: 'post-9',
            external_url: 'https://ferrumpay.co.uk/news/cfo',
            content_html: '<p>I’m joining Ferrum Pay as CFO.</p>',
            content_text: 'I’m joining Ferrum Pay as CFO.',
            summary: 'New role',
            authors: [{ name: 'Sofia Alvarez' }, { url: 'https://no-name.example.com' }],
            date_modified: '2026-11-21T12:00:00Z',
          },
        ],
      })}`,
      SRC,
    );
    expect(feed.items[0]).toEqual({
      guid: 'post-9',
      link: 'https://ferrumpay.co.uk/news/cfo',
      title: null,
      summary: 'New role',
      content: '<p>I’m joining Ferrum Pay as CFO.</p>',
      author: 'Sofia Alvarez',
      published: '2026-11-21T12:00:00.000Z',
    });
  });

  it('refuses JSON that is not a feed, and broken JSON, with one-line reasons', async () => {
    expect((await parseError('{"name": "package.json", "version": "1.0.0"}')).message).toMatch(/^not a feed \(JSON/);
    expect((await parseError('{"version": "https://jsonfeed.org/version/1.1", "items": [')).message).toMatch(/^JSON error: the document is cut short/);
    // Cut off inside a string: the parser's complaint is about a control character, the cause is the cut.
    expect((await parseError('{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "content_text": "Acme raises\n')).message).toBe(
      'JSON error: the document is cut short (it stops after 99 characters, before the feed closes)',
    );
    expect((await parseError('{"version": "https://jsonfeed.org/version/1.1", "items": [}')).message).toMatch(/^JSON error: (?!the document is cut short)/);
  });
});

describe('documents that are not feeds', () => {
  it('names the feed an HTML page advertises', async () => {
    const html = `<!DOCTYPE html><html><head><title>Northwind Analytics — Newsroom</title>
      <link rel="stylesheet" href="/site.css">
      <link rel="alternate" type="application/rss+xml" title="Newsroom" href="/newsroom/feed.xml">
      </head><body><h1>Newsroom</h1></body></html>`;
    const err = await parseError(html, 'https://www.northwindanalytics.com/newsroom');
    expect(err.message).toBe(
      'not a feed (an HTML page); it advertises https://www.northwindanalytics.com/newsroom/feed.xml — add that instead',
    );
    expect((await parseError('<html><body>Hello</body></html>')).message).toBe('not a feed (an HTML page)');
  });

  it('explains empty, unrecognised, compressed and plain-text documents', async () => {
    expect((await parseError('')).message).toBe('empty document');
    expect((await parseError('  \n\uFEFF ')).message).toBe('empty document');
    expect((await parseError('<?xml version="1.0"?>\n<!-- nothing here -->\n')).message).toBe('empty document (no root element)');
    expect((await parseError('<?xml version="1.0"?><note><to>Dana</to></note>')).message).toBe('unrecognised root element <note>');
    expect((await parseError('\u001f\ufffd\b\u0000\u0000')).message).toMatch(/gzip/);
    expect((await parseError('Service Unavailable')).message).toBe('not a feed (starts with "Service Unavailable")');
  });
});

describe('discoverFeedLinks', () => {
  it('lists advertised RSS, Atom and JSON feeds as absolute URLs, honouring <base>', () => {
    const html = `<html><head><base href="https://www.lumenhealth.io/en/">
      <link rel="alternate" type="application/rss+xml" href="news/rss.xml">
      <LINK REL="Alternate" TYPE="application/atom+xml" HREF='https://www.lumenhealth.io/en/news/atom.xml'>
      <link rel="alternate" type="application/feed+json" href="/feed.json?lang=en&amp;v=1.1">
      <link rel="alternate" hreflang="de" href="https://www.lumenhealth.io/de/">
      <link rel="alternate" type="application/rss+xml" href="news/rss.xml">
      <link rel="icon" type="application/rss+xml" href="/not-a-feed">
    </head></html>`;
    expect(discoverFeedLinks(html, 'https://www.lumenhealth.io/en/about')).toEqual([
      'https://www.lumenhealth.io/en/news/rss.xml',
      'https://www.lumenhealth.io/en/news/atom.xml',
      'https://www.lumenhealth.io/feed.json?lang=en&v=1.1',
    ]);
  });

  it('returns nothing for a page without feed links', () => {
    expect(discoverFeedLinks('<html><head><title>x</title></head></html>', 'https://canopyhr.com/')).toEqual([]);
  });
});
