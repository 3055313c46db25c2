import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/extract/index.js';
import { extractFromItem } from '../../src/scan/extract-items.js';

// The item as the scanner hands it over: headline, HTML-stripped body, feed author.
const extract = (title: string, body = '', author: string | null = null) =>
  extractEvents({ title, summary: body, content: '', author, link: null, published: null, feedKind: null });

const fundings = (title: string, body = '') => extract(title, body).filter((e) => e.type === 'funding');

describe('funding phrasings from deal wires and trade press', () => {
  it.each([
    // Finsmes: the lead as the subject of a bare "led", then "was joined by".
    ['Brightkeel, a Leeds-based maker of sensors, raised $9 million in Series A funding. Octopus Ventures led, and was joined by Seedcamp and Kima.', ['Octopus Ventures'], ['Octopus Ventures', 'Seedcamp', 'Kima']],
    ['Harrowgate, an Austin-based startup, raised $14m in Series A funding. Lux Capital led the round and was joined by Construct Capital and others.', ['Lux Capital'], ['Lux Capital', 'Construct Capital']],
    // An initial is not a sentence end; a described angel is the person; a head-count is no investor.
    ['Corvo raises $700M Series G led by Wellington Management, with participation from T. Rowe Price and Tiger Global.', ['Wellington Management'], ['Wellington Management', 'T. Rowe Price', 'Tiger Global']],
    ['Tracely raises $3.1M seed from Pioneer Fund and angels including Vercel CEO Guillermo Rauch.', [], ['Pioneer Fund', 'Guillermo Rauch']],
    ['Sunloft raises $2.4M from 3,000 retail investors on Republic', [], []],
    // The lender of a debt facility; an acronym beside its spelled-out name is one investor.
    ['Casaverde closes US$20M debt facility with Accial Capital', [], ['Accial Capital']],
  ])('%s', (title, leads, investors) => {
    expect(fundings(title)).toMatchObject([{ leadInvestors: leads, investors }]);
  });

  it('keeps one spelling of a grantor named by acronym and in full', () => {
    expect(fundings('Ionix wins €2.5M EIC Accelerator grant', 'Ionix has been awarded a €2.5 million grant from the European Innovation Council (EIC).'))
      .toMatchObject([{ round: 'grant', investors: ['European Innovation Council'] }]);
  });

  it.each([
    ['Thrive Capital leads $300 million bet on coding startup Bytecraft at $4 billion valuation', 'Bytecraft', 'unknown', 300_000_000, 'USD'],
    ['Stride Ventures extends Rs 50 crore venture debt to EV charging startup Voltcharge', 'Voltcharge', 'debt', 500_000_000, 'INR'],
    ['South African insurtech Covera raises R120 million in Series A', 'Covera', 'series_a', 120_000_000, 'ZAR'],
    ['Arbora™ Raises $18 Million Series A', 'Arbora', 'series_a', 18_000_000, 'USD'],
    // Money to a round still to come, and a running total, are not this round's.
    ['Flowlytics raises $5M bridge round ahead of Series B', 'Flowlytics', 'unknown', 5_000_000, 'USD'],
  ])('%s', (title, company, round, amount, currency) => {
    expect(fundings(title)).toMatchObject([{ company, round, amount, currency }]);
  });

  it('takes the new money of an extension, not the total it brings the round to', () => {
    expect(fundings('Alanique extends seed round to €6M', 'Alanique has raised a €2.5 million seed extension, bringing its total seed funding to €6 million.'))
      .toMatchObject([{ company: 'Alanique', round: 'seed', amount: 2_500_000, currency: 'EUR' }]);
  });

  it('reads no round for the subject that buys a stake, describes a backer, or raises for charity, nor for a crowd of startups', () => {
    expect(fundings('Elliott takes $2.5 billion stake in Phillips 66')).toEqual([]);
    expect(fundings('Thoma Bravo-backed Proofpoint to buy Hornetsecurity in $1 billion deal')).toEqual([]);
    expect(fundings('Stripe co-founder raises $2 million for children’s hospital', 'A 500-mile charity ride organised by John Collison has raised more than $2 million for Temple Street Hospital.')).toEqual([]);
    expect(fundings('Indian Startups Raised $220 Mn This Week')).toEqual([]);
  });

  it('does not call a round with named firms and some angels an angel round', () => {
    expect(fundings('Cadenza nabs $9M', 'Cadenza has raised $9 million in new funding from Menlo Ventures, Box Group and a handful of angels.')).toMatchObject([{ round: 'unknown' }]);
  });
});

