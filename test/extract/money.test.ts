import { describe, expect, it } from 'vitest';
import { findMoney } from '../../src/extract/money.js';
import { toUsd } from '../../src/extract/fx.js';

const first = (s: string) => findMoney(s).find((m) => m.kind === 'amount') ?? null;

describe('money as stated', () => {
  it.each([
    ['raised $4.5M in seed funding', 4_500_000, 'USD', '$4.5M'],
    ['a $1.6 billion round', 1_600_000_000, 'USD', '$1.6 billion'],
    ['secures €385 million', 385_000_000, 'EUR', '€385 million'],
    ['lands £60M', 60_000_000, 'GBP', '£60M'],
    ['capta R$ 30 milhões', 30_000_000, 'BRL', 'R$ 30 milhões'],
    ['levanta €5 millones', 5_000_000, 'EUR', '€5 millones'],
    ['for around £1.425m in cash', 1_425_000, 'GBP', '£1.425m'],
    ['levanta €1.500 millones', 1_500_000_000, 'EUR', '€1.500 millones'],
    ['lève €2 milliards', 2_000_000_000, 'EUR', '€2 milliards'],
    ['raised US$ 10 mn from', 10_000_000, 'USD', 'US$ 10 mn'],
    ['closes €380.000 pre-seed round', 380_000, 'EUR', '€380.000'],
    ['raised CHF 12m', 12_000_000, 'CHF', 'CHF 12m'],
    ['raised ₹150 crore in', 1_500_000_000, 'INR', '₹150 crore'],
    ['raised 20 crore from angels', 200_000_000, 'INR', '20 crore'],
    ['raised Rs 50 lakh from', 5_000_000, 'INR', 'Rs 50 lakh'],
    ['raises ¥1.2bn Series A', 1_200_000_000, 'JPY', '¥1.2bn'],
    ['raised A$5 million', 5_000_000, 'AUD', 'A$5 million'],
    ['raised C$8 million', 8_000_000, 'CAD', 'C$8 million'],
    // A bare "$" takes the dollar the code after it names.
    ['secures $500 million CAD at', 500_000_000, 'CAD', '$500 million CAD'],
    ['raised $12M AUD in', 12_000_000, 'AUD', '$12M AUD'],
    ['raised 40 million Canadian dollars', 40_000_000, 'CAD', '40 million Canadian dollars'],
    ['closed SEK 100m', 100_000_000, 'SEK', 'SEK 100m'],
    ['raised $500K from friends', 500_000, 'USD', '$500K'],
    ['raised $2.5 mln', 2_500_000, 'USD', '$2.5 mln'],
    ['raised USD 30 million', 30_000_000, 'USD', 'USD 30 million'],
    ['sammelt €1,5 Mio. ein', 1_500_000, 'EUR', '€1,5 Mio.'],
    ['raised RMB 300 million in Series B funding', 300_000_000, 'CNY', 'RMB 300 million'],
    ['raised ₩20 billion', 20_000_000_000, 'KRW', '₩20 billion'],
    ['raised 10 million euros', 10_000_000, 'EUR', '10 million euros'],
    ['raised S$15 million', 15_000_000, 'SGD', 'S$15 million'],
    ['for $240 million.', 240_000_000, 'USD', '$240 million'],
    ['₹1,500 crore round', 15_000_000_000, 'INR', '₹1,500 crore'],
  ])('%s', (text, value, currency, stated) => {
    const m = first(text);
    expect(m).not.toBeNull();
    expect(m!.value).toBe(value);
    expect(m!.currency).toBe(currency);
    expect(m!.text).toBe(stated);
  });
});

describe('money that is not the round amount', () => {
  it.each([
    ['raises $20M at a $1B valuation', '$1B', 'valuation'],
    ['in a round valuing it at $400 million', '$400 million', 'valuation'],
    ['at a $90M post-money valuation', '$90M', 'valuation'],
    ['bringing total funding to $50M', '$50M', 'total'],
    ['has raised $120 million to date', '$120 million', 'total'],
    ['a total of $75M since its founding', '$75M', 'total'],
    ['now at $12M in annual recurring revenue', '$12M', 'revenue'],
    ['raises $950M for its new seed fund', '$950M', 'fund'],
    // An investor named after the money is not a fund being raised.
    ['raises $20M from Founders Fund', '$20M', 'amount'],
    ['$500 million raise led by Founders Fund', '$500 million', 'amount'],
    ['closes a $300M growth fund', '$300M', 'fund'],
  ])('%s', (text, stated, kind) => {
    const m = findMoney(text).find((x) => x.text === stated);
    expect(m?.kind).toBe(kind);
  });

  it('takes the round before the valuation', () => {
    expect(first('Acme raises $20M at a $1B valuation')!.value).toBe(20_000_000);
  });

  it('ignores numbers without a currency', () => {
    expect(findMoney('hired 40 people in 2026 and serves 3 million users')).toEqual([]);
  });
});

describe('fx to USD', () => {
  it('converts with the static table and keeps USD as is', () => {
    expect(toUsd(28_000_000, 'USD')).toBe(28_000_000);
    expect(toUsd(1_000_000, 'EUR')).toBe(1_080_000);
    expect(toUsd(null, 'EUR')).toBeNull();
    expect(toUsd(5, 'XXX')).toBeNull();
  });
});

// findMoney tries the amount pattern only just before each run of digits; these pin that it
// finds the same amounts, in order, as a scan of every position would.
describe('money scan positions', () => {
  it.each([
    ['It raised $1.5M and later €2 bn', [['$1.5M', 'USD'], ['€2 bn', 'EUR']]],
    ['U.S. $ 5 million round', [['U.S. $ 5 million', 'USD']]],
    ['Fortune 500 firms paid US$ 10 mn', [['US$ 10 mn', 'USD']]],
    ['abc$5M in funding', []],
    ['code 12$4M', []],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, want) => {
    expect(findMoney(text).map((m) => [m.text, m.currency])).toEqual(want);
  });
});

describe('amounts in more languages', () => {
  it.each([
    ['13 Millionen US-Dollar (12,5 Millionen Euro)', 13_000_000, 'USD'],
    ['2,5 miljoen euro', 2_500_000, 'EUR'],
    ['7,3 milioni di euro', 7_300_000, 'EUR'],
    ['50 miljoner kronor', 50_000_000, 'SEK'],
  ])('%s', (text, value, currency) => {
    expect(findMoney(text)[0]).toMatchObject({ value, currency });
  });
});

describe('taka', () => {
  it('reads "Tk 5 crore" as Bangladeshi taka', () => {
    expect(findMoney('an investment of Tk 5 crore')[0]).toMatchObject({ value: 50_000_000, currency: 'BDT' });
  });
});
