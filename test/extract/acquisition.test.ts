import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/extract/index.js';

// The item as the scanner hands it over: headline, HTML-stripped body, feed author.
const extract = (title: string, body = '', author: string | null = null) =>
  extractEvents({ title, summary: body, content: '', author, link: null, published: null, feedKind: null });

const deals = (title: string, body = '') => extract(title, body).filter((e) => e.type === 'acquisition');

describe('acquisitions', () => {
  it('does not read a sale of goods as a sale of the company', () => {
    expect(deals('Acme sold to Fortune 500 customers in 40 countries last year')).toEqual([]);
    expect(deals('Quarterly update', 'Acme sold to Walmart and Target for the first time this quarter.')).toEqual([]);
  });

  it('takes the price from a body sentence of its own, never a raise the target once made', () => {
    expect(deals('Snowflake to acquire Helix Data', 'The transaction values Helix Data at $1.3 billion, including debt.')[0]).toMatchObject({ amount: 1_300_000_000, currency: 'USD' });
    expect(deals('Snowflake to acquire Helix Data', 'Snowflake will pay $24.50 per share in cash, representing an equity value of approximately $3.2 billion.')[0]).toMatchObject({ amount: 3_200_000_000 });
    expect(deals('Snowflake acquires Helix Data, which raised $50 million from Accel, for an undisclosed sum')[0]).toMatchObject({ amount: null });
  });

  it('reads a deal about a podcast network (not a podcast episode), naming the target as the body spells it', () => {
    const [e, ...rest] = deals(
      'Brightwave Media Announces Agreement to Purchase Podcast Network Tuned In for $45 Million',
      'Brightwave Media today announced that it has signed an agreement to purchase Tuned In Media, an independent podcast network, for $45 million in cash and stock.',
    );
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ company: 'Brightwave Media', target: 'Tuned In Media', amount: 45_000_000, currency: 'USD' });
  });

  it('reads a price that falls at the end of a long sentence whole ("$18.8bn", not "$18.8")', () => {
    const [e] = deals(
      'Kestrel Energy, a pipeline operator, completed the acquisition of Meridian Midstream Partners, a publicly traded partnership that primarily transports, stores and distributes refined petroleum products and crude oil, for $18.8bn.',
    );
    expect(e).toMatchObject({ company: 'Kestrel Energy', target: 'Meridian Midstream Partners', amount: 18_800_000_000, currency: 'USD' });
  });

  it('reads "said Tuesday that it will buy", "the acquisition of X by Y", "the sale of its unit X to Y" and "agreed to an offer from Y"', () => {
    expect(deals('Law firm guides drugmaker deal', 'Halcyon Pharma PLC said Tuesday that it will buy Fennick Therapeutics, a biopharmaceutical company, for up to $2.4 billion in cash.'))
      .toMatchObject([{ company: 'Halcyon Pharma PLC', target: 'Fennick Therapeutics', amount: 2_400_000_000 }]);
    expect(deals('Regulator approves acquisition of Paylane by Ridgeway Pay for $4.7Bn'))
      .toMatchObject([{ company: 'Ridgeway Pay', target: 'Paylane', amount: 4_700_000_000 }]);
    expect(deals('Marlow Media completes sale of RiskCo', 'Marlow Media has completed the sale of its insurance risk business RiskCo to Bramley’s Corporation for around £1.425m in cash.'))
      .toMatchObject([{ company: 'Bramley’s Corporation', target: 'RiskCo', amount: 1_425_000, currency: 'GBP' }]);
    expect(deals('Buyout firm makes offer for software company', 'Greshwell Technologies PLC said on Tuesday it has agreed to an offer from U.S. private equity firm Stonegate Partners LLC to buy the software business for £146.7 million.'))
      .toMatchObject([{ company: 'Stonegate Partners LLC', target: 'Greshwell Technologies PLC' }]);
    expect(deals('Analysts weigh the proposed acquisition of Paylane by Ridgeway Pay')).toEqual([]);
  });

  it('reads majority stakes however they are written, and a tender offer to acquire all shares', () => {
    expect(deals('Deal news', 'FMCG major Marlow on Monday said it has acquired a majority 54 per cent stake in the snacks brand True Crunch for an undisclosed amount.'))
      .toMatchObject([{ company: 'Marlow', target: 'True Crunch' }]);
    expect(deals('Deal news', 'Numera (formerly Go Life International) is to acquire an effective 51% stake in Longevity Labs for an undisclosed cash sum.'))
      .toMatchObject([{ company: 'Numera', target: 'Longevity Labs' }]);
    expect(deals('Deal news', 'The exchange group announced Kestrel is buying a majority share of Link Data for a consideration of R224 million.'))
      .toMatchObject([{ company: 'Kestrel', target: 'Link Data', amount: 224_000_000, currency: 'ZAR' }]);
    expect(deals('Deal news', 'ORIX (through OFI-01 Corporation) has launched a tender offer to acquire all outstanding common shares of I-NET Corp. (TSE: 9600) at JPY 2,530 per share.'))
      .toMatchObject([{ company: 'ORIX', target: 'I-NET Corp' }]);
    expect(deals('Deal news', 'Aurum Ventures has acquired a 14.78 per cent stake in Majesco.')).toEqual([]);
  });

  it("reads a subsidiary as the buyer (\"PC Mall's Sarcom Inc. subsidiary has acquired …\")", () => {
    expect(deals('Deal news', "PC Mart's Sarcorp Inc. subsidiary has acquired Network Services Plus, Inc. for roughly $7.8 million."))
      .toMatchObject([{ company: 'Sarcorp Inc', target: 'Network Services Plus', amount: 7_800_000 }]);
  });

  it('reads a list of deals clause by clause, and a hire from a firm as no deal', () => {
    const found = deals('Deals of the month', 'In terms of acquisitions, Observa acquired Dubdub, JungleWare acquired Outplay, and Groyo bought a stake in Oussum Inc.');
    expect(found.map((e) => [e.company, e.target])).toEqual([['Observa', 'Dubdub'], ['JungleWare', 'Outplay']]);
    expect(deals('Allen & Ovett Swoops on Akin for Corporate Partner Hire')).toEqual([]);
  });

  it('reads no deal from a refusal to sell, a trend headline, or an act after "and" that is not a purchase', () => {
    expect(deals('Yahu co-founder steps down', 'Jerry Yung is stepping down, ending a reign marked by his refusal to sell the Internet company to Microstar Corp. for $47.5 billion.')).toEqual([]);
    expect(deals('Big Companies Are Acquiring AI Startups In Droves')).toEqual([]);
    expect(deals('Rocket Companies to buy Mr. Cooper in $9.4 billion all-stock deal')).toMatchObject([{ company: 'Rocket Companies' }]);
    expect(deals('CZO has acquired the startup EvoScale and created Biohouse, an organization dedicated to AI in science.')).toMatchObject([{ company: 'CZO', target: 'EvoScale' }]);
  });

  it('reads "announced it would be acquired by Y"', () => {
    expect(deals('Deal news', 'On 11th December 2025, GoCardwell announced it would be acquired by Dutch payments company Mollio in a deal worth approximately €1.1 billion.'))
      .toMatchObject([{ company: 'Mollio', target: 'GoCardwell', amount: 1_100_000_000, currency: 'EUR' }]);
  });

  it('reads the deal value, not the price per share', () => {
    const [e, ...rest] = deals('Helix Health agrees to be acquired', 'Summit Equity agreed to acquire Helix Health for $42 a share in cash, or about $1.1 billion.');
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ company: 'Summit Equity', target: 'Helix Health', amount: 1_100_000_000 });
  });

  it.each([
    ['Snowflake acquires Helix Data for $250 million', 'Snowflake', 'Helix Data', 250_000_000, 'USD'],
    ['Snowflake to acquire AI startup Helix Data for $250M', 'Snowflake', 'Helix Data', 250_000_000, 'USD'],
    ['Helix Data acquired by Snowflake', 'Snowflake', 'Helix Data', null, null],
    ['Lattice Systems to Be Acquired by Hexagon AB for $610 Million', 'Hexagon AB', 'Lattice Systems', 610_000_000, 'USD'],
    ['Wiz buys data security startup Sentra for around $350 million', 'Wiz', 'Sentra', 350_000_000, 'USD'],
    ['Datadog picks up Eppo to add experimentation', 'Datadog', 'Eppo', null, null],
    ["Berlin's Enpal snaps up Dutch heat pump installer Warmteplan", 'Enpal', 'Warmteplan', null, null],
    ['MERIDIAN HEALTHCARE COMPLETES $1.4 BILLION ACQUISITION OF SOUTHPORT CLINICAL LABS', 'Meridian Healthcare', 'Southport Clinical Labs', 1_400_000_000, 'USD'],
    ['Deliveroo agrees £2.9bn takeover by DoorDash', 'DoorDash', 'Deliveroo', 2_900_000_000, 'GBP'],
    ['Figment agrees to buy Tandem', 'Figment', 'Tandem', null, null],
    ['GitLab is buying security startup Oxeye for $35M', 'GitLab', 'Oxeye', 35_000_000, 'USD'],
    ['Acme acquires majority stake in Beta Robotics', 'Acme', 'Beta Robotics', null, null],
    ['Harbor Systems closes $2.1B Tidal Networks deal', 'Harbor Systems', 'Tidal Networks', 2_100_000_000, 'USD'],
    ['Cobalt Logic completes its Vela Robotics acquisition', 'Cobalt Logic', 'Vela Robotics', null, null],
    ['Summit Equity to take Helix Health private in $1.1 billion deal', 'Summit Equity', 'Helix Health', 1_100_000_000, 'USD'],
    ['Helix Data sold to Snowflake for $250 million', 'Snowflake', 'Helix Data', 250_000_000, 'USD'],
    ['Snowflake inks deal to acquire Helix Data', 'Snowflake', 'Helix Data', null, null],
    ['Acme acquires 60% of Beta Robotics', 'Acme', 'Beta Robotics', null, null],
    ['Cobalt Systems, Inc. (NASDAQ: CBLT) to Acquire Helix Data Inc. (NASDAQ: HLXD) for $157 Per Share in Cash', 'Cobalt Systems Inc', 'Helix Data Inc', null, null],
    ['Beta Robotics enters agreement to be acquired by Acme', 'Acme', 'Beta Robotics', null, null],
    ['Helix Health to be taken private by Summit Equity-led group in $10.2B deal', 'Summit Equity', 'Helix Health', 10_200_000_000, 'USD'],
    ['Helix Health to be acquired by a consortium led by Summit Equity for $6.9 billion', 'Summit Equity', 'Helix Health', 6_900_000_000, 'USD'],
    ['Cobalt Logic and Vela Robotics to merge', 'Cobalt Logic', 'Vela Robotics', null, null],
    ['Cobalt Logic and Vela Robotics to combine in $2.5 billion deal', 'Cobalt Logic', 'Vela Robotics', 2_500_000_000, 'USD'],
  ])('%s', (title, acquirer, target, amount, currency) => {
    const [e, ...rest] = deals(title);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ company: acquirer, target, amount, currency });
  });

  it('takes the deal price, not the target funding history', () => {
    const [e] = deals('Acme to acquire Beta, which had raised $40M, for $300 million');
    expect(e).toMatchObject({ target: 'Beta', amount: 300_000_000 });
  });

  it("does not read buying a thing of the company's as buying the company", () => {
    expect(deals('Elon Musk takes over Twitter account of rival')).toEqual([]);
    expect(deals('Cobalt Logic buys Vela Robotics headquarters for $40 million')).toEqual([]);
  });

  it('reads newswire deal bodies: "announced that it has entered into … to acquire", "completed its previously announced acquisition"', () => {
    expect(deals('Cobalt Logic to Acquire Vela', 'Cobalt Logic today announced that it has entered into a definitive agreement to acquire Vela Labs, a leader in observability, for approximately $450 million in cash.')).toMatchObject([
      { company: 'Cobalt Logic', target: 'Vela Labs', amount: 450_000_000 },
    ]);
    expect(deals('Cobalt Logic Announces Completion of Vela Acquisition', 'Cobalt Logic Corp (NYSE: CBLT) today announced that it has completed its previously announced acquisition of Vela Systems for $1.2 billion.')).toMatchObject([
      { company: 'Cobalt Logic Corp', target: 'Vela Systems', amount: 1_200_000_000 },
    ]);
  });

  it('reads "Y announced that it has been acquired by X" and "X said Monday it would buy Y", but not a bare "would buy"', () => {
    expect(deals('Deal news', 'Vela Labs today announced that it has been acquired by Cobalt Logic.')).toMatchObject([{ company: 'Cobalt Logic', target: 'Vela Labs' }]);
    expect(deals('Deal news', 'Cobalt Logic said Monday it would buy Vela Labs for $300 million.')).toMatchObject([{ company: 'Cobalt Logic', target: 'Vela Labs', amount: 300_000_000 }]);
    expect(deals('Cobalt Logic would buy Vela Labs if regulators allowed it')).toEqual([]);
  });

  it('takes the price from "paid $X for" in the body', () => {
    expect(deals('Exclusive: Cobalt Logic acquires bill-pay startup Vela in its biggest deal yet', 'Cobalt Logic paid around $90 million in cash and stock for Vela, according to two people with knowledge of the deal.')).toMatchObject([
      { company: 'Cobalt Logic', target: 'Vela', amount: 90_000_000, currency: 'USD' },
    ]);
  });

  it('does not read companies combining forces as a merger', () => {
    expect(deals('Cobalt Logic and Vela Robotics to combine forces on warehouse safety')).toEqual([]);
    expect(deals('Cobalt Logic and Vela Robotics combine their data platforms')).toEqual([]);
  });

  it('ignores a minority stake', () => {
    expect(deals('Acme acquires minority stake in Beta')).toEqual([]);
  });

  it.each([
    // A done or approved deal named by its buyer's possessive.
    ["Oracle's $9.3 billion acquisition of Cerner closes", 'Oracle', 'Cerner', 9_300_000_000],
    ["Adobe's $20B deal for Figma wins UK approval", 'Adobe', 'Figma', 20_000_000_000],
    ["ConocoPhillips' $22.5 billion Marathon Oil deal cleared by regulators", 'ConocoPhillips', 'Marathon Oil', 22_500_000_000],
    ["Regulators clear Mars's takeover of Kellanova", 'Mars', 'Kellanova', null],
    // Controlling stakes, sales with a named buyer, acqui-hires, honorific names.
    ['Siemens takes controlling stake in Aveva Grid for $400 million', 'Siemens', 'Aveva Grid', 400_000_000],
    ['Tata Motors acquires a 70% controlling stake in Drivelytics', 'Tata Motors', 'Drivelytics', null],
    ['Honeywell sells aerospace unit Quantinuum Labs to Carlyle for $2 billion', 'Carlyle', 'Quantinuum Labs', 2_000_000_000],
    ['Figma acqui-hires design startup Rivet', 'Figma', 'Rivet', null],
    ['Procter & Gamble buys Mr. Clean Labs for $300 million', 'Procter & Gamble', 'Mr. Clean Labs', 300_000_000],
  ])('reads %s', (title, company, target, amount) => {
    expect(deals(title)).toMatchObject([{ company, target, amount }]);
  });

  it.each([
    ["FTC sues to block Tapestry's purchase of Capri"],
    ["Kroger and Albertsons call off their merger"],
    ["Adobe's planned acquisition of Figma collapses"],
    ["Oracle's bid for Cerner draws scrutiny"],
    ['Nestlé sells 20% stake in L’Oréal unit to Sanofi'],
    ['Acme sells shares to investors'],
    ['Google buys London office building for $1 billion'],
    ['Elliott takes $2.5 billion stake in Phillips 66'],
  ])('reads no deal in %s', (title) => {
    expect(deals(title)).toEqual([]);
  });

  it('reads an owner named as a product maker in the body as no second deal', () => {
    expect(deals("Microsoft's $69 billion acquisition of Activision Blizzard closes", 'Microsoft completed its purchase of the Call of Duty maker on Friday.'))
      .toMatchObject([{ company: 'Microsoft', target: 'Activision Blizzard', amount: 69_000_000_000 }]);
  });

  it('reads a founder post: "we\'re thrilled to share that X has been acquired by Y"', () => {
    expect(deals('Big news', "Today we're thrilled to share that Lumina has been acquired by Datadog.")).toMatchObject([{ company: 'Datadog', target: 'Lumina' }]);
  });

  it('does not take a leading "Today" for part of the buyer', () => {
    expect(deals('Joining forces', 'Today Zapier announced it has acquired Makerkit, the no-code internal tools startup.')).toMatchObject([{ company: 'Zapier', target: 'Makerkit' }]);
  });

  it.each([
    ['Harwell Foods to swallow regional chain Penfold Grocers in £640m deal', '', 'Harwell Foods', 'Penfold Grocers', 640_000_000],
    ['Tillpoint to absorb Ledgerwise, folding its invoicing tools into its platform', 'The all-stock deal, announced Tuesday, values Ledgerwise at roughly $85 million.', 'Tillpoint', 'Ledgerwise', 85_000_000],
    ['Vorta Energy takes full ownership of SunPeak', 'Vorta paid €95 million for the stake it did not already own.', 'Vorta Energy', 'SunPeak', 95_000_000],
    ['Family-owned Garrick Tools sells to Makita', '', 'Makita', 'Garrick Tools', null],
    ['Ashby Bank to merge into Redwood Financial', '', 'Redwood Financial', 'Ashby Bank', null],
    ['Sonex Infra completes acquisition of Pune\'s DataForge', '', 'Sonex Infra', 'DataForge', null],
    ['Hoshida Denki to make Mirai Seiko a wholly owned subsidiary through a tender offer', 'Hoshida Denki will offer ¥2,450 per share, valuing Mirai Seiko at approximately ¥38 billion.', 'Hoshida Denki', 'Mirai Seiko', 38_000_000_000],
    ['Regal Brands finalises takeover of Vantor Systems', 'The €1.2bn deal was first announced in March.', 'Regal Brands', 'Vantor Systems', 1_200_000_000],
  ])('reads %s', (title, body, company, target, amount) => {
    expect(deals(title, body)).toMatchObject([{ company, target, amount }]);
  });

  it('reads press-release bodies: "an agreement under which X will acquire Y", "X confirmed it has agreed to be acquired by Y"', () => {
    expect(deals('Veranta Health Announces Definitive Agreement', 'Veranta Health (NYSE: VRH) and CareLink Inc. today announced that they have entered into a definitive agreement under which Veranta will acquire CareLink for $1.1 billion.'))
      .toMatchObject([{ company: 'Veranta Health', target: 'CareLink', amount: 1_100_000_000 }]);
    expect(deals('Corporate update', 'Tidemark Labs today confirmed it has entered into a definitive agreement to be acquired by Stryker for $1.75bn in cash.'))
      .toMatchObject([{ company: 'Stryker', target: 'Tidemark Labs' }]);
  });

  it('reads no deal in a past sale told as background', () => {
    expect(deals('GitLab, acquired by Microsoft in 2018, now has 100 million developers')).toEqual([]);
    expect(deals('Pipeworks, taken private by Vista last year, launches a new product')).toEqual([]);
  });
});