describe('funding headlines', () => {
  it.each([
    ['Northwind Analytics raises $28M Series B led by Index Ventures', 'Northwind Analytics', 'series_b', 28_000_000, 'USD'],
    ['Berlin-based fintech Ferrum Pay raises £12M Series A', 'Ferrum Pay', 'series_a', 12_000_000, 'GBP'],
    ['AI startup Northwind Analytics has raised $28 million', 'Northwind Analytics', 'unknown', 28_000_000, 'USD'],
    ['Acme, the maker of smart locks, raises $20M', 'Acme', 'unknown', 20_000_000, 'USD'],
    ['Acme (YC W21) raises $4.5M seed round', 'Acme', 'seed', 4_500_000, 'USD'],
    ['Exclusive: Parcelwise bags $20M to take on freight audit', 'Parcelwise', 'unknown', 20_000_000, 'USD'],
    ['Orbital Freight Raises €4M Seed Round to Build Freight Software', 'Orbital Freight', 'seed', 4_000_000, 'EUR'],
    ['Sunfold closes €380.000 pre-seed round', 'Sunfold', 'pre_seed', 380_000, 'EUR'],
    ['Finbridge Technologies raises ₹120 crore in Series B round', 'Finbridge Technologies', 'series_b', 1_200_000_000, 'INR'],
    ['Hanabi AI raises $200 million Series C at a $2.4 billion valuation', 'Hanabi AI', 'series_c', 200_000_000, 'USD'],
    ['Strider came out of stealth with a $40M seed', 'Strider', 'seed', 40_000_000, 'USD'],
    ['Spendwise gets $100M credit line from Goldman Sachs', 'Spendwise', 'debt', 100_000_000, 'USD'],
    ['Sequoia leads $14M Series A in compliance startup Vantara', 'Vantara', 'series_a', 14_000_000, 'USD'],
    // The round rides on another verb: "… with $40M Series A".
    ["Kelpie becomes Europe's fastest-growing HR startup with $40M Series A", 'Kelpie', 'series_a', 40_000_000, 'USD'],
    ['Brightwave doubles valuation to $1.2B with $90M Series C', 'Brightwave', 'series_c', 90_000_000, 'USD'],
    // Money from a named backer; the backer's "Africa fund" is not a VC raising its own fund.
    ["Kenyan fintech Pesapoint gets $15m from Norrsken22's Africa fund", 'Pesapoint', 'unknown', 15_000_000, 'USD'],
    // A nationality in front of a one-word name is not part of it.
    ['Swedish Voltfrakt raises SEK 1.1bn to expand autonomous trucking', 'Voltfrakt', 'unknown', 1_100_000_000, 'SEK'],
    // A pre-IPO round is private money, not a listing.
    ['Chinese EV maker Qilun raises US$750mn in pre-IPO round', 'Qilun', 'unknown', 750_000_000, 'USD'],
    ['FERRUM PAY SECURES €12 MILLION SEED ROUND', 'Ferrum Pay', 'seed', 12_000_000, 'EUR'],
    ['Molto Series B: $40M led by Accel', 'Molto', 'series_b', 40_000_000, 'USD'],
    ["Quillo's $30M Series B will help it expand to the US", 'Quillo', 'series_b', 30_000_000, 'USD'],
    ['With $30M in new funding, Quillo plans to expand to Europe', 'Quillo', 'unknown', 30_000_000, 'USD'],
    ['Voltcell draws $40 million from Breakthrough Energy Ventures', 'Voltcell', 'unknown', 40_000_000, 'USD'],
    ['Voltcell fetches $25M in Series A', 'Voltcell', 'series_a', 25_000_000, 'USD'],
    ['Voltcell gets $10M boost from Khosla', 'Voltcell', 'unknown', 10_000_000, 'USD'],
    ['Voltcell, a battery startup, in $30 million funding round led by Temasek', 'Voltcell', 'unknown', 30_000_000, 'USD'],
    ['Investors pour $100 million into battery startup Voltcell', 'Voltcell', 'unknown', 100_000_000, 'USD'],
    ['Voltcell raises $20M from Founders Fund', 'Voltcell', 'unknown', 20_000_000, 'USD'],
    ['Voltcell valued at $2 billion after new $150 million raise led by Founders Fund', 'Voltcell', 'unknown', 150_000_000, 'USD'],
    ['Voltcell confirms $60 million Series C financing', 'Voltcell', 'series_c', 60_000_000, 'USD'],
    ['SoftBank-backed Voltcell raises $1bn debt', 'Voltcell', 'debt', 1_000_000_000, 'USD'],
    // A round whose size is not given: the valuation is never the amount.
    ['AI startup Perplexity valued at $9 billion in latest funding round', 'Perplexity', 'unknown', null, null],
    ['Exclusive: Voltcell valued at $32 billion in new $500 million funding round', 'Voltcell', 'unknown', 500_000_000, 'USD'],
    // The money opens the headline.
    ['$100M Series B for Voltcell, the battery startup', 'Voltcell', 'series_b', 100_000_000, 'USD'],
    ["$5M seed round for Berlin's Qonto rival Voltcell", 'Voltcell', 'seed', 5_000_000, 'USD'],
    ['€20 million investment in Voltcell', 'Voltcell', 'unknown', 20_000_000, 'EUR'],
    // A round whose size is not given.
    ['Voltcell raises at $3.1B valuation', 'Voltcell', 'unknown', null, null],
    ['Voltcell raises new funding at a $3 billion valuation', 'Voltcell', 'unknown', null, null],
    // Investor first, with a decimal amount.
    ['Cobalt invests $14.3B in Voltcell', 'Voltcell', 'unknown', 14_300_000_000, 'USD'],
    ['Voltcell secures $500 million CAD in new funding', 'Voltcell', 'unknown', 500_000_000, 'CAD'],
    // The valuation is the news, the round rides on "after": the amount is the round, never the valuation.
    ["Voltcell's valuation soars to $5B after $300M raise", 'Voltcell', 'unknown', 300_000_000, 'USD'],
    ['Voltcell becomes a unicorn after raising $80M', 'Voltcell', 'unknown', 80_000_000, 'USD'],
    ['Voltcell valued at $3bn after raising £200m', 'Voltcell', 'unknown', 200_000_000, 'GBP'],
    ['Voltcell, now valued at $2B, raises $100M', 'Voltcell', 'unknown', 100_000_000, 'USD'],
  ])('%s', (title, company, round, amount, currency) => {
    const [e, ...rest] = extract(title).filter((x) => x.type === 'funding');
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ company, round, amount, currency });
  });

  it('reads a newsletter list where a bare letter after the amount is the series', () => {
    const events = extract('Weekly Wrap', 'Rounds: Marlo ($26M B), Tessel ($12.5M A, Point Nine), Juno Bio ($18M A), Kerrow ($6M seed).');
    expect(events.map((e) => [e.company, e.round, e.amount])).toEqual([
      ['Marlo', 'series_b', 26_000_000],
      ['Tessel', 'series_a', 12_500_000],
      ['Juno Bio', 'series_a', 18_000_000],
      ['Kerrow', 'seed', 6_000_000],
    ]);
    expect(events[1]!.investors).toEqual(['Point Nine']);
  });

  it('finds the company in the body when the headline only describes it; a founding year is not background', () => {
    const [e, ...rest] = extract('Compliance startup founded by ex-Google engineers raises $20M', 'Vantara, founded in 2023 by former Google engineers, has raised $20 million in a Series A round led by Accel.');
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ company: 'Vantara', round: 'series_a', amount: 20_000_000, leadInvestors: ['Accel'] });
  });

  it.each([
    ["Pennylane lève 75 millions d'euros, une levée menée par Sequoia Capital", 'Pennylane', 'unknown', 75_000_000, 'EUR', ['Sequoia Capital']],
    ['Flink sammelt 150 Millionen Dollar ein, angeführt von DoorDash', 'Flink', 'unknown', 150_000_000, 'USD', ['DoorDash']],
    ['Clara levanta US$ 80 millones en una ronda Serie B liderada por Coatue', 'Clara', 'series_b', 80_000_000, 'USD', ['Coatue']],
    ['Cloudwalk capta R$ 300 milhões com investidores', 'Cloudwalk', 'unknown', 300_000_000, 'BRL', []],
  ])('reads a French, German, Spanish or Portuguese wire headline: %s', (title, company, round, amount, currency, leads) => {
    expect(extract(title)).toMatchObject([{ type: 'funding', company, round, amount, currency, leadInvestors: leads }]);
  });

  it.each(['Le PDG lève le voile sur la nouvelle stratégie', 'Die Bank sammelt Spenden für Flutopfer ein', 'El gobierno recauda 500 millones de euros en impuestos'])(
    'does not read other senses of those verbs as a round: %s',
    (title) => {
      expect(extract(title)).toEqual([]);
    },
  );

  it.each([' | TechCrunch', ' - Business Wire', ' – Sifted'])('keeps a news aggregator\'s publisher suffix out of the investors (%s)', (suffix) => {
    expect(extract(`Voltcell raises $300M Series E led by Coatue and Kleiner Perkins${suffix}`)).toMatchObject([{ company: 'Voltcell', leadInvestors: ['Coatue', 'Kleiner Perkins'] }]);
  });

  it('does not take the product a headline describes the company by for the company', () => {
    const [e, ...rest] = extract('The startup behind Quillbot just raised another $13 billion', 'Vantara said on Tuesday it raised $13 billion in a Series F round led by Iconiq.');
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ company: 'Vantara', round: 'series_f', amount: 13_000_000_000, leadInvestors: ['Iconiq'] });
    expect(extract('Maker of Quillbot raises $40 billion', 'Vantara said Monday that it has raised $40 billion led by SoftBank.')).toMatchObject([{ company: 'Vantara', leadInvestors: ['SoftBank'] }]);
  });

  it('reads the body of a round whose sentence also gives a running total or the new valuation', () => {
    const [e] = extract(
      'Quillo Secures Growth Investment',
      "LONDON, Jan. 10, 2026 (GLOBE NEWSWIRE) -- Quillo, the Decision Intelligence company, has secured $175 million in Series F funding led by Teachers' Venture Growth (TVG), bringing its valuation to $2.6 billion.",
    );
    expect(e).toMatchObject({ company: 'Quillo', round: 'series_f', amount: 175_000_000, leadInvestors: ["Teachers' Venture Growth"] });
    const [t] = extract('Quillo raises $20M', 'Quillo has raised $20 million in a Series B round led by Accel, bringing its total funding to $55 million.');
    expect(t).toMatchObject({ round: 'series_b', amount: 20_000_000, leadInvestors: ['Accel'] });
  });

  it('takes a qualifier the body adds to the headline\'s round ("The extension was led by QED")', () => {
    expect(extract('Insurtech Voltcell adds $10 million to its Series A', 'The extension was led by QED Investors, bringing the Series A to $30 million.')).toMatchObject([
      { company: 'Voltcell', round: 'series_a', roundQualifier: 'extension', amount: 10_000_000, leadInvestors: ['QED Investors'] },
    ]);
  });

  it('reads the lead from the news half of a sentence whose other half is background', () => {
    const [e] = extract('Voltcell announces $15M Series A to make data pipelines self-healing', 'Battery Ventures led; Voltcell previously raised a $4M seed from Boldstart.');
    expect(e).toMatchObject({ company: 'Voltcell', round: 'series_a', amount: 15_000_000, leadInvestors: ['Battery Ventures'], investors: ['Battery Ventures'] });
  });

  it('reads "X said Tuesday it had raised …" as news, not background', () => {
    const [e] = extract('Portkey raises $15 million', 'Portkey, an AI gateway startup, said Tuesday it had raised $15 million in Series A funding led by Elevation Capital.');
    expect(e).toMatchObject({ company: 'Portkey', round: 'series_a', amount: 15_000_000, leadInvestors: ['Elevation Capital'] });
    // Still background without the reporting verb.
    const [b] = extract('Portkey launches gateway', 'Portkey had raised $15 million in Series A funding led by Elevation Capital.');
    expect(b).toBeUndefined();
  });

  it('reads "X today announced it has raised …" as one clause with X as the subject', () => {
    const events = extract('Funding news', 'Quillo, a provider of payroll software, today announced it has raised $12 million in Series A funding led by Accel, with participation from Seedcamp.');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ company: 'Quillo', round: 'series_a', amount: 12_000_000, leadInvestors: ['Accel'], investors: ['Accel', 'Seedcamp'] });
  });

  it('takes a lower-case investor brand as a lead ("led by a16z")', () => {
    const [e] = extract('Molarly Raises $25M Led by a16z to Build AI for Dentists');
    expect(e).toMatchObject({ company: 'Molarly', amount: 25_000_000, leadInvestors: ['a16z'] });
  });

  it('reads the round, lead and participants from a newswire body under an all-caps headline', () => {
    const events = extract(
      'NORTHWIND ANALYTICS SECURES $28 MILLION SERIES B FUNDING TO EXPAND REVENUE INTELLIGENCE',
      'SAN FRANCISCO, Nov. 12, 2026 /PRNewswire/ -- Northwind Analytics, the leader in revenue analytics, today announced it has raised $28 million in Series B funding led by Index Ventures, with participation from Amplify Partners. The round brings total funding to $41 million.',
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'funding', company: 'Northwind Analytics', round: 'series_b', amount: 28_000_000, currency: 'USD', amountUsd: 28_000_000,
      leadInvestors: ['Index Ventures'], investors: ['Index Ventures', 'Amplify Partners'],
    });
    expect(events[0]!.confidence).toBeGreaterThan(0.8);
  });

  it('reads every company in a newsletter blurb', () => {
    const events = extract(
      'Fintech Friday #212',
      'This week in fintech money: Moneta ($7.5M seed, Pioneer Fund), Covera (£18m Series B, Octopus Ventures), Brimstone ($65M Series C, General Catalyst).',
    );
    expect(events.map((e) => [e.company, e.round, e.amount, e.currency, e.investors])).toEqual([
      ['Moneta', 'seed', 7_500_000, 'USD', ['Pioneer Fund']],
      ['Covera', 'series_b', 18_000_000, 'GBP', ['Octopus Ventures']],
      ['Brimstone', 'series_c', 65_000_000, 'USD', ['General Catalyst']],
    ]);
  });

  it('attributes investors to the right company when one sentence names two rounds', () => {
    const events = extract('Deals', 'Kintsugi Learning raised a $15M Series A led by Reach Capital. Socrat took $50M from Greenoaks and Index.');
    expect(events.map((e) => [e.company, e.leadInvestors, e.investors])).toEqual([
      ['Kintsugi Learning', ['Reach Capital'], ['Reach Capital']],
      ['Socrat', [], ['Greenoaks', 'Index']],
    ]);
  });

  it('keeps a founder post about their own round', () => {
    const [e] = extract('We raised $32M 🚀', "I'm so proud to share that Corvid Labs has raised a $32M Series B led by Bessemer Venture Partners.", 'Amara Okonkwo');
    expect(e).toMatchObject({ type: 'funding', company: 'Corvid Labs', round: 'series_b', leadInvestors: ['Bessemer Venture Partners'] });
  });

  it('lowers confidence for second-hand reports', () => {
    const [e] = extract('Acme has reportedly raised $20M Series A');
    expect(e!.confidence).toBeLessThan(0.7);
    const [r] = extract('Report: Acme has raised $50M from Tiger Global');
    expect(r!.confidence).toBeLessThan(0.7);
  });
});

