import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/extract/index.js';

// The item as the scanner hands it over: headline, HTML-stripped body, feed author.
const extract = (title: string, body = '', author: string | null = null) =>
  extractEvents({ title, summary: body, content: '', author, link: null, published: null, feedKind: null });

describe('non-events', () => {
  it.each([
    ['How to raise a seed round in 2026'],
    ['Will Acme raise again?'],
    ['Will Stripe buy a bank? Analysts weigh in'],
    ['The 10 biggest rounds this week'],
    ['Top 5 CMOs to watch'],
    ['Sequoia raises $950M for its new seed fund'],
    ['Founders Fund closes $4.6 billion growth fund'],
    ['Acme confirms $5M contract with the US Army'],
    ['Acme confirms partnership with Microsoft'],
    ['Point Nine closes €180M Fund VI'],
    ['Acme lays off 12% of staff'],
    ['Kestrel Security launches AI threat graph'],
    ['Acme raises prices by $5 a seat'],
    ['Acme raises full-year guidance'],
    ['Acme is in talks to raise $50M at a $1B valuation'],
    ['Acme in talks to acquire Beta Labs'],
    ['Why Acme raised $20M from the wrong investors'],
    ['Opinion: the $20M seed round is back'],
    ['Granite State Credit Union Raises $250,000 for Local Food Banks'],
    ['Helios Semiconductors Secures $120 Million Contract with U.S. Department of Energy'],
    ['Acme raises $1.2B in IPO'],
    ['Acme acquires 10,000 new customers in Q3'],
    ['Sterling Partners Acquires New Offices in Chicago'],
    ['Spotify acquires exclusive streaming rights to NFL podcasts'],
    ['Jane Doe joins Acme advisory board'],
    ['Acme appoints Jane Doe as Independent Director'],
    ['Acme named a Leader in the Gartner Magic Quadrant'],
    // From real feeds that are not about deals at all.
    ['★ In-App Purchase Scams in the App Store'],
    ['Elon Musk Bought 9.2% Of Twitter And Now Is On Its Board'],
    ['Left Navcam, acquired at 14:24:16.572 (local mean solar time)'],
    ['Brad buys a Wii U in preparation for the holidays'],
    ['We’ve completed the last round of the AdWords API Workshops'],
    ['Headphones: the Grado SR60e at $80 led by nothing but value'],
    ['Jane Doe named CEO of the Year by Business Insider'],
    ['Podcast: how Acme raised $20M'],
    ['Acme raises $20M | The Funding Podcast'],
    ['The SaaS Podcast #120: Acme raises $20M'],
    ['Acme names Jane Doe as brand ambassador'],
    ['Acme raises Series A? Not quite'],
    ['$4.6 billion fund for Founders Fund'],
    ['Acme raises prices at $3 billion valuation'],
    ['Acme in talks to raise at $5B valuation'],
  ])('%s', (title) => {
    expect(extract(title).filter((e) => e.type !== 'departure')).toEqual([]);
  });

  it('reports a departure as its own type, never as a job change', () => {
    const events = extract('Brightline CFO steps down');
    expect(events.map((e) => e.type)).toEqual(['departure']);
    expect(events[0]).toMatchObject({ company: 'Brightline', title: 'CFO', seniority: 'c_level', function: 'finance' });
  });

  it('does not take a guess in a blog aside for a deal', () => {
    expect(extract('Spotify Moves Infrastructure to Google Cloud Platform', 'You heard it here first: this presages Google acquiring Spotify.')).toEqual([]);
  });

  it('reads "Name, Company Title, Is Set to Leave" and ignores an appositive without a job', () => {
    expect(extract('Ann Sarnoff, Warner Bros. Chief, Is Set to Leave').map((e) => [e.type, e.person, e.company, e.title])).toEqual([['departure', 'Ann Sarnoff', 'Warner Bros', 'Chief']]);
    expect(extract('Fred Upton, House Republican Who Voted to Impeach Trump, Will Retire')).toEqual([]);
  });

  it('gives a leaver in an "as … exits" clause the headline\'s company, not the successor\'s name', () => {
    const events = extract('Vantara names Ines Moreau CEO as Paul Grant exits');
    expect(events.map((e) => [e.type, e.person, e.company])).toEqual([
      ['job_change', 'Ines Moreau', 'Vantara'],
      ['departure', 'Paul Grant', 'Vantara'],
    ]);
  });

  it.each([
    // No new role stated: the departure is the news.
    ['Voltcell CEO Dana Lee leaves to join Cobalt', '', 'Voltcell', 'Dana Lee', 'CEO'],
    ["Voltcell's data chief departs for Cobalt", '', 'Voltcell', null, 'data chief'],
    // Only the person and role in the sentence: the company is the item's own.
    ['Pinecrest Health Announces Departure of Chief Financial Officer', 'CFO Alan Marsh to step down at year-end; search underway.', 'Pinecrest Health', 'Alan Marsh', 'CFO'],
    ['Zephyr Aerospace Announces Leadership Transition in Engineering', 'Long-time VP of Engineering Carl Becker to retire in March.', 'Zephyr Aerospace', 'Carl Becker', 'VP of Engineering'],
  ])('reads the company a leaver leaves: %s', (title, body, company, person, role) => {
    expect(extract(title, body).filter((e) => e.type === 'departure')).toMatchObject([{ company, person, title: role }]);
  });

  it('gives no departure for a board seat, nor a company made of the clause around it', () => {
    expect(extract('Orion Health Names New Board Chair', 'Independent director Patricia Walsh succeeds Harold Kim, who retires from the board.').filter((e) => e.type === 'departure')).toEqual([]);
    expect(extract("Klarna's UK boss is Monzo's new CCO", 'Alex Whitmore will join Monzo as Chief Commercial Officer in February, leaving Klarna after six years.').filter((e) => e.type === 'departure')).toEqual([]);
  });

  it('reads a shared office ("co-CEO") as the office', () => {
    expect(extract('Vantara co-CEO Paul Grant to step down')).toMatchObject([{ type: 'departure', person: 'Paul Grant', company: 'Vantara', title: 'co-CEO', seniority: 'c_level' }]);
  });

  it("gives a leaver named after a successor's clause the headline's company", () => {
    const events = extract('Vantara appoints Ines Moreau as CEO, Paul Grant to retire');
    expect(events.map((e) => [e.type, e.person, e.company])).toEqual([
      ['job_change', 'Ines Moreau', 'Vantara'],
      ['departure', 'Paul Grant', 'Vantara'],
    ]);
  });

  it.each([
    // The object of the verb is the leaver.
    ['Harbor Coffee parts ways with CFO Nina Brandt', '', 'Harbor Coffee', 'Nina Brandt', 'CFO'],
    ['Quillon ousts CEO Peter Vance after board review', '', 'Quillon', 'Peter Vance', 'CEO'],
    ['Maple Grocers Announces Retirement of CFO Ruth Adler; Names Ian Cole Successor', '', 'Maple Grocers', 'Ruth Adler', 'CFO'],
    // A surname that spells like an office ("Cho", "Cao") is still a surname.
    ['Lumio CTO Min Cho has stepped down', '', 'Lumio', 'Min Cho', 'CTO'],
    // "has left the company", "will be leaving", "plans to retire": the person before the auxiliaries.
    ['Operations update', 'Our Chief Operating Officer, Tomas Weber, will be leaving Brightdesk at the end of June.', 'Brightdesk', 'Tomas Weber', 'Chief Operating Officer'],
  ])('reads the leaver after the verb or its auxiliaries: %s', (title, body, company, person, role) => {
    expect(extract(title, body).filter((e) => e.type === 'departure')).toMatchObject([{ company, person, title: role }]);
  });

  it("takes the leaver's name from the body when the headline names only the office", () => {
    expect(extract("Loomly's chief revenue officer exits", "Loomly's chief revenue officer, Dara Quinn, has left the company, a spokesperson said.").filter((e) => e.type === 'departure'))
      .toMatchObject([{ company: 'Loomly', person: 'Dara Quinn', title: 'chief revenue officer' }]);
    // "Fintech CEO resigns": an industry word stands in for the company the body names.
    expect(extract('Fintech CEO resigns after audit', 'Corvid Pay CEO Ella Marsh has stepped down, the company said in a filing.').filter((e) => e.type === 'departure'))
      .toMatchObject([{ company: 'Corvid Pay', person: 'Ella Marsh', title: 'CEO' }]);
    // A different office in the body is a different person's news.
    expect(extract("Loomly's chief revenue officer exits", 'Loomly CTO Sam Ortiz has left the company.').filter((e) => e.type === 'departure'))
      .toMatchObject([{ company: 'Loomly', person: null, title: 'chief revenue officer' }]);
  });

  it('reads a leaver who quits or moves on, and no place for the company', () => {
    expect(extract('Lazada Thailand CEO quits', 'Lazada confirmed that Thailand chief executive Somchai Wong has resigned.').filter((e) => e.type === 'departure'))
      .toMatchObject([{ company: 'Lazada' }]);
    expect(extract("Shopify's country manager moves on", 'Eric Lamb moves on from Shopify after four years.').filter((e) => e.type === 'departure'))
      .toMatchObject([{ company: 'Shopify', person: 'Eric Lamb' }]);
  });

  it('reads no departure from a noun "leaves", nor a country for the company', () => {
    expect(extract('Autumn recipes', 'The Forager’s Kitchen How to Infuse Oils Fallen leaves and chilly temperatures are here.').filter((e) => e.type === 'departure')).toEqual([]);
    expect(extract('Ukraine president gives speech at UN', 'Ukraine president leaves Kyiv for New York.').filter((e) => e.type === 'departure')).toEqual([]);
  });

  it.each([
    ['Ten years ago today, Google bought YouTube for $1.65 billion', ''],
    ['Ep. 88: How Figma raised its Series B with Dylan Field', 'Dylan Field on the early days.'],
    ['Smithsonian acquires original Apple I prototype', 'The museum acquired the prototype from a collector.'],
    ['President names Dana Cole as Commerce Secretary nominee', 'The White House said Cole will be nominated.'],
  ])('reads no event in a look-back, a podcast episode, a museum purchase or a cabinet pick: %s', (title, body) => {
    expect(extract(title, body)).toEqual([]);
  });

  it('still reads a round whose headline mentions an earlier one', () => {
    expect(extract('Acme, which raised $10M six months ago, raises $50M Series B').filter((e) => e.type === 'funding')).toMatchObject([{ company: 'Acme', round: 'series_b' }]);
  });

  it('reads no departure from a refusal to go', () => {
    expect(extract("Byju's founder says he will not step down").filter((e) => e.type === 'departure')).toEqual([]);
  });

  it('reads no departure from a denial', () => {
    expect(extract('Orbix denies report that its CFO is leaving', 'Orbix on Monday denied a report that chief financial officer Kate Lund plans to leave the company.').filter((e) => e.type === 'departure')).toEqual([]);
  });
});