describe('who bought whom, as Indian and trade headlines describe them', () => {
  it.each([
    ['Auto Major Tarang Motors Acquires EV Charging Startup Voltbay', 'Tarang Motors', 'Voltbay'],
    ['Retail Giant Kirana One Acquires Grocery App Basketly For Rs 120 Cr', 'Kirana One', 'Basketly'],
    ['Pinecrest Acquires Design Consultancy Fieldnote Studio', 'Pinecrest', 'Fieldnote Studio'],
    ['Moneta Acqui-Hires Team Behind Expense App Ledgerline', 'Moneta', 'Ledgerline'],
  ])('%s', (title, acquirer, target) => {
    expect(deals(title)).toMatchObject([{ company: acquirer, target }]);
  });

  it('takes the buyer\'s full name from the body, but not a verb after it', () => {
    expect(deals('Halyard to buy Brookline Dental Partners', 'Halyard Capital Partners agreed to acquire Brookline Dental Partners for about $150 million.')).toMatchObject([{ company: 'Halyard Capital Partners', target: 'Brookline Dental Partners' }]);
  });
});

describe('merger releases', () => {
  it('reads a title-case "to Merge," headline', () => {
    expect(deals('Rotherm Antriebe and Falkner Pumpen to Merge, Creating a European Pump Group')).toMatchObject([{ company: 'Rotherm Antriebe', target: 'Falkner Pumpen' }]);
  });

  it('reads "will acquire all outstanding shares of X" as buying X, with the deal value', () => {
    expect(deals('Industrial news', 'Under the terms of the agreement, Rotherm will acquire all outstanding shares of Falkner from the Falkner family in a transaction valued at €120 million.')).toMatchObject([{ company: 'Rotherm', target: 'Falkner', amount: 120_000_000, currency: 'EUR' }]);
  });

  it('does not read the buyer\'s loans for the deal as a funding round', () => {
    const all = extract('Medora to Acquire Claimly for $900 Million', 'Medora has obtained fully committed debt financing from a syndicate of banks to fund the cash portion of the purchase price.');
    expect(all.map((e) => e.type)).toEqual(['acquisition']);
  });
});