describe('aggregator and company-blog items', () => {
  it('drops the outlet an aggregator appends to the headline and repeats in the description', () => {
    expect(fundings('Vireo raises €60 million in funding round led by General Catalyst | Reuters', 'Vireo raises €60 million in funding round led by General Catalyst  Reuters'))
      .toMatchObject([{ company: 'Vireo', leadInvestors: ['General Catalyst'], investors: ['General Catalyst'] }]);
    expect(extract('Glean appoints ex-Google Cloud exec Priya Raman as CMO – Business Insider').filter((e) => e.type === 'job_change'))
      .toMatchObject([{ person: 'Priya Raman', title: 'CMO' }]);
    // A title's own dash after a role word stays: "VP - Supply Chain".
    expect(extract('Acme Logistics names Jane Doe VP - Supply Chain').filter((e) => e.type === 'job_change')).toMatchObject([{ title: 'VP - Supply Chain' }]);
  });

  it('keeps initials inside an investor name and drops the parent named in an appositive', () => {
    expect(fundings('Loopline raises $35M Series B', 'Loopline raised $35 million in Series B funding led by Index Ventures, with J.P. Morgan participating.'))
      .toMatchObject([{ investors: ['Index Ventures', 'J.P. Morgan'] }]);
    expect(fundings('Strategic investment from NVIDIA', 'Twelve Labs has received a $30 million strategic investment from NVentures, NVIDIA’s venture capital arm.'))
      .toMatchObject([{ company: 'Twelve Labs', investors: ['NVentures'] }]);
  });

  it('does not take a deal announced "alongside the round" for an investor', () => {
    expect(fundings('Orbital Ops raises $45M Series C', 'Orbital Ops has raised $45 million in Series C funding led by Insight Partners. Alongside the round, Orbital Ops acquired Crewmate.'))
      .toMatchObject([{ investors: ['Insight Partners'] }]);
  });

  it('reads a company post that opens with "Today X is announcing"', () => {
    expect(fundings('Two announcements', 'Today Cobalt Labs is announcing a $12M seed round led by Greylock.')).toMatchObject([{ company: 'Cobalt Labs', round: 'seed', leadInvestors: ['Greylock'] }]);
  });
});

describe('funding wires from Asia, the Middle East, Africa and Latin America', () => {
  it.each([
    ['Jakarta agri-fintech Panenku mops up $12m in Series A led by Openspace', 'Panenku', 'series_a', 12_000_000, 'USD', ['Openspace']],
    ['Tel Aviv agtech Rootly raises NIS 15 million in seed round', 'Rootly', 'seed', 15_000_000, 'ILS', []],
    ['Bangkok logistics app Rotdee nets 150 million baht from SCB 10X', 'Rotdee', 'unknown', 150_000_000, 'THB', []],
    ['Rabat retail platform Souqly lands MAD 20 million from Azur Innovation Fund', 'Souqly', 'unknown', 20_000_000, 'MAD', []],
    ['Chengdu biotech Kangyu Bio completes angel round of nearly 10 million yuan', 'Kangyu Bio', 'angel', 10_000_000, 'CNY', []],
    ['Deal of the day: Taipei proptech Homely’s $8M seed', 'Homely', 'seed', 8_000_000, 'USD', []],
  ])('%s', (title, company, round, amount, currency, leads) => {
    expect(fundings(title)).toMatchObject([{ company, round, amount, currency, leadInvestors: leads }]);
  });

  it('reads a round of untold size in the hundreds of millions', () => {
    expect(fundings('Wuhan charging startup Dianlai secures hundreds of millions of yuan in Series B', 'HongShan led the round, and Shunwei Capital participated.'))
      .toMatchObject([{ company: 'Dianlai', round: 'series_b', amount: null, leadInvestors: ['HongShan'], investors: ['HongShan', 'Shunwei Capital'] }]);
  });

  it('reads backers named before the company, a lender in its own sentence and a listed company\'s placement', () => {
    expect(fundings('In a round co-led by Accel and Lightspeed, Harbor raises $30M Series B')).toMatchObject([{ company: 'Harbor', leadInvestors: ['Accel', 'Lightspeed'] }]);
    expect(fundings('Backed by Khosla Ventures, Ferrox closes $18.5 million Series A')).toMatchObject([{ company: 'Ferrox', investors: ['Khosla Ventures'] }]);
    expect(fundings('Lagos logistics startup Haulr bags ₦1.5 billion in debt financing', 'The facility was provided by Sterling Bank.')).toMatchObject([{ round: 'debt', investors: ['Sterling Bank'] }]);
    expect(fundings('Nasdaq-listed Arvexa Therapeutics raises $75 million in private placement')).toMatchObject([{ round: 'post_ipo' }]);
    expect(fundings('Coverly completes $40 million financing round', 'The round was led by Viola Growth and included existing investors Pitango and Team8.'))
      .toMatchObject([{ leadInvestors: ['Viola Growth'], investors: ['Viola Growth', 'Pitango', 'Team8'] }]);
  });

  it('reads no round for a university, a city, a quoted film or a refinancing', () => {
    expect(fundings('University of Leeds receives $15 million grant to study batteries')).toEqual([]);
    expect(fundings('City of Austin awarded $25 million federal grant for transit')).toEqual([]);
    expect(fundings("Indie film 'The Hollow Pines' raises $300,000 on Kickstarter")).toEqual([]);
    expect(fundings('Halvorsen Group raises $500M term loan to refinance existing debt')).toEqual([]);
  });
});

