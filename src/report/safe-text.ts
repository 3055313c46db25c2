// Feed text is written by strangers. Before any of it reaches a terminal (or a
// cron mail, or a CSV cell a rep opens in a terminal pager) it must not be able
// to move the cursor, retitle the window, write the clipboard (OSC 52), plant
// hyperlinks (OSC 8), or reorder what the rep reads (bidi overrides).

// Escape sequences are removed whole, not just their ESC byte: dropping only ESC
// would leave "]52;c;…" or "[2J" litter behind. String-type sequences (OSC, DCS,
// SOS, PM, APC) run to BEL/ST; an unterminated 7-bit one swallows the rest, as
// a terminal would.
const ESCAPE_SEQUENCES = new RegExp(
  [
    '\\x1b[\\]PX^_][\\s\\S]*?(?:\\x07|\\x1b\\\\|\\x9c|$)', // OSC/DCS/SOS/PM/APC
    // 8-bit introducers also turn up as mojibake, so they only take text with them when terminated.
    '[\\x90\\x98\\x9d\\x9e\\x9f][^\\x07\\x9c\\x1b]*?(?:\\x07|\\x1b\\\\|\\x9c)',
    '(?:\\x1b\\[|\\x9b)[\\x30-\\x3f]*[\\x20-\\x2f]*[\\x40-\\x7e]?', // CSI (7- and 8-bit)
    '\\x1b[\\x20-\\x2f]*[\\x30-\\x7e]?', // other ESC sequences (charset switches, RIS, …)
  ].join('|'),
  'g',
);

// Line and paragraph breaks (incl. NEL, LS, PS) become one space: a table cell is one line.
const BREAKS = /[ ]*[\t\n\v\f\r\x85\u2028\u2029][\t\n\v\f\r\x85\u2028\u2029 ]*/g;

// Everything left that a terminal acts on or that renders as nothing:
// C0 and DEL, C1, soft hyphen, Arabic letter mark, Hangul fillers, Mongolian vowel
// separator, zero-width space, LRM/RLM, bidi embeddings/overrides/isolates,
// word joiner and invisible operators, deprecated format chars, BOM,
// interlinear annotations, and the tag block (invisible ASCII smuggling).
const INVISIBLE =
  /[\x00-\x1f\x7f-\x9f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;

// ZWJ and ZWNJ are legitimate inside emoji sequences and some scripts; elsewhere
// they only serve to make two look-alike names compare unequal.
const JOINERS = /[\u200c\u200d]/g;
const PICTOGRAPH = /[\p{Extended_Pictographic}\u{1f3fb}-\u{1f3ff}\ufe0f]/u;
const JOINING_SCRIPT = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Mongolian}\p{M}]/u;

// Quick test for the common case (plain printable text) so tables of thousands
// of rows pay one scan per cell.
const NEEDS_WORK = /[\x00-\x1f\x7f-\x9f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\ud800-\udfff]|^ | $/;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function charBefore(s: string, i: number): string {
  const c = s.codePointAt(i - 1);
  if (c === undefined) return '';
  // Step back over a low surrogate to the whole astral character.
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) return String.fromCodePoint(s.codePointAt(i - 2) ?? c);
  return String.fromCodePoint(c);
}

function charAfter(s: string, i: number): string {
  const c = s.codePointAt(i + 1);
  return c === undefined ? '' : String.fromCodePoint(c);
}

function keepJoiner(j: string, offset: number, s: string): string {
  const before = charBefore(s, offset);
  const after = charAfter(s, offset);
  if (j === '\u200d') return PICTOGRAPH.test(before) && PICTOGRAPH.test(after) ? j : '';
  return JOINING_SCRIPT.test(before) && JOINING_SCRIPT.test(after) ? j : '';
}

/**
 * Untrusted text made safe for one line of terminal output: escape sequences
 * removed whole, control/invisible/bidi characters dropped, line breaks and tabs
 * folded to single spaces, ends trimmed. null/undefined become ''.
 */
export function safeText(s: string | null | undefined): string {
  if (s === null || s === undefined) return '';
  const text = String(s);
  if (!NEEDS_WORK.test(text)) return text;
  let out = text.replace(ESCAPE_SEQUENCES, '');
  out = out.replace(BREAKS, ' ');
  out = out.replace(INVISIBLE, '');
  out = out.replace(JOINERS, keepJoiner);
  // Lone surrogates would print as garbage (or break a UTF-8 encoder).
  out = out.replace(LONE_SURROGATE, '\ufffd');
  return out.trim();
}