describe('shops whose names carry a possessive', () => {
  it("reads \"O'Malley's Bakehouse\" whole, and \"Facebook's purchase of\" as the buyer's", () => {
    expect(deals("Pellham Foods to buy O'Hara's Bakehouse for $60 million")).toMatchObject([{ company: 'Pellham Foods', target: "O'Hara's Bakehouse" }]);
    expect(deals("Kohl's Department Stores agrees to buy Fennel & Co for $1.1 billion")).toMatchObject([{ company: "Kohl's Department Stores", target: 'Fennel & Co' }]);
  });
});

describe('sales of a unit to a described buyer', () => {
  it('reads "agreed to sell X, its marine paints business, to private equity firm Y"', () => {
    expect(deals('Halden to sell coatings unit', 'Halden ASA has agreed to sell Halden Marine Coatings, its marine paints business, to private equity firm Brightwell Capital for 850 million euros.')).toMatchObject([{ company: 'Brightwell Capital', target: 'Halden Marine Coatings', amount: 850_000_000, currency: 'EUR' }]);
  });
  it('does not take "to have its acquisition of X approved" for a buyer', () => {
    expect(deals('Regulator could seek a sale', 'The regulator told Fennec that it would need to sell off Orbit News or offer other concessions in order to have its acquisition of Tarn Media approved.').filter((e) => e.target === 'Orbit News')).toEqual([]);
  });
});

