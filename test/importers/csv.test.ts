import { describe, it, expect } from 'vitest';
import { readTable, cell, normHeader, type Layout } from '../../src/importers/csv.js';
import { SignalsError } from '../../src/errors.js';

type F = 'name' | 'notes';
const LAYOUT: Layout<F> = { id: 'generic', label: 'generic', fields: { name: ['Company name'], notes: ['Notes'] }, requires: [['Company name']] };

const rows = (text: string) => {
  const t = readTable(text, [LAYOUT], 'accounts', 'test.csv');
  return t.records.map((r) => ({ row: r.row, name: cell(t, r, 'name'), notes: cell(t, r, 'notes') }));
};

describe('readTable', () => {
  it('strips a BOM and matches headers ignoring case, spaces and underscores', () => {
    expect(rows('\uFEFFcompany_NAME,notes\nKestrel Security,fine\n')).toEqual([{ row: 2, name: 'Kestrel Security', notes: 'fine' }]);
    expect(normHeader('Company Domain Name')).toBe(normHeader('company_domain_name'));
    expect(normHeader('NumberOfEmployees')).toBe(normHeader('Number of Employees'));
  });

  it('keeps quoted commas, quotes and newlines inside one field; rows keep their starting line', () => {
    const text = 'Company name,Notes\r\n"Marlowe & Finch, LLP","Said ""call in Q1"",\r\nthen went quiet"\r\nCanopy HR,ok\r\n';
    expect(rows(text)).toEqual([
      { row: 2, name: 'Marlowe & Finch, LLP', notes: 'Said "call in Q1",\r\nthen went quiet' },
      { row: 4, name: 'Canopy HR', notes: 'ok' },
    ]);
  });

  it('accepts mixed line endings and skips blank lines and all-empty rows', () => {
    expect(rows('Company name,Notes\r\nA One,x\n\n,\r\nB Two,y\rC Three,z').map((r) => [r.row, r.name])).toEqual([
      [2, 'A One'],
      [5, 'B Two'],
      [6, 'C Three'],
    ]);
  });

  it('finds the header below a preamble, even one with commas and quotes', () => {
    const text = 'Notes:\n"Some e-mails are missing, see ""settings"", here"\n\nCompany name,Notes\nOrbital Freight,seed\n';
    expect(rows(text)).toEqual([{ row: 5, name: 'Orbital Freight', notes: 'seed' }]);
  });

  it('refuses a file with none of the expected columns, naming what it found and what it expected', () => {
    let err: unknown;
    try {
      rows('Deal Name,Amount\nNorthwind - Platform,48000\n');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SignalsError);
    const e = err as SignalsError;
    expect(e.exitCode).toBe(65);
    expect(e.message).toContain('found: Deal Name, Amount');
    expect(e.message).toContain('generic: Company name');
    expect(e.message.split('\n')).toHaveLength(1);
  });

  it('reports an unclosed quote as bad data', () => {
    expect(() => rows('Company name,Notes\nAcme,"never closed\nBeta,x\n')).toThrow(/never closed/);
  });
});