describe('funding news as feeds send it, in HTML', () => {
  const fromHtml = (title: string, html: string) =>
    extractFromItem({ title, summary: null, content: html, author: null, link: null, published: null }, null).filter((e) => e.type === 'funding');

  it('reads investors listed in a bulleted list and a lead marked "(lead)"', () => {
    expect(fromHtml('Brightpath raises €12 million Series A', '<p><a href="#">Brightpath</a>, a Berlin-based startup, has raised €12 million in a Series A round led by Point Nine.</p><p>Existing investors also joined the round:</p><ul><li><a href="#">Cherry Ventures</a></li><li>Visionaries Club</li></ul><p>Founded in 2021, Brightpath audits invoices.</p>'))
      .toMatchObject([{ company: 'Brightpath', leadInvestors: ['Point Nine'], investors: ['Point Nine', 'Cherry Ventures', 'Visionaries Club'] }]);
    expect(fromHtml('Northvale closes $11M Series A', '<p><strong>Northvale</strong> has closed an $11 million Series A.</p><p>Investors in the round:</p><ul><li>Sequoia Capital (lead)</li><li>Abstract Ventures</li></ul>'))
      .toMatchObject([{ leadInvestors: ['Sequoia Capital'], investors: ['Sequoia Capital', 'Abstract Ventures'] }]);
  });

  it('keeps an image caption out of the company name and reads no round from the "About" boilerplate', () => {
    expect(fromHtml('Tessellate raises $40M Series B', '<figure><figcaption>Image Credits: Tessellate</figcaption></figure><p><a href="#">Tessellate</a>, a startup building AI agents, has raised $40 million in a Series B round led by <a href="#">Accel</a>, with participation from Index Ventures.</p>'))
      .toMatchObject([{ company: 'Tessellate', investors: ['Accel', 'Index Ventures'] }]);
    expect(extractFromItem({ title: 'Corvalis Completes Acquisition of Brightline Analytics', summary: null, content: '<p>Corvalis today announced it has completed its acquisition of Brightline Analytics for approximately $180 million in cash, subject to customary adjustments and closing conditions.</p><p><b>About Brightline Analytics</b></p><p>Founded in 2016, Brightline raised $42 million from investors including Bessemer Venture Partners.</p>', author: null, link: null, published: null }, null).map((e) => e.type))
      .toEqual(['acquisition']);
  });
});

describe('title-case funding headlines', () => {
  it.each([
    ['Bengaluru-Based Khetify Bags Series A Funding From Accel', 'Khetify', 'series_a', ['Accel']],
    ['Kinetica Labs Raises $30M From Andreessen Horowitz, General Catalyst', 'Kinetica Labs', 'unknown', ['Andreessen Horowitz', 'General Catalyst']],
    ['Accel, Lightspeed Back Mumbai-Based Fyntra in $7M Series A', 'Fyntra', 'series_a', ['Accel', 'Lightspeed']],
    ['Veranth Awarded €2.5M Grant From the European Innovation Council', 'Veranth', 'grant', ['European Innovation Council']],
  ])('%s', (title, company, round, investors) => {
    expect(fundings(title)).toMatchObject([{ company, round, investors }]);
  });

  it('reads a listed company\'s post-IPO placement', () => {
    expect(fundings('Nasdaq-listed Quantara Bio raises $40M in post-IPO private placement')).toMatchObject([{ company: 'Quantara Bio', round: 'post_ipo' }]);
  });
});

describe('held-out phrasings', () => {
  it('reads participants named after the speaker, "also took part", "also invested", "which also drew" and "Also in the round:"', () => {
    expect(fundings('Lumo Raises $200M Series A Led By Accel', 'The Stockholm-based startup said 20VC, Creandum and Visionaries Club also took part.'))
      .toMatchObject([{ leadInvestors: ['Accel'], investors: ['Accel', '20VC', 'Creandum', 'Visionaries Club'] }]);
    expect(fundings('Toronto\u2019s Ledgerfox closes C$18-million Series A led by Inovia', 'BDC Capital and Golden Ventures also invested.'))
      .toMatchObject([{ company: 'Ledgerfox', investors: ['Inovia', 'BDC Capital', 'Golden Ventures'] }]);
    expect(fundings('Rampline hits $22.5 billion valuation with fresh $500 million raise', 'ICONIQ led the round, which also drew Founders Fund and Thrive Capital.'))
      .toMatchObject([{ company: 'Rampline', amount: 500_000_000, leadInvestors: ['ICONIQ'], investors: ['ICONIQ', 'Founders Fund', 'Thrive Capital'] }]);
    expect(fundings('Seed of the day: Palisade Health ($4.2M, led by Afore Capital)', 'Palisade automates prior authorizations. Also in the round: Precursor Ventures and Liquid 2.'))
      .toMatchObject([{ investors: ['Afore Capital', 'Precursor Ventures', 'Liquid 2'] }]);
  });

  it('reads a note "to fund" a plant, and no round for seed samples or a state', () => {
    expect(fundings('Ferrous Labs closes $3.2M convertible note to fund pilot plant')).toMatchObject([{ round: 'convertible_note', amount: 3_200_000 }]);
    expect(fundings('Svalbard Global Seed Vault receives 30,000 new seed samples')).toEqual([]);
    expect(fundings('Amazon to invest $10 billion in North Carolina data centers')).toEqual([]);
  });
});

describe('full press releases', () => {
  const release = (paras: string[]) => paras.join('\n\n');

  it('reads the rest of the round where the release names it, after the quotes', () => {
    const body = release([
      'DENVER, Nov. 4, 2026 /PRNewswire/ -- Tamsin Labs, the fraud analytics company for credit unions, today announced $40 million in Series B funding led by Harrow Peak Capital.',
      'Credit unions lose billions to account takeover every year. Tamsin Labs scores every login and payment in real time and blocks the riskiest before money moves.',
      '"Fraud teams are outnumbered," said Ines Varga, co-founder and CEO of Tamsin Labs. "This round lets us reach every credit union in the country."',
      'The company has doubled its customer count in the past year and now serves more than 300 institutions.',
      '"Tamsin Labs has the best detection rates we have tested," said Colm Reddy, Partner at Harrow Peak Capital.',
      'Bellwether Ventures and Orrin Capital joined the round as new investors, alongside existing investors Fenwick Seed and Lowland Partners.',
      'About Tamsin Labs',
      'Founded in 2020, Tamsin Labs is backed by Quayside Angels and builds fraud prevention software for credit unions.',
    ]);
    const [e] = fundings('Tamsin Labs Raises $40 Million Series B to Stop Account Takeover', body);
    expect(e).toMatchObject({ company: 'Tamsin Labs', round: 'series_b', leadInvestors: ['Harrow Peak Capital'] });
    expect([...e!.investors].sort()).toEqual(['Bellwether Ventures', 'Fenwick Seed', 'Harrow Peak Capital', 'Lowland Partners', 'Orrin Capital']);
  });

  it('does not take the company\'s earlier backers, a quote\'s speaker or the outlet for participants', () => {
    const body = release([
      'Ostra Grid, a Lisbon-based grid software company, has raised a €9m Series A led by Atlantico Ventures, Sifted can reveal.',
      'The company previously raised a €2m seed round led by Faial Capital.',
      '"We are thrilled to back this team," said Rui Lobo, partner at Atlantico Ventures.',
    ]);
    const [e] = fundings('Ostra Grid raises €9m Series A', body);
    expect(e!.investors).toEqual(['Atlantico Ventures']);
  });

  it('reads "led the round, which also included …"', () => {
    const [e] = fundings('Vardo Heat raises €12 million Series A', 'Vardo Heat today announced a €12 million Series A financing round. Polder Ventures led the round, which also included new investors Rijn Climate Fund and Maas Capital as well as the company\'s seed investor, Delta Angels.');
    expect(e).toMatchObject({ leadInvestors: ['Polder Ventures'] });
    expect([...e!.investors].sort()).toEqual(['Delta Angels', 'Maas Capital', 'Polder Ventures', 'Rijn Climate Fund']);
  });

  it('reads a backer named beside the existing ones, with a particle in a name', () => {
    const [e] = fundings('Halden Bio closes $60M Series B', 'Halden Bio has closed a $60 million Series B led by Osprey Life Sciences. New investor Kettle Capital joined existing backer Larchmont Bio Partners in the round, with participation from angels including former Roche exec Anke van der Linden.');
    expect([...e!.investors].sort()).toEqual(['Anke van der Linden', 'Kettle Capital', 'Larchmont Bio Partners', 'Osprey Life Sciences']);
  });
});

describe('lower-case brands', () => {
  it.each([
    ['tandem, a budgeting app for couples, raises $4M seed', 'tandem'],
    ['quill.ai, the contract review tool, raises $11M Series A', 'quill.ai'],
  ])('%s', (title, company) => {
    expect(fundings(title)).toMatchObject([{ company }]);
  });

  it('does not take a sentence adverb for a brand', () => {
    expect(fundings('meanwhile, the startup, raises $4M seed').map((e) => e.company)).not.toContain('meanwhile');
  });
});

