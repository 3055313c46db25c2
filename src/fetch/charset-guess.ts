import iconv from 'iconv-lite';

/**
 * Guess the legacy charset of bytes that are not UTF-8 and declare nothing usable.
 *
 * Each candidate decoding is scored by how plausible its non-ASCII text is for the script that
 * charset is used for: real documents stay in one script, keep accented Latin letters sparse
 * inside ASCII words, keep Cyrillic and CJK apart from ASCII letters, and mostly use the common
 * tier of their character sets. A wrong decoding shows up as mixed scripts, long runs of accented
 * capitals, box-drawing or private-use characters, or rare ideographs.
 */
export function guessLegacyCharset(bytes: Buffer): string {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let nonAscii = 0;
  for (const b of sample) if (b >= 0x80) nonAscii++;
  if (nonAscii === 0) return FALLBACK;

  let best = FALLBACK;
  let bestScore = MIN_SCORE;
  for (const c of CANDIDATES) {
    const score = scoreDecoding(iconv.decode(sample, c.charset), c) / nonAscii;
    if (score > bestScore) {
      best = c.charset;
      bestScore = score;
    }
  }
  return best;
}

const SAMPLE_BYTES = 64 * 1024;
const FALLBACK = 'windows-1252';
// Below this nothing is convincing and the web's default (windows-1252) is the least harmful reading.
const MIN_SCORE = 0.3;

type Family = 'latin' | 'cyrillic' | 'japanese' | 'korean' | 'chinese';

interface Candidate {
  charset: string;
  family: Family;
  /** Bytes per non-ASCII character, so single- and double-byte decodings compare per byte. */
  width: number | ((c: string) => number);
  tier?: (c: string) => number;
}

// Order breaks ties: Korean before Chinese because GBK reads EUC-KR Hangul as common hanzi too.
const CANDIDATES: Candidate[] = [
  { charset: 'windows-1252', family: 'latin', width: 1 },
  { charset: 'windows-1251', family: 'cyrillic', width: 1 },
  { charset: 'koi8-r', family: 'cyrillic', width: 1 },
  { charset: 'shift_jis', family: 'japanese', width: encodedLength('shift_jis'), tier: tierBy('shift_jis', (b) => (b >= 0x889f && b <= 0x9872 ? 1 : b >= 0x989f && b <= 0xeaa4 ? 0.5 : -0.5)) },
  { charset: 'euc-jp', family: 'japanese', width: encodedLength('euc-jp'), tier: tierBy('euc-jp', (b) => (b >= 0xb0a1 && b <= 0xcffe ? 1 : b >= 0xd0a1 && b <= 0xf4fe ? 0.5 : -0.5)) },
  { charset: 'euc-kr', family: 'korean', width: encodedLength('euc-kr'), tier: tierBy('euc-kr', (b) => (b >= 0xb0a1 && b <= 0xc8fe && (b & 0xff) >= 0xa1 ? 1 : -1)) },
  { charset: 'gbk', family: 'chinese', width: encodedLength('gbk'), tier: tierBy('gbk', (b) => ((b & 0xff) < 0xa1 ? -0.5 : b >= 0xb0a1 && b <= 0xd7fe ? 1 : b >= 0xd8a1 && b <= 0xf7fe ? 0.5 : -0.5)) },
  { charset: 'big5', family: 'chinese', width: encodedLength('big5'), tier: tierBy('big5', (b) => (b >= 0xa440 && b <= 0xc67e ? 1 : b >= 0xc940 && b <= 0xf9d5 ? 0.5 : -0.5)) },
];

/** Bytes a character takes in a multi-byte charset (a few, like GBK's €, take one). */
function encodedLength(charset: string): (c: string) => number {
  const memo = new Map<string, number>();
  return (c) => {
    let n = memo.get(c);
    if (n === undefined) {
      n = Math.max(1, iconv.encode(c, charset).length);
      memo.set(c, n);
    }
    return n;
  };
}

