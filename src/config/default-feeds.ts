import type { FeedKind } from '../types.js';

// Public feeds that carry funding rounds and executive moves, for a rep starting out.
// `signals init` adds them; `signals feeds remove` drops any that do not suit.
export const DEFAULT_FEEDS: ReadonlyArray<{ url: string; name: string; kind: FeedKind }> = [
  { url: 'https://techcrunch.com/category/venture/feed/', name: 'TechCrunch Venture', kind: 'funding' },
  { url: 'https://news.crunchbase.com/feed/', name: 'Crunchbase News', kind: 'funding' },
  { url: 'https://www.finsmes.com/feed', name: 'FinSMEs', kind: 'funding' },
  { url: 'https://www.eu-startups.com/feed/', name: 'EU-Startups', kind: 'funding' },
  { url: 'https://tech.eu/feed/', name: 'Tech.eu', kind: 'funding' },
  { url: 'https://www.alleywatch.com/feed/', name: 'AlleyWatch', kind: 'funding' },
  { url: 'https://www.prnewswire.com/rss/news-releases-list.rss', name: 'PR Newswire', kind: 'news' },
  { url: 'https://www.globenewswire.com/RssFeed/subjectcode/17-Management%20Changes/feedTitle/GlobeNewswire%20-%20Management%20Changes', name: 'GlobeNewswire Management Changes', kind: 'jobs' },
  { url: 'https://venturebeat.com/feed/', name: 'VentureBeat', kind: 'news' },
];
