import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/extract/index.js';
import { extractFromItem } from '../../src/scan/extract-items.js';

// The item as the scanner hands it over: headline, HTML-stripped body, feed author.
const extract = (title: string, body = '', author: string | null = null) =>
  extractEvents({ title, summary: body, content: '', author, link: null, published: null, feedKind: null });

const jobs = (title: string, body = '', author: string | null = null) => extract(title, body, author).filter((e) => e.type === 'job_change');

describe('press-release job changes', () => {
  it.each([
    ['Acme names Jane Doe CMO', 'Jane Doe', 'CMO', 'Acme', 'c_level', 'marketing'],
    ['Kestrel Security Names Marcus Chen VP of Sales', 'Marcus Chen', 'VP of Sales', 'Kestrel Security', 'vp', 'sales'],
    ['Canopy HR appoints Elena Petrova as Head of Marketing', 'Elena Petrova', 'Head of Marketing', 'Canopy HR', 'head', 'marketing'],
    ['Ferrum Pay hires Sofia Alvarez as CFO', 'Sofia Alvarez', 'CFO', 'Ferrum Pay', 'c_level', 'finance'],
    ['Acme taps Siobhán O\'Connor as Chief Revenue Officer', "Siobhán O'Connor", 'Chief Revenue Officer', 'Acme', 'c_level', 'sales'],
    ['Acme promotes Zhang Wei to COO', 'Zhang Wei', 'COO', 'Acme', 'c_level', 'operations'],
    ['Acme welcomes Oluwaseun Adeyemi as VP Engineering', 'Oluwaseun Adeyemi', 'VP Engineering', 'Acme', 'vp', 'engineering'],
    ['Acme has named José María García-López Chief Product Officer', 'José María García-López', 'Chief Product Officer', 'Acme', 'c_level', 'product'],
    ['Acme announced the appointment of Nguyễn Thị Lan as Director of Talent', 'Nguyễn Thị Lan', 'Director of Talent', 'Acme', 'director', 'hr'],
    ['Jane Doe has been appointed CFO of Acme', 'Jane Doe', 'CFO', 'Acme', 'c_level', 'finance'],
    ['Jean-Luc Van den Berg joins Acme as CISO', 'Jean-Luc Van den Berg', 'CISO', 'Acme', 'c_level', 'security'],
    ['Acme names new CMO Jane Doe', 'Jane Doe', 'CMO', 'Acme', 'c_level', 'marketing'],
    ['Ingrid Halvorsen is Kestrel Robotics\' new COO', 'Ingrid Halvorsen', 'COO', 'Kestrel Robotics', 'c_level', 'operations'],
    ['Ledgerly announces Tomás Ortega as next CFO', 'Tomás Ortega', 'CFO', 'Ledgerly', 'c_level', 'finance'],
    // An all-caps wire headline with no body to copy casing from.
    ['JANE DOE JOINS ACME ROBOTICS AS CHIEF REVENUE OFFICER', 'Jane Doe', 'Chief Revenue Officer', 'Acme Robotics', 'c_level', 'sales'],
    ['Acme strengthens leadership with appointment of Jane Doe as CTO', 'Jane Doe', 'CTO', 'Acme', 'c_level', 'engineering'],
    ['Acme expands C-suite, hires Priya Patel as Chief People Officer', 'Priya Patel', 'Chief People Officer', 'Acme', 'c_level', 'hr'],
    ['Nike brings back Elliott Hill as CEO', 'Elliott Hill', 'CEO', 'Nike', 'c_level', 'general_management'],
    ['Acme rehires Jane Doe as COO', 'Jane Doe', 'COO', 'Acme', 'c_level', 'operations'],
    ['Acme makes Jane Doe its first Chief AI Officer', 'Jane Doe', 'Chief AI Officer', 'Acme', 'c_level', 'data'],
    ['Jane Doe takes over as CEO of Acme', 'Jane Doe', 'CEO', 'Acme', 'c_level', 'general_management'],
    ['Jane Doe takes the helm at Acme as CEO', 'Jane Doe', 'CEO', 'Acme', 'c_level', 'general_management'],
    ['Jane Doe steps up to CEO at Acme', 'Jane Doe', 'CEO', 'Acme', 'c_level', 'general_management'],
    ['Jane Doe tapped as Acme CFO', 'Jane Doe', 'CFO', 'Acme', 'c_level', 'finance'],
    ['Jane Doe succeeds John Roe as Acme CEO', 'Jane Doe', 'CEO', 'Acme', 'c_level', 'general_management'],
    ['Acme CFO Jane Doe promoted to CEO', 'Jane Doe', 'CEO', 'Acme', 'c_level', 'general_management'],
    ["Acme's new CEO is Jane Doe", 'Jane Doe', 'CEO', 'Acme', 'c_level', 'general_management'],
    ['Acme hands CEO role to Jane Doe', 'Jane Doe', 'CEO', 'Acme', 'c_level', 'general_management'],
    ["Zepto appoints Aadit Palicha's former colleague Kaivalya Vohra as Chief Technology Officer", 'Kaivalya Vohra', 'Chief Technology Officer', 'Zepto', 'c_level', 'engineering'],
    ['Oluwaseun Adeyemi is the new Chief Operating Officer of Flutterwave', 'Oluwaseun Adeyemi', 'Chief Operating Officer', 'Flutterwave', 'c_level', 'operations'],
    // Each clause of a headline is read on its own; the chair is a board seat, not a move.
    ['Kestrel Security names Ana Ruiz chair; Omar Haddad to become CEO', 'Omar Haddad', 'CEO', 'Kestrel Security', 'c_level', 'general_management'],
    // Past-tense active voice: a person right after "named" makes the sentence's subject the employer.
    ['Heineken USA named Carla Brandt chief marketing officer.', 'Carla Brandt', 'chief marketing officer', 'Heineken USA', 'c_level', 'marketing'],
    ['Verizon Communications today named Dana Ruiz Executive Vice President and Chief People Officer.', 'Dana Ruiz', 'Executive Vice President and Chief People Officer', 'Verizon Communications', 'c_level', 'hr'],
    // The area a role heads is open vocabulary: "head of advertising sales", "co-head of West Coast technology M&A".
    ['The Guardian has hired Rosa Lind as head of advertising sales.', 'Rosa Lind', 'head of advertising sales', 'The Guardian', 'head', 'sales'],
    ['Morgan Stanley hired Kai Brenner as co-head of West Coast technology M&A.', 'Kai Brenner', 'co-head of West Coast technology M&A', 'Morgan Stanley', 'head', 'strategy'],
  ])('%s', (title, person, jobTitle, company, seniority, fn) => {
    const [e, ...rest] = jobs(title);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ person, title: jobTitle, company, seniority, function: fn });
  });

  it.each([
    ['Former Okta exec Marcus Chen joins Kestrel Security as VP Sales', '', 'Okta'],
    ['Lumen Health names Priya Raman Chief Marketing Officer', 'Raman was previously VP of Marketing at Stripe.', 'Stripe'],
    ['Acme hires Jane Doe as CFO', 'Doe joins from Wells Fargo, where she led treasury.', 'Wells Fargo'],
    ['Acme names Jane Doe CTO', 'Doe most recently served as SVP of Engineering at Datadog.', 'Datadog'],
    ['Acme appoints Jane Doe as COO', 'She spent seven years at Shopify.', 'Shopify'],
    ['Acme names Jane Doe CMO', 'Jane Doe was formerly Chief Marketing Officer at Arctic Wolf.', 'Arctic Wolf'],
    ['Tessera Bio names Ruth Okonjo CFO', 'Okonjo most recently led treasury operations at Baxter International.', 'Baxter International'],
    ['Tessera Bio names Ruth Okonjo CEO', 'She was formerly President of the diagnostics unit at Siemens Healthineers.', 'Siemens Healthineers'],
    ['Tessera Bio names Ruth Okonjo COO', 'Okonjo was previously Vice President of Bayer Crop Science\'s seeds division.', 'Bayer Crop Science'],
    ['The Talent Roundup', 'Ruth Okonjo is Tessera Bio\'s new Head of People, from Personio.', 'Personio'],
    ['Tessera Bio hires former Roche executive Ruth Okonjo as CFO', 'Okonjo was formerly treasurer of Roche Diagnostics\' Basel unit.', 'Roche Diagnostics'],
    ['Tessera Bio brings on former Morgan Stanley partner as CFO', 'Ruth Okonjo joins Tessera Bio as CFO.', 'Morgan Stanley'],
    ['Tessera Bio names ex-Illumina exec Ruth Okonjo CFO', '', 'Illumina'],
    ['Tessera Bio names Ruth Okonjo CFO', 'Okonjo joins after nine years leading finance at Novartis.', 'Novartis'],
    // The subject's own employer in front of the name, and appositives said of the person by name.
    ['Citadel portfolio manager Omar Reyes is leaving the fund to join Point72 as a partner', '', 'Citadel'],
    ['Design veteran joins Loomworks', 'Ines Carvalho, a principal designer of consumer hardware at Google, has joined Loomworks as head of design.', 'Google'],
    ['Kellanova taps PepsiCo veteran to run Europe', 'Kellanova has tapped Marta Nowak, a 15-year PepsiCo veteran, as president, Europe.', 'PepsiCo'],
    ['Tessera Bio names Ruth Okonjo CFO', 'Okonjo, who led treasury at Roche, starts in May.', 'Roche'],
    // The office left, before the move ("stepping down as … to become …").
    ['Kemal Aydin is stepping down as CFO of Brightwater Freight to become CEO of Tollgate Logistics', '', 'Brightwater Freight'],
    ["Kemal Aydin will step down as Brightwater's finance chief to become chief executive of Tollgate Logistics", '', 'Brightwater'],
    ['Kemal Aydin resigned as Brightwater CFO to join Tollgate Logistics as CEO', '', 'Brightwater'],
    ['Longtime Brightwater executive Kemal Aydin is leaving to become chief executive of Tollgate Logistics', '', 'Brightwater'],
    ['Longtime Brightwater executive Kemal Aydin joins Tollgate Logistics as chief executive', '', 'Brightwater'],
  ])('previous company: %s / %s', (title, body, previous) => {
    expect(jobs(title, body)[0]?.previousCompany).toBe(previous);
  });

  it.each([
    ['Marlowe Foods founder Ivo Brandt hands CEO role to Aisha Karimi', 'Marlowe Foods', 'CEO'],
    ['Founder Ivo Brandt will focus on product as chief product officer, with Aisha Karimi taking over as CEO of Marlowe Foods', 'Marlowe Foods', 'CEO'],
    ['Aisha Karimi will succeed co-founder Ivo Brandt as chief executive of Marlowe Foods', 'Marlowe Foods', 'chief executive'],
    ['Marlowe Foods names COO Aisha Karimi as CEO, founder Ivo Brandt moves to executive chair', 'Marlowe Foods', 'CEO'],
  ])('reads a succession: %s', (title, company, role) => {
    expect(jobs(title).map((e) => [e.person, e.company, e.title])).toEqual([['Aisha Karimi', company, role]]);
  });

  it.each([
    // "Will" after a hiring verb is a first name.
    ['Lumen Pay Appoints Will Harlan as Chief Technology Officer', '', 'Will Harlan', 'Lumen Pay', 'Chief Technology Officer'],
    ['Corda Soap Company Appoints Ilse Brandt as Fractional CFO', '', 'Ilse Brandt', 'Corda Soap Company', 'Fractional CFO'],
    ['Welcoming Tomas Reyes as COO of Ostrava Labs', '', 'Tomas Reyes', 'Ostrava Labs', 'COO'],
    ['Kestrel replaced Anna Fromm with Harbor Grill head Dev Malik as its CEO in August.', '', 'Dev Malik', 'Kestrel', 'CEO'],
    ['Kestrel shake-up', 'The coffee chain replaced Anna Fromm with Dev Malik as its CEO in August.', 'Dev Malik', 'Kestrel', 'CEO'],
  ])('reads a real phrasing: %s %s', (title, body, person, company, role) => {
    expect(jobs(title, body).map((e) => [e.person, e.company, e.title])).toEqual([[person, company, role]]);
  });

  it('reads an internal appointment at the employer an appositive names, not at the office\'s area', () => {
    expect(jobs('Kofi Mensah, the deputy CFO of Volta Grid, has been appointed as the acting CFO.')).toMatchObject([{ person: 'Kofi Mensah', company: 'Volta Grid', title: 'acting CFO' }]);
    expect(jobs('Kofi Mensah, the Deputy Managing Director of Commercial Services at the Volta Power Company, has been appointed as the acting Managing Director following the resignation of Ama Owusu.'))
      .toMatchObject([{ person: 'Kofi Mensah', company: 'Volta Power Company', title: 'acting Managing Director' }]);
    // "following the resignation of" starts another clause: the appointee is not the employer left.
    expect(extract('Kofi Mensah, the deputy CFO of Volta Grid, has been appointed as the acting CFO following the resignation of Ama Owusu.').filter((e) => e.type === 'departure').map((e) => e.company)).not.toContain('Kofi Mensah');
  });

  it("takes the body's form of a name a title-case headline describes, and 'first woman MD'", () => {
    expect(jobs('Payments Expert Ines Carvalho Joins Ledgerly', 'Ledgerly announced that renowned payments expert Ines Carvalho will be joining the company as Principal Architect.'))
      .toMatchObject([{ person: 'Ines Carvalho', company: 'Ledgerly', title: 'Principal Architect' }]);
    expect(jobs('KACL gets new Managing Director', 'Abena Mensah becomes first woman MD')).toMatchObject([{ person: 'Abena Mensah', company: 'KACL', title: 'MD' }]);
    // "named to head HP": the company to head; without an office in the body there is no job to report.
    expect(jobs('Software executive Leo Brandt named to head Corvex')).toEqual([]);
    expect(jobs('Software executive Leo Brandt named to head Corvex', 'Brandt will be Corvex’s chief executive, the company said.')).toMatchObject([{ person: 'Leo Brandt', company: 'Corvex' }]);
  });

  it.each([
    ['New CFO moves from Delta', 'Halvard Motors has named Delta Air Lines CFO Paul Jacobsen chief financial officer, joining the automaker on 1 December.', 'Paul Jacobsen', 'Halvard Motors', 'Delta Air Lines'],
    ['Wirecast Capital (OTC: WRCP) Strengthens Executive Team With Appointments of Katy Moreau as CFO', '', 'Katy Moreau', 'Wirecast Capital', null],
    ['Tarn Minerals shares rise on CEO appointment', 'According to the release, the company has appointed Dale Hendry as its new managing director and CEO.', 'Dale Hendry', 'Tarn Minerals', null],
  ])('finds the hire and its employer in real wire shapes: %s', (title, body, person, company, previous) => {
    expect(jobs(title, body)).toMatchObject([{ person, company, previousCompany: previous }]);
  });

  it('reads departures whose office comes first or whose employer is the speaker', () => {
    expect(extract('The chief executive of Marlowe Foods, Piet Haas, will retire at the end of the year.').filter((e) => e.type === 'departure'))
      .toMatchObject([{ company: 'Marlowe Foods', person: 'Piet Haas', title: 'chief executive' }]);
    expect(extract('Companies are coming up short on CFO succession', 'Pawsome, an online retailer of pet food, announced on July 20 that its CFO Mario Marte has decided to retire from the company.').filter((e) => e.type === 'departure'))
      .toMatchObject([{ company: 'Pawsome', person: 'Mario Marte' }]);
  });

  it('does not read a team named for investing as a round', () => {
    expect(extract('Hedgerow Asset Management Expands Investment Team')).toEqual([]);
  });

  it('reads a departure "who has elected to step down"', () => {
    expect(extract('Smiths Group appoints CEO', 'Carter will be succeeding Paul Keel, who has elected to step down immediately from his role as CEO.').filter((e) => e.type === 'departure'))
      .toMatchObject([{ company: 'Smiths Group', person: 'Paul Keel' }]);
  });

  it('never takes a country for a person, nor "25-year" for an employer; "the immediate appointment of"', () => {
    expect(jobs('Smithfield Group appoints CEO', 'Carter will be succeeding Paul Keel, who is stepping down as he returns to the United States to become the CEO of a US public company.')).toEqual([]);
    expect(jobs('Amazon.com has named 25-year veteran Samir Kumar as its new India head.')).toMatchObject([{ person: 'Samir Kumar', previousCompany: null }]);
    expect(jobs('Engineering firm Smithfield Group plc has announced the immediate appointment of Roland Carver as its new Chief Executive Officer (CEO).'))
      .toMatchObject([{ person: 'Roland Carver', company: 'Smithfield Group plc', title: 'Chief Executive Officer' }]);
  });

  it("gives a departure the body's fuller company name", () => {
    expect(extract('Carmaker Oriel names new CEO as Tomasz Rzepka steps down', 'Oriel Motors on Thursday appointed Benedikt Aurand as chief executive.').filter((e) => e.type === 'departure'))
      .toMatchObject([{ company: 'Oriel Motors', person: 'Tomasz Rzepka' }]);
  });

  it('reads "announced its new CFO, Jane Roe" and "appointed to lead X as new president and CEO"', () => {
    expect(jobs('Marketing shake-up', 'Northwind announced its new head of marketing today, Chris Capello, less than a week after its CMO said she was leaving.'))
      .toMatchObject([{ person: 'Chris Capello', company: 'Northwind', title: 'head of marketing' }]);
    expect(jobs('Aerotec changes', 'Stephanie Poole has been appointed to lead Aerotec Commercial as new president and CEO, according to the announcement.'))
      .toMatchObject([{ person: 'Stephanie Poole', company: 'Aerotec Commercial', title: 'president and CEO' }]);
    expect(jobs('Northwind announced its new product today, Northwind Cloud.')).toEqual([]);
  });

  it('reads a hire named in a relative clause, a passive with "recently", and a firm possessing the hire', () => {
    expect(jobs('Halden lands new R&D chief', 'The pharma group has found a new pipeline leader in Daniel Weisz, who is joining the company as global head of R&D.'))
      .toMatchObject([{ person: 'Daniel Weisz', company: 'Halden', title: 'global head of R&D' }]);
    expect(jobs('Alistair Mbeki was recently named CEO of Corona Regional Medical Center.')).toMatchObject([{ person: 'Alistair Mbeki', company: 'Corona Regional Medical Center', title: 'CEO' }]);
    expect(jobs('Linklane news', "Linklane has hired Freshfield Bruck's Jonah Reeves, who will join as a partner in its London competition team."))
      .toMatchObject([{ person: 'Jonah Reeves', company: 'Linklane', previousCompany: 'Freshfield Bruck' }]);
  });

  it('reads "lands X as CEO" and "to serve as the shop\'s first chief creative officer"', () => {
    expect(jobs('BIOA lands rare disease advocate Jon Crowe as CEO')).toMatchObject([{ person: 'Jon Crowe', company: 'BIOA', title: 'CEO' }]);
    expect(jobs("Independent creative agency Periscope has appointed McKinney Executive Creative Director Petra Nilsson to serve as the shop's first chief creative officer, effective immediately."))
      .toMatchObject([{ person: 'Petra Nilsson', company: 'Periscope', title: 'chief creative officer' }]);
    expect(jobs('Acme lands $20M Series A led by Accel')).toEqual([]);
  });

  it('reads real departure and succession phrasings (fourth set)', () => {
    const departures = (title: string) => extract(title).filter((e) => e.type === 'departure');
    expect(departures('Michelle Hart stepped down from her role as president and chief executive officer of BIOA.')).toMatchObject([{ person: 'Michelle Hart', company: 'BIOA' }]);
    expect(departures('Kasper Rorby will exit his current position as CEO of adilas in 2023.')).toMatchObject([{ person: 'Kasper Rorby', company: 'adilas', title: 'CEO' }]);
    expect(departures('Dan Bane is retiring after a longtime stint as CEO of Trader Joe’s, effective July 2.')).toMatchObject([{ person: 'Dan Bane', company: 'Trader Joe’s', title: 'CEO' }]);
    const [move] = jobs('Mary Dalton, the former CEO of Ulta Beauty, will assume the CEO role at Foot Locker on Sept. 1.');
    expect(move).toMatchObject({ person: 'Mary Dalton', company: 'Foot Locker', title: 'CEO', previousCompany: 'Ulta Beauty' });
    // The evidence a rep reads is the sentence as written.
    expect(move!.evidence).toContain('assume the CEO role at Foot Locker');
  });

  it('reads "ceased his duties as CEO of X" as a departure, and a company that ceased trading as none', () => {
    expect(extract('Tomas Hollis ceased his duties as CEO of Palisado on Oct. 10.').filter((e) => e.type === 'departure')).toMatchObject([{ person: 'Tomas Hollis', company: 'Palisado', title: 'CEO' }]);
    expect(extract('The company ceased trading in March.')).toEqual([]);
  });

  it('does not take the modal "Will" for a name elsewhere', () => {
    expect(jobs('Will Acme name a new CEO?')).toEqual([]);
  });

  it('reads "is departing to become …" as the move, with no departure beside it', () => {
    expect(extract('Noor Haddad is departing to become CEO of Quarry Health').map((e) => [e.type, e.company, e.person, e.title])).toEqual([
      ['job_change', 'Quarry Health', 'Noor Haddad', 'CEO'],
    ]);
    expect(extract('Brightwater executive Noor Haddad is leaving to become CEO of Quarry Health').map((e) => [e.type, e.company, e.previousCompany])).toEqual([
      ['job_change', 'Quarry Health', 'Brightwater'],
    ]);
    // A promotion: the employer in front of the name is the new one too.
    expect(jobs('Brightwater CFO Noor Haddad named CEO of Brightwater')[0]).toMatchObject({ company: 'Brightwater', previousCompany: null });
  });

  it('does not read "takes over as CEO" as a takeover, nor "makes X a partner" as a hire', () => {
    expect(extract('Jane Doe takes over as CEO of Acme').map((e) => e.type)).toEqual(['job_change']);
    expect(jobs('Acme makes Jane Doe a partner in its Berlin office')).toEqual([]);
  });

  it('finds the person after "announced that", and the company the headline opens with', () => {
    const [e, ...rest] = jobs(
      'Quillstack expands leadership team',
      'Quillstack today announced that Rosa Diaz, formerly vice president at Intuit, has joined the company as SVP of Engineering.',
    );
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ person: 'Rosa Diaz', company: 'Quillstack', title: 'SVP of Engineering', seniority: 'vp', function: 'engineering', previousCompany: 'Intuit' });
  });

  it('reads every appointment a release lists, and a "former CFO of Stripe" as Stripe', () => {
    const events = jobs(
      'Acme Bolsters Executive Team with Two Key Hires',
      'Acme today announced the appointments of Maria Lopez as Chief Marketing Officer and Kenji Tanaka as Chief Technology Officer. Lopez previously led marketing at Zendesk.',
    );
    expect(events.map((e) => [e.person, e.title, e.company, e.previousCompany])).toEqual([
      ['Maria Lopez', 'Chief Marketing Officer', 'Acme', 'Zendesk'],
      ['Kenji Tanaka', 'Chief Technology Officer', 'Acme', null],
    ]);
    expect(jobs('Acme appoints Jane Doe, former CFO of Stripe, as Chief Financial Officer')[0]).toMatchObject({ person: 'Jane Doe', previousCompany: 'Stripe' });
  });

  it('reads a newsletter\'s moves section ("is now CMO at", "is the new Head of Sales at")', () => {
    const events = jobs('Moves', 'Jane Doe is now CMO at Loom. Former Stripe exec Tom Becker joined Ramp as CRO. Priya Raman (ex-Okta) is the new Head of Sales at Vanta.');
    expect(events.map((e) => [e.person, e.title, e.company, e.previousCompany])).toEqual([
      ['Jane Doe', 'CMO', 'Loom', null],
      ['Tom Becker', 'CRO', 'Ramp', 'Stripe'],
      ['Priya Raman', 'Head of Sales', 'Vanta', 'Okta'],
    ]);
  });

  it('reads "left <Company> to join|become …" with the company left as the previous one', () => {
    expect(jobs('Moves: Yuki Tanaka left Figma to become VP of Design at Linear')[0]).toMatchObject({ person: 'Yuki Tanaka', title: 'VP of Design', company: 'Linear', previousCompany: 'Figma' });
    expect(jobs('Moves: Yuki Tanaka left Figma to join Linear as VP of Design')[0]).toMatchObject({ person: 'Yuki Tanaka', title: 'VP of Design', company: 'Linear', previousCompany: 'Figma' });
  });

  it('takes the title from the body when the headline only says what the hire will run', () => {
    const [e, ...rest] = jobs("Tallyco hires Revolut's Amir Haddad to run product", 'Haddad joins as Chief Product Officer after five years at Revolut.');
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ person: 'Amir Haddad', company: 'Tallyco', title: 'Chief Product Officer', previousCompany: 'Revolut' });
    // No title anywhere: the work named is the role.
    expect(jobs("Tallyco hires Revolut's Amir Haddad to run product")).toMatchObject([{ person: 'Amir Haddad', title: 'Head of Product', seniority: 'head', function: 'product' }]);
  });

  it.each([
    ['Microsoft hires former Inflection CEO Mustafa Suleyman to lead new AI unit', 'Mustafa Suleyman', 'Microsoft', 'Head of AI', 'data'],
    ['Plaid hires Jane Doe to lead its sales team', 'Jane Doe', 'Plaid', 'Head of Sales', 'sales'],
    ['Priya Raman joins Ledgerly to oversee developer relations', 'Priya Raman', 'Ledgerly', 'Head of Developer Relations', 'engineering'],
  ])('reads the work a hire will lead as the role: %s', (title, person, company, role, fn) => {
    expect(jobs(title)).toMatchObject([{ person, company, title: role, seniority: 'head', function: fn }]);
  });

  it.each([
    'Acme hires Jane Doe to lead the company through its next phase',
    'Acme taps Jane Doe to lead the charge on pricing',
    'Jane Doe joins Acme to lead Project Atlas',
  ])('gives no role where the work is not an area a title names: %s', (title) => {
    expect(jobs(title)).toEqual([]);
  });

  it('reads both moves of "announced that A has been promoted to COO, and that B will join as CFO"', () => {
    const events = jobs(
      'Vantara Announces Executive Leadership Changes',
      'NEW YORK, Nov. 20, 2026 /PRNewswire/ -- Vantara (NASDAQ: VNTR) today announced that Jennifer Walsh has been promoted to Chief Operating Officer, and that David Park will join the company as Chief Financial Officer effective December 1, 2026.',
    );
    expect(events.map((e) => [e.person, e.company, e.title]).sort()).toEqual([
      ['David Park', 'Vantara', 'Chief Financial Officer'],
      ['Jennifer Walsh', 'Vantara', 'Chief Operating Officer'],
    ]);
  });

  it.each([
    ["Shopify lures Google's Jane Doe as CTO", 'Jane Doe', 'Shopify', 'CTO', 'Google'],
    ['Stripe nabs Coinbase exec John Smith as CFO', 'John Smith', 'Stripe', 'CFO', 'Coinbase'],
    ['Figma recruits Meta VP Sam Lee to lead AI', 'Sam Lee', 'Figma', 'Head of AI', 'Meta'],
    ['Acme elevates CRO Tim Berg to CEO', 'Tim Berg', 'Acme', 'CEO', null],
    ['Jane Doe to lead Acme as chief executive', 'Jane Doe', 'Acme', 'chief executive', null],
    ['New CFO for Mollie: Jane Kramer joins from Adyen', 'Jane Kramer', 'Mollie', 'CFO', 'Adyen'],
    ['A new CTO for Canva: Brendan Humphreys', 'Brendan Humphreys', 'Canva', 'CTO', null],
  ])('reads trade-press hire headlines: %s', (title, person, company, role, previousCompany) => {
    expect(jobs(title)).toMatchObject([{ person, company, title: role, previousCompany }]);
  });

  it.each(['New features for Notion: AI agents arrive', 'New office for Acme: Berlin'])('gives nothing for "New … for X:" that is not a role: %s', (title) => {
    expect(jobs(title)).toEqual([]);
  });

  it("gives a hire after another clause's verb to that clause's subject", () => {
    expect(jobs('Cobalt invests $14.3B in Voltcell, hires CEO Dana Lee')).toMatchObject([{ person: 'Dana Lee', company: 'Cobalt' }]);
  });

  it('reads the previous employer from "(from Twilio)" and from a headline that describes the hire by it', () => {
    expect(jobs('People moves', 'Rebecca Thornbury is the new CFO of Kestrel Compute (from Twilio).')).toMatchObject([{ person: 'Rebecca Thornbury', company: 'Kestrel Compute', previousCompany: 'Twilio' }]);
    expect(jobs('HashiCorp co-founder joins stealth startup as CEO', 'Mitchell Greer has joined Fieldstone Labs, a stealth infrastructure startup, as CEO.')).toMatchObject([
      { person: 'Mitchell Greer', company: 'Fieldstone Labs', title: 'CEO', previousCompany: 'HashiCorp' },
    ]);
  });

  it('gives "announced that it has appointed X" to the announcer, not to a verbless headline', () => {
    expect(jobs('People news', 'Vantara today announced that it has appointed Jane Doe as Chief Financial Officer.')).toMatchObject([{ person: 'Jane Doe', company: 'Vantara', title: 'Chief Financial Officer' }]);
  });

  it('reads "is pleased to welcome X as its new CISO"', () => {
    expect(jobs('Orion Health Welcomes New CISO', 'Orion Health is pleased to welcome Raj Malhotra as its new Chief Information Security Officer. Malhotra joins from Kaiser Permanente.')).toMatchObject([
      { person: 'Raj Malhotra', company: 'Orion Health', title: 'Chief Information Security Officer', previousCompany: 'Kaiser Permanente' },
    ]);
  });

  it('reads a second appointment after a comma with the first one\'s company', () => {
    expect(jobs('Vantara appoints Ines Moreau CEO, Paul Grant to become CTO').map((e) => [e.person, e.company, e.title])).toEqual([
      ['Ines Moreau', 'Vantara', 'CEO'],
      ['Paul Grant', 'Vantara', 'CTO'],
    ]);
    // Without a company of its own the first clause does not lend one: the headline is read whole.
    expect(jobs('Vantara CEO Paul Grant steps down, Ines Moreau named CEO').map((e) => [e.person, e.company])).toEqual([['Ines Moreau', 'Vantara']]);
  });

  it("does not take a plural possessive for part of the hire's name (\"Barclays' Francesca Carlesi\")", () => {
    expect(jobs("Revolut hires Barclays' Francesca Carlesi as UK CEO")).toMatchObject([{ person: 'Francesca Carlesi', company: 'Revolut', title: 'UK CEO', previousCompany: 'Barclays' }]);
  });

  it('reads a successor described by an appositive ("Yamini Rangan, currently CCO, will succeed…")', () => {
    const [e, ...rest] = jobs(
      'HubSpot Announces Leadership Transition: Yamini Rangan to Succeed Brian Halligan',
      'HubSpot today announced that Yamini Rangan, currently Chief Customer Officer, will succeed Brian Halligan as Chief Executive Officer effective September 2021.',
    );
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ person: 'Yamini Rangan', company: 'HubSpot', title: 'Chief Executive Officer', seniority: 'c_level' });
  });

  it('reads "<Person>, formerly CFO at X, has taken up the role of <Title> at <Company>"', () => {
    const [e, ...rest] = jobs('People on the move', 'Grace Müller, formerly CFO at Zalando, has taken up the role of Chief Financial Officer at Ferrum Pay.');
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ person: 'Grace Müller', title: 'Chief Financial Officer', company: 'Ferrum Pay', previousCompany: 'Zalando' });
  });

  it('reads a successor as the move ("will succeed X as CFO")', () => {
    const [e, ...rest] = jobs('Ledgerly announces CFO transition', 'Ledgerly today announced that Priya Raman will succeed Tom Becker as chief financial officer, effective Feb. 1.');
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ person: 'Priya Raman', company: 'Ledgerly', title: 'chief financial officer', seniority: 'c_level', function: 'finance' });
  });

  it('reads "X will be succeeded by Y": Y takes the office X holds', () => {
    expect(jobs('Harwick Foods CEO Nadia Brennan will be succeeded by Owen Tate, the company said.'))
      .toMatchObject([{ person: 'Owen Tate', company: 'Harwick Foods', title: 'CEO' }]);
    expect(jobs('Finance chief to retire', 'Corvel Systems said its chief financial officer, Mary Ostrander, will be succeeded by Tom Park on March 1.'))
      .toMatchObject([{ person: 'Tom Park', company: 'Corvel Systems', title: 'chief financial officer' }]);
    expect(jobs('Owen Tate to take the helm', 'Owen Tate will be succeeded by Dana Ruiz as chief executive.')).toEqual([]);
  });

  it('fills a headline that names only the role from the body', () => {
    const [e] = jobs('Zapier appoints new VP of Sales to push upmarket', 'Olumide Fashola, formerly of Asana, joins as VP of Sales.');
    expect(e).toMatchObject({ person: 'Olumide Fashola', company: 'Zapier', title: 'VP of Sales', previousCompany: 'Asana' });
  });

  it('is not fooled by companies joining programmes', () => {
    expect(jobs('Northwind Analytics joins AWS Partner Network as Advanced Partner')).toEqual([]);
  });
});

