import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import { parseAccountsCsv } from '../../src/importers/accounts.js';
import { SignalsError } from '../../src/errors.js';

const fixture = (name: string) => fs.readFileSync(new URL(`../../fixtures/accounts/${name}`, import.meta.url), 'utf8');
const parse = (name: string) => parseAccountsCsv(fixture(name), name);

describe('parseAccountsCsv', () => {
  it('reads the HubSpot company export', () => {
    const { report, rows } = parse('hubspot-companies.csv');
    expect(report.layout).toBe('hubspot');
    expect(report.read).toBe(13);
    expect(report.skipped).toEqual([{ row: 12, reason: 'no company name' }]);
    expect(report.notes).toEqual([{ row: 14, reason: 'employees "lots" is not a number or range — left empty' }]);
    const by = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(by['Northwind Analytics']).toMatchObject({
      key: 'northwindanalytics', domain: 'northwindanalytics.com', industry: 'Computer Software', employees: 180, country: 'US', lifecycle: 'Lead', isCustomer: false, source: 'hubspot',
    });
    expect(by['Tidepool Logistics, Inc.']).toMatchObject({ key: 'tidepoollogistics', domain: 'tidepool.io', isCustomer: true, lifecycle: 'Customer' });
    expect(by['Kestrel Security']!.country).toBe('US');
    expect(by['Lumen Health']).toMatchObject({ domain: 'lumenhealth.io', country: 'US' });
    expect(by['Ferrum Pay Ltd']).toMatchObject({ key: 'ferrumpay', country: 'GB', domain: 'ferrumpay.co.uk' });
    expect(by['Orbital Freight GmbH']).toMatchObject({ key: 'orbitalfreight', country: 'DE', domain: 'orbitalfreight.de' });
    expect(by['Halcyon Dental Group']).toMatchObject({ employees: 1200, isCustomer: true });
    expect(by['Marlowe & Finch']).toMatchObject({ employees: 126, country: 'GB' });
    expect(by['Verdant Grocers']).toMatchObject({ employees: 2300, isCustomer: true }); // evangelists are customers
    expect(by['Pinecrest Credit Union']!.employees).toBeNull();
  });

  it('reads the Salesforce report layout with label variants', () => {
    const { report, rows } = parse('salesforce-accounts.csv');
    expect(report.layout).toBe('salesforce');
    expect(report.skipped).toEqual([]);
    const by = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(by['northwindanalytics']).toMatchObject({ name: 'Northwind Analytics Inc.', employees: 185, country: 'US', isCustomer: false, lifecycle: 'Prospect' });
    expect(by['tidepoollogistics']).toMatchObject({ isCustomer: true, lifecycle: 'Customer - Direct' });
    expect(by['sableoutfitters']!.isCustomer).toBe(true);
    expect(by['cobaltridgeconsulting']!.isCustomer).toBe(false);
    expect(by['brightlinerobotics']).toMatchObject({ employees: 1000, domain: 'brightlinerobotics.com' });
  });

  it('reads the Salesforce API-name layout', () => {
    const text = 'Id,Name,Website,NumberOfEmployees,BillingCountry,Type\n001A,Helix Data,https://helixdata.ai,70,United States,Customer - Channel\n';
    const { report, rows } = parseAccountsCsv(text, 'api.csv');
    expect(report.layout).toBe('salesforce');
    expect(rows[0]).toMatchObject({ key: 'helixdata', employees: 70, country: 'US', isCustomer: true });
  });

  it('reads a generic layout, skipping a nameless row with its reason', () => {
    const { report, rows } = parse('generic-accounts.csv');
    expect(report.layout).toBe('generic');
    expect(report.skipped).toEqual([{ row: 8, reason: 'no company name' }]);
    const by = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(by['Lumen Health']).toMatchObject({ employees: 325, country: 'US', isCustomer: false });
    expect(by['Harbor & Pine Coffee']!.isCustomer).toBe(true);
    expect(by['Juniper Ledger']).toMatchObject({ isCustomer: false, country: 'CA', employees: 1200 });
    expect(by['Westbrook Mills']!.employees).toBe(10001);
    expect(by['Ferrum Pay']!.domain).toBe('ferrumpay.co.uk');
  });

  it('understands a yes/no customer column', () => {
    const { rows } = parseAccountsCsv('Company,Domain,Customer\nSable Outfitters,sableoutfitters.com,yes\nHelix Data,helixdata.ai,no\n', 'x.csv');
    expect(rows.map((r) => [r.name, r.isCustomer, r.lifecycle])).toEqual([
      ['Sable Outfitters', true, 'customer'],
      ['Helix Data', false, null],
    ]);
  });

  it('refuses a file with none of the expected columns, listing every layout', () => {
    const text = fs.readFileSync(new URL('../../fixtures/contacts/bad-columns.csv', import.meta.url), 'utf8');
    try {
      parseAccountsCsv(text, 'bad-columns.csv');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SignalsError);
      const msg = (e as SignalsError).message;
      expect((e as SignalsError).exitCode).toBe(65);
      expect(msg).toContain('HubSpot: Company name, Company Domain Name');
      expect(msg).toContain('Salesforce: Account Name');
      expect(msg).toContain('generic: name');
      expect(msg).toContain('found: Deal Name, Amount, Close Date, Deal Stage, Pipeline');
    }
  });
});