describe("an owner's or a place's possessive in front of the target", () => {
  it.each([
    ["CD&R to buy KKR's Epicor Software for $4.7 billion", 'CD&R', 'Epicor Software'],
    ['Webroot acquires San Diego’s CyberFlow Analytics', 'Webroot', 'CyberFlow Analytics'],
    ["Silver Lake to buy Germany's Software AG in $2.42 billion deal", 'Silver Lake', 'Software AG'],
    ["Alphabet buys Google's DeepMind unit", 'Alphabet', 'DeepMind'],
  ])('%s', (title, company, target) => {
    expect(extract(title)).toMatchObject([{ type: 'acquisition', company, target }]);
  });
});

describe('a buyer named after its description and a comma', () => {
  it('reads "acquired by French-based employee fintech firm, Edenred"', () => {
    expect(extract('Global employee engagement company, Tallyo has been acquired by French-based employee fintech firm, Paybloc for £1.15 billion.'))
      .toMatchObject([{ type: 'acquisition', company: 'Paybloc', target: 'Tallyo', amount: 1_150_000_000, currency: 'GBP' }]);
  });
});

describe('deal shapes from real wires (second set)', () => {
  it.each([
    ['UK pharmaceutical company Harlow Bio has clinched a deal to buy US biotech firm Nepra Pharmaceuticals for $5.2bn.', 'Harlow Bio', 'Nepra Pharmaceuticals'],
    ['Swiss giant Rochford Holding AG announced plans Sunday to buy San Francisco, Calif.-based biotech company Intermora Inc for $8.3 billion in cash.', 'Rochford Holding AG', 'Intermora Inc'],
    ['Shelfwise has acquired the UK-based digital shelf analytics provider e.metrics for an undisclosed sum.', 'Shelfwise', 'e.metrics'],
    ['Swvl acquires Urbvan, Mexico-based shared mobility platform, for an undisclosed value.', 'Swvl', 'Urbvan'],
  ])('%s', (title, company, target) => {
    expect(deals(title)).toMatchObject([{ company, target }]);
  });

  it('never takes a lower-case description word for the company bought', () => {
    expect(deals('Acme acquires UK-based chipmaker for $20M')).toEqual([]);
    expect(deals('Hearthstone Brewing buys Leeds-based textile workshop')).toEqual([]);
  });
});

describe('a description before the target, closed by its name', () => {
  it('reads "One of South Africa’s largest online marketplaces, Gumtree, has been acquired by Impresa Capital"', () => {
    expect(extract('One of South Africa’s largest online marketplaces, Tradepost, has been acquired by Imvula Capital, a Durban-based firm.'))
      .toMatchObject([{ type: 'acquisition', company: 'Imvula Capital', target: 'Tradepost' }]);
  });
});

describe('deal shapes from real wires (third set)', () => {
  it.each([
    ["Britain's Astrafield has agreed to buy U.S. drugmaker Alvexa Pharmaceuticals for $39 billion in cash and shares.", 'Astrafield', 'Alvexa Pharmaceuticals'],
    ["Cult.fit has acquired the India business of international fitness chain Gold's Gym for an undisclosed sum.", 'Cult.fit', "Gold's Gym"],
    ['Havas Group bought a majority interest in Camp + King, a creative agency.', 'Havas Group', 'Camp + King'],
    ['Drugmaker Alvexa to buy biotech Achillon in $930 mln deal', 'Alvexa', 'Achillon'],
  ])('%s', (title, company, target) => {
    expect(deals(title)).toMatchObject([{ company, target }]);
  });
});

describe('a target that accepts a bidder’s offer', () => {
  it('reads "agreed to X\'s increased offer" as X buying the subject, and not a rejected bid', () => {
    expect(deals("Corvia agrees to Netbridge's increased offer of $4.5bn")).toMatchObject([{ company: 'Netbridge', target: 'Corvia', amount: 4_500_000_000 }]);
    expect(deals("Corvia rejected Netbridge's $2 billion takeover bid")).toEqual([]);
  });
});

describe('a deal that ended', () => {
  it('reads nothing when the headline says the deal was terminated and the body retells it', () => {
    expect(extract('Prosper terminates $4.7 billion deal to acquire payments firm BillPoint', 'Prosper has announced that it has cancelled a $4.7 billion deal to buy payments firm BillPoint. The deal to acquire BillPoint was first agreed in 2021.'))
      .toEqual([]);
  });
});

describe('two companies bought in one clause', () => {
  it('reads both when the body names the first on its own, and keeps a name written with "and" whole', () => {
    expect(deals('Codehub Acquires Peach Labs and Fuzzly to Expand its Security Offering', 'Today Codehub announced it has acquired Peach Labs, a security software firm, and Fuzzly, a fuzz testing service.').map((e) => e.target))
      .toEqual(['Peach Labs', 'Fuzzly']);
    expect(deals('Activist buys Bed Bath and Beyond', 'The investor said it acquired Bed Bath and Beyond in a $500 million deal.')).toHaveLength(1);
    expect(deals('Predictiv to acquire Shift Labs and HouseStack')).toHaveLength(1);
  });
});

