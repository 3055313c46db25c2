import { describe, expect, it } from 'vitest';
import { companyKey, personKey } from '../../src/resolve/company-key.js';

describe('companyKey', () => {
  it.each([
    ['Acme, Inc.', 'acme'],
    ['ACME Corp', 'acme'],
    ['acme.io', 'acme'],
    ['https://www.acme.io/about', 'acme'],
    ['Acme Technologies Inc', 'acme'],
    ['Acme Holdings Ltd.', 'acme'],
    ['Acme GmbH', 'acme'],
    ['Acme S.A.', 'acme'],
    ['Acme B.V.', 'acme'],
    ['Maersk Data A/S', 'maerskdata'],
    ['The Acme Company', 'acme'],
    ['Acme (YC W21)', 'acme'],
    ['Allegion plc (NYSE: ALLE)', 'allegion'],
    ['Northwind Analytics', 'northwindanalytics'],
    ['northwindanalytics.com', 'northwindanalytics'],
    ['ferrumpay.co.uk', 'ferrumpay'],
    ['Hollis & Grant', 'hollisandgrant'],
    ["Sainsbury's", 'sainsbury'],
    ['Kōdo Systems', 'kodosystems'],
    ['Tortillería Doña Carmen', 'tortilleriadonacarmen'],
  ])('%s → %s', (name, key) => {
    expect(companyKey(name)).toBe(key);
  });

  it('keeps distinct businesses distinct', () => {
    expect(companyKey('Acme Health')).not.toBe(companyKey('Acme'));
  });

  it('is null for nothing', () => {
    expect(companyKey(null)).toBeNull();
    expect(companyKey('  ')).toBeNull();
    expect(companyKey('Inc.')).toBe('inc');
  });
});

describe('personKey', () => {
  it.each([
    ['Dr. Jane  Doe, PhD', 'jane doe'],
    ['José María García-López', 'jose maria garcia lopez'],
    ["Siobhán O'Connor", 'siobhan oconnor'],
    ['Nguyễn Thị Lan', 'nguyen thi lan'],
    ['Jack Ma', 'jack ma'],
    ['Jean-Luc Van den Berg', 'jean luc van den berg'],
    ['Mr. Oluwaseun Adeyemi, MBA', 'oluwaseun adeyemi'],
  ])('%s → %s', (name, key) => {
    expect(personKey(name)).toBe(key);
  });
});