describe('newsletters and round-ups, as feeds send them in HTML', () => {
  const item = (title: string, html: string) => extractFromItem({ title, summary: null, content: html, author: null, link: null, published: null }, null);

  it('reads every deal of a long round-up, past the first few sentences', () => {
    const intro = '<p>Good morning. Payroll software used to be the boring corner of fintech, and investors tell me pricing has crept back toward 2021 levels. Here is what moved this week.</p><p><strong>Venture Capital Deals</strong></p>';
    const deals = [
      ['Tamber Pay', 'Denver', '$41 million in Series B funding. Redfern Capital led, and was joined by Kindle Ventures.'],
      ['Corvel', 'Boston', '$18.5 million in Series A funding led by Piverton Capital.'],
      ['Huckle Health', 'Nashville', '$9 million in seed funding. Oakline HC led.'],
      ['Lumenfold', 'San Francisco', '$6 million. Investors include Abstraction Ventures and Essen VC.'],
      ['Quarrystone', 'Austin', '$12 million in Series A funding led by Granite Peak.'],
      ['Driftwood AI', 'Seattle', '$30 million in Series B funding led by Northgate Ventures.'],
    ].map(([n, c, t]) => `<p>&bull; <strong>${n}</strong>, a ${c}-based startup, raised ${t}</p>`).join('');
    const found = item('Axios Pro Rata: Payroll\'s quiet boom', intro + deals + '<p><strong>Fundraising</strong></p><p>&bull; <strong>Westlight Ventures</strong>, a Chicago-based seed firm, closed its third fund at $210 million.</p>');
    expect(found.filter((e) => e.type === 'funding').map((e) => e.company)).toEqual(['Tamber Pay', 'Corvel', 'Huckle Health', 'Lumenfold', 'Quarrystone', 'Driftwood AI']);
  });

  it('reads "<li>Name (City) — €30M Series B. Lead: X" and "Name, City — €24m" lists, not just the deal the headline names', () => {
    const html = '<p>Here&rsquo;s the latest round-up of funding news from across Europe.</p><ul>' +
      '<li><strong>Voltmark</strong> (Munich) &mdash; &euro;30M Series B. Lead: Brennhof Capital.</li>' +
      '<li><strong>Fjordmed</strong> (Oslo) &mdash; NOK 85M seed. Lead: Skagen Ventures.</li>' +
      '<li><strong>Paysolo</strong>, Lisbon &mdash; &euro;7.5M Series A led by Tagus Capital.</li></ul>';
    const found = item("Funding roundup: Munich's Voltmark raises €30M and more", html);
    expect(found.map((e) => [e.company, e.round])).toEqual([['Voltmark', 'series_b'], ['Fjordmed', 'seed'], ['Paysolo', 'series_a']]);
  });

  it('reads the deals under a newsletter headline that is a question or an essay', () => {
    const html = '<p>Hello and welcome to Deals of the week.</p><p><strong>Kassel Pay</strong>, Berlin &mdash; &euro;24m Series B led by Spree Capital.</p><p><strong>Ledgerhaus</strong>, Amsterdam &mdash; &euro;21m Series A led by Grachten Ventures.</p>';
    expect(item('Deals of the week: Is fintech back?', html).map((e) => e.company)).toEqual(['Kassel Pay', 'Ledgerhaus']);
    expect(extract('Is fintech back?', 'Founders we spoke to insist the bar for a Series B is still brutally high.')).toEqual([]);
  });
});

describe('round-up and founder-post phrasings', () => {
  it.each([
    ['Biggest rounds this week', 'El Segundo, California-based Ravenwing Systems, which builds patrol drones, raised a $140 million Series C led by Halberd Capital.', 'Ravenwing Systems', ['Halberd Capital']],
    ['Orrery raises $90 million Series C', 'Orrery’s $90M round led by Kestrel Growth, with Talon Ridge Partners.', 'Orrery', ['Kestrel Growth', 'Talon Ridge Partners']],
    ['Big news: Cindral just raised our $8M Series A', 'Cindral just raised our $8M Series A led by Ironleaf Capital! Huge thanks to Stonebrook Ventures for doubling down, and to every customer who bet on us.', 'Cindral', ['Ironleaf Capital', 'Stonebrook Ventures']],
  ])('%s', (title, body, company, investors) => {
    const [e] = fundings(title, body);
    expect(e!.company).toBe(company);
    expect([...e!.investors].sort()).toEqual([...investors].sort());
  });

  it('takes no place for an investor ("plus deals from Sweden and Finland")', () => {
    const [e] = fundings("Funding roundup: Leith's Brackenmoor bags £9.5M, plus deals from Sweden, Switzerland and Finland");
    expect(e!.investors).toEqual([]);
  });
});

describe('a founder announcing the round as "we"', () => {
  it('takes the company from what "we" build', () => {
    expect(fundings('We raised €2.5M pre-seed to build Gridwise', '🎉 We raised €2.5M pre-seed to build Gridwise! The round was led by Amstel Seed.')).toMatchObject([{ company: 'Gridwise', round: 'pre_seed', leadInvestors: ['Amstel Seed'] }]);
  });
});

describe('more round-up formats', () => {
  const item = (title: string, html: string) => extractFromItem({ title, summary: null, content: html, author: null, link: null, published: null }, null);

  it('reads table rows "Name | City | amount round | Lead: X, with Y"', () => {
    const found = item('Deals this week', '<p>Tundrix | Stockholm | SEK 250m Series B | Lead: Malar Capital.</p><p>Bouquette | Paris | €3m seed | Lead: Montsouris Seed, with Pigalle Ventures.</p>');
    expect(found.map((e) => [e.company, e.round, e.leadInvestors, e.investors])).toEqual([
      ['Tundrix', 'series_b', ['Malar Capital'], ['Malar Capital']],
      ['Bouquette', 'seed', ['Montsouris Seed'], ['Montsouris Seed', 'Pigalle Ventures']],
    ]);
  });

  it('takes "DKK 180m (~€24m)" as one amount', () => {
    const [e] = item('Deals of the week', '<p><strong>Thermion</strong>, Copenhagen &mdash; DKK 180m (~&euro;24m) Series B led by Oresund Impact.</p>');
    expect(e).toMatchObject({ company: 'Thermion', round: 'series_b', amount: 180_000_000, currency: 'DKK' });
  });

  it('reads an exit or a hire far down a round-up whose opening names only rounds', () => {
    const rounds = Array.from({ length: 6 }, (_, i) => `<p>&bull; <strong>Startup${String.fromCharCode(65 + i)}ly</strong>, a Denver-based software company, raised $${10 + i} million in Series A funding led by Granite Peak.</p>`).join('');
    const found = item('Axios Pro Rata: Payroll\'s quiet boom', `<p>Good morning. Payroll software used to be the boring corner of fintech.</p>${rounds}<p><strong>Private Equity Deals</strong></p><p>&bull; <strong>Brightwell Capital Partners</strong> agreed to acquire <strong>Sentara Labs</strong>, a Raleigh-based clinical lab, for around $420 million.</p>`);
    expect(found.filter((e) => e.type === 'acquisition')).toMatchObject([{ company: 'Brightwell Capital Partners', target: 'Sentara Labs', amountUsd: 420_000_000 }]);
  });

  it('reads "locked up a $55 million Series B"', () => {
    expect(fundings('Quorrin Health locks up $55M Series B')).toMatchObject([{ company: 'Quorrin Health', round: 'series_b' }]);
  });
});

describe('subjects described before or after their name (real wire and newsletter sentences)', () => {
  it.each([
    // A sector description that contains a fund word is the company's, not a fund being raised.
    ['Oslo-based electric vehicle charging platform Ladeport has raised €60 million in a new funding round.', 'Ladeport', 60_000_000],
    // The description first, the name closing it.
    ['Danish online pharmacy, and of course delivery service, Apoteka, has raised approximately €28 million.', 'Apoteka', 28_000_000],
    // "<Name>, <Place>-based <description>," with no article.
    ['Sahla, Jordan-based online tutoring platform, raised $2.5M in funding from Levant Angels.', 'Sahla', 2_500_000],
    ['Norrsken Pay, Sweden-based BNPL player, raised $80M in funding at a $600M valuation.', 'Norrsken Pay', 80_000_000],
  ])('%s', (title, company, amount) => {
    expect(fundings(title)).toMatchObject([{ company, amount }]);
  });

  it('still reads a city before a state\'s "-based", and still refuses a fund raised for electric vehicles', () => {
    expect(fundings('El Segundo, California-based Bastion Dynamics raises $40M Series B')).toMatchObject([{ company: 'Bastion Dynamics' }]);
    expect(fundings('Voltride raises $20M for electric vehicle charging hubs')).toMatchObject([{ company: 'Voltride' }]);
    expect(fundings('Northgate Capital closes $300M investment vehicle for climate deals')).toEqual([]);
  });
});