describe('the company sold speaks for itself', () => {
  it('reads "X broke its silence to announce that it has been acquired by Y" and "announced in a blog post Tuesday that it"', () => {
    expect(deals('', 'Social news aggregator Kestrelly broke an atypical silence to announce that it has been acquired by Twitter.'))
      .toMatchObject([{ company: 'Twitter', target: 'Kestrelly' }]);
    expect(deals('', 'The team behind the mobile app Quillo announced in a blog post Tuesday that it has been acquired by Yahoo.'))
      .toMatchObject([{ company: 'Yahoo', target: 'Quillo' }]);
    // A deal in the past, told as background, is still not news.
    expect(deals('', 'Kestrelly, which was acquired by Twitter in 2012, shut down its app.')).toEqual([]);
  });

  it('reads the buyer behind its vehicle, and never a price per common share as the deal value', () => {
    expect(deals('', 'Marlow Arts & Crafts, Inc. (Nasdaq: MRLW) reports it has signed a definitive agreement to be acquired by an affiliate of Sbarro Holdings, for $1.60 per common share.'))
      .toMatchObject([{ company: 'Sbarro Holdings', target: 'Marlow Arts & Crafts Inc', amount: null }]);
    expect(deals('', 'Pipewell Software has agreed to be acquired by funds managed by Blackstone for $2.1 billion.'))
      .toMatchObject([{ company: 'Blackstone', target: 'Pipewell Software', amount: 2_100_000_000 }]);
  });
});

describe('taking over work is no deal', () => {
  it('reads "took over the development of X" and "takes over day-to-day operations" as work', () => {
    expect(deals('', 'Bazooka Tango took over the development of Shardbound and announced a launch date.')).toEqual([]);
    expect(deals('', 'Northgate takes over day-to-day operations at the Harbor plant.')).toEqual([]);
    expect(deals('Quillon takes over Marlow Logistics in $40 million deal')).toMatchObject([{ company: 'Quillon', target: 'Marlow Logistics' }]);
  });
});

describe('"is set to acquire"', () => {
  it('reads an announced deal "set to" happen, but not one sources speak of', () => {
    expect(deals('', 'Bank of Calloway has announced it is set to acquire Merrow Lynd in an all-stock transaction worth about US$50 billion.'))
      .toMatchObject([{ company: 'Bank of Calloway', target: 'Merrow Lynd', amount: 50_000_000_000 }]);
    expect(deals('', 'Bank of Calloway is set to acquire Merrow Lynd, people familiar with the matter said.')).toEqual([]);
  });
});

describe('deals in other languages', () => {
  it.each([
    ['Sievert kauft Altair Engineering für zehn Milliarden Dollar', 'Sievert', 'Altair Engineering'],
    ['Capgemo rachète Altrane pour 3,6 milliards d’euros', 'Capgemo', 'Altrane'],
    ['Tractiva adquiere Whistlo para acelerar su liderazgo', 'Tractiva', 'Whistlo'],
    ['Dropbox compra a Cove para ter ex-funcionários do Facebook na equipe', 'Dropbox', 'Cove'],
    ['Zero-Waste-Start-up Wisefood wird von LEEF übernommen', 'LEEF', 'Wisefood'],
  ])('%s', (title, company, target) => {
    expect(deals(title)).toMatchObject([{ company, target }]);
  });

  it('never reads a noun ("La compra de Twitter") or a lower-case object as a deal', () => {
    expect(deals('La compra de Twitter por Musk genera dudas')).toEqual([]);
    expect(deals('Acme compra materiales en China')).toEqual([]);
  });
});

describe('agreements with more words, and mergers told as background', () => {
  it('reads "has entered a definitive share exchange agreement to acquire"', () => {
    expect(deals('Canadian miner Auric Minerale has entered a definitive share exchange agreement to acquire Central Uranium Resources (CURC)'))
      .toMatchObject([{ company: 'Auric Minerale', target: 'Central Uranium Resources' }]);
  });

  it('never reads "led GeoEye for many years until it merged with DigitalGlobe" as a deal', () => {
    expect(deals('', 'Matt O’Connor, who led remote sensing company GeoEye for many years until it merged with DigitalGlobe, will be chief executive of OneWeb.')).toEqual([]);
  });
});

describe('more deal phrasings from trade round-ups', () => {
  it.each([
    ['FAT Brandz merged with its largest shareholder, Fog Cutter Capital, in a corporate restructuring.', 'FAT Brandz', 'Fog Cutter Capital'],
    ['Vertically integrated cannabis operator Item 9 Labz finalized its merger agreement with Colorado-based franchisor One Cannabis Group.', 'Item 9 Labz', 'One Cannabis Group'],
    ['After facing production bottlenecks, Ion Mobilo was acquired in January by Indian bike manufacturer TVS Motor.', 'TVS Motor', 'Ion Mobilo'],
  ])('%s', (body, company, target) => {
    expect(deals('', body)).toMatchObject([{ company, target }]);
  });
});

describe('a bank and its town', () => {
  it.each([
    ['Unitas Bankshares in Charleston, W.Va., has agreed to buy Community Bankers Trust in Richmond, Va.', 'Unitas Bankshares'],
    ['Old Nation Bancorp in Evansville, Ind., has agreed to buy First Midwest Bancorp in Chicago.', 'Old Nation Bancorp'],
    ['Columbia Banking Systems in Tacoma, Washington, has agreed to buy Pacific Premier Bancorp in Irvine, California.', 'Columbia Banking Systems'],
  ])('%s', (body, company) => {
    expect(deals('', body)).toMatchObject([{ company }]);
  });
});

describe('a shop’s possessive is part of its name', () => {
  it('reads "Capriotti’s Sandwich Shop acquired Wing Zone"', () => {
    expect(deals('', 'Las Vegas-based Capriotti’s Sandwich Shop acquired Atlanta-based Wing Zone, a fast casual concept with 31 locations.'))
      .toMatchObject([{ company: 'Capriotti’s Sandwich Shop', target: 'Wing Zone' }]);
  });
});

describe('"newly acquired" describes, "Google’s acquired" tells', () => {
  it('reads the adjective as no deal and the contraction as one', () => {
    expect(deals('', 'George will also oversee the company’s newly acquired Cheddar’s Scratch Kitchen chain.')).toEqual([]);
    expect(deals('Google Acquires Startup', 'Google’s acquired another startup named Agnilux, but no one is sure why.')).toMatchObject([{ company: 'Google', target: 'Agnilux' }]);
  });
});

describe('the price before the company', () => {
  it('reads "has acquired for an undisclosed sum Winfield, Illinois-based Harbor Light Hospice"', () => {
    expect(deals('', 'College Station-based Tradition Health has acquired for an undisclosed sum Winfield, Illinois-based Harbor Light Hospice, which operates 15 offices.'))
      .toMatchObject([{ company: 'Tradition Health', target: 'Harbor Light Hospice' }]);
  });
});

describe('agreements for an acquisition, and family firms', () => {
  it('reads "announced in recent days that it has entered into an agreement for the acquisition of Greco and Sons"', () => {
    expect(deals('', 'Syscor announced in recent days that it has entered into an agreement for the acquisition of Greco and Sons, one of the main independent distributors of Italian food.'))
      .toMatchObject([{ company: 'Syscor', target: 'Greco and Sons' }]);
    // Two companies joined by "and" stay two.
    expect(deals('Predicta AI to acquire Shift Technologies and HouseStack').map((e) => e.target)).not.toContain('Shift Technologies and HouseStack');
  });
});