describe('job changes told in reported speech, successions and interim roles', () => {
  it('resolves "will join the company" to the speaker of the sentence', () => {
    expect(jobs('Former Stripe sales chief to join Figma as CRO', 'Figma said Tuesday that Dana Whitfield, who ran enterprise sales at Stripe, will join the company as chief revenue officer on March 1.'))
      .toMatchObject([{ company: 'Figma', person: 'Dana Whitfield', title: 'chief revenue officer', previousCompany: 'Stripe' }]);
  });

  it('reads the office a successor takes, not the one held', () => {
    expect(jobs('Leadership transition', 'The board has appointed Chief Operating Officer Rina Sato to succeed him as Chief Executive Officer of Kaito Labs.'))
      .toMatchObject([{ person: 'Rina Sato', title: 'Chief Executive Officer' }]);
  });

  it('reads a move whose employer left opens the sentence in an appositive, and reports it once', () => {
    const events = extract('Amazon VP leaves to join Anthropic', 'Lena Fox, a vice president at Amazon, has left to join Anthropic as head of product, she said on LinkedIn.');
    expect(events).toMatchObject([{ type: 'job_change', company: 'Anthropic', person: 'Lena Fox', title: 'head of product', previousCompany: 'Amazon' }]);
  });

  it('reads "will step into the role" and "will serve as interim" in the company the sentence names', () => {
    expect(jobs('Leadership news', 'Orbit Freight CFO Jane Roe will serve as interim CEO while the board searches for a successor.'))
      .toMatchObject([{ company: 'Orbit Freight', person: 'Jane Roe', title: 'interim CEO' }]);
    expect(jobs('Keynote', 'Jane Roe will serve as the keynote speaker at the summit.')).toEqual([]);
    expect(jobs('Profile', 'John Smith serves as CFO of Orbit Freight.')).toEqual([]);
  });

  it.each([
    // Verbs and role phrases of UK, Australian and Indian trade press.
    ['Zepto onboards Kavya Rao as VP, Category Management', 'Kavya Rao', 'Zepto', 'VP, Category Management', null],
    ['Nykaa Fashion CFO Rohan Das has been roped in as CFO by Meesho', 'Rohan Das', 'Meesho', 'CFO', 'Nykaa Fashion'],
    ['Ritu Sen takes charge as CEO of Tata Neu', 'Ritu Sen', 'Tata Neu', 'CEO', null],
    ['Freshworks appoints Neha Iyer to the newly created role of chief growth officer', 'Neha Iyer', 'Freshworks', 'chief growth officer', null],
    ['Ex-Ola exec Vikram Shah joins Zomato in the newly created role of Chief Customer Officer', 'Vikram Shah', 'Zomato', 'Chief Customer Officer', 'Ola'],
    ['Deloitte hires Sam Burke from rival PwC as audit partner', 'Sam Burke', 'Deloitte', 'audit partner', 'PwC'],
    ['Harlow Kemp has appointed Nadia Ferris as a senior building surveyor based at its Leeds office', 'Nadia Ferris', 'Harlow Kemp', 'senior building surveyor', null],
    ['Nadia Ferris has taken over as vice president of Harlow Kemp', 'Nadia Ferris', 'Harlow Kemp', 'vice president', null],
    ['Ortel Energy has announced that Ciara Moran has been appointed by the board as the new chief executive', 'Ciara Moran', 'Ortel Energy', 'chief executive', null],
    ['Ruth Okafor will be the new president and CEO of the Lakeside Area Chamber of Commerce, effective April 2', 'Ruth Okafor', 'Lakeside Area Chamber of Commerce', 'president and CEO', null],
    ['Freight carrier Dallow Group Inc. continued a revamp of its executive suite late yesterday by naming industry veteran Paul Brandt as CEO', 'Paul Brandt', 'Dallow Group Inc', 'CEO', null],
    ['(Ups) to Riverside Works Inc. for hiring Terri Lang as its president to lead the efforts', 'Terri Lang', 'Riverside Works Inc', 'president', null],
    ['Kestrel Hill University appoints Maria Oyelaran as vice-chancellor', 'Maria Oyelaran', 'Kestrel Hill University', 'vice-chancellor', null],
    ['Orchard Foods Group said it hired Robert J. ("Bob") Garner as its chief executive officer, effective immediately', 'Robert J. ("Bob") Garner', 'Orchard Foods Group', 'chief executive officer', null],
    ['The board of directors of the Harbour Stock Exchange unanimously elected former Finance Secretary Ernest Lau as president', 'Ernest Lau', 'Harbour Stock Exchange', 'president', null],

    // GM and city-scoped titles.
    ['Canva hires Stripe’s Mia Chen as GM, Sydney', 'Mia Chen', 'Canva', 'GM, Sydney', 'Stripe'],
    ['Barclays hires Citi’s Leo Tan as head of global banking, Hong Kong', 'Leo Tan', 'Barclays', 'head of global banking, Hong Kong', 'Citi'],
    ['Macquarie poaches UBS dealmaker Ben Ward as head of TMT', 'Ben Ward', 'Macquarie', 'head of TMT', 'UBS'],
  ])('reads %s', (title, person, company, role, previousCompany) => {
    expect(jobs(title)).toMatchObject([{ person, company, title: role, previousCompany }]);
  });

  it('takes the title of a headline move from the body when the headline states none', () => {
    expect(jobs('Herbert Smith partner Claire Moss moves to Allens', 'Moss will join Allens as a Partner in its Sydney M&A team from 1 July.'))
      .toMatchObject([{ person: 'Claire Moss', company: 'Allens', title: 'Partner', previousCompany: 'Herbert Smith' }]);
    expect(jobs('Former Meta exec Omar Reid is heading to TikTok', 'Reid will take up the role of head of agency partnerships, UK, at TikTok in March.'))
      .toMatchObject([{ person: 'Omar Reid', company: 'TikTok', title: 'head of agency partnerships, UK', previousCompany: 'Meta' }]);
    expect(jobs('Jane Doe joins Acme')).toEqual([]);
  });

  it('reads a people-moves column headed "Who\'s moving where"', () => {
    expect(jobs("Who's moving where: Investec and Ashurst", 'Investec has appointed Daniel Hart as head of private banking; he joins from Coutts.'))
      .toMatchObject([{ person: 'Daniel Hart', company: 'Investec', previousCompany: 'Coutts' }]);
  });

  it('reads a team welcome post and a hire named after a funding clause', () => {
    expect(jobs('Welcome to the team, Jane!', "We're delighted to welcome Jane Okafor as our new VP of Sales at Loomly. Jane joins us from HubSpot."))
      .toMatchObject([{ person: 'Jane Okafor', company: 'Loomly', title: 'VP of Sales', previousCompany: 'HubSpot' }]);
    expect(jobs('Pylon raises $20M Series B, names former Zendesk exec as CRO', 'The company also announced that Mark Delgado, previously at Zendesk, will join as chief revenue officer.'))
      .toMatchObject([{ person: 'Mark Delgado', company: 'Pylon' }]);
    expect(jobs('Two announcements', "Today Cobalt Labs is announcing a $12M seed round. We're also excited to welcome Angela Ruiz as our first VP of Marketing."))
      .toMatchObject([{ person: 'Angela Ruiz', company: 'Cobalt Labs' }]);
  });

  it("gives a pronoun's previous employer only to the person it can mean", () => {
    const events = jobs('Movers', 'Heineken USA named Carla Brandt chief marketing officer; she joins from Danone. Spotify promoted Derek Wu to global head of advertising sales.');
    expect(events.map((e) => [e.person, e.previousCompany])).toEqual([['Carla Brandt', 'Danone'], ['Derek Wu', null]]);
  });

  it('reads an appositive title before the employer left, and never takes the employer for the person', () => {
    expect(jobs("Vogue's publisher leaves for Spotify", 'Anna Reyes, chief business officer at Condé Nast, is leaving to become Spotify’s vice president of ad sales.'))
      .toMatchObject([{ person: 'Anna Reyes', company: 'Spotify', title: 'vice president of ad sales', previousCompany: 'Condé Nast' }]);
  });

  it('reads two people sharing an interim office', () => {
    expect(jobs('Halden Foods names interim co-CEOs', 'CFO Rosa Lind and COO Pavel Novak will serve as interim co-CEOs while the board searches.').map((e) => [e.person, e.title, e.company])).toEqual([
      ['Rosa Lind', 'interim co-CEO', 'Halden Foods'],
      ['Pavel Novak', 'interim co-CEO', 'Halden Foods'],
    ]);
  });

  it('reads a promotion post with a regional title, and no anniversary look-back', () => {
    expect(jobs('Promoted!', "I'm humbled to share that I've been promoted to Regional Director, Northeast at Paychex. Thank you to my team.", 'Maya Lopez'))
      .toMatchObject([{ company: 'Paychex', person: 'Maya Lopez', title: 'Regional Director, Northeast' }]);
    expect(jobs('Celebrating 5 years at Gusto today!', 'Five years ago I joined as an SDR with no idea what a CRM was. Grateful for every mentor.', 'Maya Lopez')).toEqual([]);
  });
});