describe('shapes met in real newsletters and wires', () => {
  it.each([
    // A dash appositive closed before the verb; a relative clause closed by a comma.
    ['Tidewell Carbon — a startup that turns farm waste into biochar — has raised $6.2 million in a seed round led by Pale Blue Ventures.', 'Tidewell Carbon', 'seed'],
    ['The Cluj-founded Flowgrid.io that helps banks digitise their back office, has raised $35 million in a Series A.', 'Flowgrid.io', 'series_a'],
    // A lower-case brand right after the word that says what it is.
    ['Berlin-based price comparison platform tinq has raised €40 million in a Series D round.', 'tinq', 'series_d'],
  ])('%s', (title, company, round) => {
    expect(fundings(title)).toMatchObject([{ company, round }]);
  });

  it('reads "it" in the body as the company a headline without a raise is about', () => {
    expect(fundings('Lyon-based biotech Sylvea is turning sawdust into premium materials', 'It has raised $31 million to scale its technology platform.'))
      .toMatchObject([{ company: 'Sylvea', amount: 31_000_000 }]);
    expect(fundings('Brokerly keeps growing', 'The stock trading app yesterday announced $240 million in new funding from existing backers.'))
      .toMatchObject([{ company: 'Brokerly', amount: 240_000_000 }]);
  });

  it.each([
    ['Kaito Labs poured $25 million into Quillion, the meeting notes app.', 'Quillion', [], ['Kaito Labs']],
    ['Lagos VC Ironfield Partners leads $6 million funding round for AI data startup Nembo', 'Nembo', ['Ironfield Partners'], ['Ironfield Partners']],
  ])('an investor-first sentence: %s', (title, company, leads, investors) => {
    expect(fundings(title)).toMatchObject([{ company, leadInvestors: leads, investors }]);
  });

  it.each([
    // Everyone in a list that "participated", not just its last name.
    ['Tessel raises Rs 7 crore in round led by Antler India', 'Rhea Kapoor, Vikram Sethi, and Anil Batra participated in the funding round.', ['Antler India'], ['Antler India', 'Rhea Kapoor', 'Vikram Sethi', 'Anil Batra']],
    // Where the company expands from is not an investor.
    ['Greenwrap secures $10.3m in funding', 'The company aims to use the funding to expand from the B2B into the DTC market.', [], []],
    ['Cardwise has secured €8 million in financing from newly minted Northpay Ventures.', '', [], ['Northpay Ventures']],
    ['Lumora has completed a $410m series B round featuring Pacific Harbor Group that valued it at $1.5bn.', '', [], ['Pacific Harbor Group']],
    // The outlet that reports it, and who backs an investor, are not investors.
    ['PayNow raised $13 million in seed funding from Ember Ventures and Kola Adeyemi, TechCabal reports.', '', [], ['Ember Ventures', 'Kola Adeyemi']],
    ['Dectra raises ₹4 Cr led by Harbor Group-backed MedAngels', '', ['MedAngels'], ['MedAngels']],
    // Those named "along with" the lead took part; they did not lead.
    ['Vaaree raises $4.6 mn', 'The funding round was led by PeerCapital, along with existing investors All In Capital and Sattva Ventures.', ['PeerCapital'], ['PeerCapital', 'All In Capital', 'Sattva Ventures']],
  ])('investors: %s / %s', (title, body, leads, investors) => {
    expect(fundings(title, body)).toMatchObject([{ leadInvestors: leads, investors }]);
  });

  it('drops a two-word nationality in front of a title-case name, and keeps an old national firm whole', () => {
    expect(fundings('South African Fintech Paystack Secures $25 Million Investment')).toMatchObject([{ company: 'Paystack' }]);
    expect(extract('McEwen to buy Canadian Gold in all-stock deal')).toMatchObject([{ type: 'acquisition', target: 'Canadian Gold' }]);
    expect(extract('Bosch will acquire the assets of US chipmaker Siltron Devices for $1.5 billion.')).toMatchObject([{ type: 'acquisition', company: 'Bosch', target: 'Siltron Devices' }]);
  });
});

describe('real wire phrasings (second set)', () => {
  it('reads an investor that "participates in" a round of a company', () => {
    expect(fundings('Harborline Ventures participates in $10M Series A Investment Round of Quantlane')).toMatchObject([
      { company: 'Quantlane', round: 'series_a', amount: 10_000_000, investors: ['Harborline Ventures'] },
    ]);
  });

  it('does not read money raised "since its 2011 launch" as a round', () => {
    expect(fundings('Circa weighs its options', 'It is unclear what the valuation is; the startup has raised nearly $6 million since its 2011 launch.')).toEqual([]);
  });

  it('does not read "soon-to-be-acquired X" as a deal', () => {
    expect(extract('Syntimmune gains $10M', 'The round was co-led by Apple Tree Partners and Baxalta Ventures, the corporate venture capital arm of soon-to-be-acquired Baxalta.').filter((e) => e.type === 'acquisition')).toEqual([]);
  });

  it('reads a middle initial as part of a name', () => {
    expect(extract('SmarTire Appoints New Interim CFO', 'TPMS provider SmarTire Systems has named David A. Dodge as the company’s interim chief financial officer.').filter((e) => e.type === 'job_change'))
      .toMatchObject([{ person: 'David A. Dodge', company: 'SmarTire Systems', title: 'interim chief financial officer' }]);
  });
});

describe('real shapes (third set)', () => {
  it('reads "has made a $23 million strategic investment in relayr, a Berlin-based startup"', () => {
    expect(fundings('The corporate VC arm of German reinsurer Hanse Re Group has made a $23 million strategic investment in tessly, a Berlin-based startup.'))
      .toMatchObject([{ company: 'tessly', amount: 23_000_000, investors: ['Hanse Re Group'] }]);
  });

  it('skips a subordinate clause before the subject', () => {
    expect(fundings('Despite a pandemic that dampened consumption, the operator of grocery delivery service Market Kurly has attracted 200 billion won ($163 million) from investors.'))
      .toMatchObject([{ company: 'Market Kurly', amount: 200_000_000_000, currency: 'KRW' }]);
  });
});

describe('intentions announced', () => {
  it('does not read "announces plans to raise" as a round', () => {
    expect(fundings('Based in Latvia, Robocash announces plans to raise $5 million in funding over the next six months.')).toEqual([]);
  });
});

describe('real headlines (fourth set)', () => {
  it('reads a unicorn headline whose round is led by a named fund, and a country possessive before an investor', () => {
    expect(fundings('Payflo becomes a unicorn after a Tiger Global-led US$150M Series C round')).toMatchObject([{ company: 'Payflo', round: 'series_c', amount: 150_000_000 }]);
    expect(fundings('Tradeloop enters unicorn club after a new US$100M round led by Korea’s Hanbit Investments'))
      .toMatchObject([{ company: 'Tradeloop', amount: 100_000_000, leadInvestors: ['Hanbit Investments'] }]);
  });

  it('reads a statement headline followed by a question, but not an episode title', () => {
    expect(fundings("Tallyo raises $10M Series A. What's next?")).toMatchObject([{ company: 'Tallyo', round: 'series_a' }]);
    expect(fundings('Ep. 212: How Canvas raised its Series A with Mel Perkins')).toEqual([]);
  });
});

describe("a company's own blog", () => {
  const post = (title: string, body: string, link: string) =>
    extractFromItem({ title, summary: null, content: body, author: null, link, published: null }, null).filter((e) => e.type === 'funding');

  it('names the company its address names when the post speaks as "we"', () => {
    expect(post('Announcing our series A funding', "A month ago we announced that Vespra is finally its own company. Today we're announcing a $31 million investment from Blossom Capital.", 'https://blog.vespra.ai/announcing-our-series-a-funding/'))
      .toMatchObject([{ company: 'Vespra', amount: 31_000_000, investors: ['Blossom Capital'] }]);
  });

  it('never takes a news site or a blogging platform for the company', () => {
    expect(post('How the round came together', '"We raised $5M to grow," said the founder of a stealth startup.', 'https://techpress.example.com/2024/01/01/round')).toEqual([]);
    expect(post('How we raised our seed', 'I am the founder. We raised $2M from angels.', 'https://medium.com/@jane/how-we-raised')).toEqual([]);
  });
});