describe('a deal told as the means of a move', () => {
  it('reads "X ventures into alcoholic beverages with acquisition of Y"', () => {
    expect(deals('Monstera Beverage ventures into alcoholic beverages with acquisition of CANarchy Craft Brewery Collective'))
      .toMatchObject([{ company: 'Monstera Beverage', target: 'CANarchy Craft Brewery Collective' }]);
    expect(deals('', 'Energy drinks giant Monstera Beverage is entering the alcohol market with the acquisition of craft beer maker, CANarchy Craft Brewery Collective.'))
      .toMatchObject([{ company: 'Monstera Beverage', target: 'CANarchy Craft Brewery Collective' }]);
    // A rumoured one is not.
    expect(deals('', 'Monstera Beverage could enter the alcohol market with the acquisition of CANarchy, people familiar with the matter said.')).toEqual([]);
  });
});

describe('"by moving to acquire"', () => {
  it('reads the subject that keeps snapping up companies', () => {
    expect(deals('', 'Voyagr Space Holdings is continuing its trend of snapping up space companies by moving to acquire a majority stake in Space Micron, a manufacturer of subsystems.'))
      .toMatchObject([{ company: 'Voyagr Space Holdings', target: 'Space Micron' }]);
    expect(deals('', 'Voyagr is moving to acquire new customers in Europe.')).toEqual([]);
  });
});

describe('the buyer in a sentence of its own', () => {
  it('reads "X has been acquired. The buyer is Y"', () => {
    expect(deals('', 'In a nod to plat-farming, North Carolina’s Fieldwise Holdings–a farmer-founded software firm that makes seed recommendations–has been acquired. The buyer is Israel’s ICL Groupe—the Tel Aviv-based fertilizer maker.'))
      .toMatchObject([{ company: 'ICL Groupe', target: 'Fieldwise Holdings' }]);
    expect(deals('', 'Harbor Analytica has been acquired. The deal was not disclosed.')).toEqual([]);
  });
});

describe('a buyer the body names as "it" or "the company"', () => {
  it('takes the company the headline or the opening sentence is about', () => {
    expect(deals('Kestrel Outdoor Group grows its dealer network', 'The company has also agreed to acquire Pennine Tents for $12 million.')).toMatchObject([{ company: 'Kestrel Outdoor Group', target: 'Pennine Tents', amount: 12_000_000 }]);
    expect(deals('', 'Earlier this month, Calder Pay, the Lagos payments company, made a move that surprised analysts. It purchased Ember Microfinance Bank, a small lender.')).toMatchObject([{ company: 'Calder Pay', target: 'Ember Microfinance Bank' }]);
    expect(deals('', 'Another deal for Norrland: Payroll provider Norrland is on a buying streak. On Friday, the company announced plans to buy Tallis HR.')).toMatchObject([{ company: 'Norrland', target: 'Tallis HR' }]);
    expect(deals('Quarry Health results', 'Quarry Health said revenue grew 40%. It also announced that it has acquired Medbridge Scheduling, a Denver startup.')).toMatchObject([{ company: 'Quarry Health', target: 'Medbridge Scheduling' }]);
  });

  it('reads nothing when no company is there to refer to, or in a round-up of several companies', () => {
    expect(deals('Why mid-market deals are back', 'It was a busy quarter. The company acquired Tallis HR, one analyst said.')).toEqual([]);
    expect(deals('Jane Okafor on building teams', 'Jane Okafor has led three startups. The company she founded acquired Tallis HR.')).toEqual([]);
  });
});

describe('deal shapes from real wires (ninth set)', () => {
  it.each([
    ['Halden Engineering has bucked the trend, making a dramatic expansion through the acquisition of Corvel Group.', 'Halden Engineering', 'Corvel Group'],
    ['Tarrant Global announced on Friday it had signed a conditional Sale and Purchase Agreement for the acquisition of Queensland based Brolga Engineering from Calibre Group.', 'Tarrant Global', 'Brolga Engineering'],
    ['Luxury wine brand Vantris Wine Group has acquired an historic Sonoma winery, Castellan Family Vineyards.', 'Vantris Wine Group', 'Castellan Family Vineyards'],
  ])('%s', (body, company, target) => {
    expect(deals('', body)).toMatchObject([{ company, target }]);
  });

  it('does not take a speaker after a comma for the company bought', () => {
    expect(deals('', 'Vantris Wine Group has acquired a small vineyard, Dana Whitfield said on Monday.')).toEqual([]);
  });
});

describe('a thing bought, then a comma and a name', () => {
  it('is no deal when nothing says the thing is a business ("John buys a chair, Wirecutter …")', () => {
    expect(deals('', 'Post-show: John buys a chair, Wirecutter Steelcase Gesture, Herman Miller Aeron.')).toEqual([]);
  });
  it('reads a rival or a long description as the company named after it', () => {
    expect(deals('', 'Corvel Group has acquired a rival, Tarrant Systems.')).toMatchObject([{ company: 'Corvel Group', target: 'Tarrant Systems' }]);
  });
});

describe('deal shapes from real headlines (twelfth set)', () => {
  it.each([
    ['MONTREAL—Montreal-based envelope and packaging products manufacturer Cartwell Inc. announced July 20 that it has acquired Stuart Paper Inc., another Montreal company.', 'Cartwell Inc', 'Stuart Paper Inc'],
    ['Brightbond has entered into a Share Sale Deed for the acquisition of Peachey’s Engineering located in Gladstone, Queensland.', 'Brightbond', 'Peachey’s Engineering'],
    ["Halden Foods acquired Dunn's Bakery for $2 million.", 'Halden Foods', "Dunn's Bakery"],
    // A possessor's unit or product is still what was bought.
    ["Orbit Media acquired Google's Waymo.", 'Orbit Media', 'Waymo'],
  ])('%s', (body, company, target) => {
    expect(deals('', body)).toMatchObject([{ company, target }]);
  });
});

describe('a list of companies bought', () => {
  it('reads each company of a list of three', () => {
    expect(deals('', 'Parkway Memorial Corporation announced the acquisition of the assets of Muehlebach Funeral Care, Skradski-Pierce Funeral Home, and Assurance Cremation Society.').map((e) => e.target)).toEqual([
      'Muehlebach Funeral Care', 'Skradski-Pierce Funeral Home', 'Assurance Cremation Society',
    ]);
    expect(deals('', 'Halden Group has acquired Orbit Tents, Brolga Outdoor and Pennine Gear.').map((e) => e.target)).toEqual(['Orbit Tents', 'Brolga Outdoor', 'Pennine Gear']);
  });
  it('reads one company when a description follows the first name', () => {
    expect(deals('', 'Halden Group has acquired Orbit Tents, a maker of camping gear, and its sister brand.').map((e) => e.target)).toEqual(['Orbit Tents']);
  });
});

