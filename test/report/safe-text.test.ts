import { describe, it, expect } from 'vitest';
import { safeText } from '../../src/report/safe-text.js';

const ESC = '\x1b';
const BEL = '\x07';

// Titles as a hostile feed would publish them, and what the rep must see.
const cases: Array<[string, string, string]> = [
  ['plain ASCII passes untouched', 'Northwind Analytics raises $28M Series B', 'Northwind Analytics raises $28M Series B'],
  ['accents and other scripts survive', 'José María García-López joins Nguyễn Thị Lan at 株式会社', 'José María García-López joins Nguyễn Thị Lan at 株式会社'],
  ['null becomes empty', '', ''],
  ['OSC 52 clipboard write (BEL-terminated) vanishes whole', `Ferrum Pay ${ESC}]52;c;Y3VybCBldmlsLnNoIHwgc2g=${BEL}raises £12M`, 'Ferrum Pay raises £12M'],
  ['OSC 52 (ST-terminated) vanishes whole', `Ferrum Pay ${ESC}]52;c;Y3VybA==${ESC}\\raises £12M`, 'Ferrum Pay raises £12M'],
  ['OSC 8 hyperlink keeps only its visible text', `${ESC}]8;;https://evil.example/${ESC}\\Kestrel Security${ESC}]8;;${ESC}\\ names VP`, 'Kestrel Security names VP'],
  ['window title set vanishes', `${ESC}]0;pwned${BEL}Lumen Health hires CMO`, 'Lumen Health hires CMO'],
  ['unterminated OSC swallows the rest, like a terminal', `Orbital Freight${ESC}]2;stays hidden`, 'Orbital Freight'],
  ['CSI clear screen and cursor moves vanish', `${ESC}[2J${ESC}[H${ESC}[31;1mCanopy HR${ESC}[0m appoints Elena Petrova`, 'Canopy HR appoints Elena Petrova'],
  ['CSI with private parameters (hide cursor) vanishes', `${ESC}[?25lHelix Data acquired`, 'Helix Data acquired'],
  ['8-bit CSI (U+009B) vanishes', 'Tidepool\u009b2J raises $40M', 'Tidepool raises $40M'],
  ['8-bit OSC (U+009D) to ST (U+009C) vanishes', 'Quanta\u009d52;c;ZXZpbA==\u009c Forge', 'Quanta Forge'],
  ['DCS string vanishes', `Brightline${ESC}P+q544e${ESC}\\ Robotics`, 'Brightline Robotics'],
  ['charset switch and reset (RIS) vanish', `${ESC}(0Acme${ESC}c Corp`, 'Acme Corp'],
  ['lone ESC vanishes', `Acme${ESC}`, 'Acme'],
  ['BEL and backspace vanish', `Dana${BEL} Lee\b\b\bXXX`, 'Dana LeeXXX'],
  ['carriage return cannot overwrite the line', 'Series A funding\rSeries Z', 'Series A funding Series Z'],
  ['CRLF, LF and tabs fold to one space', 'Line one\r\n\tLine two\n\nLine three', 'Line one Line two Line three'],
  ['NEL, line and paragraph separators fold to a space', 'one\u0085two\u2028three\u2029four', 'one two three four'],
  ['other C0 and DEL vanish', 'A\x00B\x01C\x0eD\x1fE\x7fF', 'ABCDEF'],
  ['C1 controls vanish', 'Fer\u0080rum\u0090 P\u009fay', 'Ferrum Pay'],
  ['bidi override cannot reverse text', 'invoice \u202Efdp.exe\u202C from Lumen', 'invoice fdp.exe from Lumen'],
  ['bidi isolates and embeddings vanish', '\u2066Kestrel\u2069 \u202ASecurity\u202C \u2067x\u2068y\u2069', 'Kestrel Security xy'],
  ['LRM/RLM and Arabic letter mark vanish', 'Acme\u200e \u200fInc\u061c', 'Acme Inc'],
  ['zero-width space, word joiner and BOM vanish', 'North\u200bwind\u2060 Ana\ufefflytics', 'Northwind Analytics'],
  ['ZWJ/ZWNJ between Latin letters vanish (spoofed look-alikes)', 'Mar\u200dcus Ch\u200cen', 'Marcus Chen'],
  ['ZWJ inside an emoji sequence is kept', 'Dev team 👩\u200d💻 hiring', 'Dev team 👩\u200d💻 hiring'],
  ['ZWNJ inside Persian text is kept', 'می\u200cخواهم', 'می\u200cخواهم'],
  ['invisible tag characters (ASCII smuggling) vanish', 'Helix\u{E0049}\u{E0047}\u{E004E} Data', 'Helix Data'],
  ['Hangul filler and soft hyphen vanish', 'Ca\u3164nopy\u00ad HR', 'Canopy HR'],
  ['interlinear annotation vanishes', 'Ferrum\ufff9hidden\ufffb Pay', 'Ferrumhidden Pay'],
  ['lone surrogates become U+FFFD', 'bad \ud800 half', 'bad \ufffd half'],
  ['leading and trailing space is trimmed', '  \n Northwind \t', 'Northwind'],
];

describe('safeText', () => {
  it.each(cases)('%s', (_name, input, expected) => {
    expect(safeText(input)).toBe(expected);
  });

  it('null and undefined become empty strings', () => {
    expect(safeText(null)).toBe('');
    expect(safeText(undefined)).toBe('');
  });

  it('nothing that a terminal acts on survives any of the hostile cases', () => {
    const danger = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
    for (const [, input] of cases) expect(safeText(input)).not.toMatch(danger);
  });

  it('is idempotent', () => {
    for (const [, input] of cases) expect(safeText(safeText(input))).toBe(safeText(input));
  });

  it('survives random byte soup without leaving controls behind', () => {
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const alphabet = ['\x1b', '[', ']', '\x07', '\\', '\x9b', '\x9d', '\x9c', 'a', '1', ';', '\n', '\r', '\u202e', 'é', '\u200d', 'P'];
    for (let n = 0; n < 2000; n++) {
      let s = '';
      for (let k = 0; k < 30; k++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      const out = safeText(s);
      expect(out).not.toMatch(/[\x00-\x1f\x7f-\x9f\u202a-\u202e]/);
    }
  });
});
