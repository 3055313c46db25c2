import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/fetch/charset.js';
import { guessLegacyCharset } from '../../src/fetch/charset-guess.js';

// Real captures gathered by other feed parsers' test suites; read in place, never copied here.
const REAL = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'realworld', 'feeds');
const haveReal = fs.existsSync(REAL);
if (!haveReal) console.warn(`charset tests: ${REAL} is absent, skipping the real-world charset files`);
const real = (rel: string) => fs.readFileSync(path.join(REAL, rel));
const withoutComment = (t: string) => t.replace(/<!--[\s\S]*?-->\s*/, '');

describe.skipIf(!haveReal)('real-world charset files', () => {
  it('UTF-8 with a BOM: BOM stripped, prolog kept', () => {
    const t = decodeBody(real('feedparser-py/encoding/utf-8-bom.xml'), null);
    expect(t.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  });

  it.each([
    ['feedparser-py/encoding/utf-16le-bom.xml'],
    ['feedparser-py/encoding/utf-16be-autodetect.xml'],
    ['feedparser-py/encoding/utf-32le-bom.xml'],
  ])('%s: UTF-16/32 by BOM or by the "<?" pattern, prolog rewritten to UTF-8', (file) => {
    const t = decodeBody(real(file), null);
    expect(t.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(withoutComment(t.slice(t.indexOf('?>') + 2)).trim()).toBe('<rss>\n</rss>');
    expect(t).not.toContain('\0');
  });

  it('invalid bytes after a UTF-8 BOM stay UTF-8 (with a replacement character), never crash', () => {
    const t = decodeBody(real('feedparser-py/encoding/bozo_invalid-bytes-with-bom.xml'), null);
    expect(t).toContain('Valid UTF8: Ѩ');
    expect(t).toContain('Invalid UTF8: Espa\uFFFDa');
  });

  it('windows-1252 code points written as UTF-8 C1 controls are demoronized', () => {
    const t = decodeBody(real('feedparser-py/encoding/demoronize-1.xml'), null);
    expect(t).toContain('<description>don\u2019t</description>');
  });

  it('EUC-KR named by the prolog', () => {
    const t = decodeBody(real('feedparser-py/encoding/euc-kr-item.xml'), null);
    expect(t).toContain('<description>\uB144</description>');
    expect(t).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
  });

  it.each([
    ['feed-rs/rss0/rss_0.91_encoding_1.xml', 'Dicas-L: Informações Úteis para Administradores de Sistemas'],
    ['feed-rs/rss0/rss_0.91_encoding_2.xml', 'Notícias do Tribunal de Justiça do Estado do Rio Grande do Sul'],
    ['rss-parser/encoding.rss', 'Jornal de Notícias - Últimas Notícias'],
  ])('%s: ISO-8859-1 named by the prolog', (file, expected) => {
    const t = decodeBody(real(file), null);
    expect(t).toContain(expected);
    expect(t).toMatch(/^<\?xml version="1.0" encoding="UTF-8" ?\?>/);
  });

  it('ISO-8859-1 bytes with no declaration at all (UOL Notícias) fall back to windows-1252', () => {
    const t = decodeBody(real('rss-parser/uolNoticias.rss'), null);
    expect(t).toContain('<description>Últimas Notícias</description>');
    expect(t).not.toContain('\uFFFD');
  });

  it.each([
    ['big5.xml', 'big5', '我希望'],
    ['euckr.xml', 'euc-kr', 'EUC-KR 에서 TypeKey 한글닉네임 표시하기'],
    ['koi8r.xml', 'koi8-r', 'Как пережить новогоднюю ночь'],
    ['shiftjis.xml', 'shift_jis', 'DrecomRSSに記事投稿が反映されない…'],
  ])('undeclared %s is recognised as %s', (file, charset, expected) => {
    const bytes = real(`feedparser-py/illformed/chardet/${file}`);
    expect(guessLegacyCharset(bytes)).toBe(charset);
    expect(decodeBody(bytes, null)).toContain(expected);
  });

});

describe('decodeBody', () => {
  const doc = (enc: string, title: string) => `<?xml version="1.0" encoding="${enc}"?>\n<rss version="2.0"><channel><title>${title}</title></channel></rss>`;

  it('valid UTF-8 wins over a wrong legacy declaration', () => {
    const bytes = Buffer.from(doc('ISO-8859-1', 'Canopy HR nomeia Elena Petrova — Head of Marketing'));
    const t = decodeBody(bytes, 'text/xml; charset=windows-1251');
    expect(t).toContain('Canopy HR nomeia Elena Petrova — Head of Marketing');
    expect(t).toContain('encoding="UTF-8"');
  });

  it.each([
    ['windows-1251', 'Ferrum Pay назначила Софию Альварес финансовым директором'],
    ['koi8-r', 'Kestrel Security: новый вице-президент по продажам'],
    ['gb2312', '北风分析公司完成2800万美元B轮融资'],
    ['big5', '北風分析公司完成2800萬美元B輪融資'],
    ['shift_jis', 'ノースウィンド・アナリティクスが2800万ドルを調達'],
    ['euc-kr', '노스윈드 애널리틱스, 2800만 달러 투자 유치'],
    ['iso-8859-1', 'Orbital Freight schließt Seed-Runde über 4 Mio. € ab'.replace('€', 'EUR')],
  ])('%s named by the prolog', (enc, title) => {
    const t = decodeBody(iconv.encode(doc(enc, title), enc), null);
    expect(t).toContain(`<title>${title}</title>`);
    expect(t).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
  });

  it('the Content-Type charset wins over the prolog for non-UTF-8 bytes', () => {
    const bytes = iconv.encode(doc('windows-1251', 'Kestrel Security назначила Маркуса Чена'), 'koi8-r');
    expect(decodeBody(bytes, 'text/xml; charset=KOI8-R')).toContain('<title>Kestrel Security назначила Маркуса Чена</title>');
  });

  it('the Content-Type charset is used when the prolog names none', () => {
    const bytes = iconv.encode('<rss version="2.0"><channel><title>Lumen Health назначила директора по маркетингу</title></channel></rss>', 'windows-1251');
    expect(decodeBody(bytes, 'application/rss+xml; charset="windows-1251"')).toContain('Lumen Health назначила директора по маркетингу');
  });

  it('ISO-8859-1 is read as windows-1252, so curly quotes survive', () => {
    const bytes = Buffer.concat([Buffer.from('<title>Helix Data '), Buffer.from([0x93]), Buffer.from('acquired'), Buffer.from([0x94]), Buffer.from('</title>')]);
    expect(decodeBody(bytes, 'text/xml; charset=iso-8859-1')).toBe('<title>Helix Data \u201Cacquired\u201D</title>');
  });

  it('UTF-16BE with a BOM and leading whitespace', () => {
    const text = '\uFEFF  \n<?xml version="1.0" encoding="UTF-16"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Tidepool Logistics</title></feed>';
    const bytes = Buffer.from(iconv.encode(text.slice(1), 'utf-16be'));
    const withBom = Buffer.concat([Buffer.from([0xfe, 0xff]), bytes]);
    const t = decodeBody(withBom, null);
    expect(t.startsWith('<?xml version="1.0" encoding="UTF-8"?><feed')).toBe(true);
  });

  it('UTF-16LE without a BOM or prolog is recognised by its zero bytes', () => {
    const text = '\n<rss version="2.0"><channel><title>Quanta Forge — Série A</title></channel></rss>';
    expect(decodeBody(iconv.encode(text, 'utf-16le'), null)).toBe(text.trim());
  });

  it('strips leading BOM and whitespace before <?xml', () => {
    const t = decodeBody(Buffer.from('\uFEFF\n\n  <?xml version="1.0"?><rss/>'), null);
    expect(t).toBe('<?xml version="1.0"?><rss/>');
  });

  it('a declared UTF-8 document with one stray Latin-1 byte stays UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('<title>Brightline Robotics raises $60M — Série D, 北风 '), Buffer.from([0xe9]), Buffer.from('</title>')]);
    const t = decodeBody(bytes, 'text/xml; charset=utf-8');
    expect(t).toContain('Brightline Robotics raises $60M — Série D, 北风 \uFFFD');
  });

  it('a charset nobody knows falls through to detection', () => {
    const bytes = iconv.encode('<title>Notícias: Ferrum Pay levanta 12 milhões</title>', 'latin1');
    expect(decodeBody(bytes, 'text/xml; charset=x-made-up')).toBe('<title>Notícias: Ferrum Pay levanta 12 milhões</title>');
  });

  it('ISO-2022-JP (7-bit) is honoured when declared', () => {
    const bytes = Buffer.from(new Uint8Array([0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x1b, 0x28, 0x42])); // 日本 in ISO-2022-JP
    expect(decodeBody(Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-2022-JP"?><title>'), bytes, Buffer.from('</title>')]), null)).toContain(
      '<title>日本</title>',
    );
  });
});

describe('guessLegacyCharset', () => {
  it('ASCII-only bytes are windows-1252 (the harmless default)', () => {
    expect(guessLegacyCharset(Buffer.from('<rss><channel><title>Quanta Forge</title></channel></rss>'))).toBe('windows-1252');
  });

  it('a lone euro sign is windows-1252, not a GBK character', () => {
    expect(guessLegacyCharset(iconv.encode('<title>Seats from 49 € a month</title>', 'windows-1252'))).toBe('windows-1252');
  });

  it.each([
    ['windows-1252', 'Orbital Freight schließt eine Finanzierungsrunde ab; Gründer äußern sich über Größe und Qualität der Führung.'],
    ['windows-1251', 'Компания Ferrum Pay привлекла двенадцать миллионов фунтов в раунде серии A под руководством Balderton Capital.'],
    ['koi8-r', 'Компания Ferrum Pay привлекла двенадцать миллионов фунтов в раунде серии A под руководством Balderton Capital.'],
    ['gbk', '北风分析公司今天宣布完成两千八百万美元的B轮融资，由指数创投领投，放大合伙人跟投。'],
    ['big5', '北風分析公司今天宣布完成兩千八百萬美元的B輪融資，由指數創投領投，放大合夥人跟投。'],
    ['shift_jis', 'ノースウィンド・アナリティクスは本日、シリーズBで二千八百万ドルの資金調達を完了したと発表しました。'],
    ['euc-jp', 'ノースウィンド・アナリティクスは本日、シリーズBで二千八百万ドルの資金調達を完了したと発表しました。'],
    ['euc-kr', '노스윈드 애널리틱스는 오늘 인덱스 벤처스가 주도한 시리즈 B 투자에서 2800만 달러를 유치했다고 발표했다.'],
  ])('recognises %s prose', (charset, text) => {
    expect(guessLegacyCharset(iconv.encode(`<item><title>${text}</title></item>`, charset))).toBe(charset);
  });
});
