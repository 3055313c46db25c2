// Deterministic synthetic feeds for the benchmark: realistic sizes and wording,
// generated at run time (never committed).

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const PREFIX = ['North', 'Bright', 'Kestrel', 'Lumen', 'Ferrum', 'Orbit', 'Helix', 'Tide', 'Canopy', 'Quanta', 'Vela', 'Cobalt', 'Juniper', 'Arc', 'Sable', 'Nimbus', 'Atlas', 'Pioneer', 'Harbor', 'Summit'];
const SUFFIX = ['wind', 'line', 'works', 'labs', 'pay', 'data', 'health', 'stack', 'flow', 'grid', 'logic', 'ly', 'scale', 'forge', 'ops'];
const NOUN = ['Analytics', 'Security', 'Robotics', 'Health', 'Systems', 'AI', 'Cloud', 'Bio', 'Logistics', 'Software'];
const FIRST = ['Dana', 'Marcus', 'Priya', 'Sofia', 'Elena', 'James', 'Aisha', 'Tom', 'Wei', 'Oluwaseun', 'Lucía', 'Hannah', 'Rahul', 'Chloé'];
const LAST = ['Lee', 'Chen', 'Raman', 'Alvarez', 'Petrova', 'Whitfield', 'Okafor', 'Becker', 'Zhang', 'Adeyemi', 'García', 'Schmidt', 'Mehta', 'Dubois'];
const VC = ['Index Ventures', 'Accel', 'Balderton Capital', 'Point Nine', 'Sequoia Capital', 'Amplify Partners', 'General Catalyst', 'Lightspeed', 'Atomico', 'Insight Partners'];
const ROUND = ['Seed', 'Series A', 'Series B', 'Series C', 'pre-seed'];
const TITLE = ['Chief Marketing Officer', 'VP of Sales', 'Head of Growth', 'CFO', 'Chief Technology Officer', 'VP Engineering', 'Director of Product'];
const FILLER =
  'The company said it would use the new capital to expand its go-to-market team, deepen its product roadmap and open offices in new markets. ' +
  'Customers include several Fortune 500 companies across financial services, healthcare and retail. ' +
  '"We are building the platform our customers have been asking for," the chief executive said in a statement. ' +
  'The round comes amid a broader slowdown in venture funding, with investors concentrating on companies that show efficient growth. ';

export interface BenchItem {
  title: string;
  link: string;
  guid: string;
  date: string;
  author: string;
  body: string;
}

export function makeItems(feed: number, count: number): BenchItem[] {
  const r = rng(feed * 7919 + 17);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  const items: BenchItem[] = [];
  for (let i = 0; i < count; i++) {
    const company = `${pick(PREFIX)}${pick(SUFFIX)} ${pick(NOUN)}`;
    const person = `${pick(FIRST)} ${pick(LAST)}`;
    const amount = Math.round(r() * 90 + 2);
    const kind = r();
    let title: string;
    let lead: string;
    if (kind < 0.35) {
      const round = pick(ROUND);
      title = `${company} raises $${amount}M ${round} led by ${pick(VC)}`;
      lead = `${company}, a provider of software for mid-market teams, today announced it has raised $${amount} million in ${round} funding led by ${pick(VC)} with participation from ${pick(VC)}.`;
    } else if (kind < 0.6) {
      title = `${company} names ${person} ${pick(TITLE)}`;
      lead = `${company} today announced the appointment of ${person} as ${pick(TITLE)}. ${person.split(' ')[0]} was previously at ${pick(PREFIX)}${pick(SUFFIX)}.`;
    } else if (kind < 0.7) {
      title = `${pick(PREFIX)}${pick(SUFFIX)} acquires ${company} for $${amount}M`;
      lead = `The deal values ${company} at $${amount} million and is expected to close next quarter.`;
    } else {
      title = `${company} launches new ${pick(NOUN).toLowerCase()} platform for enterprise customers`;
      lead = `${company} unveiled a product update aimed at larger customers, its biggest release this year.`;
    }
    const paragraphs = 1 + Math.floor(r() * 3);
    const body = `<p>${lead}</p>` + `<p>${FILLER}</p>`.repeat(paragraphs);
    const day = 1 + Math.floor(r() * 27);
    items.push({
      title,
      link: `https://news.example-${feed}.com/${2026}/11/${day}/${company.toLowerCase().replace(/\W+/g, '-')}-${i}`,
      guid: `urn:bench:${feed}:${i}`,
      date: new Date(Date.UTC(2026, 10, day, Math.floor(r() * 24))).toUTCString(),
      author: person,
      body,
    });
  }
  return items;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rssDoc(feed: number, items: BenchItem[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Venture Wire ${feed}</title><link>https://news.example-${feed}.com/</link><description>Funding and people news</description>
${items
  .map(
    (it) => `<item><title>${esc(it.title)}</title><link>${it.link}</link><guid isPermaLink="false">${it.guid}</guid><pubDate>${it.date}</pubDate><dc:creator>${esc(it.author)}</dc:creator>
<description>${esc(it.body.slice(0, 300))}</description><content:encoded><![CDATA[${it.body}]]></content:encoded></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

export function atomDoc(feed: number, items: BenchItem[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Startup Desk ${feed}</title><link href="https://news.example-${feed}.com/"/><id>urn:bench:feed:${feed}</id><updated>2026-11-22T00:00:00Z</updated>
${items
  .map(
    (it) => `<entry><title>${esc(it.title)}</title><link rel="alternate" href="${it.link}"/><id>${it.guid}</id><updated>${new Date(it.date).toISOString()}</updated><author><name>${esc(it.author)}</name></author>
<summary>${esc(it.body.slice(0, 300))}</summary><content type="html">${esc(it.body)}</content></entry>`,
  )
  .join('\n')}
</feed>`;
}

export function feedDoc(feed: number, itemsPerFeed: number): string {
  const items = makeItems(feed, itemsPerFeed);
  return feed % 2 === 0 ? rssDoc(feed, items) : atomDoc(feed, items);
}