describe('first-person career posts', () => {
  it.each([
    ["I'm happy to share that I'm starting a new position as VP of Marketing at Loom!", 'Priya Shah', 'VP of Marketing', 'Loom', null],
    // A segment acronym after the role, and a display name shortened to an initial.
    ["I'm happy to share that I'm starting a new position as Account Executive SMB at Gusto!", 'Lerato M.', 'Account Executive SMB', 'Gusto', null],
    ["Personal news: after six years at Stripe I'm joining Figma as Head of Growth", 'Daniel Okafor', 'Head of Growth', 'Figma', 'Stripe'],
    ["Thrilled to announce I've joined Acme as Chief Marketing Officer", 'Jane Doe', 'Chief Marketing Officer', 'Acme', null],
    ["I'm the new VP of Finance at Grammarly", 'Olga Petrenko', 'VP of Finance', 'Grammarly', null],
    ['Excited to start as Chief Strategy Officer at Satispay — after eight years at McKinsey', 'Isabella Rossi', 'Chief Strategy Officer', 'Satispay', 'McKinsey'],
    ["After four years running growth at Deliveroo, I'm joining Vinted as Head of Growth", 'Tomas Berg', 'Head of Growth', 'Vinted', 'Deliveroo'],
    ["I'm joining Monzo as Staff Engineer. Revolut, it's been an amazing journey.", 'Aisha Bello', 'Staff Engineer', 'Monzo', 'Revolut'],
    ["Not great at these posts, but: I'm Quillstack's new Director of Product Marketing. Previously at New Relic for 5 years.", 'Sara Lind', 'Director of Product Marketing', 'Quillstack', 'New Relic'],
    ["I'm honoured to announce that I have been appointed Chief Executive Officer of Kora Senegal. After 12 years at Orange Money, this is a dream.", 'Awa Ndiaye', 'Chief Executive Officer', 'Kora Senegal', 'Orange Money'],
    ['New chapter: joining @Quillstack as Head of Sales', 'Maria Costa', 'Head of Sales', 'Quillstack', null],
    ['New chapter! Excited to join the team at Ramp as Director of Finance', 'Omar Haddad', 'Director of Finance', 'Ramp', null],
    ["Personal news: I'm joining Vercel to lead developer relations", 'Sam Ortiz', 'Head of Developer Relations', 'Vercel', null],
    ["Some personal news: I've joined the team at Quillstack as Chief of Staff", 'Hana Sato', 'Chief of Staff', 'Quillstack', null],
    ['Starting a new role at Quillstack — Director of Partnerships', 'Omar Aziz', 'Director of Partnerships', 'Quillstack', null],
  ])('%s', (post, author, title, company, previous) => {
    const [e, ...rest] = jobs(post, post, author);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ person: author, title, company, previousCompany: previous });
  });

  it('credits the person congratulated, not the author', () => {
    const [e] = jobs('Congrats!', 'Congratulations to Kwame Mensah on his new role as VP of Engineering at Monzo!', 'Elena Novak');
    expect(e).toMatchObject({ person: 'Kwame Mensah', company: 'Monzo', title: 'VP of Engineering' });
  });

  it("credits the person welcomed to the author's company", () => {
    const [e, ...rest] = jobs('Welcome to the team, Ana!', 'So excited to welcome Ana Beatriz Souza to Pago as our new Head of Product Design. Ana joins us from iFood.', 'Theo Marchetti');
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ person: 'Ana Beatriz Souza', company: 'Pago', title: 'Head of Product Design', previousCompany: 'iFood' });
  });

  it('is not fooled by a board seat', () => {
    const post = 'Honoured to join the board of the Lagos Business School alumni association as treasurer. Looking forward to giving back.';
    expect(jobs(post, post, 'Femi Adeyemi')).toEqual([]);
  });

  it('needs an author for a first-person post', () => {
    expect(jobs("I'm starting a new position as VP of Marketing at Loom!")).toEqual([]);
  });
});

describe('newswire releases naming several executives', () => {
  it('reads a list of moves after a colon, each with the background its own sentence gives', () => {
    const events = jobs('Larkspur Health Announces Expanded Leadership Team', 'Larkspur Health today announced four additions to its executive team: Dr. Alan Reyes as Chief Medical Officer, Nina Holt as Chief Financial Officer, Omar Saleh as Chief Technology Officer and Jess Lowe as Chief People Officer. Dr. Reyes joins from Oak Street Health. Holt most recently served as CFO of Everside Health. Saleh previously led engineering at Cityblock Health, and Lowe was Senior Vice President of Human Resources at Devoted Health.');
    expect(events.map((e) => [e.person, e.title, e.company, e.previousCompany])).toEqual([
      ['Alan Reyes', 'Chief Medical Officer', 'Larkspur Health', 'Oak Street Health'],
      ['Nina Holt', 'Chief Financial Officer', 'Larkspur Health', 'Everside Health'],
      ['Omar Saleh', 'Chief Technology Officer', 'Larkspur Health', 'Cityblock Health'],
      ['Jess Lowe', 'Chief People Officer', 'Larkspur Health', 'Devoted Health'],
    ]);
  });

  it('reads every clause of a sentence that lists moves of different shapes', () => {
    expect(jobs('Arcline Announces Executive Appointments', 'Arcline today announced that Gabe Stone has been appointed Chief Operating Officer, Yuki Mori has been promoted to Chief Technology Officer, and Andrea Costa has joined as Senior Vice President, Global Channel Sales.').map((e) => e.person).sort())
      .toEqual(['Andrea Costa', 'Gabe Stone', 'Yuki Mori']);
    expect(jobs('Crestview Bank Strengthens Executive Team', 'Crestview Bank today announced that Derrick Owens has joined the bank as Executive Vice President and Chief Banking Officer and that Sam Reyes has joined as Senior Vice President.').map((e) => e.person))
      .toEqual(['Derrick Owens', 'Sam Reyes']);
  });

  it('reads "named X its next president and CEO", "will return as CEO", and a department is no previous employer', () => {
    expect(jobs('Mercy Vale Health names new president and CEO', 'Mercy Vale Health has named Dr. Sam Okafor its next president and CEO.')).toMatchObject([{ person: 'Sam Okafor', title: 'president and CEO' }]);
    expect(jobs('Former CTO Returns to Quasar Labs as CEO', "Quasar Labs today announced that Elena Roth, the company's co-founder and former Chief Technology Officer, will return as Chief Executive Officer.")).toMatchObject([{ person: 'Elena Roth', company: 'Quasar Labs', title: 'Chief Executive Officer' }]);
    expect(jobs('Glassleaf Therapeutics Announces CMO Transition', 'Dr. Henrik Sol, Senior Vice President of Clinical Development, has been named interim Chief Medical Officer of Glassleaf Therapeutics.'))
      .toMatchObject([{ person: 'Henrik Sol', company: 'Glassleaf Therapeutics', previousCompany: null }]);
  });

  it('reads a list of promotions with "to"', () => {
    expect(jobs('Helix Pharma Promotes Two Executives', 'Helix Pharma today announced the promotions of Diane Cole to Chief Commercial Officer and Sanjay Rao to Chief Scientific Officer.').map((e) => [e.person, e.title]))
      .toEqual([['Diane Cole', 'Chief Commercial Officer'], ['Sanjay Rao', 'Chief Scientific Officer']]);
  });

  it('reads no hire in a quote attribution, a board seat, or the words after "officer of"', () => {
    expect(jobs('Stratus Reports Fourth Quarter Results', '"Our capital allocation positions us well," added Chief Financial Officer Raj Malhotra.')).toEqual([]);
    expect(jobs('Fulton Bancorp Names Lead Independent Director', 'The Board also named director Harold Kim as Lead Independent Director.')).toEqual([]);
    expect(jobs('Corrigan finance chief departs for Nimbuslane', 'Leo Martins is leaving Corrigan Systems to become chief financial officer of cloud storage provider Nimbuslane.'))
      .toMatchObject([{ person: 'Leo Martins', title: 'chief financial officer', company: 'Nimbuslane' }]);
  });
});

