import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/extract/index.js';

const extract = (title: string, body = '') => extractEvents({ title, summary: body, content: '', author: null, link: null, published: null, feedKind: null });
const leavers = (title: string, body = '') => extract(title, body).filter((e) => e.type === 'departure');

describe('the one a hire replaces leaves', () => {
  it.each([
    ['Corvane appointed former senior executive Elliott Hale as CEO, to replace John Donner, amid efforts to revive sales.', 'Corvane', 'John Donner', 'CEO'],
    ['Pump Makers Association has named Evan Gaddis to succeed Malcolm Hagan as president.', 'Pump Makers Association', 'Malcolm Hagan', 'president'],
    ['Harlow Bank has named Tessa Mbeki as chief executive officer, replacing CEO Virginia Rolt.', 'Harlow Bank', 'Virginia Rolt', 'CEO'],
  ])('%s', (body, company, person, title) => {
    expect(leavers('', body)).toMatchObject([{ company, person, title }]);
  });

  it('takes the office left, not a founder’s description', () => {
    expect(leavers('', 'Orbit Retail named Andy Jarvis chief executive, set to replace founder Jeff Bowen.')).toMatchObject([{ person: 'Jeff Bowen', title: 'chief executive' }]);
  });

  it('names a departure already read without its person, and never reports the hire as leaving', () => {
    const events = extract('Orbit Retail CEO to step down', 'Orbit Retail said its chief executive will step down. The board named Andy Jarvis CEO to succeed Jeff Bowen.');
    expect(events.filter((e) => e.type === 'departure').map((e) => e.person)).toEqual(['Jeff Bowen']);
    expect(leavers('', 'Harlow Bank has named Tessa Mbeki as chief executive officer, succeeding him.')).toEqual([]);
  });
});