describe('real headlines (fifth set)', () => {
  it('does not read a numbered fund closing as a round', () => {
    expect(fundings('Westrock Fund III Wraps on $650M')).toEqual([]);
  });

  it('reads a title-case headline whose round rides on "with $X Series C"', () => {
    expect(fundings('Corvid Builds Momentum Towards Machine Reasoning with $120 Million Series C')).toMatchObject([{ company: 'Corvid', round: 'series_c', amount: 120_000_000 }]);
  });

  it('reads founders who raise for their new startup, and not a plan to raise', () => {
    expect(fundings('Former Cohere execs Ana Lind and Raj Patel secure $50 million seed round for their new startup Tessellate Labs'))
      .toMatchObject([{ company: 'Tessellate Labs', round: 'seed', amount: 50_000_000 }]);
    expect(fundings('Founders hope to raise $50 million for their new startup Tessellate Labs')).toEqual([]);
  });

  it('takes the company the body names when the headline credits a person at another company', () => {
    expect(fundings('Lumen’s Dara Quist just raised $1.1B to build an AI that learns on its own', 'Ineffable Reasoning, a British AI lab founded months ago by former Lumen researcher Dara Quist, has raised $1.1 billion.'))
      .toMatchObject([{ company: 'Ineffable Reasoning', amount: 1_100_000_000 }]);
    expect(fundings("Sydney's Koala Lens scores A$9 million seed round")).toMatchObject([{ company: 'Koala Lens' }]);
  });
});

describe('amounts and names as newsletters write them', () => {
  it('reads "c. $120 million" (circa) and a subject with another name ("Smart, aka SmartPension,")', () => {
    expect(fundings('Halan Pay raised c. $120 million from a group of investors.')).toMatchObject([{ company: 'Halan Pay', amount: 120_000_000 }]);
    expect(fundings('London-based fintech focused on pensions, Nestwise, aka NestwisePension, has secured $95 million in a Series E funding round.'))
      .toMatchObject([{ company: 'Nestwise', round: 'series_e', amount: 95_000_000 }]);
  });
});

describe('sixth held-out set phrasings', () => {
  it('reads an investor after a clause of its own, and "has finished a $25 million investment round"', () => {
    expect(fundings('The gossips were true, and Sequoia Capital has indeed poured £38m into Graphwell.')).toMatchObject([{ company: 'Graphwell', amount: 38_000_000, currency: 'GBP', investors: ['Sequoia Capital'] }]);
    expect(fundings('Toronto-based Cardiolytics has recently finished a $25 million investment round to advance its imaging technology.')).toMatchObject([{ company: 'Cardiolytics', amount: 25_000_000 }]);
  });

  it('reads "X (City, State) reported that it has raised"', () => {
    expect(fundings('Visiongen (Irvine, California) reported that it has raised $24 million from new and current investors.')).toMatchObject([{ company: 'Visiongen', amount: 24_000_000 }]);
  });

  it('reads investors who back "a round for" a company, and a title-case "X Startup Gets"', () => {
    expect(fundings('Singapore biotech player gets $20m Series A', 'A group of VCs including Yashan Capital and Westlake Partners have backed a $20 million Series A funding round for Singaporean biotech developer Lion Cell.'))
      .toMatchObject([{ company: 'Lion Cell', round: 'series_a', amount: 20_000_000, investors: ['Yashan Capital', 'Westlake Partners'] }]);
    expect(fundings('Quillmark Startup Gets $21 Million in Series A Funding')).toMatchObject([{ company: 'Quillmark', round: 'series_a' }]);
    expect(fundings('IVA announces successful closing of EUR 26 million funding round', 'IVA announces the closing of a EUR 26 million funding round with participation from new investors including Invest-NL.'))
      .toMatchObject([{ company: 'IVA', amount: 26_000_000, currency: 'EUR', investors: ['Invest-NL'] }]);
  });
});


describe('debt and "fresh funds"', () => {
  it('reads a loan as a debt round, and an operating "Holdings" company as the one borrowing', () => {
    expect(fundings('Verdant Harvest Holdings Secures $275M Loan, Fortifies Balance Sheet')).toMatchObject([{ company: 'Verdant Harvest Holdings', round: 'debt', amount: 275_000_000 }]);
    expect(fundings('Tallowfield secures $12 million working capital loan from Bank Leumi')).toMatchObject([{ company: 'Tallowfield', round: 'debt', amount: 12_000_000 }]);
    // A venture firm still raises a fund, not a round.
    expect(fundings('Northwind Capital raises $300 million for its third fund')).toEqual([]);
  });

  it('reads "raised $620 million in fresh funds" as a round, but a new fund as a fund', () => {
    expect(fundings('Chinese AI company Sensevia said Thursday that it raised $620 million in fresh funds from prominent investors.'))
      .toMatchObject([{ company: 'Sensevia', amount: 620_000_000, currency: 'USD' }]);
    expect(fundings('Harbor Lane Ventures raised $150 million in new funds for seed-stage startups.')).toEqual([]);
  });
});

describe('rounds told in passing', () => {
  it('reads a "Series A fund" as a round, and "is now valued at $2 billion after raising $50 million" in a lead', () => {
    expect(fundings('', 'TeamPay, a Nigerian fintech start-up, received $5.5 million Series A fund from a number of investors led by Quantum Capital Partners.'))
      .toMatchObject([{ company: 'TeamPay', round: 'series_a', amount: 5_500_000, leadInvestors: ['Quantum Capital Partners'] }]);
    expect(fundings('', 'Zetalink, a Bengaluru-based provider of banking software, is now valued at $2 billion after raising $50 million from a strategic investor.'))
      .toMatchObject([{ company: 'Zetalink', amount: 50_000_000 }]);
    // A seed fund is still a venture firm's fund.
    expect(fundings('', 'Harbor Lane closes $40 million seed fund for climate founders.')).toEqual([]);
    // A valuation after a round raised last year is background.
    expect(fundings('', 'Zetalink, valued at $2 billion after raising $50 million last year, launched a card.')).toEqual([]);
  });
});

describe('a company that "acquired" funding', () => {
  it('reads "has acquired pre-seed funding of $300K", never an acquisition of a company as a round', () => {
    expect(fundings('', 'Pune-based Vidora Technologies, which has developed a credit-card-sized chip, has acquired pre-seed funding of $300K.'))
      .toMatchObject([{ company: 'Vidora Technologies', round: 'pre_seed', amount: 300_000 }]);
    expect(fundings('', 'Northwind Capital has acquired Harbor Growth Partners, a seed investor.')).toEqual([]);
  });
});

describe('rounds in other languages', () => {
  it('reads the German participle last, "erhält", and Spanish "anunció el cierre de una ronda"', () => {
    expect(fundings('', 'Der Robo-Advisor Skalora hat in einer Series-D-Finanzierungsrunde 50 Millionen Euro eingesammelt.'))
      .toMatchObject([{ round: 'series_d', amount: 50_000_000, currency: 'EUR' }]);
    expect(fundings('Lernwerk erhält 12 Millionen Euro von Earlybird')).toMatchObject([{ company: 'Lernwerk', amount: 12_000_000, currency: 'EUR' }]);
    expect(fundings('', 'Esta semana, la empresa mexicana Kavano anunció el cierre de una nueva ronda de inversión por 300 millones de dólares.'))
      .toMatchObject([{ company: 'Kavano', amount: 300_000_000, currency: 'USD' }]);
    // A German sentence that has received something else is no round.
    expect(fundings('', 'Lernwerk hat im Mai einen Preis für Design erhalten.')).toEqual([]);
  });
});

describe('where the company is, after its name', () => {
  it('reads "X of Vienna, Austria has raised" and "X in the US closed", but keeps "Bank of America"', () => {
    expect(fundings('', 'Arkeo Biotechnologies of Vienna, Austria has raised $7 million in seed funding.')).toMatchObject([{ company: 'Arkeo Biotechnologies', round: 'seed', amount: 7_000_000 }]);
    expect(fundings('', 'Quillfarm in the US closed a $52 million Series D round.')).toMatchObject([{ company: 'Quillfarm', round: 'series_d' }]);
    expect(fundings('', 'Bank of America raised $2 billion in a debt facility for its clients.').map((e) => e.company)).not.toContain('Bank');
  });

  it('never takes "used the new funds to build" for a fund, and reads "said Jan. 5 it has raised"', () => {
    expect(fundings('', 'US seafood startup Finlo Foods closed a $34 million Series B funding round and used the new funds to build a production plant.'))
      .toMatchObject([{ company: 'Finlo Foods', round: 'series_b', amount: 34_000_000 }]);
    expect(fundings('', 'Canada’s NorthStarr said Jan. 5 it has raised $35 million ahead of plans to deploy its first satellites.'))
      .toMatchObject([{ company: 'NorthStarr', amount: 35_000_000 }]);
  });
});

describe('money first, then who raised it', () => {
  it('reads "$54 M Series A1 funding raised by EV charging infra firm CHARGE+ZONE"', () => {
    expect(fundings('$54 M Series A1 funding raised by EV charging infra firm CHARGE+ZONE')).toMatchObject([{ company: 'CHARGE+ZONE', round: 'series_a', amount: 54_000_000 }]);
    expect(fundings('$54M Series A funding raised by Chargezo')).toMatchObject([{ company: 'Chargezo' }]);
  });
});

