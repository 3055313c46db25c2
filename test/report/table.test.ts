import { describe, it, expect } from 'vitest';
import { renderTable, fitWidths } from '../../src/report/table.js';
import { displayWidth, truncateToWidth } from '../../src/report/width.js';

const COLUMNS = [
  { header: 'score', align: 'right' as const },
  { header: 'company', width: 'flex' as const },
  { header: 'top trigger', width: 'flex' as const },
  { header: 'warm path' },
];
const ROWS = [
  ['92', 'Northwind Analytics', 'raised $28M Series B led by Index Ventures with participation from Amplify Partners', 'via Dana Lee, 1st'],
  ['81', 'Kestrel Security', 'Marcus Chen joined as VP of Sales (from Okta)', 'Marcus Chen, 1st'],
  ['7', 'Brightline Robotics', 'raised $60M Series D', ''],
];

describe('renderTable', () => {
  it('lays out a header and one line per row, right-aligning numbers', () => {
    const out = renderTable(COLUMNS, ROWS, { maxWidth: 200, colour: false });
    const lines = out.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^score {2}company +top trigger +warm path$/);
    expect(lines[1]).toContain('Northwind Analytics');
    expect(lines[1]).toContain('Amplify Partners');
    // "7" sits under the last digit of "92".
    expect(lines[3]!.indexOf('7')).toBe(lines[1]!.indexOf('92') + 1);
  });

  it('fits the width by cutting flex columns with an ellipsis, never fixed ones', () => {
    const out = renderTable(COLUMNS, ROWS, { maxWidth: 80, colour: false });
    for (const line of out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(out).toContain('…');
    expect(out).toContain('via Dana Lee, 1st');
    expect(out).toContain('Northwind Analytics');
  });

  it('caps a numeric width column', () => {
    const out = renderTable([{ header: 'id', width: 4 }, { header: 'name' }], [['northwind-analytics', 'Northwind']], { colour: false });
    expect(out.split('\n')[1]).toMatch(/^nor… {2}Northwind$/);
  });

  it('passes every cell and header through safeText', () => {
    const hostile = '\x1b]52;c;ZXZpbA==\x07Ferrum Pay\x1b[2J\r\nraises';
    const out = renderTable([{ header: 'co\x1b[31mmpany' }], [[hostile]], { colour: false });
    expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    expect(out).toContain('Ferrum Pay raises');
    expect(out.split('\n')[0]).toBe('company');
  });

  it('uses colour only when asked (the default follows NO_COLOR and the TTY)', () => {
    expect(renderTable(COLUMNS, ROWS, { colour: true, maxWidth: 200 })).toContain('\x1b[1m');
    expect(renderTable(COLUMNS, ROWS, { colour: false, maxWidth: 200 })).not.toContain('\x1b');
    const saved = process.env.NO_COLOR;
    process.env.NO_COLOR = '1';
    try {
      expect(renderTable(COLUMNS, ROWS, { maxWidth: 200 })).not.toContain('\x1b');
    } finally {
      if (saved === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = saved;
    }
  });

  it('aligns wide characters by display width', () => {
    const out = renderTable([{ header: 'name' }, { header: 'city' }], [['株式会社', 'Tokyo'], ['Nguyễn Thị Lan', 'Hanoi']], { colour: false });
    const [, a, b] = out.split('\n');
    expect(displayWidth(a!.slice(0, a!.indexOf('Tokyo')))).toBe(displayWidth(b!.slice(0, b!.indexOf('Hanoi'))));
  });

  it('renders just the header for no rows, and tolerates short rows', () => {
    expect(renderTable(COLUMNS, [], { colour: false }).split('\n')).toHaveLength(1);
    expect(renderTable(COLUMNS, [['1']], { colour: false }).split('\n')[1]).toBe('    1');
  });
});

describe('fitWidths', () => {
  it('gives narrow flex columns what they need and splits the rest', () => {
    const cols = [{ header: 'a' }, { header: 'b', width: 'flex' as const }, { header: 'c', width: 'flex' as const }];
    // 10 + 2 + 8 + 2 + 100 = 122 > 60: c gets 60 - 4 - 10 - 8 = 38, b keeps 8.
    expect(fitWidths([10, 8, 100], cols, 60)).toEqual([10, 8, 38]);
  });
  it('leaves tables that fit alone', () => {
    expect(fitWidths([5, 5], [{ header: 'a', width: 'flex' }, { header: 'b' }], 80)).toEqual([5, 5]);
  });
});

describe('truncateToWidth', () => {
  it('cuts by columns, counting wide characters twice', () => {
    expect(truncateToWidth('Northwind Analytics', 10)).toBe('Northwind…');
    expect(truncateToWidth('株式会社テスト', 5)).toBe('株式…');
    expect(truncateToWidth('short', 10)).toBe('short');
  });
});