describe('career posts in the many ways people write them', () => {
  it.each([
    ['Thrilled to announce I\'ve joined Harbor Freight Labs as an Enterprise AE', 'After 4 wonderful years at Contoso, I\'m ready.', 'Harbor Freight Labs', 'Enterprise AE', 'Contoso'],
    ['Officially a Linear-r 💜', 'Officially a Linear-r 💜 Thrilled to be joining Linear as a Staff Engineer. Huge thanks to the team at Asana.', 'Linear', 'Staff Engineer', 'Asana'],
    ['Personal update', "I've accepted an offer from Deel! I'll be joining as Chief of Staff in March. Grateful to my Revolut family.", 'Deel', 'Chief of Staff', 'Revolut'],
    ['new gig: CRO @ Hightouch', 'let\'s go 🚀', 'Hightouch', 'CRO', null],
    ['Why I left Salesforce (and where I\'m going next)', "After 11 years at Salesforce, I've decided to join Gong as VP, Enterprise Sales.", 'Gong', 'VP, Enterprise Sales', 'Salesforce'],
    ['left meta, joined openai', 'some news: left Meta, joined OpenAI as Member of Technical Staff. wild year.', 'OpenAI', 'Member of Technical Staff', 'Meta'],
    ['Happy to share new step', 'From 1st of April I will be working in Siemens as Sales Engineer. Big thanks to ABB.', 'Siemens', 'Sales Engineer', 'ABB'],
    ['Honored to be appointed CEO of Kinetica', 'Previously I was COO at Cloudera.', 'Kinetica', 'CEO', 'Cloudera'],
    ['Boomerang 🪃', "I'm back at Datadog! Rejoining as Group Product Manager after two years at New Relic.", 'Datadog', 'Group Product Manager', 'New Relic'],
    ['Nouvelle aventure 🎉', "Ravie d'annoncer que I'm joining Qonto as Sales Team Lead for SMB. Merci à toute l'équipe d'Alan pour ces deux belles années.", 'Qonto', 'Sales Team Lead', 'Alan'],
    ['Neuer Job! 🚀', 'Ich freue mich sehr: starting today as Key Account Manager DACH at Personio. Danke an das ganze Team von SAP für acht spannende Jahre.', 'Personio', 'Key Account Manager DACH', 'SAP'],
    ['i\'m the new head of partnerships at cal.com', "i'm the new head of partnerships at Cal.com 📅 open source scheduling.", 'Cal.com', 'head of partnerships', null],
  ])('%s', (title, body, company, role, previousCompany) => {
    expect(jobs(title, body, 'Dana Whitfield')).toMatchObject([{ person: 'Dana Whitfield', company, title: role, previousCompany }]);
  });

  it('reads a welcome for someone else by their name, and an eliminated role as a departure', () => {
    expect(jobs('Welcome to the team, Priya Shah!', 'Thrilled that Priya is joining Lattice as our new VP of Sales.', 'Jack Altman')).toMatchObject([{ person: 'Priya Shah', company: 'Lattice' }]);
    const laidOff = extract('Impacted by today\'s layoffs', 'Unfortunately my role as Senior Account Executive at Chime was eliminated today.', 'Amanda Price');
    expect(laidOff).toMatchObject([{ type: 'departure', company: 'Chime', person: 'Amanda Price', title: 'Senior Account Executive' }]);
    expect(extract('Today I said goodbye to my Brex family', 'Next chapter TBD.', 'Alicia Romero')).toMatchObject([{ type: 'departure', company: 'Brex' }]);
    expect(extract("After 32 years at IBM, I'm retiring", "I'm leaving as Vice President, Global Client Partnerships.", 'Ron Hale')).toMatchObject([{ type: 'departure', company: 'IBM', title: 'Vice President, Global Client Partnerships' }]);
  });

  it('takes no company from "for our ISV ecosystem"', () => {
    expect(jobs('New role, same Microsoft', "I'm moving into a new role as Partner Development Manager for our ISV ecosystem.", 'Dana Whitfield').map((e) => e.company)).not.toContain('ISV');
  });
});

describe('a first-person post is one move by its author', () => {
  it.each([
    ["Personal news: I've joined Kestrel Security as VP of Sales", 'Leaving Okta after six years was hard, but the team here was too good to pass up.', 'Marcus Chen', 'Okta'],
    ["Big news: I've joined Ferrum Pay as CFO", 'Saying goodbye to Wise was not easy.', 'Sofia Alvarez', null],
  ])('%s', (title, body, author, previous) => {
    const found = jobs(title, `${title}. ${body}`, author);
    expect(found.map((e) => e.person)).toEqual([author]);
    if (previous) expect(found[0]!.previousCompany).toBe(previous);
  });
});

describe('title-case headlines', () => {
  it.each([
    ['Zepto Appoints Former Flipkart Exec Rahul Mehta As CFO', 'Rahul Mehta', 'Zepto', 'CFO', 'Flipkart'],
    ['Boeing Names Former Rockwell Collins Chief Kelly Ortberg as CEO', 'Kelly Ortberg', 'Boeing', 'CEO', 'Rockwell Collins'],
    ['Duolingo Hires Ex-Spotify Marketer Cara Lind as CMO', 'Cara Lind', 'Duolingo', 'CMO', 'Spotify'],
    ['Vertex vet Anita Bose jumps to Tidewater Therapeutics as chief scientific officer', 'Anita Bose', 'Tidewater Therapeutics', 'chief scientific officer', 'Vertex'],
  ])('%s', (title, person, company, role, previousCompany) => {
    expect(jobs(title)).toMatchObject([{ person, company, title: role, previousCompany }]);
  });

  it('reads two appointments written "Name Title, Name Title"', () => {
    expect(jobs('Lattice Names Sofia Marquez CRO, Tom Reilly CFO').map((e) => [e.person, e.title])).toEqual([['Sofia Marquez', 'CRO'], ['Tom Reilly', 'CFO']]);
  });
});

describe('headlines that end at the hire, with the role in the body', () => {
  it.each([
    ["Quillon Health poaches Mayo Clinic's Irene Castell", 'Castell will join Quillon Health as head of clinical partnerships next month after eleven years at Mayo Clinic.', 'Irene Castell', 'head of clinical partnerships', 'Mayo Clinic'],
    ['Brindle Freight hires Omar Haddad from DHL', 'Haddad will join the company as chief operating officer in March.', 'Omar Haddad', 'chief operating officer', 'DHL'],
    ['Tessaly Bank lures Nadia Ferro', 'She will join the bank as chief risk officer next quarter.', 'Nadia Ferro', 'chief risk officer', null],
  ])('%s', (title, body, person, role, previous) => {
    expect(jobs(title, body)).toMatchObject([{ person, title: role, previousCompany: previous }]);
  });

  it('gives nothing when neither the headline nor the body names the role', () => {
    expect(jobs("Quillon Health poaches Mayo Clinic's Irene Castell")).toEqual([]);
    expect(jobs('Tessaly Bank lures Nadia Ferro', 'The move was first reported by Bloomberg.')).toEqual([]);
  });
});

describe('the body names the hire after a descriptive subject, and where they worked before', () => {
  it.each([
    ['Corrow & Finch taps ex-Target exec as CFO', 'The home furnishings chain named Leah Marsh CFO, effective April 2.', 'Leah Marsh', 'Corrow & Finch', 'Target'],
    ['Pellin Foods taps ex-Danone exec as CEO', 'The dairy brand named Tomas Berg CEO on Monday.', 'Tomas Berg', 'Pellin Foods', 'Danone'],
  ])('%s', (title, body, person, company, previous) => {
    expect(jobs(title, body)).toMatchObject([{ person, company, previousCompany: previous }]);
  });

  it.each([
    ['Welcoming Ruth Adler, our new Head of Data', "We're glad to welcome Ruth Adler to Voxel as Head of Data. Ruth spent the last seven years running analytics teams at Shopify.", 'Shopify'],
    ['Merriton appoints Kofi Boateng as chief revenue officer', 'Boateng joins the payments infrastructure company from Adyen, where he ran enterprise sales.', 'Adyen'],
  ])('%s', (title, body, previous) => {
    expect(jobs(title, body)[0]?.previousCompany).toBe(previous);
  });
});

describe('releases announcing several appointments', () => {
  it('reads each appointment from its own paragraph, with the company from the lead', () => {
    const body = [
      'SINGAPORE, Nov. 6, 2026 /PRNewswire/ -- Harbourline Freight, a provider of cross-border freight services across Southeast Asia, today announced three senior appointments to its leadership team.',
      'Wen Jie Ong joins as Chief Operating Officer. He joins from Pacific Straits Lines, where he ran terminal operations. At Harbourline, Ong will oversee 12 fulfilment centres.',
      'Anita Menon has been appointed Chief Technology Officer. Menon was previously Vice President of Engineering at Cartwise, where she led the routing platform. She will lead the technology and data teams.',
      'Rudy Halim has been named Vice President of Sales. Halim has spent 15 years in logistics sales across the region.',
      '"Their appointments give us the bench we need," said Lee Mei Ling, Chief Executive Officer of Harbourline Freight.',
    ].join('\n\n');
    const found = jobs('Harbourline Freight Strengthens Leadership Team with Three Senior Appointments', body);
    expect(found.map((e) => [e.person, e.company, e.title, e.previousCompany])).toEqual([
      ['Wen Jie Ong', 'Harbourline Freight', 'Chief Operating Officer', 'Pacific Straits Lines'],
      ['Anita Menon', 'Harbourline Freight', 'Chief Technology Officer', 'Cartwise'],
      ['Rudy Halim', 'Harbourline Freight', 'Vice President of Sales', null],
    ]);
  });

  it.each([
    ['Aroeira Credito, a digital lender serving small businesses and self-employed workers in the North and Northeast regions, today announced two appointments to its executive team: Paulo Neves as Chief Financial Officer and Carla Dias as Chief Technology Officer.', 'Aroeira Credito'],
    ['Kestrelwood Software, the developer of job management software for trades, today announced two additions to its executive leadership team, appointing Paulo Neves as Chief Financial Officer and Carla Dias as Chief Technology Officer.', 'Kestrelwood Software'],
  ])('reads the list after a long appositive: %s', (body, company) => {
    expect(jobs('Two executive appointments', body).map((e) => [e.person, e.company, e.title])).toEqual([
      ['Paulo Neves', company, 'Chief Financial Officer'],
      ['Carla Dias', company, 'Chief Technology Officer'],
    ]);
  });

  it('finds the new CFO a funding headline announces, further down the release', () => {
    const body = [
      'Brightlane today announced a US$40 million growth equity investment led by Cedar Hill Equity.',
      'Brightlane helps clinics schedule staff. More than 2,000 clinics use it.',
      '"This investment lets us grow faster," said Tom Aldous, CEO of Brightlane. "We can now hire across both countries."',
      'As part of the investment, a Cedar Hill partner will join the board.',
      'Brightlane also announced the appointment of Ines Carvalho as Chief Financial Officer.',
    ].join('\n\n');
    const found = extract('Brightlane Announces US$40 Million Growth Investment Led by Cedar Hill Equity and Appoints New CFO', body);
    expect(found.filter((e) => e.type === 'job_change')).toMatchObject([{ person: 'Ines Carvalho', company: 'Brightlane', title: 'Chief Financial Officer' }]);
    expect(found.find((e) => e.type === 'funding')!.investors).toEqual(['Cedar Hill Equity']);
  });
});

describe('where a new executive worked before, as long releases say it', () => {
  it.each([
    ['Ferrow Legal Appoints Dana Okoro as Chief Executive Officer', 'Ferrow Legal today announced that its Board of Directors has appointed Dana Okoro as Chief Executive Officer. Okoro most recently served as President of Ledgerpoint Cloud, where she oversaw go-to-market.', 'Ledgerpoint Cloud'],
    ['Brantley Steel Names Owen Hartley Interim Chief Executive Officer', 'Brantley Steel today announced that Owen Hartley has been appointed Interim Chief Executive Officer. Hartley is an experienced industrial executive. He most recently led Calder Forge as Chief Executive Officer, where he oversaw a restructuring.', 'Calder Forge'],
    ['Aço Norte names Júlia Reis CFO', 'Júlia Reis joins Aço Norte from Banco Itaperuna, where she was Executive Director of Treasury.', 'Banco Itaperuna'],
  ])('%s', (title, body, previous) => {
    expect(jobs(title, body)[0]?.previousCompany).toBe(previous);
  });

  it('does not take an area for an employer, nor a surname', () => {
    expect(jobs('Ferrow Legal names Dana Okoro CFO', 'Okoro most recently served as President of Global Operations at Halvard Group.')[0]?.previousCompany).toBe('Halvard Group');
    expect(jobs('Ferrow Legal names Dana Okoro CPO', 'Most recently, Okoro served as vice president of product at Brightfield.')[0]?.previousCompany).toBe('Brightfield');
  });
});

describe('a career post naming a lower-case brand', () => {
  it.each([
    ["I'm happy to share that I'm starting a new position as Head of Growth at tandem!", 'Lena Fischer', 'tandem'],
    ["Thrilled to announce I've joined as VP of Sales at quill.ai.", 'Omar Patel', 'quill.ai'],
  ])('%s', (title, author, company) => {
    expect(jobs(title, '', author)).toMatchObject([{ person: author, company }]);
  });

  it('does not take a common word ending the sentence for one', () => {
    expect(jobs("I'm happy to share that I'm starting a new position as Head of Growth at scale.", '', 'Omar Patel')).toEqual([]);
  });
});

