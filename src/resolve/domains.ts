import { domainOf } from '../importers/normalize.js';

// Hosts that publish news *about* companies. A link there says nothing about
// the company's own domain.
const NEWS_HOSTS = new Set([
  'prnewswire.com', 'businesswire.com', 'globenewswire.com', 'accesswire.com', 'newswire.com', 'einpresswire.com',
  'prweb.com', 'prnewswire.co.uk', 'newswire.ca', 'presswire.com', 'openpr.com', 'prlog.org', 'cision.com',
  'techcrunch.com', 'venturebeat.com', 'theverge.com', 'wired.com', 'forbes.com', 'bloomberg.com', 'reuters.com',
  'wsj.com', 'ft.com', 'cnbc.com', 'businessinsider.com', 'axios.com', 'fortune.com', 'fastcompany.com', 'inc.com',
  'theinformation.com', 'techradar.com', 'zdnet.com', 'siliconangle.com', 'geekwire.com', 'finsmes.com', 'sifted.eu',
  'tech.eu', 'eu-startups.com', 'uktech.news', 'techfundingnews.com', 'fintechfutures.com', 'finextra.com',
  'fiercehealthcare.com', 'mobihealthnews.com', 'hrdive.com', 'supplychaindive.com', 'freightwaves.com',
  'crunchbase.com', 'pitchbook.com', 'cbinsights.com', 'dealroom.co', 'tracxn.com', 'owler.com',
  'linkedin.com', 'lnkd.in', 'twitter.com', 'x.com', 't.co', 'facebook.com', 'instagram.com', 'youtube.com', 'youtu.be',
  'reddit.com', 'news.ycombinator.com', 'ycombinator.com', 'producthunt.com',
  'medium.com', 'substack.com', 'beehiiv.com', 'ghost.io', 'wordpress.com', 'blogspot.com', 'tumblr.com', 'mailchi.mp',
  'feedburner.com', 'feedproxy.google.com', 'google.com', 'yahoo.com', 'msn.com', 'bing.com', 'apnews.com', 'bbc.co.uk',
  'theguardian.com', 'nytimes.com', 'washingtonpost.com', 'economist.com', 'marketwatch.com', 'seekingalpha.com',
  'github.com', 'example.com', 'example.org', 'example.net',
]);

// Reserved for documentation and tests (RFC 2606/6761): never a company's site.
const RESERVED_TLD = /\.(example|test|invalid|localhost|local)$/;

export function isNewsHost(domain: string): boolean {
  return NEWS_HOSTS.has(domain) || RESERVED_TLD.test(domain);
}

/** The registrable domains of item links that could be a company's own site (news and social hosts left out). */
export function companyDomainsFromLinks(links: ReadonlyArray<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const link of links) {
    const d = domainOf(link ?? null);
    if (d && !isNewsHost(d)) out.add(d);
  }
  return [...out];
}
