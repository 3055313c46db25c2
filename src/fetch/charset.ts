import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { guessLegacyCharset } from './charset-guess.js';

/**
 * Turn feed bytes into text the XML parser can trust:
 * BOM (UTF-8/16/32) > valid UTF-8 > Content-Type charset > XML prolog / HTML meta charset >
 * a statistical guess among common legacy charsets > windows-1252.
 * The result never starts with a BOM or whitespace, and a prolog that named a legacy charset is
 * rewritten to say UTF-8, because the text is no longer in that charset.
 */
export function decodeBody(bytes: Buffer, contentType: string | null): string {
  // In UTF-8 a C1 control starts with byte 0xC2; a fast byte search spares scanning big documents.
  const mayHaveC1 = bytes.includes(0xc2) || !isUtf8(bytes);
  return tidy(decodeRaw(bytes, contentType), mayHaveC1);
}

function decodeRaw(bytes: Buffer, contentType: string | null): string {
  const bom = bomCharset(bytes);
  if (bom) return decodeWith(bytes.subarray(bom.length), bom.charset);

  const sniffed = utf16Sniff(bytes);
  if (sniffed) return decodeWith(bytes, sniffed);

  const declared = [charsetFromContentType(contentType), declaredInDocument(bytes)]
    .map((c) => (c ? normaliseCharset(c) : null))
    .filter((c): c is string => c !== null);

  // 7-bit stateful charsets are valid ASCII/UTF-8 byte-wise, so they must be honoured before the UTF-8 check.
  const stateful = declared.find((c) => /^(iso-2022-|hz-gb|utf-7)/.test(c));
  if (stateful) {
    const text = decodeWithTextDecoder(bytes, stateful);
    if (text !== null) return text;
  }

  if (isUtf8(bytes)) return bytes.toString('utf8');

  for (const charset of declared) {
    if (charset === 'utf-8') {
      // Declared UTF-8 with a few broken bytes: keep UTF-8 (lossy) unless it is clearly another charset.
      if (mostlyUtf8(bytes)) return bytes.toString('utf8');
      continue;
    }
    if (canDecode(charset)) return decodeWith(bytes, charset);
  }
  if (declared.length === 0 && mostlyUtf8(bytes)) return bytes.toString('utf8');
  return decodeWith(bytes, guessLegacyCharset(bytes));
}

interface Bom {
  length: number;
  charset: string;
}

function bomCharset(b: Buffer): Bom | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { length: 3, charset: 'utf-8' };
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return { length: 4, charset: 'utf-32le' };
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return { length: 4, charset: 'utf-32be' };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { length: 2, charset: 'utf-16le' };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { length: 2, charset: 'utf-16be' };
  return null;
}

/**
 * UTF-16 without a BOM (XML 1.0 Appendix F): ASCII markup with a zero byte beside every
 * character, e.g. "<?" as 3C 00 3F 00 (little-endian) or 00 3C 00 3F (big-endian).
 */
function utf16Sniff(b: Buffer): string | null {
  const n = Math.min(b.length, 16) & ~1;
  if (n < 4) return null;
  let le = true;
  let be = true;
  for (let i = 0; i < n; i += 2) {
    const even = b[i]!;
    const odd = b[i + 1]!;
    le &&= odd === 0 && even !== 0 && even < 0x80;
    be &&= even === 0 && odd !== 0 && odd < 0x80;
  }
  return le ? 'utf-16le' : be ? 'utf-16be' : null;
}

export function charsetFromContentType(contentType: string | null): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return m ? m[2]!.trim() : null;
}

/** The encoding named by the XML prolog, or by an HTML meta tag, within the first 1 KiB. */
export function declaredInDocument(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 1024).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']\s*([A-Za-z0-9._:-]+)\s*["']/.exec(head);
  if (xml) return xml[1]!;
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return meta ? meta[1]! : null;
}

// Browser practice (WHATWG Encoding): Latin-1 and ASCII labels mean windows-1252, a superset whose
// 0x80-0x9F curly quotes and dashes are what such feeds really contain; likewise GB2312 means GBK.
const ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  iso_8859_1: 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'latin-1': 'windows-1252',
  'l1': 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'ansi_x3.4-1968': 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  gb2312: 'gbk',
  'x-gbk': 'gbk',
  gb_2312: 'gbk',
  'gb_2312-80': 'gbk',
  'euc-cn': 'gbk',
  'x-euc-cn': 'gbk',
  'ks_c_5601-1987': 'euc-kr',
  'x-sjis': 'shift_jis',
  sjis: 'shift_jis',
  'ms_kanji': 'shift_jis',
  'windows-31j': 'shift_jis',
  utf8: 'utf-8',
  'utf-16': 'utf-16le',
  'utf-32': 'utf-32le',
  unicode: 'utf-16le',
};

export function normaliseCharset(label: string): string {
  const l = label.trim().toLowerCase();
  return ALIASES[l] ?? l;
}

function canDecode(charset: string): boolean {
  return iconv.encodingExists(charset) || decodeWithTextDecoder(Buffer.alloc(0), charset) !== null;
}

function decodeWith(bytes: Buffer, charset: string): string {
  if (charset === 'utf-8') return bytes.toString('utf8');
  if (iconv.encodingExists(charset)) return iconv.decode(bytes, charset, { stripBOM: true });
  return decodeWithTextDecoder(bytes, charset) ?? bytes.toString('latin1');
}

function decodeWithTextDecoder(bytes: Buffer, charset: string): string | null {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return null;
  }
}

/** Valid UTF-8 multi-byte sequences clearly outnumber broken bytes: a UTF-8 document with a few strays. */
function mostlyUtf8(bytes: Buffer): boolean {
  let valid = 0;
  let invalid = 0;
  const n = Math.min(bytes.length, 256 * 1024);
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return valid >= 4 * invalid && valid > 0;
}

const LEADING_JUNK = /^[\s\uFEFF\u200B\0]+/;
const PROLOG_ENCODING = /^(<\?xml[^>]*?\bencoding\s*=\s*)(["'])([^"']*)\2/;

// C1 controls never belong in a feed; when they appear, the publisher meant windows-1252's
// curly quotes, dashes and ellipsis (the classic "demoronize" repair).
const C1 = /[\u0080-\u009F]/g;
const CP1252_C1 = iconv.decode(Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)), 'windows-1252');

function demoronize(text: string): string {
  return text.replace(C1, (c) => {
    const mapped = CP1252_C1[c.charCodeAt(0) - 0x80]!;
    return mapped >= '\u00A0' && mapped !== '\uFFFD' ? mapped : '';
  });
}

function tidy(text: string, mayHaveC1: boolean): string {
  let t = text.replace(LEADING_JUNK, '');
  if (mayHaveC1) t = demoronize(t);
  const m = PROLOG_ENCODING.exec(t);
  if (m && m[3]!.trim().toLowerCase() !== 'utf-8') t = t.replace(PROLOG_ENCODING, `$1$2UTF-8$2`);
  return t;
}
