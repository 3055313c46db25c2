import { describe, it, expect } from 'vitest';
import { authorName, cleanTitle, decodeEntities, oneLine, resolveUrl, toIsoDate } from '../../src/parse/text.js';

describe('text helpers', () => {
  it('decodeEntities handles named HTML, decimal and hex references, and leaves unknown ones', () => {
    expect(decodeEntities('Caf&eacute; &amp; &#8220;Bar&#x201D; &nope; &#0;')).toBe('Café & “Bar” &nope; &#0;');
  });

  it('cleanTitle strips tags, decodes, collapses whitespace, and gives null for empty', () => {
    expect(cleanTitle('  <b>Ferrum&nbsp;Pay</b>\n\t raises  £12M <!-- x --> ')).toBe('Ferrum Pay raises £12M');
    expect(cleanTitle(' <br/> ')).toBeNull();
    expect(cleanTitle('a < b and c > d')).toBe('a < b and c > d');
  });

  it('toIsoDate reads RFC 822 and ISO 8601, assumes UTC without a zone, and never invents a date', () => {
    expect(toIsoDate('Wed, 18 Nov 2026 14:05:00 +0100')).toBe('2026-11-18T13:05:00.000Z');
    expect(toIsoDate('2026-11-18T14:05:00+01:00')).toBe('2026-11-18T13:05:00.000Z');
    expect(toIsoDate('2026-11-18T14:05:00')).toBe('2026-11-18T14:05:00.000Z');
    expect(toIsoDate('Wed, 18 Nov 2026 14:05:00')).toBe('2026-11-18T14:05:00.000Z');
    expect(toIsoDate('2026-11-18')).toBe('2026-11-18T00:00:00.000Z');
    expect(toIsoDate('Mi, 18 Okt 2026 14:05:00 +0200')).toBe('2026-10-18T12:05:00.000Z');
    expect(toIsoDate('18 déc. 2026 09:00:00 GMT')).toBe('2026-12-18T09:00:00.000Z');
    expect(toIsoDate('Wed, 18 Nov 2026 14:05:00 AEDT')).toBe('2026-11-18T03:05:00.000Z');
    for (const bad of ['', '  ', 'n/a', '0000-00-00 00:00:00', 'Invalid Date', null, undefined]) expect(toIsoDate(bad)).toBeNull();
  });

  it('resolveUrl resolves against the first usable base and keeps absolute links', () => {
    expect(resolveUrl('/a?b=1', null, 'not a url', 'https://canopyhr.com/blog/')).toBe('https://canopyhr.com/a?b=1');
    expect(resolveUrl('mailto:press@canopyhr.com', 'https://canopyhr.com/')).toBe('mailto:press@canopyhr.com');
    expect(resolveUrl('post-1', '/local/path/feed.xml')).toBe('post-1');
    expect(resolveUrl('  ', 'https://canopyhr.com/')).toBeNull();
  });

  it('authorName takes the name out of "email (Name)"', () => {
    expect(authorName('editor@ferrumpay.co.uk (Sofia Alvarez)')).toBe('Sofia Alvarez');
    expect(authorName('Sofia Alvarez')).toBe('Sofia Alvarez');
  });

  it('oneLine collapses and shortens', () => {
    expect(oneLine('a\n  b\tc')).toBe('a b c');
    expect(oneLine('x'.repeat(300), 10)).toBe('xxxxxxxxx…');
  });
});
