import { describe, it, expect } from 'vitest';
import { domainOf, parseEmployees, normalizeCountry, isCustomerStage, parseDate, cleanEmail, normalizeProfileUrl } from '../../src/importers/normalize.js';

describe('domainOf', () => {
  it.each([
    ['https://www.Acme.io/about', 'acme.io'],
    ['acme.io', 'acme.io'],
    ['www.lumenhealth.io', 'lumenhealth.io'],
    ['http://go.ferrumpay.co.uk/pricing?x=1', 'ferrumpay.co.uk'],
    ['ferrumpay.co.uk', 'ferrumpay.co.uk'],
    ['https://orbitalfreight.de:8443/en', 'orbitalfreight.de'],
    ['dana.lee@northwindanalytics.com', 'northwindanalytics.com'],
    ['HTTPS://NORTHWINDANALYTICS.COM.', 'northwindanalytics.com'],
    ['not a website', null],
    ['localhost', null],
    ['http://10.0.0.1/admin', null],
    ['', null],
  ])('%s → %s', (input, want) => expect(domainOf(input)).toBe(want));
});

describe('parseEmployees', () => {
  it.each([
    ['180', 180],
    ['1,200', 1200],
    ['1.200', 1200],
    ['1 200', 1200],
    ['1.2k', 1200],
    ['12K', 12000],
    ['51-200', 126], // a band becomes its midpoint
    ['51 – 200 employees', 126],
    ['1,001-5,000', 3001],
    ['10,001+', 10001], // an open band becomes its lower bound
    ['over 500', 500],
    ['<10', 10],
    ['lots', null],
    ['', null],
  ])('%s → %s', (input, want) => expect(parseEmployees(input)).toBe(want));
});

describe('normalizeCountry', () => {
  it.each([
    ['United States', 'US'],
    ['USA', 'US'],
    ['U.S.', 'US'],
    ['UK', 'GB'],
    ['United Kingdom', 'GB'],
    ['Deutschland', 'DE'],
    ['Germany', 'DE'],
    ['de', 'DE'],
    ['Atlantis', 'Atlantis'], // unknown stays as given
    ['  ', null],
  ])('%s → %s', (input, want) => expect(normalizeCountry(input)).toBe(want));
});

describe('isCustomerStage', () => {
  it.each([
    ['customer', true],
    ['Customer', true],
    ['Customer - Direct', true],
    ['Customer - Channel', true],
    ['Evangelist', true],
    ['Active client', true],
    ['Lead', false],
    ['Marketing Qualified Lead', false],
    ['Prospect', false],
    ['Former customer', false],
    ['Churned customer', false],
    ['Channel Partner / Reseller', false],
    ['', false],
  ])('%s → %s', (input, want) => expect(isCustomerStage(input)).toBe(want));
});

describe('parseDate', () => {
  it.each([
    ['15 Mar 2024', '2024-03-15'],
    ['02 Oct 2025', '2025-10-02'],
    ['3 Sept 2023', '2023-09-03'],
    ['Mar 15, 2024', '2024-03-15'],
    ['2024-03-15', '2024-03-15'],
    ['15-Mar-24', '2024-03-15'],
    ['3/15/2024', '2024-03-15'],
    ['15/03/2024', '2024-03-15'],
    ['15.03.2024', '2024-03-15'],
    ['31 Feb 2024', null],
    ['soon', null],
  ])('%s → %s', (input, want) => expect(parseDate(input)).toBe(want));
});

describe('cleanEmail and normalizeProfileUrl', () => {
  it('takes the first address Google packs into one cell', () => {
    expect(cleanEmail('Rebecca.Stone@lumenhealth.io ::: becky.stone@gmail.com')).toBe('rebecca.stone@lumenhealth.io');
    expect(cleanEmail('not-an-email')).toBeNull();
  });
  it('puts LinkedIn profile URLs in one form', () => {
    expect(normalizeProfileUrl('https://uk.linkedin.com/in/JamesWhitfield-UK?trk=public_profile')).toBe('https://www.linkedin.com/in/jameswhitfield-uk');
    expect(normalizeProfileUrl('linkedin.com/in/dana-lee-4b1a7c/')).toBe('https://www.linkedin.com/in/dana-lee-4b1a7c');
    expect(normalizeProfileUrl('https://example.org/people/dana/')).toBe('https://example.org/people/dana');
    expect(normalizeProfileUrl('Dana Lee')).toBeNull();
  });
});
