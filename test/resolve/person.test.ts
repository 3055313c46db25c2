import { describe, it, expect } from 'vitest';
import { matchPerson, compareNames } from '../../src/resolve/person.js';
import { contact } from './helpers.js';

describe('compareNames', () => {
  it.each([
    ['Marcus Chen', 'Marcus Chen', 'exact'],
    ['marcus  chen', 'Marcus Chen', 'exact'],
    ['Dr. Dana Lee, MBA', 'Dana Lee', 'exact'],
    ['José García', 'Jose Garcia', 'diacritics'],
    ['Grace Müller', 'Grace Muller', 'diacritics'],
    ['Bob Smith', 'Robert Smith', 'variant'],
    ['J. Doe', 'John Doe', 'variant'],
    ['Alex Kim', 'Alexander Kim', 'variant'],
    ['Arjun K. Mehta', 'Arjun Mehta', 'variant'],
    ['Chris Evans', 'Christopher Evans', 'variant'],
    ['Marcus Chen', 'Marcus Cheng', null],
    ['Dana Lee', 'Dana Leigh', null],
    ['Tom Becker', 'Tim Becker', null],
    ['Priya', 'Priya Raman', null],
  ])('%s vs %s → %s', (a, b, kind) => {
    expect(compareNames(a, b)?.kind ?? null).toBe(kind);
  });
});

describe('matchPerson', () => {
  const contacts = [
    contact('Marcus Chen', 'Okta', 'Director, Enterprise Sales'),
    contact('Marcus Chen', 'Datadog', 'Solutions Engineer'),
    contact('Sofia Álvarez', 'Revolut', 'Product Designer'),
    contact('Robert Hale', 'Kestrel Security', 'CTO'),
    contact('J. Doe', 'Lumen Health'),
    contact('Priya Raman', null),
  ];

  it.each([
    // name, companies, expected [full name, company, level] best first
    ['Marcus Chen', ['Kestrel Security', 'Okta'], [['Marcus Chen', 'Okta', 'high'], ['Marcus Chen', 'Datadog', 'medium']]],
    ['Marcus Chen', [], [['Marcus Chen', 'Datadog', 'medium'], ['Marcus Chen', 'Okta', 'medium']]],
    ['Sofia Alvarez', ['Ferrum Pay'], [['Sofia Álvarez', 'Revolut', 'medium']]],
    ['Sofia Alvarez', ['Revolut'], [['Sofia Álvarez', 'Revolut', 'high']]],
    ['Bob Hale', ['Kestrel Security'], [['Robert Hale', 'Kestrel Security', 'medium']]],
    ['Bob Hale', ['Okta'], [['Robert Hale', 'Kestrel Security', 'low']]],
    ['Jane Doe', ['Lumen Health'], [['J. Doe', 'Lumen Health', 'medium']]],
    ['Priya Raman', ['Lumen Health', 'Stripe'], [['Priya Raman', null, 'medium']]],
    ['Elena Petrova', ['Canopy HR', 'Personio'], []],
  ] as const)('%s at %j', (name, companies, want) => {
    const got = matchPerson(name, { companies }, contacts).map((m) => [m.contact.fullName, m.contact.company, m.level]);
    expect(got).toEqual(want);
  });

  it('orders by confidence and explains each candidate', () => {
    const [best, next] = matchPerson('Marcus Chen', { companies: ['Okta'] }, contacts);
    expect(best!.confidence).toBeGreaterThan(next!.confidence);
    expect(best!.reason).toBe('same name, at Okta');
    expect(next!.reason).toBe('same name, but at Datadog');
  });

  it('accepts company keys as well as names', () => {
    expect(matchPerson('Marcus Chen', { companyKeys: ['okta'] }, contacts)[0]!.level).toBe('high');
  });
});