describe('departures at shops whose names carry a possessive', () => {
  it("keeps \"Harlan's Department Stores\" whole and the office apart", () => {
    expect(extract("Harlan's Department Stores CEO departs after two years")).toMatchObject([{ type: 'departure', company: "Harlan's Department Stores", title: 'CEO' }]);
  });
  it("reads \"Nine's chief digital officer\" as the owner's office", () => {
    const [e] = extract("Orbit's chief digital officer is leaving", 'Orbit Entertainment has confirmed chief digital officer Cara Bell is leaving the company in June.');
    expect(e).toMatchObject({ type: 'departure', person: 'Cara Bell', title: 'chief digital officer' });
    expect(e!.company).toMatch(/^Orbit\b(?!['’])/);
  });
});

describe('people-moves columns', () => {
  it('reads "Name — new CTO at X (prev. Y)" and "Name — joined X as Y" list items', () => {
    const html = '<p>Every week we round up notable leadership changes.</p><ul><li><strong>Imani Oduya</strong> &mdash; new CTO at Parcelform (prev. Shiplane)</li><li><strong>Theo Marchetti</strong> &mdash; joined Cobaltine as Chief People Officer (prev. Fernway Group)</li><li><strong>Kenji Arai</strong> &mdash; departed as VP Engineering at Streamwise</li></ul>';
    const found = extractFromItem({ title: "Who's moving in tech this week", summary: null, content: html, author: null, link: null, published: null }, null);
    expect(found.filter((e) => e.type === 'job_change').map((e) => [e.person, e.company, e.title, e.previousCompany])).toEqual([
      ['Imani Oduya', 'Parcelform', 'CTO', 'Shiplane'],
      ['Theo Marchetti', 'Cobaltine', 'Chief People Officer', 'Fernway Group'],
    ]);
    expect(found.filter((e) => e.type === 'departure')).toMatchObject([{ person: 'Kenji Arai', company: 'Streamwise' }]);
  });
});

describe('a company\'s own blog and page posts', () => {
  it.each([
    ['Welcoming Dr. Amara Osei as Chief Medical Officer', 'Veltris Health is proud to announce that Dr. Amara Osei has joined us as Chief Medical Officer. Dr. Osei comes to Veltris from Kingsgate Clinic.', null, 'Veltris Health', 'Amara Osei', 'Chief Medical Officer'],
    ['Thrilled to welcome Tomas Reyes as our new Chief Operating Officer', 'Thrilled to welcome Tomas Reyes as our new Chief Operating Officer at Wavecrest Labs! Tomas joins us from Delgado Freight.', 'Helga Lund', 'Wavecrest Labs', 'Tomas Reyes', 'Chief Operating Officer'],
    ['Please welcome our new CFO, Mara Lindqvist!', 'Please welcome our new CFO, Mara Lindqvist! Mara joins from Ashgrove Group.', 'Lanternbright Systems', 'Lanternbright Systems', 'Mara Lindqvist', 'CFO'],
    ['Introducing our new Chief Product Officer', 'As Waymark Health enters its next phase of growth, we are excited to welcome a new leader. Ines Castell joins as Chief Product Officer.', 'Waymark Health', 'Waymark Health', 'Ines Castell', 'Chief Product Officer'],
    ['Please welcome Dana Kim to the team!', "We're delighted to welcome Dana Kim as our new Head of Marketing. Dana joins us from Adobe.", 'Payroll Hero', 'Payroll Hero', 'Dana Kim', 'Head of Marketing'],
  ])('%s', (title, body, author, company, person, role) => {
    expect(jobs(title, body, author)).toMatchObject([{ company, person, title: role }]);
  });

  it('does not take a person who writes "I" for the company', () => {
    expect(jobs('Please welcome Dana Kim to the team!', "I'm delighted to welcome Dana Kim as our new Head of Marketing.", 'Helga Lund')).toEqual([]);
  });
});

describe('the headline subject is the company, whatever its shape', () => {
  it('reads "Summit Ledger Announces …" even when the name looks like a person\'s and the summary opens with "Company"', () => {
    const found = jobs('Harbor Quill Announces Leadership Additions: New CMO and VP of Product', 'Company adds Grace Obi and Tomas Vela to its executive team. Harbor Quill today announced two leadership additions. Grace Obi joins as Chief Marketing Officer, and Tomas Vela joins as Vice President of Product.');
    expect(found.map((e) => [e.person, e.company])).toEqual([['Grace Obi', 'Harbor Quill'], ['Tomas Vela', 'Harbor Quill']]);
  });
});

describe('departures as people-moves columns write them', () => {
  it.each([
    ['Moves this week', 'Ansel Whitcombe retired as CFO of Bayridge Regional Medical Center.', 'Ansel Whitcombe', 'Bayridge Regional Medical Center', 'CFO'],
    ['Moves this week', 'Lakeview Transit Authority CEO Denis Kowal will retire in June after 14 years leading the agency.', 'Denis Kowal', 'Lakeview Transit Authority', 'CEO'],
    ['Moves this week', 'Ezra Goldman left Marchwood Ventures after six years as a general partner.', 'Ezra Goldman', 'Marchwood Ventures', 'general partner'],
    ['Moves this week', 'Oscar Delmar-Whitney, who spent nine years as a partner at Calloway Partners, is leaving the firm to start his own fund.', 'Oscar Delmar-Whitney', 'Calloway Partners', 'partner'],
    ['Tessbrook names interim CEO', 'Tessbrook said Chief Executive Officer Paul Reinhart has left the retailer.', 'Paul Reinhart', 'Tessbrook', 'Chief Executive Officer'],
    ['Hollis Marsh resigns as Quarrydale CFO', '', 'Hollis Marsh', 'Quarrydale', 'CFO'],
    ['Will Zemke steps down as CEO of Project Kestrel / via Business North Carolina', '', 'Will Zemke', 'Project Kestrel', 'CEO'],
    ['Moves', 'Malay Air has appointed Arved von zur Mühlen as CCO, succeeding Paul Simms who will be leaving in mid-September.', 'Paul Simms', 'Malay Air', 'CCO'],
    ['Moves this week', 'Steven Hale was fired as CEO of Hollister, Calif.-based Mesa Memorial Hospital.', 'Steven Hale', 'Mesa Memorial Hospital', 'CEO'],
    ['Moves this week', 'Shawn Merrow is no longer CEO of Show Low, Ariz.-based Summit Ridge Healthcare.', 'Shawn Merrow', 'Summit Ridge Healthcare', 'CEO'],
    ['Brackwell fires CEO Dana Pike', '', 'Dana Pike', 'Brackwell', 'CEO'],
    ['Moves this week', 'Harlow Foods CFO David Tacker is to retire from the confectioner at the end of the year.', 'David Tacker', 'Harlow Foods', 'CFO'],
    ['Moves this week', 'The chief executive of Tillworth, Trevor Bish-Jones, was yesterday ousted after another drop in sales.', 'Trevor Bish-Jones', 'Tillworth', 'chief executive'],
    ['Ale to the former chief', 'Stone Barrel Brewing co-founder Greg Kane released a statement on Friday saying that after 19 years he was stepping down as CEO.', 'Greg Kane', 'Stone Barrel Brewing', 'CEO'],
    ['Moves this week', 'Quarrydale has chosen Mark Norwell to replace company founder Ron Sayer as managing director. Quarrydale said Mr Sayer would retire early next month.', 'Ron Sayer', 'Quarrydale', 'managing director'],
    ['A new era at Lion City Bank', 'Rajiv Menon will stand down as group chief executive of Lion City Bank when he retires in March.', 'Rajiv Menon', 'Lion City Bank', 'group chief executive'],
    ['Moves this week', 'Gary Pell, COO of Chapel Hill, N.C.-based Piedmont Health Care, will retire Feb. 28.', 'Gary Pell', 'Piedmont Health Care', 'COO'],
    ['Moves this week', 'Lena Morrow, BSN, RN, plans to retire as president and CEO of Atlantic City, N.J.-based ShoreCare.', 'Lena Morrow', 'ShoreCare', 'president and CEO'],
    ['Board news', 'Ines Carvalho, CEO of Lumetra Bank, has announced her resignation.', 'Ines Carvalho', 'Lumetra Bank', 'CEO'],
    ['In June, Kofi Mensah announced that he had resigned as CEO of Savanna Telecom to head a new AI company.', '', 'Kofi Mensah', 'Savanna Telecom', 'CEO'],
    ["Corbel's Chief Technology Officer has announced his resignation from the company.", 'Dev Anand said that he would be leaving the company to pursue a new venture with a friend.', 'Dev Anand', 'Corbel', 'Chief Technology Officer'],
  ])('%s: %s', (title, body, person, company, role) => {
    expect(extract(title, body).filter((e) => e.type === 'departure')).toMatchObject([{ person, company, title: role }]);
  });

  it.each([
    ['Cardwell Analytics brings back co-founder Erik Lunde as CEO', 'Cardwell Analytics has reappointed co-founder Erik Lunde as chief executive, two years after he left to run venture firm Northstar Ventures.'],
    ['Former president reports for jury duty', 'The motorcade left his home in the Kenwood neighborhood shortly after 10 a.m.'],
    ['Why I left Salesforce (and where I am going next)', 'After 11 years at Salesforce, I decided to join Gong as VP, Enterprise Sales.'],
  ])('no departure from "left" without a company after it, nor a pronoun for a person: %s', (title, body) => {
    expect(extract(title, body, 'Dana Whitlock').filter((e) => e.type === 'departure' && e.person !== 'Dana Whitlock')).toEqual([]);
  });

  it('reads a leaver who announces plans to leave, and nobody from a pronoun', () => {
    expect(extract('Moves', 'Chuck Calloway, PhD, announced his plans to leave Springfield Memorial Hospital on June 30.').filter((e) => e.type === 'departure'))
      .toMatchObject([{ person: 'Chuck Calloway', company: 'Springfield Memorial Hospital' }]);
    expect(extract('Moves', 'The incoming chief executive was chosen to replace former CEO Joao Prado after he was dismissed last week.').filter((e) => e.type === 'departure')).toEqual([]);
    expect(extract('Moves', 'Acme dismissed the lawsuit. The fire fired up the crowd.').filter((e) => e.type === 'departure')).toEqual([]);
  });

  it('reads "had stood down", "exited", "left the agency", and the leaver before "who announced … that she would retire"', () => {
    const dep = (t: string, b = '') => extract(t, b).filter((e) => e.type === 'departure');
    expect(dep('Parcel news', 'Parcelink said chief executive Rico Bach had stood down with immediate effect.')).toMatchObject([{ person: 'Rico Bach', company: 'Parcelink' }]);
    expect(dep('Harbour Creative’s CMO exited to focus on family')).toMatchObject([{ company: 'Harbour Creative', title: 'CMO' }]);
    expect(dep('Ridgeway Pay appoints CEO', 'Ridgeway Pay today announced the appointment of Jon Pierce as CEO. He succeeds co-founder Elise Marchand, who announced in December that she would retire from the company.'))
      .toMatchObject([{ person: 'Elise Marchand', company: 'Ridgeway Pay' }]);
  });

  it('reads a last day "working at" an employer in a post', () => {
    expect(extract('Moving on', "It's with mixed emotions that I'm announcing today is my last day working at Floatly.", 'Ash Furrow').filter((e) => e.type === 'departure'))
      .toMatchObject([{ person: 'Ash Furrow', company: 'Floatly' }]);
  });

  it("reads \"Announces X's Intent to Retire as President and CEO\"", () => {
    expect(extract('Meadow Nutrition Announces Steve Gold’s Intent to Retire as President and CEO in 2013').filter((e) => e.type === 'departure'))
      .toMatchObject([{ person: 'Steve Gold', company: 'Meadow Nutrition', title: 'President and CEO' }]);
  });

  it('reads a leaver whose age and "who’s been CEO" sit between commas, under a headline naming only the office', () => {
    expect(extract('Harlow Mart Announces Surprise Retirement of Its Longtime CEO, 59', 'Doug Milner, 59, who’s been Harlow Mart’s CEO since 2014, will retire in January, the company announced Friday.').filter((e) => e.type === 'departure'))
      .toMatchObject([{ person: 'Doug Milner', company: 'Harlow Mart', title: 'CEO' }]);
  });

  it('reads a two-word employer before a top office, but not a person set off by commas', () => {
    const dep = (t: string, b = '') => extract(t, b).filter((e) => e.type === 'departure');
    expect(dep('Embattled Harlow Bank CEO steps down')).toMatchObject([{ company: 'Harlow Bank', title: 'CEO' }]);
    expect(dep('Embattled Wells Fargo CEO steps down')).toMatchObject([{ company: 'Wells Fargo', title: 'CEO' }]);
    expect(dep('Cobalt Health Names Interim CFO', 'Cobalt Health today announced that Jeffrey Amsel, Chief Financial Officer, has resigned to accept a position at another company.').every((e) => e.company !== 'Jeffrey Amsel')).toBe(true);
  });

  it('reads a leaver who confirmed "that he has left"', () => {
    expect(extract('Chutes & Ladders', "Mike Robb, Tarvo's senior VP of global supply chain, confirmed to Bloomberg that he has left the company.").filter((e) => e.type === 'departure'))
      .toMatchObject([{ person: 'Mike Robb', company: 'Tarvo' }]);
  });

  it('reads no departure for a leaver who leaves "in favor of becoming" another company\'s officer, and no job for a strategic partner', () => {
    expect(extract('Moves', 'Kate Roach is leaving Facebook in favor of becoming Coinbase’s first CMO.').filter((e) => e.type === 'departure')).toEqual([]);
    expect(jobs('Moves', 'Former US President Barack Obama has joined NBA Africa as a strategic partner.')).toEqual([]);
  });

  it('reads editors and publishers, "terminated X, its COO", and "The chief executive of X, Y, said on Monday he would step down"', () => {
    const dep = (t: string, b = '') => extract(t, b).filter((e) => e.type === 'departure');
    expect(dep('Moves', 'Lakeside Tribune editor Gerald Kerns is retiring.')).toMatchObject([{ person: 'Gerald Kerns', company: 'Lakeside Tribune', title: 'editor' }]);
    expect(dep('Moves', 'Tri-Town Herald publisher Greg McConnel plans to retire May 5 after leading the paper since 2011.')).toMatchObject([{ person: 'Greg McConnel', company: 'Tri-Town Herald', title: 'publisher' }]);
    expect(dep('Moves', 'J.D. Penrose terminated Catherine Wells, its COO, after just six months on the job.')).toMatchObject([{ person: 'Catherine Wells', company: 'J.D. Penrose' }]);
    expect(dep('Moves', 'The chief executive of Vodacell Nick Reade said on Monday he would step down at the end of the month.')).toMatchObject([{ person: 'Nick Reade', company: 'Vodacell', title: 'chief executive' }]);
    expect(dep("Pemberton Lane's Head of Asia Equities Trading Leaves for Rival Hollister Grant").every((e) => e.person !== 'Equities Trading')).toBe(true);
  });

  it('reads the boss of a company tendering a resignation', () => {
    expect(extract('Tillbury boss quits', 'Ralph Denning, the longstanding boss of Tillbury Stores, has announced his surprise resignation from the retailer.').filter((e) => e.type === 'departure'))
      .toMatchObject([{ person: 'Ralph Denning', company: 'Tillbury Stores' }]);
  });

  it('reads every leaver in a round-up', () => {
    const found = extract('5 health system executive moves', 'Here are five health system executive moves reported this week: Meadowvale Health named Carla Jessop president and CEO. Ansel Whitcombe retired as CFO of Bayridge Regional Medical Center. Samuel Otiende resigned as CEO of Harborview Hospital.');
    expect(found.filter((e) => e.type === 'departure').map((e) => e.person)).toEqual(['Ansel Whitcombe', 'Samuel Otiende']);
  });
});

describe('after the held-out sets of this release', () => {
  it('reads post-nominal letters as no part of the sentence', () => {
    const found = jobs('Corrin Bio strengthens leadership team with three senior appointments', 'Corrin Bio today announced the appointments of Ines Varela, M.D., as Chief Medical Officer, Marco Oyelade as Chief Business Officer and Hana Kobe, J.D., as General Counsel.');
    expect(found.map((e) => [e.person, e.title])).toEqual([['Ines Varela', 'Chief Medical Officer'], ['Marco Oyelade', 'Chief Business Officer'], ['Hana Kobe', 'General Counsel']]);
  });

  it('reads a name-shaped employer joined "as" a title in a career post', () => {
    expect(jobs('Personal news', "After 4 years, I'm leaving Grantfield to join Osprey Lane as Chief of Staff to the CEO.", 'Jasmin Tran')).toMatchObject([{ company: 'Osprey Lane', title: 'Chief of Staff', previousCompany: 'Grantfield' }]);
  });

  it('reads "welcome X to our team as T at C"', () => {
    expect(jobs('Thrilled to welcome Anders Eklund to our team as Head of Data at Trellisfield!', '', 'Celia Marbury')).toMatchObject([{ person: 'Anders Eklund', company: 'Trellisfield', title: 'Head of Data' }]);
  });

  it('reads a leaver described in an appositive', () => {
    expect(extract('Daily deals', 'Orla Whitmore, the longtime COO of Gantrey Health, is stepping down at the end of the month, the company confirmed.').filter((e) => e.type === 'departure')).toMatchObject([{ person: 'Orla Whitmore', company: 'Gantrey Health', title: 'COO' }]);
  });
});

describe('more held-out phrasings (fixed after the measurement)', () => {
  it.each([
    ["I'm happy to share that I'm starting a new position as Software Engineer II at Pinebrook Labs!", '', 'Chen Jiaming', 'Pinebrook Labs', 'Software Engineer II'],
    ['Please join me in welcoming Naledi Dube to the Umoja Assurance leadership team!', 'Naledi joins us as Chief People Officer from Vukani Holdings, where she led HR.', 'Thabo Mokoena', 'Umoja Assurance', 'Chief People Officer'],
  ])('%s', (title, body, author, company, role) => {
    const [e] = jobs(title, body, author);
    expect(e).toMatchObject({ company, title: role });
  });

  it('reads several people promoted to one title, but not "adds A and B to its executive team"', () => {
    expect(jobs('Oxbridge Ventures promotes three investors', 'Oxbridge Ventures has promoted Nadia Okafor-Hale, Samuel Trent and Sofia Petrou to partner.').map((e) => e.person)).toEqual(['Nadia Okafor-Hale', 'Samuel Trent', 'Sofia Petrou']);
    expect(jobs('Summit Quill adds two executives', 'Company adds Grace Obi and Tomas Vela to its executive team.')).toEqual([]);
  });

  it('reads "hires <employer> CMO as its first chief brand officer" with the person from the body', () => {
    expect(jobs('Granger & Lowe hires Vireo Drinks CMO as its first chief brand officer', 'Granger & Lowe has hired Tamsin Whitby as its first chief brand officer. Whitby was most recently CMO at Vireo Drinks.')).toMatchObject([{ person: 'Tamsin Whitby', company: 'Granger & Lowe', title: 'chief brand officer', previousCompany: 'Vireo Drinks' }]);
    expect(jobs('Orbitly names Sam Patel interim CEO as founder steps back')).toMatchObject([{ person: 'Sam Patel', title: 'interim CEO' }]);
  });

  it('reads a leaver whose old employer is shaped like a name, and a two-word practice before "partner"', () => {
    expect(jobs('Moves', 'Min Ha-eun is leaving Bluepoint Korea to become CEO of Sonder Busan.')).toMatchObject([{ person: 'Min Ha-eun', company: 'Sonder Busan', previousCompany: 'Bluepoint Korea' }]);
    expect(jobs('Lindell & Baird hires partner', 'Lindell & Baird has hired private equity partner Marcus Oyewole from Harrow Whitfield.')).toMatchObject([{ person: 'Marcus Oyewole', title: 'private equity partner', previousCompany: 'Harrow Whitfield' }]);
  });

  it('takes the blog as the company a leaver leaves, and the office left over a founder\'s description', () => {
    expect(extract('A leadership update from Spoolwise', 'After eight years leading Spoolwise, co-founder Jonah Albers is stepping down as CEO and leaving the company at the end of the month.', 'Spoolwise').filter((e) => e.type === 'departure')).toMatchObject([{ person: 'Jonah Albers', company: 'Spoolwise', title: 'CEO' }]);
    expect(extract('A tough week at the terminal', 'Karen Smyth steps down after weeks of queues.', 'Helen Pike and Joanna Partridge').filter((e) => e.type === 'departure')).toEqual([]);
  });
});

describe('fifth held-out set phrasings', () => {
  it('reads "General Manager of X" as the office at X, but keeps a region in the title', () => {
    expect(jobs('Moves', 'Diego Marsh will become the new General Manager of Harbour Pile Driving.')).toMatchObject([{ person: 'Diego Marsh', company: 'Harbour Pile Driving', title: 'General Manager' }]);
    expect(jobs('Quarrydale names Jane Roe General Manager of North America')).toMatchObject([{ company: 'Quarrydale', title: 'General Manager of North America' }]);
  });

  it('reads "the social network" as the headline\'s company, and a unit its owner has as the previous employer', () => {
    expect(jobs('Chirpwell Hires First Chief Marketing Officer', "The social network poached Gary Brill, a former CMO at Google's Motorola Mobility, as the company's first CMO, according to AdAge."))
      .toMatchObject([{ person: 'Gary Brill', company: 'Chirpwell', title: 'CMO', previousCompany: 'Motorola Mobility' }]);
  });

  it('reads a release whose board appoints: "the additional role of", and the leaver\'s "decision to retire"', () => {
    const found = extract('GRISWOLD BOARD APPOINTS MICHAEL PEAK INTERIM PRESIDENT AND CEO', 'Griswold, Inc. today announced that Michael Peak, Chief Financial Officer of Griswold, has been appointed to the additional role of Interim President and Chief Executive Officer. These appointments follow Robert Chase\'s decision to retire as Chairman, President and Chief Executive Officer.');
    expect(found.filter((e) => e.type === 'job_change')).toMatchObject([{ person: 'Michael Peak', company: 'Griswold', title: 'Interim President and Chief Executive Officer' }]);
    expect(found.filter((e) => e.type === 'departure')).toMatchObject([{ person: 'Robert Chase', company: 'Griswold' }]);
    expect(jobs('Harbourside Tourism Board appoints CEO', 'The Harbourside Tourism Board has appointed Ana Ruiz as chief executive.')[0]!.company).toMatch(/Harbourside Tourism Board$/);
  });

  it('reads "X will replace Y as Company’s new CEO" as X\'s move, never Y\'s', () => {
    expect(jobs('Granite Lithium appoints new CEO', 'The company announced that Gareth Mandel will replace Stephen Bigg as Granite Lithium’s new CEO.'))
      .toMatchObject([{ person: 'Gareth Mandel', company: 'Granite Lithium', title: 'CEO' }]);
  });

  it('reads an office\'s bracketed acronym, "said that its board has appointed", and a country before a name as the employer\'s', () => {
    expect(jobs('Moves', 'Dimitri Kostas will become the new Chief Executive Officer (CEO) of PZ Harlow Nigeria Plc, effective from June 1, 2023.'))
      .toMatchObject([{ person: 'Dimitri Kostas', company: 'PZ Harlow Nigeria Plc', title: 'Chief Executive Officer' }]);
    expect(jobs('Moves', 'SouthRidge Resources Ltd. (TSE:SRR) Monday said that its board has appointed Ross Tremont as president and CEO effective immediately.'))
      .toMatchObject([{ person: 'Ross Tremont', company: 'SouthRidge Resources Ltd', title: 'president and CEO' }]);
    expect(jobs('Moves', 'Former CEO of DDB Group Australia Chris Bowen has been appointed president and CEO of DDB New York.'))
      .toMatchObject([{ person: 'Chris Bowen', company: 'DDB New York' }]);
  });

  it('reads "named <description>, X, to be its new chief executive", and never a hyphenated "newly-appointed" as a hire', () => {
    expect(jobs('Xiaomo India Announces Leadership Rejig, Appoints Alvin Tan General Manager for India')).toMatchObject([{ person: 'Alvin Tan', company: 'Xiaomo India' }]);
    expect(jobs('Moves', 'Japanese carmaker Nakamura Motor Co has named the head of its China business, Makoto Uchiyama, to be its new chief executive.'))
      .toMatchObject([{ person: 'Makoto Uchiyama', company: 'Nakamura Motor Co', title: 'chief executive' }]);
    expect(jobs('Moves', 'Newly-appointed Premier Rugby chief executive David Pemberton has resigned before starting the job.')).toEqual([]);
  });

  it('reads "named COO X to succeed CEO Y, who is retiring": X takes the CEO office, Y leaves it (a surname may be a month)', () => {
    const found = extract('Moves', 'Acme Credit named COO Crystal Lang to succeed CEO Harriet May, who is retiring.');
    expect(found.filter((e) => e.type === 'job_change')).toMatchObject([{ person: 'Crystal Lang', company: 'Acme Credit', title: 'CEO' }]);
    expect(found.filter((e) => e.type === 'departure')).toMatchObject([{ person: 'Harriet May', company: 'Acme Credit', title: 'CEO' }]);
  });

  it('reads "replaced CEO X with Y" as Y taking the office X held', () => {
    expect(jobs('Moves', 'CVX Health replaced CEO Karen Lind with company veteran David Joiner after investors pressured the company.'))
      .toMatchObject([{ person: 'David Joiner', company: 'CVX Health', title: 'CEO' }]);
    expect(jobs('Moves', 'Nestra in August replaced CEO Mark Schneiders, who led the company for eight years, with veteran Laurent Freix.'))
      .toMatchObject([{ person: 'Laurent Freix', company: 'Nestra', title: 'CEO' }]);
  });

  it('reads "With the appointment of X as Y, Company has …"', () => {
    expect(jobs('Larchmont Hotel Group appoints new chief brand officer', 'With the appointment of Joanna Pell as a Chief Brand Officer, Larchmont Hotel Group has added strong leadership to its brand team.'))
      .toMatchObject([{ person: 'Joanna Pell', company: 'Larchmont Hotel Group', title: 'Chief Brand Officer' }]);
  });
});


describe('a board approving an appointment, and joint titles', () => {
  it('reads "approved the appointment of X as its Chief Executive"', () => {
    expect(jobs('', 'The Northfield League approved the appointment of Richard Masters as its Chief Executive with immediate effect.'))
      .toMatchObject([{ company: 'The Northfield League', person: 'Richard Masters', title: 'Chief Executive' }]);
    expect(jobs('', "Corvane's board ratified the appointment of Lena Oduya as chief executive officer.")).toMatchObject([{ company: 'Corvane', person: 'Lena Oduya' }]);
    // An approval of something else is no appointment.
    expect(jobs('', 'Corvane shareholders approved the acquisition of Lena Systems.')).toEqual([]);
  });

  it('reads "appointed Senior Vice President & National Director Structures at Egis"', () => {
    expect(jobs('', 'Sara Wadlow has been appointed Senior Vice President & National Director Structures at Egis in Canada, effective July 6, 2026.'))
      .toMatchObject([{ company: 'Egis', person: 'Sara Wadlow', title: 'Senior Vice President & National Director Structures' }]);
  });
});

describe('successors named after the predecessor leaves', () => {
  it('gives the successor the office the predecessor leaves ("will retire as CEO of X and will be succeeded by")', () => {
    expect(jobs('', 'Jane Roe will retire as CEO of Orlen Biotech and will be succeeded by John Okoro, the company’s chief operating officer.'))
      .toMatchObject([{ company: 'Orlen Biotech', person: 'John Okoro', title: 'CEO' }]);
    expect(jobs('', 'Harbor Ledger editor Gerald Kemp is retiring and will be replaced immediately by the newspaper’s editorial page editor, Bruce Dalton.'))
      .toMatchObject([{ company: 'Harbor Ledger', person: 'Bruce Dalton', title: 'editor' }]);
    // Someone replaced by a machine or a committee is no move.
    expect(jobs('', 'Jane Roe will retire as CEO of Orlen Biotech and will be replaced by an interim committee.')).toEqual([]);
  });

  it('reads "has stepped in to serve as interim CEO" and "will step up to the plate as interim CFO"', () => {
    expect(jobs('', 'Velora Pharma said in a filing that Gordon Brooks will step up to the plate as interim CFO on July 15.'))
      .toMatchObject([{ company: 'Velora Pharma', person: 'Gordon Brooks', title: 'interim CFO' }]);
    expect(jobs('Quillon Bio names interim chief', 'JD Finley, the company’s current chief financial officer, has stepped in to serve as interim CEO.'))
      .toMatchObject([{ company: 'Quillon Bio', person: 'JD Finley', title: 'interim CEO' }]);
  });

  it('never takes a lead that opens on a person ("… ceased his duties") for the company', () => {
    expect(jobs('', 'Thomas Hallam ceased his duties as CEO of Palisade on Oct. 10. JD Finley, the company’s current chief financial officer, has stepped in to serve as interim CEO.')
      .filter((e) => e.company === 'Thomas Hallam')).toEqual([]);
  });
});

describe('the office and its company from the lead', () => {
  it('reads "X’s new chief executive, Person," and "the one who serves is the name right before the verb"', () => {
    expect(jobs('', 'Orvella.com’s new chief executive, Andy Jassel, set to replace founder Jeff Bezzo, is a long-time Orvella executive.'))
      .toMatchObject([{ company: 'Orvella.com', person: 'Andy Jassel', title: 'chief executive' }]);
    expect(jobs('', 'David Lee has resigned as CFO of Zyngo and Chief Accounting Officer Michelle Quejado will serve as interim CFO.'))
      .toMatchObject([{ company: 'Zyngo', person: 'Michelle Quejado', title: 'interim CFO' }]);
    // Without a closing comma the name is not an appositive.
    expect(jobs('', 'Orvella.com’s new chief executive, Andy Jassel and the board disagree.')).toEqual([]);
  });
});

describe('a board acts for its company', () => {
  it('reads "X’s board appointed …", "…, and the Board has named …" and "X’s Board of Directors announced"', () => {
    expect(jobs('', "Memory chipmaker Corvane Technology's board appointed company veteran Mark Durcan as chief executive a day after the crash."))
      .toMatchObject([{ company: 'Corvane Technology', person: 'Mark Durcan', title: 'chief executive' }]);
    expect(jobs('', 'Pellar’s Board of Directors today announced that Sam Reyes has resigned as Chief Executive Officer, and the Board has named Tim Cole, previously Pellar’s Chief Operating Officer, as the company’s new CEO.'))
      .toMatchObject([{ company: 'Pellar', person: 'Tim Cole', title: 'CEO', previousCompany: null }]);
  });

  it('never takes a city for an employer', () => {
    expect(jobs('City names Deputy Chief Anita Brooks as new police chief')).toEqual([]);
  });
});

describe('more ways a lead names the new office', () => {
  it('reads "was announced as the company’s new CEO" without the board seat beside it', () => {
    expect(jobs('A prominent Ardent executive has been named as the company’s new chief executive officer.', 'Arvind Kishan, Ardent’s current Senior Vice President for Cloud, was announced as the company’s new CEO and member of its board of directors.'))
      .toMatchObject([{ company: 'Ardent', person: 'Arvind Kishan', title: 'CEO' }]);
  });

  it('reads "its board of directors on Friday approved the nomination of X as the company’s new chief executive"', () => {
    expect(jobs('', "State-run oil firm Petrovia said its board of directors on Friday approved the nomination of Magda Chambers as the company's new chief executive."))
      .toMatchObject([{ company: 'Petrovia', person: 'Magda Chambers', title: 'chief executive' }]);
  });

  it('reads "X, a leading banker, is the new chief executive of Brazil’s oil giant Y"', () => {
    expect(jobs('', 'Aldo Bendini, a leading banker, is the new chief executive of Brazil’s scandal-hit oil giant Petrovia.'))
      .toMatchObject([{ company: 'Petrovia', person: 'Aldo Bendini', title: 'chief executive' }]);
  });

  it('reads a state abbreviation inside a name ("Corona (Calif.) Regional Medical Center")', () => {
    expect(jobs('', 'Alistair Machoka was recently named CEO of Corona (Calif.) Regional Medical Center.'))
      .toMatchObject([{ company: 'Corona Regional Medical Center', person: 'Alistair Machoka', title: 'CEO' }]);
  });
});

describe('a lead that opens on the one appointed', () => {
  it('takes the company an appointee has served when the new office is "the company’s"', () => {
    expect(jobs('', 'Alphonzo Samuels, a 30-year veteran at Telkor, has been appointed as the company’s new chief technology officer (CTO) with immediate effect.'))
      .toMatchObject([{ company: 'Telkor', person: 'Alphonzo Samuels', title: 'chief technology officer' }]);
  });

  it('never takes the first appointee for the employer of the second', () => {
    expect(jobs('', 'April West is appointed Vice President of Human Resources, while Don Graham is named Vice President of Events.')
      .filter((e) => e.company === 'April West')).toEqual([]);
  });
});

describe('relative clauses and scraped text', () => {
  it('reads the one named before a "who" clause, never the past move inside it', () => {
    expect(jobs('Larkbank names next CEO', 'Once Miller steps down, A. Dwight Utz, who joined the bank as COO in 2015, will take over as CEO of Larkbank.'))
      .toMatchObject([{ company: 'Larkbank', title: 'CEO' }]);
    expect(jobs('Larkbank names next CEO', 'Once Miller steps down, A. Dwight Utz, who joined the bank as COO in 2015, will take over as CEO of Larkbank.').map((e) => e.title)).not.toContain('COO');
  });

  it('reads "X announced Monday that they named Y as the new chief executive"', () => {
    expect(jobs('', 'Electricite de Provence announced Monday that they named Henri Proglio as the new chief executive of the state-controlled utility company.'))
      .toMatchObject([{ company: 'Electricite de Provence', person: 'Henri Proglio', title: 'chief executive' }]);
  });

  it('splits a body that lost the space after a full stop', () => {
    expect(jobs('', 'Colm Murphy is joining McCann New York as its new chief strategy officer after more than four years with Droga5, where he most recently served as co-head of strategy.Murphy fills a vacancy left when Steve Zaroff left McCann.'))
      .toMatchObject([{ company: 'McCann New York', person: 'Colm Murphy', previousCompany: 'Droga5' }]);
  });
});

describe('more precision on releases', () => {
  it('drops a photo pointer and ends "president of <Company>" at the company', () => {
    expect(jobs('', 'Highland Eagle has promoted Chad Kessler (left) to global brand president of Highland Eagle Outfitters and Jennifer Foyle to global brand president of its Aerie brand.'))
      .toMatchObject([{ company: 'Highland Eagle', person: 'Chad Kessler', title: 'global brand president' }]);
    // A division "at" a company is part of the office.
    expect(jobs('Ridgeway Payments appoints CEO', 'Ridgeway Payments today announced the appointment of Jonathan Pierce as Chief Executive Officer. Pierce most recently served as President of Global Merchant Solutions at Fiserv.'))
      .toMatchObject([{ person: 'Jonathan Pierce', previousCompany: 'Fiserv' }]);
  });

  it('reads "has appointed a new chief executive, with X taking up the role"', () => {
    expect(jobs('IDB Ireland has appointed a new chief executive, with Michael Lohan taking up the role next month.'))
      .toMatchObject([{ company: 'IDB Ireland', person: 'Michael Lohan', title: 'chief executive' }]);
  });

  it('splits "the chief executive of Young Scot Louise Macdonald" into employer and person, and reads "has appointed" as active', () => {
    const ev = jobs('', 'The Institute of Managers Scotland has appointed the chief executive of Young Scot Louise Macdonald as national director.');
    expect(ev).toMatchObject([{ company: 'The Institute of Managers Scotland', person: 'Louise Macdonald', title: 'national director', previousCompany: 'Young Scot' }]);
    expect(ev).toHaveLength(1);
  });

  it('merges one person spelled with and without a nickname and initial', () => {
    expect(jobs('Polymer Works Appoints Veronica Hagen Chief Executive Officer', 'Polymer Works announced today that Veronica “Ronee” M. Hagen has been appointed chief executive officer.')).toHaveLength(1);
  });

  it('never reads a past move after "after" as news', () => {
    expect(jobs('Cannondell Appoints Paul Francese as CFO', 'The hiring of Francese comes two months after Bell Sports veteran John Doerr joined the company as its new Chief Operating Officer.')
      .map((e) => e.person)).not.toContain('John Doerr');
  });

  it('never takes a collaborative for a person', () => {
    expect(jobs('', 'The Harbor Nonprofit Collaborative has hired a new executive director, Jackie Friedman, to take the place of Peter Temple.').map((e) => e.person))
      .toEqual(['Jackie Friedman']);
  });
});

describe('people-moves columns', () => {
  it.each([
    ['Jonathan Churchill starts at ANZU as Chief Information Officer. He moved from James Cook U.', 'ANZU', 'Jonathan Churchill', 'Chief Information Officer'],
    ['Burkhard Ellig took the helm as chief executive officer of logistics provider Dachsen on New Year’s Day.', 'Dachsen', 'Burkhard Ellig', 'chief executive officer'],
    ['Misha Shubin has started as CEO of Quantra Australia.', 'Quantra Australia', 'Misha Shubin', 'CEO'],
    ['Tim Cahall moves from head of KPMG’s higher education practice to MD of Research Strategies Australia.', 'Research Strategies Australia', 'Tim Cahall', 'MD'],
    ['Katie Heathley is leaving Austrade to join New South Wales Treasury next month, where she will be associate director for technology.', 'New South Wales Treasury', 'Katie Heathley', 'associate director'],
    ['In May, Mary Anne Hitt was named as the new executive director of Appalachian Voices.', 'Appalachian Voices', 'Mary Anne Hitt', 'executive director'],
    ['MTN Group has announced it is appointing the outgoing CEO of Icasa, Willington Ngwepe, as chief of staff in the office of group CEO Ralph Mupita.', 'MTN Group', 'Willington Ngwepe', 'chief of staff'],
    ['Telkor said on Wednesday it had appointed the head of its consumer business, Serame Taukobong, to be group CEO designate with effect from 1 June.', 'Telkor', 'Serame Taukobong', 'group CEO'],
  ])('%s', (body, company, person, title) => {
    expect(jobs('', body)).toMatchObject([{ company, person, title }]);
  });

  it('keeps "GM of Strategy and Business" an office and ends "MD of <Company>" at the company', () => {
    expect(jobs('', 'Decarta announced on Thursday the appointment of Noy Levinson as GM of Strategy and Business.')).toMatchObject([{ title: 'GM of Strategy and Business' }]);
  });

  it('never reads a start date or a past start as a move', () => {
    expect(jobs('', 'The conference starts at the Hilton as planned.')).toEqual([]);
    expect(jobs('', 'Quantra started as a student project in 2012.')).toEqual([]);
  });
});

describe('announcements a company is pleased to make, and successors of "him"', () => {
  it('reads "X is pleased to announce the appointment of Y as Z"', () => {
    expect(jobs('', 'Accorra Hotels is pleased to announce the appointment of Mark Willis as Chief Executive Officer.')).toMatchObject([{ company: 'Accorra Hotels', person: 'Mark Willis', title: 'Chief Executive Officer' }]);
  });

  it('reads "will succeed him in the roles of president and CEO", with the company before the office in the lead', () => {
    expect(jobs('Old Meridian Freight Line CEO Greg Gantt to retire', 'Old Meridian Freight Line President and CEO Greg Gantt will retire from his role at the end of June, the carrier announced Tuesday. Kevin Freeman, the company’s executive vice president and COO since May 2018, will succeed him in the roles of president and CEO beginning July 1.'))
      .toMatchObject([{ company: 'Old Meridian Freight Line', person: 'Kevin Freeman', title: 'president and CEO' }]);
  });

  it('keeps "chief nursing executive" whole', () => {
    expect(jobs('', 'Michelle Hereford has joined University Hospitals as chief nursing executive.')).toMatchObject([{ title: 'chief nursing executive' }]);
  });

  it('takes a headline’s owner for the company when no hiring verb splits it ("Hy-Vee’s Ric Jurgens to Retire")', () => {
    expect(jobs('Hy-Vale’s Ric Jurgens to Retire', 'Jurgens said he will ask the board to elect Hy-Vale’s current president and COO, Randy Edeker, to succeed him as chairman and CEO.').map((e) => e.company)).not.toContain('Retire');
  });
});

describe('trade-press hires', () => {
  it.each([
    ['Lighting and accessories company Arterion has hired Aldo Altieri as national sales manager for its contract division.', 'Arterion', 'Aldo Altieri', 'national sales manager'],
    ['Michele Vongert has joined Pursuit Boatworks as marketing assistant.', 'Pursuit Boatworks', 'Michele Vongert', 'marketing assistant'],
    ['Tuffin Ferraby Tyler has appointed David Cooke as a senior surveyor.', 'Tuffin Ferraby Tyler', 'David Cooke', 'senior surveyor'],
    ['Henry Fordham Health announced the appointment of Tim Peterson, M.D., MBA, FACEP, as Henry Fordham Allegiance Medical Group’s new Chief Medical Officer.', 'Henry Fordham Allegiance Medical Group', 'Tim Peterson', 'Chief Medical Officer'],
  ])('%s', (body, company, person, title) => {
    expect(jobs('', body)).toMatchObject([{ company, person, title }]);
  });

  it('never takes a piece of the new employer’s name for the previous one', () => {
    expect(jobs('', 'Henry Fordham Health announced the appointment of Tim Peterson as Henry Fordham Allegiance Medical Group’s new Chief Medical Officer.')).toMatchObject([{ previousCompany: null }]);
  });
});

describe('two people named to one office', () => {
  it('reads "A and B have been immediately appointed co-chief executive officers"', () => {
    expect(jobs('Mrs. Fieldman Appoints Co-CEOs', 'Mrs. Fieldman Original Cookies Inc. announced Monday that Michael Ward and John Lauck have been immediately appointed co-chief executive officers for the company.'))
      .toMatchObject([{ person: 'Michael Ward', title: 'co-chief executive officers' }, { person: 'John Lauck', title: 'co-chief executive officers' }]);
    // One person after "and" in a list of other things is alone.
    expect(jobs('', 'Sales rose and Jane Roe has been appointed chief financial officer of Lakeside Foods.')).toHaveLength(1);
  });
});

describe('a career post that names the role after "and will be"', () => {
  it('reads "I am joining Muv and will be their Director of Software Development"', () => {
    expect(jobs('Moving to Muvo', 'Tomorrow I get to work on a new puzzle. I am joining Muvo and will be their Director of Software Development.', 'Eric Sowell'))
      .toMatchObject([{ company: 'Muvo', person: 'Eric Sowell', title: 'Director of Software Development' }]);
  });
});

describe('a headline that opens on the one appointed', () => {
  it('takes the company the appointee served, or the office in the headline', () => {
    expect(jobs('Alphonzo Samuels, a 30-year veteran at Telkor, has been appointed as the company’s new chief technology officer (CTO) with immediate effect', 'Alphonzo Samuels, a 30-year veteran at Telkor, has been appointed as the company’s new chief technology officer (CTO) with immediate effect.'))
      .toMatchObject([{ company: 'Telkor', person: 'Alphonzo Samuels', title: 'chief technology officer' }]);
    expect(jobs('Thomas Hallum ceased his duties as CEO of Palisado on Oct. 10.', 'JD Finley, the company’s current chief financial officer, has stepped in to serve as interim CEO.'))
      .toMatchObject([{ company: 'Palisado', person: 'JD Finley', title: 'interim CEO' }]);
  });
});

describe('rejoining and taking on a role', () => {
  it.each([
    ['John O’Connell will be rejoining HMCo as COO.', 'HMCo', 'John O’Connell', 'COO'],
    ['Mark Tory, who held positions at Northern Minerals, has taken on the CEO role at ChemXo.', 'ChemXo', 'Mark Tory', 'CEO'],
    ['Mark Tory took on the role of CEO at ChemXo in January.', 'ChemXo', 'Mark Tory', 'CEO'],
  ])('%s', (body, company, person, title) => {
    expect(jobs('', body)).toMatchObject([{ company, person, title }]);
  });
});

describe('"He will be succeeded by" after the predecessor’s own sentence', () => {
  it('gives the successor the office the predecessor leaves', () => {
    expect(jobs('Leadership Change at Cola Co.', 'Sandy Douglass will retire as president of Cola North America after 29 years with the company. He will be succeeded by Jim Dinkman, who currently serves as president of the Minute Maid unit.'))
      .toMatchObject([{ company: 'Cola North America', person: 'Jim Dinkman', title: 'president' }]);
  });
});

describe('a lead that names the office and the next sentence the person', () => {
  it('reads "X has appointed a Group Property Manager … . Phil Lambert joins from Lookers."', () => {
    expect(jobs('', 'CHORLEY Motors, which operates Nissan franchises, has appointed a Group Property Manager as part of its expansion plans. Phil Lambert joins from Lookers.'))
      .toMatchObject([{ company: 'CHORLEY Motors', person: 'Phil Lambert', title: 'Group Property Manager', previousCompany: 'Lookers' }]);
  });

  it('never takes a speaker for the hire', () => {
    expect(jobs('', 'Northgate has appointed a new chief financial officer. John Smith, the CEO, said the search took months.')).toEqual([]);
  });
});

describe('offices of universities, and leads that describe the hire before naming them', () => {
  it('reads "has appointed a professor of psychology as its new vice-chancellor" with the person the next sentence names', () => {
    expect(jobs('', 'The University of Eastmoor has appointed a professor of psychology as its new vice-chancellor. Patrick Lowe, who is currently deputy vice-chancellor at the University of Kestrel, will take up the post on 1 February.')).toMatchObject([
      { person: 'Patrick Lowe', company: 'The University of Eastmoor', title: 'vice-chancellor' },
    ]);
  });
  it("does not read a university's ceremonial chancellor as a job change", () => {
    expect(jobs('University of Eastmoor appoints former diplomat as chancellor', 'Sir Alan Whitcombe will serve as the university’s ceremonial head for a seven-year term.')).toEqual([]);
  });
  it('reads every move of a "leadership changes" release, however far down', () => {
    const body = [
      'Volta Group has announced that current Volta Zambia CEO, Philip Dalsen will be leaving at the end of September.',
      'Philip joined Volta in 2012 as CEO of Volta Cyprus.',
      'In January this year, he moved to Volta Zambia in the same capacity.',
      'He led a turnaround there.',
      'The group thanked him for his service.',
      'Volta also announced that Mitwa Ngambi has been appointed as the new CEO of Volta Rwanda.',
    ].join(' ');
    expect(jobs('Volta Group announces leadership changes', body).map((e) => e.person)).toContain('Mitwa Ngambi');
  });
});

describe('moves further down an article, and what is not a move there', () => {
  const filler = ['The company makes industrial pumps.', 'It employs 400 people.', 'Its plant is in Ohio.', 'Sales rose last year.', 'It exports to Canada.', 'It was founded in 1952.', 'Its founder retired in 2001.'];
  it('reads a move named in the eighth sentence of an article', () => {
    expect(jobs('Harlow Pumps has a busy year', [...filler, 'Harlow Pumps has appointed Dana Ruiz as chief financial officer.'].join(' '))).toMatchObject([{ person: 'Dana Ruiz', company: 'Harlow Pumps', title: 'chief financial officer' }]);
  });
  it('reads no move from a promotion told as the time since which something has been so', () => {
    expect(jobs('', 'Three executives have run Vantor India since Manu Jain was elevated to Group Vice President last year.')).toEqual([]);
  });
  it("reads no move from a retiring chief's consulting role", () => {
    expect(jobs('', 'In addition, effective with this retirement, Mr. Caldwell will become a consultant to STAAR through March 1, 2016.')).toEqual([]);
  });
  it('takes the new office after the name, not the one the person holds', () => {
    expect(jobs('', 'Micron named COO Dana Lee the new chief executive.')).toMatchObject([{ person: 'Dana Lee', title: 'chief executive' }]);
    expect(jobs('', "Micron's board of directors also named director Robert Switz the new chairman of the board.")).toEqual([]);
  });
});

describe('a unit is not the employer', () => {
  it('reads no company from "the new head of the AntiTrust division"', () => {
    expect(jobs('', 'Makan Delrahim is the new head of the AntiTrust division.')).toEqual([]);
  });
});

describe('successors named on an interim basis, and passive headlines', () => {
  it('reads the office right after the name, not the one in front ("elected outside director John Wulff Chief Operating Officer")', () => {
    expect(jobs('Hercules chief resigns', 'Hercules Inc. announced that William Joyce has resigned from the Company. The Board has elected outside director John Wulff Chief Operating Officer.')).toMatchObject([
      { person: 'John Wulff', company: 'Hercules', title: 'Chief Operating Officer' },
    ]);
  });
  it('reads "will be replaced on an interim basis by"', () => {
    expect(jobs('', 'Corvel Holdings CEO Aylwin Lane will leave the company later this week and will be replaced on an interim basis by W. Bruce Jansen, executive vice president.')).toMatchObject([
      { person: 'W. Bruce Jansen', company: 'Corvel Holdings', title: 'CEO' },
    ]);
  });
  it('reads "<Surname> elected CEO" in a headline as the person elected, not a company', () => {
    expect(jobs('Harlow’s Dunne announces retirement plans; Bunch elected CEO').every((e) => e.company !== 'Bunch')).toBe(true);
  });
});

describe('a name, then its appositive, then the move', () => {
  it.each([
    ["Miroslaw 'Mirek' Stachowicz will serve as interim CEO of Stock Spirits.", "Miroslaw 'Mirek' Stachowicz", 'Stock Spirits', 'interim CEO'],
    ['Ewa Brandt, an independent director of Orchard Spirits, will serve as interim CEO of Orchard Spirits.', 'Ewa Brandt', 'Orchard Spirits', 'interim CEO'],
    ['The College of Harlow has named Steve Osgood as the school’s next president.', 'Steve Osgood', 'The College of Harlow', 'president'],
  ])('%s', (body, person, company, title) => {
    expect(jobs('', body)).toMatchObject([{ person, company, title }]);
  });
});

describe('names that read like places, offices in a unit, described companies and hires', () => {
  it('keeps a first name that is also a place ("Georgia", "Carolina") after a verb', () => {
    expect(jobs('', 'Halvard Systems has hired Carolina Lindqvist Berg as its latest executive vice president.')).toMatchObject([
      { person: 'Carolina Lindqvist Berg', company: 'Halvard Systems', title: 'executive vice president' },
    ]);
    expect(jobs('Former CEO of Ogilvy Group Australia Chris Brown joins Pellow as CMO')).toMatchObject([{ person: 'Chris Brown', company: 'Pellow' }]);
  });
  it('reads "named as <Company>\'s new <office>"', () => {
    expect(jobs('Ines Vaage named as Norlys’s new Chief Operations Officer')).toMatchObject([{ person: 'Ines Vaage', company: 'Norlys', title: 'Chief Operations Officer' }]);
  });
  it('takes the company after "for" when the office is of a unit ("VP of Warehouse Services for Corlane Logistics")', () => {
    expect(jobs('', 'Pete Ardito has been named Vice President of Warehouse Management Services for Corlane Logistics in the Americas.')).toMatchObject([
      { person: 'Pete Ardito', company: 'Corlane Logistics', title: 'Vice President of Warehouse Management Services' },
    ]);
    expect(jobs('', 'Jane Roe has been named Managing Director of Accenture for Europe.')).toMatchObject([{ company: 'Accenture', title: 'Managing Director' }]);
  });
  it('reads the company named after a description that opens on what it is', () => {
    expect(jobs('', 'The operator of payments exchange Kivra, 42x Holdings, has hired Nils Ekdahl as its chief compliance officer.')).toMatchObject([
      { person: 'Nils Ekdahl', company: '42x Holdings', title: 'chief compliance officer' },
    ]);
  });
  it('never takes a prefixed subject ("Anti-Money Laundering") for the person hired', () => {
    expect(jobs('', 'Tessaro Bank has hired a seasoned Anti-Money Laundering (AML) specialist, Ruth Oyelaran, as its chief compliance officer.')).toMatchObject([
      { person: 'Ruth Oyelaran', company: 'Tessaro Bank' },
    ]);
  });
});

describe('departures: the office set off by commas, the company after "from", a successor first', () => {
  it('reads the leaver and office in "<speaker> announced that <person>, <office>, has decided to retire"', () => {
    expect(extract('', 'Lumetra, Inc. (NASDAQ:LMTR), a leader in optical coatings, today announced that John Jarvis, executive vice president and chief financial officer, has decided to retire.').filter((e) => e.type === 'departure')).toMatchObject([
      { company: 'Lumetra Inc', person: 'John Jarvis', title: 'executive vice president and chief financial officer' },
    ]);
  });
  it('reads "<person>, <office>, has resigned from <company>", but not from a board', () => {
    expect(extract('', 'Jeffrey Amory, Chief Financial Officer, has resigned from Cobalt Dental.').filter((e) => e.type === 'departure')).toMatchObject([
      { company: 'Cobalt Dental', person: 'Jeffrey Amory', title: 'Chief Financial Officer' },
    ]);
    expect(extract('Joseph Swanson Resigns from the Catholic Health Alliance Board').filter((e) => e.type === 'departure')).toEqual([]);
  });
  it('never takes the successor for the company ("Lonergan succeeds Fernando Aguirre, who previously announced …")', () => {
    expect(extract('', 'Lomax succeeds Fernando Aguado, who previously announced his plan to step down as Chairman, President and CEO of Chiquera.').filter((e) => e.type === 'departure')).toMatchObject([
      { company: 'Chiquera', person: 'Fernando Aguado' },
    ]);
  });
});

describe('surnames that are business words, subjects that open on a list, one man named twice', () => {
  it('reads "appointed Simon Power as its new chief executive officer"', () => {
    expect(jobs('', 'New Zealand state-owned broadcaster TVNZ has appointed Simon Power as its new chief executive officer.')).toMatchObject([
      { company: 'TVNZ', person: 'Simon Power', title: 'chief executive officer' },
    ]);
    expect(jobs('', 'Acme has appointed Solar Power as its new supplier.')).toEqual([]);
  });
  it('reads "has expanded its senior management team with the appointment of"', () => {
    expect(jobs('', 'Interstate Hotels & Resorts has expanded its senior management team with the appointment of Jean-Luc Denis to the role of chief operating officer.')).toMatchObject([
      { company: 'Interstate Hotels & Resorts', person: 'Jean-Luc Denis', title: 'chief operating officer' },
    ]);
  });
  it('takes the name after a list of what the company is ("Brewer and bar operator BrewDog")', () => {
    expect(jobs('', 'Brewer and bar operator Hopworks has strengthened its bar chain’s management. It has hired Caroline Moss as head of operations.')).toMatchObject([
      { company: 'Hopworks', person: 'Caroline Moss' },
    ]);
  });
  it('reports a man named in full and then as "Mr. <surname>" once', () => {
    expect(jobs('', 'The Board of Charles & Colvard has appointed Richard A. Bird, a current Director, as Chief Executive Officer. Mr. Bird was appointed Chief Executive Officer of Charles & Colvard on February 3.')).toMatchObject([
      { person: 'Richard A. Bird' },
    ]);
  });
});

describe('offices with slashes and hyphens, announced hires, new positions', () => {
  it.each([
    ['', 'Vijay Poonam has been promoted to the position of vice-president international affairs at Abu Dhabi-based Etihad Airways.', 'Etihad Airways', 'Vijay Poonam', 'vice-president international affairs'],
    ['', 'Bill Chalmers has been appointed as SACC’s President/CEO.', 'SACC', 'Bill Chalmers', 'President/CEO'],
    ['', 'Sonia Agrawal was announced as Energy Innovation’s new CEO, starting in late February.', 'Energy Innovation', 'Sonia Agrawal', 'CEO'],
    ['', 'James Brennan started a new position as SVP of Corporate Development at Pineapple Energy.', 'Pineapple Energy', 'James Brennan', 'SVP of Corporate Development'],
    ['', 'SolAmerica Power announced new Chief Executive Officer Tully Blake.', 'SolAmerica Power', 'Tully Blake', 'Chief Executive Officer'],
    ['', 'First Solar has appointed John Hughes to newly-created position of chief commercial officer.', 'First Solar', 'John Hughes', 'chief commercial officer'],
    ['', 'Stonier Wines on the Mornington Peninsula has claimed a coup with the appointment of Julian Graves as technical director to oversee the winery.', 'Stonier Wines', 'Julian Graves', 'technical director'],
    ['', 'Things may finally be calming down at The New Republic, where acting Editorial Director Chris Lehman was officially anointed the editor-in-chief on Monday.', 'New Republic', 'Chris Lehman', 'editor-in-chief'],
  ])('%s%s', (title, body, company, person, office) => {
    expect(jobs(title, body)).toMatchObject([{ company, person, title: office }]);
  });
  it('reads no hire from a product announcement', () => {
    expect(jobs('', 'Acme announced new products today.')).toEqual([]);
  });
});

describe('a name closed by a semicolon', () => {
  it('reads the hire before "; <another clause>"', () => {
    expect(jobs('', 'SolAmerica Power announced new Chief Executive Officer Tully Blake; Founding executive Stan Allard to retire.')).toMatchObject([
      { company: 'SolAmerica Power', person: 'Tully Blake', title: 'Chief Executive Officer' },
    ]);
  });
});

describe('"with <person> appointed" opens another appointment', () => {
  it('never takes the person after "with" for the employer', () => {
    const events = jobs('Mullin Motors Announces Key Management Appointments', 'Bryan Chalmers was also named president and chief operating officer with Siva Kumaran appointed chief strategy officer.');
    expect(events.every((e) => e.company !== 'Siva Kumaran')).toBe(true);
    expect(events.map((e) => e.person)).toEqual(expect.arrayContaining(['Bryan Chalmers', 'Siva Kumaran']));
  });
});

describe('stepping aside, serving in a capacity, an office in the headline’s subject', () => {
  it('reads "<company> managing director steps aside" as a departure', () => {
    expect(extract('TOWERS managing director steps aside').filter((e) => e.type === 'departure')).toMatchObject([{ company: 'TOWERS', title: 'managing director' }]);
  });
  it('reads "will now serve in the capacity as"', () => {
    expect(jobs('', 'Jackie Carlson, former resident manager of the Royal Oasis, will now serve in the capacity as acting general manager of Sun Spree Resort.')).toMatchObject([
      { person: 'Jackie Carlson', company: 'Sun Spree Resort', title: 'acting general manager' },
    ]);
  });
  it('takes the employer, not "Intel CEO", from a headline that opens on an office', () => {
    expect(jobs('Intex CEO resigns after probe into relationship with employee', 'The board named Chief Financial Officer Robert Swanson as interim chief executive officer.')).toMatchObject([
      { person: 'Robert Swanson', company: 'Intex' },
    ]);
  });
});

describe('where a person comes from', () => {
  it('reads "<person> from <country> has been appointed" without the country as an employer', () => {
    expect(jobs('', 'Microsoft Vietnam announced the change last Thursday, saying Aung San Myint from Myanmar has been appointed as its new CEO in Vietnam.')).toMatchObject([
      { person: 'Aung San Myint', company: 'Microsoft Vietnam', title: 'CEO', previousCompany: null },
    ]);
  });
  it('reads "<person> from <company> has joined" with the company left', () => {
    expect(jobs('', 'Jane Roe from Stripe has joined Acme as CFO.')).toMatchObject([{ person: 'Jane Roe', company: 'Acme', previousCompany: 'Stripe' }]);
  });
  it('never strips a person after "from" ("takes on the role from Carlton Ervin, who has been appointed …")', () => {
    expect(jobs('', 'He takes on the role from Carlton Irvin, who has been appointed global development officer for Marriott International.')).toMatchObject([{ person: 'Carlton Irvin' }]);
  });
  it('reads "stepped down from <company> to join <company> as" as one move', () => {
    expect(extract('', 'Chris Haggard stepped down from Hedron Network to join Broker Investment Group as its new group chief executive.')).toMatchObject([
      { type: 'job_change', person: 'Chris Haggard', company: 'Broker Investment Group', previousCompany: 'Hedron Network' },
    ]);
  });
});

describe('a leaver after a time phrase, described by a relative clause', () => {
  it('reads "Two months ago, <person>, who was <office> of its <unit>, resigned" at the item’s company', () => {
    expect(extract('Infotech loses another executive', 'Two months ago, Sangeeta Sinha, who was executive vice president and head of its healthcare business, resigned.').filter((e) => e.type === 'departure')).toMatchObject([
      { company: 'Infotech', person: 'Sangeeta Sinha' },
    ]);
  });
});

describe('departures reported with describing words', () => {
  it('reads "<company> reported the resignation of embattled CEO <person>"', () => {
    expect(extract('', 'In an announcement issued early Monday morning, Bob Evens Farms (BOBE) reported the resignation of embattled CEO Steve Davison by mutual agreement with the Board.').filter((e) => e.type === 'departure'))
      .toMatchObject([{ company: 'Bob Evens Farms', person: 'Steve Davison', title: 'CEO' }]);
  });
});

describe('a subject set off by two hyphens, a leaver’s company after the office', () => {
  it('reads "<company> -- home of … -- has named <person> <office>"', () => {
    expect(jobs('New boss at Vancer Publishing', 'Vancer Publishing -- home of such B2B publications as the Packer newspaper -- has named Peggy Walsh president and chief operating officer.')).toMatchObject([
      { company: 'Vancer Publishing', person: 'Peggy Walsh', title: 'president and chief operating officer' },
    ]);
  });
  it('reads "…, <person> has resigned as CIO of <company>" at that company', () => {
    expect(extract('', 'Following a data breach that was thought to affect over 110 million people, Beth Jacobs has resigned as CIO of Targit.').filter((e) => e.type === 'departure')).toMatchObject([
      { company: 'Targit', person: 'Beth Jacobs', title: 'CIO' },
    ]);
  });
});

describe('regional offices', () => {
  it('reads "promoted <person> to Asia-Pacific head"', () => {
    expect(jobs('', 'Chicago-based asset manager Northern Trustee has promoted William Mak to Asia-Pacific head to succeed Teresa Parks.')).toMatchObject([
      { company: 'Northern Trustee', person: 'William Mak', title: 'Asia-Pacific head' },
    ]);
  });
});

describe('leavers who announce plans, and describing words before an office', () => {
  it('reads "<person>, <office> of <company> in <town>, <state>, announced Wednesday that he plans to retire"', () => {
    expect(extract('', 'Mike Lorde, president and CEO of State Workers’ Credit Union in Raleigh, N.C., announced Wednesday that he plans to retire at the end of August.').filter((e) => e.type === 'departure')).toMatchObject([
      { company: 'State Workers’ Credit Union', person: 'Mike Lorde', title: 'president and CEO' },
    ]);
  });
  it('never takes "Long-serving" for the company', () => {
    expect(extract('Macey’s CEO to retire', 'Long-serving CEO Terry Lundgard also announced he would retire.').filter((e) => e.type === 'departure').every((e) => e.company !== 'Long-serving')).toBe(true);
  });
});

describe('a new chief announced with a comma, an office in front of a name, a German board', () => {
  it('reads "<company> has announced a new CEO, <person>"', () => {
    expect(jobs('', 'Landstead has announced a new CEO, Jim Gattone.')).toMatchObject([{ company: 'Landstead', person: 'Jim Gattone', title: 'CEO' }]);
  });
  it('never reads "Co-CEO" as a first name', () => {
    expect(extract('Salesforge Co-CEO Keith Blocker leaves', 'Keith Blocker, co-chief executive of Salesforge, leaves.').filter((e) => e.type === 'departure')).toMatchObject([
      { company: 'Salesforge', person: 'Keith Blocker' },
    ]);
  });
  it('reads "Acers Verwaltungsrat hat Firmengründer Stan Shih interimistisch zum Corporate President ernannt"', () => {
    expect(jobs('', 'Acerons Verwaltungsrat hat Firmengründer Stan Shiu interimistisch zum Corporate President ernannt.')).toMatchObject([
      { company: 'Aceron', person: 'Stan Shiu', title: 'Corporate President' },
    ]);
  });
});

describe('a dated start and a dated dateline', () => {
  it('reads "<person> started September 1, 2024, as the new CEO at <company>"', () => {
    expect(jobs('', 'Pepijn Dinant started September 1, 2024, as the new CEO at Flintgroup.')).toMatchObject([{ person: 'Pepijn Dinant', company: 'Flintgroup', title: 'CEO' }]);
  });
  it('reads past a "DENVER (6/6/08)--" dateline', () => {
    expect(jobs('', 'DENVER (6/6/08)--Kerry Spradlin has been appointed as president/CEO at White Crest FCU, Denver, announced board Chairman Tom Ferguson.')).toMatchObject([
      { person: 'Kerry Spradlin', company: 'White Crest FCU', title: 'president/CEO' },
    ]);
  });
});

describe('several people named to one office in the plural', () => {
  it('reads "has added two principals — <A> and <B> —" as one move each, in the singular office', () => {
    expect(jobs('', 'Canaanite Ventures has added two principals — Laura Chow and Byron Lin — to its consumer tech team.')).toMatchObject([
      { company: 'Canaanite Ventures', person: 'Laura Chow', title: 'principal' },
      { company: 'Canaanite Ventures', person: 'Byron Lin', title: 'principal' },
    ]);
    expect(jobs('', 'Acme has named two new vice presidents: Jane Roe and John Doe.').map((e) => e.person)).toEqual(['Jane Roe', 'John Doe']);
    expect(jobs('', 'Acme has hired two engineers.')).toEqual([]);
  });
});
