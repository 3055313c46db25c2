import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import { parseContactsCsv } from '../../src/importers/contacts.js';
import { SignalsError } from '../../src/errors.js';

const fixture = (name: string) => fs.readFileSync(new URL(`../../fixtures/contacts/${name}`, import.meta.url), 'utf8');
const parse = (name: string) => parseContactsCsv(fixture(name), name);

describe('parseContactsCsv', () => {
  it("reads LinkedIn's Connections.csv past its Notes: preamble", () => {
    const { report, rows } = parse('Connections.csv');
    expect(report.layout).toBe('linkedin');
    expect(report.read).toBe(25);
    expect(report.skipped.map((s) => s.row)).toEqual([13, 27]);
    expect(report.skipped[0]!.reason).toMatch(/^no name \(LinkedIn/);
    const dana = rows.find((r) => r.fullName === 'Dana Lee')!;
    expect(dana).toMatchObject({
      row: 5,
      firstName: 'Dana',
      lastName: 'Lee',
      nameKey: 'dana lee',
      company: 'Northwind Analytics',
      companyKey: 'northwindanalytics',
      position: 'Senior Account Executive',
      connectedOn: '2024-03-15',
      url: 'https://www.linkedin.com/in/dana-lee-4b1a7c',
      identity: 'url:https://www.linkedin.com/in/dana-lee-4b1a7c',
      source: 'linkedin',
    });
    expect(rows.find((r) => r.lastName === 'Chen')).toMatchObject({ email: 'marcus.chen@fastmail.com', identity: 'email:marcus.chen@fastmail.com', companyKey: 'okta' });
    expect(rows.find((r) => r.lastName === 'Becker')!.companyKey).toBe('stripe');
    expect(rows.find((r) => r.lastName === 'Whitfield')!.companyKey).toBe('personio');
    expect(rows.find((r) => r.lastName === 'Desai')!.position).toBe('Head of Growth "EMEA"');
    expect(rows.find((r) => r.lastName === 'Lambert')).toMatchObject({ row: 28, position: 'Senior Director, Partner Marketing', connectedOn: '2026-01-10' });
    expect(rows.find((r) => r.lastName === 'Álvarez')!.fullName).toBe('Sofia Álvarez');
  });

  it('reads the current Google Contacts export', () => {
    const { report, rows } = parse('google-contacts.csv');
    expect(report.layout).toBe('google');
    expect(report.read).toBe(6);
    expect(report.skipped).toEqual([{ row: 6, reason: 'no name' }]);
    const by = Object.fromEntries(rows.map((r) => [r.fullName, r]));
    expect(by['Dana Lee']).toMatchObject({ email: 'dana.lee@northwindanalytics.com', url: 'https://www.linkedin.com/in/dana-lee-4b1a7c', source: 'google' });
    expect(by['Rebecca Stone']).toMatchObject({ email: 'rebecca.stone@lumenhealth.io', position: 'VP Customer Success', company: 'Lumen Health' });
    expect(by['Arjun K. Mehta']).toMatchObject({ firstName: 'Arjun', lastName: 'Mehta', position: 'Chief Revenue Officer' });
    expect(by['Mei Tanaka']).toMatchObject({ company: null, companyKey: null, identity: 'email:mei.tanaka@outlook.com' });
  });

  it('reads the older Google Contacts export', () => {
    const { report, rows } = parse('google-contacts-legacy.csv');
    expect(report.layout).toBe('google');
    expect(report.skipped).toEqual([{ row: 4, reason: 'no name' }]);
    expect(rows.map((r) => [r.fullName, r.company, r.position, r.email])).toEqual([
      ['Tom Becker', 'Stripe', 'Engineering Manager', 'tom.becker@stripe.com'],
      ['Elif Yilmaz', 'Kestrel Security', 'Senior Product Manager', 'elif.yilmaz@gmail.com'],
    ]);
  });

  it('reads a generic people list with full names, "Last, First" and an unusable e-mail', () => {
    const { report, rows } = parse('generic-contacts.csv');
    expect(report.layout).toBe('generic');
    expect(report.skipped).toEqual([{ row: 6, reason: 'no name' }]);
    expect(report.notes).toEqual([{ row: 5, reason: 'e-mail "not-an-email" is not an address — left empty' }]);
    const james = rows.find((r) => r.lastName === 'Whitfield')!;
    expect(james).toMatchObject({ firstName: 'James', fullName: 'James Whitfield', url: 'https://www.linkedin.com/in/jameswhitfield-uk' });
    const peter = rows.find((r) => r.lastName === 'Lindqvist')!;
    expect(peter.identity).toBe('name:peter lindqvist@brightlinerobotics');
  });

  it('reads a generic layout with first/last columns', () => {
    const { rows } = parseContactsCsv('first_name,last_name,company,job title\nNadia,Rahman,Ferrum Pay,COO\n', 'x.csv');
    expect(rows[0]).toMatchObject({ fullName: 'Nadia Rahman', position: 'COO', companyKey: 'ferrumpay', source: 'generic' });
  });

  it('refuses a file with none of the expected columns', () => {
    expect(() => parse('bad-columns.csv')).toThrow(SignalsError);
    try {
      parse('bad-columns.csv');
    } catch (e) {
      const msg = (e as SignalsError).message;
      expect(msg).toContain('LinkedIn Connections: First Name, Last Name');
      expect(msg).toContain('URL, Connected On');
      expect(msg).toContain('Google Contacts:');
      expect(msg).toContain('generic: name');
    }
  });
});
