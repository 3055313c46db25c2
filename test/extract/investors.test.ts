import { describe, expect, it } from 'vitest';
import { findInvestors, parseNameList } from '../../src/extract/investors.js';

describe('investors', () => {
  it.each([
    ['led by Index Ventures with participation from Amplify Partners.', ['Index Ventures'], ['Amplify Partners']],
    ['co-led by HV Capital and Cherry Ventures.', ['HV Capital', 'Cherry Ventures'], []],
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