describe('money, purchases and appointments that are not trigger events', () => {
  it.each([
    ['Corvell Foods extends $2B revolving credit facility to 2031', 'The amended agreement with nine banks lowers the commitment fee.'],
    ['Northway Rail raises $600 million through convertible notes to repay debt', 'Northway will use the proceeds to retire bonds due next year.'],
    ['Harbourview Gallery acquires rare Turner-era drawing at auction', 'The gallery paid £2.4 million for the drawing.'],
    ['City Museum acquires Bauhaus-era chair collection', ''],
    ['Governor-elect taps former aide as chief of staff', 'Mark Ellery, who served as deputy secretary, will lead the transition.'],
  ])('%s', (title, body) => {
    expect(extract(title, body)).toEqual([]);
  });

  it('still reads a startup\'s revolving credit facility as a debt round', () => {
    expect(extract('Parcelry secures $40M revolving credit facility from Horizon Bank')).toMatchObject([{ type: 'funding', company: 'Parcelry', round: 'debt' }]);
  });
});

describe('cumulative money told as background', () => {
  it('does not read "over the past couple of years, it raised" as a round', () => {
    expect(extract('Spokewise’s new ebikes are part of a masterplan', 'Over the past couple of years, it raised $182 million and has emerged as the most popular ebike brand.')).toEqual([]);
  });
});

describe('a headline naming no company', () => {
  it('does not take the word "Startup" for the company that raised', () => {
    expect(extract('Startup raises $5M to fix invoicing')).toEqual([]);
  });
});

describe('what was undone', () => {
  it('reads no trigger from a headline that says an investment or deal was cancelled or called off', () => {
    expect(extractEvents({ title: 'Govt cancels Tk 5cr fund for 10 Minute Academy', summary: '', content: 'Startup Bangladesh yesterday pulled back its proposed investment of Tk 5 crore in 10 Minute Academy.', author: null, link: null, published: null, feedKind: null })).toEqual([]);
    expect(extractEvents({ title: 'Acme calls off $2bn deal to buy Beta Labs', summary: '', content: '', author: null, link: null, published: null, feedKind: null })).toEqual([]);
  });
});
