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

describe('the one replaced, named in a later sentence or staying on', () => {
  it('reads "<first name> will succeed <person>" further down a release that reports one hire', () => {
    const events = leavers('Tevora names HR chief', 'Tevora today announced that Giulia Ferrante will join Tevora as Chief Human Resources Officer, effective June 1. Giulia has 25 years of experience. Giulia will succeed Carla Voss, who has decided to step down after a decade in the role.');
    expect(events).toMatchObject([{ company: 'Tevora', person: 'Carla Voss', title: 'Chief Human Resources Officer' }]);
  });
  it('reads no departure for a predecessor who goes back to another office', () => {
    expect(leavers('', 'Larkmoor Health today named Robert Abate Chief Financial Officer. He succeeds interim CFO Janet Lowe, who will continue as Vice President of Finance.')).toEqual([]);
  });
  it('still reads a retiring chief who keeps only the chair', () => {
    expect(leavers('', 'Brookfoot has named Dana Mills as CEO, succeeding retiring CEO Richard Hale, who will remain chair of the board until January.')).toMatchObject([{ person: 'Richard Hale' }]);
  });
});

describe('the one replaced, from a body sentence that names the hire in full', () => {
  it('reads "<hire> will succeed <person> as …" when the headline gave the hire', () => {
    expect(leavers('Kent Lear named CEO', 'Kent Lear will succeed Rick Portman as the next CEO of Iowa Imaging. Portman, who helped found the organization in 2001, retired as CEO in February.'))
      .toMatchObject([{ company: 'Iowa Imaging', person: 'Rick Portman' }]);
  });
  it('reads no departure for a co-founder who takes another office', () => {
    expect(leavers('', 'Kenyan payments startup Lipa Pesa has appointed Wanjiru Kamande as chief executive officer, replacing co-founder Brian Otieno, who will now focus on product as chief product officer.')).toEqual([]);
  });
  it('keeps the sentence a degree’s full stop ends ("Peter Hecht, Ph.D. It’s a return …")', () => {
    expect(leavers('Cyclora picks former EQRx leader as new CEO', 'Regina Graul, Ph.D., has found a new role at the top of Cyclora Therapeutics, replacing outgoing founding CEO Peter Hecht, Ph.D. It’s a return to home for the executive.'))
      .toMatchObject([{ person: 'Peter Hecht' }]);
  });
});