describe('a launch after a round', () => {
  it('reads "X has launched in Nigeria after raising a $40 million seed round led by Y"', () => {
    expect(fundings('', 'Africa focused payment startup PalmPey has launched in Nigeria after raising a $40 million seed-round led by Chinese mobile-phone maker Transsion.'))
      .toMatchObject([{ company: 'PalmPey', round: 'seed', amount: 40_000_000, leadInvestors: ['Transsion'] }]);
    // A launch after raising money long ago is background.
    expect(fundings('', 'PalmPey launched in Ghana after raising a $40 million seed round in 2019.')).toEqual([]);
  });
});

describe('rounds told by a sentence that opens on something else', () => {
  it.each([
    ['In Italy, Lexroom, a Milan-based startup founded in 2023, secured a $19 million Series A round led by Base10 Partners.', 'Lexroom', 19_000_000],
    ['While Nigerian startups missed out during the week, Kestrel Learn, a Cape Town ed-tech startup, raised $3.5 million in Series A funding.', 'Kestrel Learn', 3_500_000],
  ])('%s', (body, company, amount) => {
    expect(fundings('', body)).toMatchObject([{ company, amount }]);
  });

  it('reads an investor investing in a round for a named company, and never the round letter for the company', () => {
    expect(fundings('', 'Harbor Capital is investing $20 million in a Series A funding round for Lion TCR.')).toMatchObject([{ company: 'Lion TCR', round: 'series_a', investors: ['Harbor Capital'] }]);
    expect(fundings('', 'Harbor Capital is investing $32 million in a Series B funding round.')).toEqual([]);
  });

  it('reads an investor announcing its participation as the investor, not the company that raised', () => {
    expect(fundings('', 'Foresight Ventures, a leading crypto VC firm, announces participation in a $10 million Series A funding round of Orbitly, an on-chain prime brokerage.')).toMatchObject([
      { company: 'Orbitly', round: 'series_a', amount: 10_000_000, investors: ['Foresight Ventures'] },
    ]);
  });
});

describe('money named as funds, and investments named by their kind', () => {
  it('reads "raised a further $12.5 million of funds" as a round, not a fund', () => {
    expect(fundings('', 'Metaborne has just raised a further $12.5 million of funds to help it prepare for clinical trials.')).toMatchObject([{ company: 'Metaborne', amount: 12_500_000 }]);
    expect(fundings('', 'Harbor Ventures has raised $50 million for its second fund.')).toEqual([]);
  });
  it('reads "made a minority growth capital investment in X" with its investor', () => {
    expect(fundings('', 'Sequoia Capital made a minority growth capital investment in Charlotte Tilbury Beauty, a beauty brand.')).toMatchObject([{ company: 'Charlotte Tilbury Beauty', investors: ['Sequoia Capital'] }]);
  });
  it('reads "X is announcing that it has raised"', () => {
    expect(fundings('', 'Kuda, a Nigerian challenger bank, is announcing that it has raised $10 million in seed funding.')).toMatchObject([{ company: 'Kuda', round: 'seed', amount: 10_000_000 }]);
  });
});

describe('a headline whose verb is its own', () => {
  it.each([
    ['Kardigan fashions $254M series B to spin late-stage cardio assets through the clinic', 'Kardigan', 'series_b', 254_000_000],
    ['Acme Robotics Pockets $12M Seed Round', 'Acme Robotics', 'seed', 12_000_000],
  ])('%s', (title, company, round, amount) => {
    expect(fundings(title)).toMatchObject([{ company, round, amount }]);
  });
  it.each([
    ['Acme targets $50M Series B'],
    ['Square Peg surpasses $1 billion in funding assets'],
    ['Redfield Capital raises $60M for climate seed fund, backed by 40 founder LPs'],
  ])('reads no round from %s', (title) => {
    expect(fundings(title)).toEqual([]);
  });
});

describe('an office named in a lead before the person', () => {
  it('reads "has appointed its first chief executive officer following a restructure" with the next sentence\'s person, never the company', () => {
    expect(extract('Dubai Airports names CEO', 'Dubai Airports has appointed its first chief executive officer following a restructure of the Department of Civil Aviation. Paul Griffiths, a former managing director of Gatwick, will take up the new role on October 1.').filter((e) => e.type === 'job_change')).toMatchObject([
      { person: 'Paul Griffiths', company: 'Dubai Airports', title: 'CEO' },
    ]);
  });
});

describe('a backer whose name reads like a show', () => {
  it('reads "… Seed Funding led by Episode 1" as a round, and an episode headline as none', () => {
    expect(fundings('StackWise Secures $3.6M in Seed Funding led by Episode 1')).toMatchObject([{ company: 'StackWise', round: 'seed', leadInvestors: ['Episode 1'] }]);
    expect(fundings('Episode 212: How Canva raised $200M')).toEqual([]);
  });
});

describe('investors who commit money to a company', () => {
  it('reads "<investors> commit $15mln to <company>"', () => {
    const [e] = extract('DFC, Finnfund commit $15mln to Kenyan company Kentara Biotech').filter((x) => x.type === 'funding');
    expect(e).toMatchObject({ company: 'Kentara Biotech', amount: 15_000_000, currency: 'USD', investors: ['DFC', 'Finnfund'] });
  });
  it('reads no round from a gift to an institution or a pledge to a cause', () => {
    expect(extract('', 'The Gates Foundation committed $10 million to Stanford University.').filter((x) => x.type === 'funding')).toEqual([]);
    expect(extract('', 'Microsoft has committed $1 billion to its AI efforts.').filter((x) => x.type === 'funding')).toEqual([]);
  });
});

describe('German describing nouns before the company', () => {
  it('reads "Der Wiener Internet-Marktplatz Refurbed hat … eingesammelt" as Refurbed', () => {
    expect(extract('', 'Wien – Der Wiener Internet-Marktplatz Refurbix hat in einer weiteren Finanzierungsrunde 45,4 Millionen Euro eingesammelt.').filter((x) => x.type === 'funding'))
      .toMatchObject([{ company: 'Refurbix', amount: 45_400_000, currency: 'EUR' }]);
    expect(extract('', 'Der US-amerikanische Garnproduzent AlgaKnit hat im Rahmen seiner Series-A-Finanzierungsrunde 13 Millionen US-Dollar (12,5 Millionen Euro) eingesammelt.').filter((x) => x.type === 'funding'))
      .toMatchObject([{ company: 'AlgaKnit', amount: 13_000_000, currency: 'USD', round: 'series_a' }]);
  });
});

describe('rounds told with a gerund, after "emerges", and by "the company" with an adverb', () => {
  it('reads each "with <company> raising <amount>" as a round', () => {
    const rounds = extract('', 'Two alumni raised Series A rounds during the week, with window company Indoria Windows raising $1.3 million and still-stealthy start-up Arctic Sandfield raising $6.2 million.').filter((x) => x.type === 'funding');
    expect(rounds).toMatchObject([
      { company: 'Indoria Windows', amount: 1_300_000 },
      { company: 'Arctic Sandfield', amount: 6_200_000 },
    ]);
    expect(extract('', 'The company is raising $20 million.').filter((x) => x.type === 'funding')).toEqual([]);
  });
  it('reads "<company> emerges raising $20 million seed funding"', () => {
    expect(extract('M:M Bio-backed ThirtyNineBio emerges raising $20 million seed funding').filter((x) => x.type === 'funding')).toMatchObject([{ company: 'ThirtyNineBio', round: 'seed', amount: 20_000_000 }]);
  });
  it('reads "the company has just picked up a $5.5 million investment from <investor>"', () => {
    expect(extract('Covera raises', 'It is gaining traction, and the company has just picked up a $5.5 million investment from Spark Capital.').filter((x) => x.type === 'funding'))
      .toMatchObject([{ company: 'Covera', amount: 5_500_000, investors: ['Spark Capital'] }]);
  });
});

describe('"previously" as a describing word is no background', () => {
  it('reads a round whose sentence speaks of "previously undiscoverable" things', () => {
    expect(extract('', 'Generate Biolabs, whose platform can invent drugs across protein modalities and previously undiscoverable protein therapeutics, has raised $370 million in a Series B financing.').filter((x) => x.type === 'funding'))
      .toMatchObject([{ company: 'Generate Biolabs', round: 'series_b', amount: 370_000_000 }]);
    expect(extract('', 'Acme previously raised $10 million in a Series A round.').filter((x) => x.type === 'funding')).toEqual([]);
  });
});
