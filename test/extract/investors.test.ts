import { describe, expect, it } from 'vitest';
import { findInvestors, parseNameList } from '../../src/extract/investors.js';
import { extractEvents } from '../../src/extract/index.js';

describe('investors', () => {
  it.each([
    ['led by Index Ventures with participation from Amplify Partners.', ['Index Ventures'], ['Amplify Partners']],
    // A closing bracket ends the list; a name after the round inside brackets is an investor.
    ['raised $105M (Series C, led by Wollemi Capital). Gridless took on debt.', ['Wollemi Capital'], []],
    ['Kapital raised $60M (Series D, Ribbit).', [], ['Ribbit']],
    // The body of a grant names who awards it.
    ['secured a £750k Innovate UK grant.', [], ['Innovate UK']],
    ['won a €2.4M EIC Accelerator grant.', [], ['EIC']],
    ['Battery Ventures led', ['Battery Ventures'], []],
    ['co-led by HV Capital and Cherry Ventures.', ['HV Capital', 'Cherry Ventures'], []],
    ['raised $8M from investors such as General Catalyst and Founders Fund.', [], ['General Catalyst', 'Founders Fund']],
    ['Other investors in the round include Y Combinator.', [], ['Y Combinator']],
    ['raised a $3 million seed round from Precursor Ventures, Hustle Fund and angel investors including Jane Doe, former CMO of Stripe.', [], ['Jane Doe', 'Precursor Ventures', 'Hustle Fund']],
    ['secured $9.5 million in bridge financing from existing investors Costanoa Ventures and Founder Collective.', [], ['Costanoa Ventures', 'Founder Collective']],
    ['led by Felicis, with participation from Y Combinator, SV Angel and more than twenty finance leaders as angel investors.', ['Felicis'], ['Y Combinator', 'SV Angel']],
    ['Existing investors Blume Ventures and 3one4 Capital also participated in the round.', [], ['Blume Ventures', '3one4 Capital']],
    ['Tiger Global led the round, with Y Combinator and SV Angel also investing.', ['Tiger Global'], ['Y Combinator', 'SV Angel']],
    ['General Catalyst led the round with Ribbit Capital and Founders Fund participating.', ['General Catalyst'], ['Ribbit Capital', 'Founders Fund']],
    ['The round was led by Redpoint Ventures, with Abstract Ventures and existing backer Hustle Fund joining.', ['Redpoint Ventures'], ['Abstract Ventures', 'Hustle Fund']],
    ['raised $5M from Accel and Index, among others.', [], ['Accel', 'Index']],
    ['backed by Sequoia Capital and Kleiner Perkins.', [], ['Sequoia Capital', 'Kleiner Perkins']],
    ['Funding from the European Innovation Council supports the work.', [], ['European Innovation Council']],
    ['Investors include former executives of ServiceTitan and Procore, as well as Arizona angel group Desert Angels.', [], ['Desert Angels']],
    ['Battery Ventures led; the company plans to hire.', ['Battery Ventures'], []],
    ['Lakestar, Creandum and Northzone also participated.', [], ['Lakestar', 'Creandum', 'Northzone']],
    ['The Wellcome Leap Fund and the company\'s angel backer, Seedcamp, also participated.', [], ['Wellcome Leap Fund', 'Seedcamp']],
    ['Atomico and Balderton joined existing investors Speedinvest and Point Nine in the round.', [], ['Speedinvest', 'Point Nine', 'Atomico', 'Balderton']],
    ['Previous seed investors Frontline Ventures and Kindred Capital participated in the extension.', [], ['Frontline Ventures', 'Kindred Capital']],
    ['The round was led by Salesforce\'s Salesforce Ventures with participation from Intel\'s Digital Transformation Fund.', ['Salesforce Ventures'], ["Intel's Digital Transformation Fund"]],
    ['The round was led by Google\'s GV.', ['GV'], []],
    ['The loan was provided by Barclays, a division of Barclays Group, and Hercules Capital.', [], ['Barclays', 'Hercules Capital']],
    ['It received a grant from the National Science Foundation (NSF) Seed Fund programme.', [], ['National Science Foundation']],
    ['Round includes former founders from Monzo and Revolut.', [], []],
    ['Cardwise topped up its seed (Kima Ventures led the extension).', ['Kima Ventures'], []],
    ['The Series A also included Elevation Capital.', [], ['Elevation Capital']],
  ])('%s', (text, leads, others) => {
    const inv = findInvestors(text);
    expect(inv.leads).toEqual(leads);
    expect(inv.others).toEqual(others);
  });

  it('splits lists and drops unnamed backers', () => {
    expect(parseNameList('Accel, Index Ventures and angel investors')).toEqual(['Accel', 'Index Ventures']);
    expect(parseNameList('existing investors Greylock and Boldstart Ventures.')).toEqual(['Greylock', 'Boldstart Ventures']);
  });
});

describe('legal forms in investor lists', () => {
  it('keeps ", LLC" with the name before it, and drops legal forms from investors', () => {
    expect(findInvestors('The round was led by Fountain Partners, with participation from Tekla Capital Management, LLC, and EarlyBird Venture Capital.').others)
      .toEqual(['Tekla Capital Management', 'EarlyBird Venture Capital']);
  });

  it('reads ", L.P" without its final dot as the legal form of the name before it', () => {
    expect(findInvestors('The round also included new investors Birchwood Capital Management, L.P, Orrin Capital and Sable Peak Partners.').others)
      .toEqual(['Birchwood Capital Management', 'Orrin Capital', 'Sable Peak Partners']);
  });
});

describe('where an investor is based', () => {
  it('is not part of its name', () => {
    expect(findInvestors('This series C funding was led by Hong Kong-based Lantau Medical Corp.').leads).toEqual(['Lantau Medical']);
    expect(findInvestors('It raised $8.7 million from the Norway-based Fjord Microfinance Initiative and Carpediem Capital.').others)
      .toEqual(['Fjord Microfinance Initiative', 'Carpediem Capital']);
  });
});

describe('where investors are from', () => {
  it('is never an investor by itself', () => {
    const found = findInvestors('The financing was led by Seroba Life Sciences, with additional investment from Irish and Canadian based family offices and participation from Enterprise Ireland.');
    expect([...found.leads, ...found.others]).toEqual(['Seroba Life Sciences', 'Enterprise Ireland']);
    expect(findInvestors('The round was led by Lightrock and UAE-based international venture capital firm, Global Ventures.').leads).toEqual(['Lightrock', 'Global Ventures']);
  });
});

describe('where an investor is from', () => {
  it('drops "of <country>" after a firm’s name, never "Bank of America"', () => {
    const [e] = extractEvents({ title: '', summary: '', content: 'Polish payments startup Rampa has raised $70 million in Series B funding. Mubadala Capital of the United Arab Emirates and Korelya Capital of France led the round.', author: null, link: null, published: null, feedKind: null }).filter((x) => x.type === 'funding');
    expect(e?.leadInvestors).toEqual(['Mubadala Capital', 'Korelya Capital']);
    const [f] = extractEvents({ title: '', summary: '', content: 'Acme raised $5 million from Bank of America and Bank of Montreal.', author: null, link: null, published: null, feedKind: null }).filter((x) => x.type === 'funding');
    expect(f?.investors).toEqual(['Bank of America', 'Bank of Montreal']);
  });
});
