import { describe, it, expect } from 'vitest';
import { resolveCompany, compareCompanyNames } from '../../src/resolve/company.js';
import { companyDomainsFromLinks } from '../../src/resolve/domains.js';
import { account } from './helpers.js';

const northwind = account('Northwind Analytics', 'northwindanalytics.com');
const tidepool = account('Tidepool Logistics, Inc.', 'tidepool.io');
const acme = account('Acme', 'acme.com');
const acmeHealth = account('Acme Health', 'acmehealth.com');
const helix = account('Helix Data', 'helixdata.ai');
const kestrel = account('Kestrel Security', 'kestrelsecurity.com');
const accounts = [northwind, tidepool, acme, acmeHealth, helix, kestrel];

describe('companyDomainsFromLinks', () => {
  it('keeps a company site and ignores newswires, news sites, social and blogs', () => {
    expect(
      companyDomainsFromLinks([
        'https://www.prnewswire.com/news-releases/northwind-analytics-raises-28m-302.html',
        'https://techcrunch.com/2026/11/12/northwind/',
        'https://www.linkedin.com/posts/priya-raman_activity',
        'https://newsletter.substack.com/p/rounds',
        'https://medium.com/@someone/x',
        'https://www.globenewswire.com/x',
        'https://news.northwindanalytics.com/blog/series-b',
        'https://wire.example.com/feed/1',
        null,
      ]),
    ).toEqual(['northwindanalytics.com']);
  });
});

describe('compareCompanyNames', () => {
  it.each([
    ['Tide Pool', 'Tidepool', 0.9],
    ['Northwind Analytic', 'Northwind Analytics', 0.7],
    ['Acme', 'Acme Health', 0.5],
    ['Acme Inc.', 'Acme Health', 0.5],
    ['Kestrel Security', 'Kestrel Capital', null],
    ['Okta', 'Stripe', null],
  ])('%s vs %s → %s', (a, b, want) => expect(compareCompanyNames(a, b)?.confidence ?? null).toBe(want));
});

describe('resolveCompany', () => {
  const resolve = (name: string, links: string[] = []) => resolveCompany({ name, links }, accounts);

  it('links by normalised name', () => {
    const r = resolve('Northwind Analytics, Inc.');
    expect(r.link).toMatchObject({ account: northwind, method: 'key', confidence: 1 });
  });

  it("links by the company's own domain in an item link, ignoring newswires", () => {
    const r = resolve('Northwind', ['https://www.prnewswire.com/x', 'https://northwindanalytics.com/news/series-b']);
    expect(r.link).toMatchObject({ account: northwind, method: 'domain', confidence: 0.95 });
    const wireOnly = resolve('Northwind', ['https://www.prnewswire.com/x']);
    expect(wireOnly.link).toBeNull();
  });

  it('links a short name to the account whose domain it is', () => {
    expect(resolve('Tidepool').link).toMatchObject({ account: tidepool, method: 'domain' });
  });

  it('does not merge "Acme" into "Acme Health": exact key wins, the near name is only a candidate', () => {
    const r = resolve('Acme');
    expect(r.link!.account).toBe(acme);
    expect(r.candidates.map((c) => [c.account.name, c.confidence])).toEqual([['Acme Health', 0.5]]);
  });

  it('leaves a name contained in an account unlinked but listed', () => {
    const r = resolveCompany({ name: 'Acme' }, [acmeHealth]);
    expect(r.link).toBeNull();
    expect(r.candidates[0]).toMatchObject({ account: acmeHealth, method: 'name', confidence: 0.5 });
  });

  it('a typo is a candidate, not a merge', () => {
    const r = resolve('Kestrel Securty');
    expect(r.link).toBeNull();
    expect(r.candidates[0]).toMatchObject({ account: kestrel, confidence: 0.7 });
  });

  it("an item linking another account's site with a different name is a candidate, not a link", () => {
    const r = resolve('Snowflake', ['https://helixdata.ai/blog/joining-snowflake']);
    expect(r.link).toBeNull();
    expect(r.candidates[0]).toMatchObject({ account: helix, method: 'domain', confidence: 0.5 });
  });

  it('unknown companies resolve to nothing', () => {
    expect(resolve('Brightline Robotics')).toMatchObject({ key: 'brightlinerobotics', link: null, candidates: [] });
    expect(resolveCompany({ name: null }, accounts)).toEqual({ key: null, link: null, candidates: [] });
  });
});