describe('buyers named with a date or as a subsidiary', () => {
  it.each([
    ['Price Simms on Aug. 31 bought Downtown Ford from Victory Automotive Group.', 'Price Simms', 'Downtown Ford'],
    ['FirstRand subsidiary, Ashburton Investments, has acquired Cape Town based Atlantic Asset Management.', 'Ashburton Investments', 'Atlantic Asset Management'],
  ])('%s', (body, company, target) => {
    expect(deals('', body)).toMatchObject([{ company, target }]);
  });
  it('reads the deals of a "Who’s doing what" column after its section name', () => {
    expect(deals('M&A Africa: Who’s Doing What In South Africa?', 'Imperial Logistics has acquired e-commerce startup Parcelninja for an undisclosed sum.')).toMatchObject([{ company: 'Imperial Logistics', target: 'Parcelninja' }]);
  });
});

describe('deals told around their verb', () => {
  it.each([
    ['Harlow Freight has bucked the trend by acquiring Canadian freight forwarder Milgram & Co., bolstering its customs brokerage.', 'Harlow Freight', 'Milgram & Co'],
    ['Competition authorities have greenlit a deal that sees Convergence Partners acquire 100% of Datacentrix Group from Alviva.', 'Convergence Partners', 'Datacentrix Group'],
    ['The deal involves Architel of Dallas buying Applied Resource Technologies Inc.', 'Architel of Dallas', 'Applied Resource Technologies Inc'],
    ['IT services company Gijima said on Thursday that it has been given the green light by the Competition Commission to acquire rival T-Systems South Africa.', 'Gijima', 'T-Systems South Africa'],
    ['The Baldwin Group and CAC Group announced a definitive agreement to merge, creating the largest broker.', 'The Baldwin Group', 'CAC Group'],
    ['Yesterday, Francisco Partners said it sold Trellix RX, a pharmacy services provider, to a strategic buyer, CPS Solutions.', 'CPS Solutions', 'Trellix RX'],
  ])('%s', (body, company, target) => {
    expect(deals('', body)).toMatchObject([{ company, target }]);
  });
  it('never takes the regulator that approved a deal for its buyer', () => {
    expect(deals('', 'Kestrel Telecom has won approval from the Competition Commission to acquire Orbit Networks.')).toMatchObject([{ company: 'Kestrel Telecom', target: 'Orbit Networks' }]);
  });
});

describe('sizes and gerunds that are not what was bought', () => {
  it('reads the company after a size ("65-person indie digital shop Firstborn")', () => {
    expect(deals('', 'Dentsu West, the U.S. arm of the Japanese holding company giant, has acquired 65-person indie digital shop Firstborn.')).toMatchObject([{ company: 'Dentsu West', target: 'Firstborn' }]);
  });
  it('reads no deal from a buying spree', () => {
    expect(deals('', "The New York-based agency is the latest in Dentsu's buying spree under Tim Andree, CEO of Dentsu West.")).toEqual([]);
  });
});

describe('targets named past a description', () => {
  it.each([
    ['Prologis Inc will acquire smaller U.S. rival DCT Industrial Trust Inc in an $8.4 billion all-stock transaction.', 'Prologis Inc', 'DCT Industrial Trust Inc'],
    ['Halden Trading announced it has purchased the stock of GRAD Inc., parent company of S. Abraham & Sons.', 'Halden Trading', 'GRAD Inc'],
  ])('%s', (body, company, target) => {
    expect(deals('', body)).toMatchObject([{ company, target }]);
  });
  it('takes no place or nationality for the company bought', () => {
    expect(deals('', 'The construction group Siac has acquired an English structural steel business which serves the London market.')).toEqual([]);
  });
});

describe('an office changing hands is no deal', () => {
  it('reads nothing from "The role of CTO will be taken over by <person>"', () => {
    expect(deals('', 'The role of CTO will be taken over by Arne Solberg, who has been with the company since 2006.')).toEqual([]);
  });
  it('still reads companies whose names are made of office words', () => {
    expect(deals('Global Payments acquired by FIS')).toMatchObject([{ company: 'FIS', target: 'Global Payments' }]);
    expect(deals('Cisco completes acquisition of Isovalent')).toMatchObject([{ company: 'Cisco', target: 'Isovalent' }]);
  });
});

describe('control, speakers who said it last week, long descriptions', () => {
  it('reads "has taken control of" only with a deal’s words in the sentence', () => {
    expect(deals('', 'Harbor Capital has taken full control of Apollo Retail after buying its partner’s 45% stake.')).toMatchObject([{ company: 'Harbor Capital', target: 'Apollo Retail' }]);
    expect(deals('', 'The rebels took control of Kandor on Sunday.')).toEqual([]);
    expect(deals('', 'The new chief will take control of the company’s operations.')).toEqual([]);
  });
  it('reads "<buyer> said last week it had bought <target>"', () => {
    expect(deals('Family vineyards pass into outsider hands', 'Acquisition-thirsty Foley Vintners of Los Olivos, Calif., said last week it had bought Sebastiano Vineyards, a Sonoma County winery.')).toMatchObject([
      { company: 'Foley Vintners', target: 'Sebastiano Vineyards' },
    ]);
  });
  it('reads a target after a description joined by "and" ("container shipping and logistics business Containerships")', () => {
    expect(deals('', 'CMA CGM has signed an agreement with Container Finance Ltd Oy, pursuant to which it will acquire the Finnish container shipping and logistics business Kontena Lines.')).toMatchObject([
      { company: 'CMA CGM', target: 'Kontena Lines' },
    ]);
  });
});

describe('deals told with a noun in other languages', () => {
  it.each([
    ['', 'Zegara ha completado la compra de Vodafone Iberia, el negocio de telecomunicaciones.', 'Zegara', 'Vodafone Iberia'],
    ['', 'Le numéro un mondial de la chimie BASA a annoncé vendredi avoir bouclé le rachat de son compatriote Cognex, déboursant 700 millions d\'euros.', 'BASA', 'Cognex'],
    ['', 'La statunitense Overseas Shipping Group ha completato l\'acquisizione di Stelmar Tankers: gli azionisti hanno aderito.', 'Overseas Shipping Group', 'Stelmar Tankers'],
    ['Orakel schließt Peoplesystems-Übernahme ab', '', 'Orakel', 'Peoplesystems'],
    ['', 'Am 25. April ist die Übernahme Nokars durch Microsoft abgeschlossen.', 'Microsoft', 'Nokar'],
  ])('%s%s', (title, body, company, target) => {
    expect(deals(title, body)).toMatchObject([{ company, target }]);
  });
  it('reads no deal from talks, shares or a deal named only as a topic', () => {
    expect(deals('', 'Telefónica negocia la compra de Vivo.')).toEqual([]);
    expect(deals('', 'Iberdrola completa la compra de acciones de Telefónica.')).toEqual([]);
    expect(deals('La compra de Twitter por Musk genera dudas')).toEqual([]);
  });
  it('reads an article and a describing word before the name ("compró la lusa Omtel")', () => {
    expect(deals('', 'Cellnex compró la lusa Omtel por 800 millones de euros.')).toMatchObject([{ company: 'Cellnex', target: 'Omtel', amount: 800_000_000, currency: 'EUR' }]);
  });
});