/** How common a character is in its charset, read from the position the charset gives it. */
function tierBy(charset: string, rank: (code: number) => number): (c: string) => number {
  const memo = new Map<string, number>();
  return (c) => {
    let r = memo.get(c);
    if (r === undefined) {
      const b = iconv.encode(c, charset);
      r = b.length === 2 ? rank((b[0]! << 8) | b[1]!) : -0.5;
      memo.set(c, r);
    }
    return r;
  };
}

const isAsciiLetter = (c: string | undefined) => c !== undefined && /^[A-Za-z]$/.test(c);
const isLatinLetter = (c: string) => /^[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192]$/.test(c);
const isCyrillic = (c: string) => c >= '\u0400' && c <= '\u04FF';
const isHangul = (c: string) => c >= '\uAC00' && c <= '\uD7A3';
const isKana = (c: string) => c >= '\u3041' && c <= '\u30FF';
const isHan = (c: string) => c >= '\u4E00' && c <= '\u9FFF';
const isCjkPunct = (c: string) => (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF01' && c <= '\uFF5E');
const isGeneralPunct = (c: string) => (c >= '\u2010' && c <= '\u203A') || c === '\u20AC' || c === '\u2122' || c === '\u2116';
const isLatin1Symbol = (c: string) => c >= '\u00A0' && c <= '\u00BF';
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();

function scoreDecoding(text: string, cand: Candidate): number {
  const chars = Array.from(text);
  let score = 0;
  let kana = 0;
  let han = 0;
  let hanScore = 0;
  let run = 0; // consecutive non-ASCII letters so far
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c < '\u0080') {
      run = 0;
      continue;
    }
    const prev = chars[i - 1];
    const next = chars[i + 1];
    const s = scoreChar(c, prev, next, run, cand) * (typeof cand.width === 'number' ? cand.width : cand.width(c));
    run = isLatinLetter(c) || isCyrillic(c) ? run + 1 : 0;
    if (isKana(c)) kana++;
    if (isHan(c) && s > 0) {
      han++;
      hanScore += s;
    } else score += s;
  }
  // Japanese prose is written with kana between the kanji; "Japanese" with almost no kana is
  // Korean or Chinese bytes that happen to land on JIS kanji.
  if (cand.family === 'japanese' && kana < 0.1 * (kana + han)) hanScore *= 0.25;
  return score + hanScore;
}

function scoreChar(c: string, prev: string | undefined, next: string | undefined, run: number, cand: Candidate): number {
  if (c === '\uFFFD' || (c >= '\u0080' && c <= '\u009F') || (c >= '\uE000' && c <= '\uF8FF')) return -3;
  if (isGeneralPunct(c)) return 1;
  const sandwiched = isAsciiLetter(prev) && isAsciiLetter(next);
  switch (cand.family) {
    case 'latin':
      if (isLatinLetter(c)) {
        // Western text keeps accents sparse: a third accented letter in a row, or a capital after
        // a small letter inside such a run, is what Cyrillic or CJK bytes look like read as Latin.
        if (run >= 2) return -1;
        if (prev && isLower(prev) && isUpper(c) && !isAsciiLetter(prev)) return -1;
        return 1;
      }
      if (isLatin1Symbol(c) || c === '\u00D7' || c === '\u00F7') return prev && prev >= '\u0080' ? -1 : 0;
      return -1;
    case 'cyrillic':
      if (isCyrillic(c)) {
        if (isAsciiLetter(prev) || isAsciiLetter(next)) return -1;
        if (prev && isCyrillic(prev) && isLower(prev) && isUpper(c)) return -1;
        return 1;
      }
      if (c === '\u00AB' || c === '\u00BB' || c === '\u00A0' || c === '\u00B0') return 0;
      return -1;
    case 'japanese':
      if (sandwiched) return -1;
      if (isKana(c)) return 1;
      if (isHan(c)) return cand.tier!(c);
      if (isCjkPunct(c)) return 1;
      return -1;
    case 'korean':
      if (sandwiched) return -1;
      if (isHangul(c)) return cand.tier!(c);
      if (isCjkPunct(c)) return 1;
      if (isHan(c)) return 0;
      return -1;
    case 'chinese':
      if (sandwiched) return -1;
      if (isHan(c)) return cand.tier!(c);
      if (isCjkPunct(c)) return 1;
      return -1;
  }
}