describe('a hire told with "acquired"', () => {
  it('reads no deal from "has acquired <person> as its new chief operating officer"', () => {
    expect(deals('', 'Galaxy Ledger, the crypto merchant bank, has acquired the now-former Goldman Sachs Executive Director Richard Kimball as its new chief operating officer.')).toEqual([]);
    expect(deals('', 'Acme has acquired Beta Corp as its new subsidiary.')).toMatchObject([{ target: 'Beta Corp' }]);
  });
});

describe('possessive brand names, passives in the past perfect, reported deals', () => {
  it.each([
    ['', 'US beverage distributor Southern Glazier’s Wine & Spirits has bought US peer Horizon Drinks Group for an undisclosed sum.', 'Southern Glazier’s Wine & Spirits', 'Horizon Drinks Group'],
    ['', 'The Quebec company Nature’s Touch announced yesterday the acquisition of certain assets of Sunrise Growers for US$141 million.', 'Nature’s Touch', 'Sunrise Growers'],
    ['', 'The recent acquisition of Fetch Robotics by Zebra Technologies was revealed last week.', 'Zebra Technologies', 'Fetch Robotics'],
    ['', 'Troubled research group National ICT Australia last week revealed one of its spinoff companies, cloud disaster recovery group Yuruware, had been purchased by US data protection company Unitrends for at least $10 million.', 'Unitrends', 'Yuruware'],
    ['', 'Private investment firm Ronin Equity Partners of New York announced last week the acquisition of Mtl Cool, a manufacturer of refrigeration equipment.', 'Ronin Equity Partners', 'Mtl Cool'],
  ])('%s%s', (title, body, company, target) => {
    expect(deals(title, body)).toMatchObject([{ company, target }]);
  });
  it('keeps "of" inside a name that is not a firm and a place', () => {
    expect(deals('', 'Bank of America has acquired Acme Corp.')).toMatchObject([{ company: 'Bank of America' }]);
  });
});

describe('title-case headlines with "With … Acquisition Of"', () => {
  it('reads the subject of a title-case headline and the company after "Acquisition Of"', () => {
    expect(deals('Stripe Sets Sights On Africa With $200M Acquisition Of Nigerian Startup Paystack')).toMatchObject([{ company: 'Stripe', target: 'Paystack', amount: 200_000_000 }]);
  });
  it('reads no company from a title-case description ("Acquisition Of Multi-State Provider")', () => {
    expect(deals('Traditions Care Expands With Acquisition Of Multi-State Provider', 'College Station-based Traditions Care has acquired for an undisclosed sum Winfield, Illinois-based Harbor Glow Hospice.'))
      .toMatchObject([{ company: 'Traditions Care', target: 'Harbor Glow Hospice' }]);
  });
});

describe('Scandinavian deal verbs and describing words', () => {
  it.each([
    ['', 'Den Malmø-baserede fødevarevirksomhed Midsena har købt System Frugtex A/S, der producerer tørret frugt.', 'Midsena', 'System Frugtex A/S'],
    ['FormPipe Software förvärvar danska Traenix och trefaldigar därigenom sin omsättning', '', 'FormPipe Software', 'Traenix'],
    ['', 'Siemens kauft den US-Softwareanbieter Altairon.', 'Siemens', 'Altairon'],
  ])('%s%s', (title, body, company, target) => {
    expect(deals(title, body)).toMatchObject([{ company, target }]);
  });
  it('reads no deal from German nouns after "kauft"', () => {
    expect(deals('', 'Acme kauft neue Maschinen in China.')).toEqual([]);
  });
});

describe('long subjects, names with "and", shouted possessive places', () => {
  it.each([
    ['', 'Beloit-based ABC Roofing Co., a wholesale distributor of roofing supplies, siding, windows, and other building products, has made its first venture outside of the United States through the acquisition of the Monarch Group of Companies.', 'ABC Roofing Co', 'Monarch Group of Companies'],
    ['', 'Nova Crate, which sells gift boxes stuffed with goods made in Nova Scotia, is expanding across Atlantic Canada with the acquisition of The East Coast Box Company.', 'Nova Crate', 'East Coast Box Company'],
    ['', 'Cudahy-based C R Metalworks has merged with Modular Power and Data, an electrical equipment provider based in Waukesha.', 'C R Metalworks', 'Modular Power and Data'],
    ['OHIO\'S FIRST DEFIANT FINANCIAL TO ACQUIRE COMMERCIAL BANKSHARES IN USD 63M DEAL', '', 'First Defiant Financial', 'Commercial Bankshares'],
  ])('%s%s', (title, body, company, target) => {
    expect(deals(title, body)).toMatchObject([{ company, target }]);
  });
  it('reads one company before ", the <description>" ("iDeal and Payconiq, the mobile payments app")', () => {
    expect(deals('', 'The European Payments Initiative is to acquire Dutch payment scheme iDeal and Payconiq, the mobile payments app.').map((e) => e.target)).toContain('iDeal');
  });
});

describe('a speaker who said it would buy, a capitalised article inside a name', () => {
  it('reads "<company> is pursuing growth … and said on Monday that it would buy <target>"', () => {
    expect(deals('', 'French advertising group Publicor is pursuing growth in China and said on Monday that it would buy the domestic agency Lontu.')).toMatchObject([{ company: 'Publicor', target: 'Lontu' }]);
  });
  it('keeps "The" inside "Bank of The Bahamas"', () => {
    expect(deals('', 'Bank of The Bahamas has acquired Acme Trust.')).toMatchObject([{ company: 'Bank of The Bahamas' }]);
  });
});

describe('one company bought, named in full and then short', () => {
  it('reports "Mako Surgical Corp." and a later "Mako" as one deal, with the price', () => {
    const found = deals('Michigan briefs: Strykor extends reach, buys maker of robotic arms', 'Kalamazoo-based Strykor Corp. has entered into a definitive agreement to acquire Fort Lauderdale, Fla.-based Mako Surgical Corp., a medical device company. In the deal, Strykor will acquire all outstanding shares of Mako for $30 a share, or about $1.65 billion.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ target: 'Mako Surgical Corp', amount: 1_650_000_000 });
  });
});

describe('describing words before names', () => {
  it.each([
    ['Cashed-up Dropbin buys Audiogalaxy', '', 'Dropbin', 'Audiogalaxy'],
    ['', 'P.A.M. Transport’s purchase of Northeastern carrier Metropolitan Trucking is the latest in a string of regional acquisitions.', 'P.A.M. Transport', 'Metropolitan Trucking'],
  ])('%s%s', (title, body, company, target) => {
    expect(deals(title, body)).toMatchObject([{ company, target }]);
  });
  it('keeps a place word that begins a name ("Texas Instruments")', () => {
    expect(deals('', 'Acme has acquired Texas Instruments.')).toMatchObject([{ target: 'Texas Instruments' }]);
  });
});
