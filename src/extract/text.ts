// Plain text from feed HTML, and the sentence-level helpers every extractor reads with.

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  hellip: '…', euro: '€', pound: '£', yen: '¥', cent: '¢', copy: '©', reg: '®', trade: '™', middot: '·',
  bull: '•', laquo: '«', raquo: '»', rarr: '→', larr: '←', harr: '↔', uarr: '↑', darr: '↓', check: '✓', deg: '°', times: '×', shy: '', zwj: '', zwnj: '',
  aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', yacute: 'ý', agrave: 'à', egrave: 'è',
  igrave: 'ì', ograve: 'ò', ugrave: 'ù', acirc: 'â', ecirc: 'ê', icirc: 'î', ocirc: 'ô', ucirc: 'û',
  auml: 'ä', euml: 'ë', iuml: 'ï', ouml: 'ö', uuml: 'ü', yuml: 'ÿ', atilde: 'ã', otilde: 'õ', ntilde: 'ñ',
  ccedil: 'ç', aring: 'å', aelig: 'æ', oslash: 'ø', szlig: 'ß',
  Aacute: 'Á', Eacute: 'É', Iacute: 'Í', Oacute: 'Ó', Uacute: 'Ú', Agrave: 'À', Egrave: 'È', Auml: 'Ä',
  Ouml: 'Ö', Uuml: 'Ü', Ntilde: 'Ñ', Ccedil: 'Ç', Aring: 'Å', AElig: 'Æ', Oslash: 'Ø',
};

const DROP = new Set(['script', 'style', 'noscript', 'template', 'svg']);
// Block-level tags end a sentence ("…Image Credits: Tessellate</figcaption><p>Tessellate, a startup…"),
// and list items are a list ("joined the round:<ul><li>Cherry Ventures<li>Visionaries Club</ul>").
const BLOCK = new Set(['p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'figure', 'blockquote', 'section', 'article', 'header', 'footer', 'tr', 'table', 'ul', 'ol', 'dl', 'dt', 'dd', 'hr', 'aside', 'pre']);

const PUNCT_AFTER = new Set([44, 46, 59, 58, 33, 63, 41]); // , . ; : ! ? )

/** A sentence break after `out`, unless it already ends one (or a list-introducing colon). */
function breakAfter(out: string, sep: string): string {
  let k = out.length - 1;
  while (k >= 0 && (out.charCodeAt(k) === 32 || out.charCodeAt(k) === 10 || out.charCodeAt(k) === 9)) k--;
  if (k < 0) return out;
  const c = out[k]!;
  if (c === '.' || c === '!' || c === '?' || c === ':' || c === ';' || (sep === ', ' && c === ',')) return out + ' ';
  // The last item of a list closes the sentence.
  if (c === ',') return out.slice(0, k) + sep;
  // (Appending leaves the string a rope; slicing would copy the text so far at every block.)
  return k === out.length - 1 ? out + sep : out.slice(0, k + 1) + sep;
}
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g;
// Runs of whitespace other than a lone space (replacing every single space would cost 4x).
const SPACES = /(?: [\s\u200b]|[^\S ]|\u200b)[\s\u200b]*/g;
const closers = new Map<string, RegExp>();

function decode(_m: string, e: string): string {
  if (e.charCodeAt(0) === 35 /* # */) {
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return '';
    return code === 160 ? ' ' : String.fromCodePoint(code);
  }
  return NAMED[e] ?? NAMED[e.toLowerCase()] ?? `&${e};`;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

// A list of names reads as one sentence ("Cherry Ventures, Visionaries Club."); a list of blurbs
// ("<li>Voltrace (Munich) — €30M Series B</li>", "<li>Ana Ruiz — new CTO at Parcelwise</li>") is one sentence each.
function liSep(out: string, start: number): string {
  if (start < 0) return ', ';
  let words = 0;
  for (let k = start; k < out.length; k++) if (out.charCodeAt(k) === 32 && out.charCodeAt(k - 1) !== 32 && ++words > 5) return '. ';
  return ', ';
}

/** One pass over the markup: text kept, tags become spaces, script/style/comments dropped. */
function stripTags(s: string): string {
  let out = '';
  let i = 0;
  let liStart = -1;
  for (;;) {
    const lt = s.indexOf('<', i);
    if (lt < 0) return out + s.slice(i);
    out += s.slice(i, lt);
    if (s.startsWith('<!--', lt)) {
      const e = s.indexOf('-->', lt + 4);
      i = e < 0 ? s.length : e + 3;
      out += ' ';
      continue;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      const e = s.indexOf(']]>', lt + 9);
      out += stripTags(s.slice(lt + 9, e < 0 ? s.length : e)); // CDATA in a feed field is itself HTML
      i = e < 0 ? s.length : e + 3;
      continue;
    }
    const c = s.charCodeAt(lt + 1);
    if (!isAsciiLetter(c) && c !== 47 /* / */ && c !== 33 /* ! */) {
      out += '<'; // a literal "<" in text ("a < b")
      i = lt + 1;
      continue;
    }
    const gt = s.indexOf('>', lt);
    if (gt < 0) return out;
    if (c === 47 /* / */) {
      let j = lt + 2;
      while (j < gt && (isAsciiLetter(s.charCodeAt(j)) || (j === lt + 3 && s.charCodeAt(j) >= 49 && s.charCodeAt(j) <= 54))) j++;
      const name = s.slice(lt + 2, j).toLowerCase();
      if (name === 'li') {
        out = breakAfter(out, liSep(out, liStart));
        liStart = -1;
      } else if (BLOCK.has(name)) out = breakAfter(out, '. ');
      // "<a>Tessellate</a>, a startup": no space before the punctuation that follows an inline tag.
      else if (!PUNCT_AFTER.has(s.charCodeAt(gt + 1))) out += ' ';
      i = gt + 1;
      continue;
    }
    if (isAsciiLetter(c)) {
      let j = lt + 1;
      while (j < gt && (isAsciiLetter(s.charCodeAt(j)) || (j === lt + 2 && s.charCodeAt(j) >= 49 && s.charCodeAt(j) <= 54))) j++;
      const name = s.slice(lt + 1, j).toLowerCase();
      if (out.length > 0 && (name === 'br' || name === 'hr' || name === 'li' || (BLOCK.has(name) && name !== 'ul' && name !== 'ol'))) {
        if (name === 'li') {
          out = breakAfter(out, liSep(out, liStart));
          liStart = out.length;
        } else out = breakAfter(out, '. ');
        i = gt + 1;
        continue;
      }
      // Google News lists each headline as "<a>…</a>&nbsp;&nbsp;<font color=…>TechCrunch</font>": the outlet is not part of it.
      if (name === 'font' && out.endsWith('&nbsp;&nbsp;')) {
        out = breakAfter(out.slice(0, -12), '. ');
        i = gt + 1;
        continue;
      }
      if (DROP.has(name)) {
        let re = closers.get(name);
        if (!re) closers.set(name, (re = new RegExp(`</${name}\\s*>`, 'ig')));
        re.lastIndex = gt;
        const close = re.exec(s);
        i = close ? close.index + close[0].length : s.length;
        out += ' ';
        continue;
      }
    }
    out += ' ';
    i = gt + 1;
  }
}

/** Tags, scripts and styles stripped, entities decoded, whitespace collapsed to single spaces. */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return '';
  let s = html;
  if (s.indexOf('<') >= 0) s = stripTags(s);
  if (s.indexOf('&') >= 0) s = s.replace(ENTITY, decode);
  s = s.replace(SPACES, ' ').trim();
  // A list closed at the end leaves its separator behind.
  return s.endsWith(',') ? s.slice(0, -1) + '.' : s;
}

// Words after which a full stop does not end a sentence.
const ABBREV = new Set([
  'inc', 'corp', 'ltd', 'co', 'llc', 'plc', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'no', 'vs', 'etc',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mio', 'mrd', 'approx', 'est',
  'u.s', 'u.k', 'e.g', 'i.e', 'bros', 'intl', 'dept', 'mt', 'ft', 'gen', 'gov', 'sen', 'rep', 'rs', 'prev', 'fmr', 'formerly',
]);

/** Split running text into sentences without breaking on "Inc.", "Nov.", "U.S." or "$1.5M"; at most `max` of them. */
export function splitSentences(text: string, max = Infinity): string[] {
  const out: string[] = [];
  let start = 0;
  // Short headings ("Venture deals.", "About Acme.") do not count against the limit.
  let counted = 0;
  // A bullet or dash after a full stop starts the next item in newsletter lists (". - Marigold Health…").
  const re = /[.!?]+["”’)]?\s+(?=["“‘(]?[\p{Lu}\p{N}$€£¥₹]|[-•–—]\s+[\p{Lu}])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index;
    if (text[end] === '.') {
      const wm = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, end - 12), end));
      const w = wm ? wm[1]!.toLowerCase() : '';
      // A single capital ("J. Smith", "A.") or a known abbreviation keeps the sentence going;
      // a round letter does not ("…$18.5 million Series A. Sequoia led the round").
      const roundLetter = /^\p{L}$/u.test(w) && /\bseries\s+\p{L}$/iu.test(text.slice(Math.max(start, end - 9), end));
      if (!roundLetter && (ABBREV.has(w) || /^\p{L}$/u.test(w) || /^(?:\p{L}\.)+\p{L}$/u.test(w))) continue;
    }
    const s = text.slice(start, m.index + m[0].trimEnd().length).trim();
    if (s) out.push(s);
    if (s.length >= 30) counted++;
    start = m.index + m[0].length;
    if (counted >= max) return out;
  }
  const last = text.slice(start).trim();
  if (last) out.push(last);
  return out;
}

// "SAN FRANCISCO, Nov. 12, 2026 /PRNewswire/ -- ", "LONDON--(BUSINESS WIRE)--", "BERLIN (Reuters) - ", "DENVER (6/6/08)--"
const DATELINE =
  /^(?:[\p{Lu}][\p{Lu}\p{M} .'’-]+(?:,\s*[\p{L} .]+?)?(?:,\s*[\p{L}]+\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\/\s*[\p{L} ]{2,40}\s*\/|\((?:[\p{L} ]{2,30}|\d{1,2}\/\d{1,2}\/\d{2,4})\))?\s*(?:--|—|–|-)\s*(?:\([\p{L} ]{2,30}\)\s*(?:--|—|–|-)\s*)?)/u;

// "Tokyo, Feb. 25 (Jiji Press)--": a place in title case only with both a date and a wire's name.
const TITLE_CASE_DATELINE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},\s*\p{L}+\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\/\s*[\p{L} ]{2,40}\s*\/|\([\p{L} ]{2,30}\))\s*(?:--|—|–|-)\s*/u;

/** The text without a leading newswire dateline. */
export function stripDateline(s: string): string {
  const comma = s.indexOf(',');
  const m = DATELINE.exec(s) ?? (comma > 0 && comma < 40 && (s.includes('(') || s.includes('/')) ? TITLE_CASE_DATELINE.exec(s) : null);
  if (!m) return s;
  // Only a real dateline: upper-case place then a wire tag or date, ending in a dash.
  const head = m[0];
  if (!/\/|\(|\d|--/.test(head) && !/^[\p{Lu} ,.'-]{3,}\s+[-—–]/u.test(head)) return s;
  return s.slice(head.length);
}

/** True when most letters are capitals (a wire headline in all caps). */
export function isShouting(s: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper >= 8 && upper > lower * 4;
}

// Words an all-caps headline keeps in capitals once re-cased, and the small words it lowers.
const KEEP_UPPER = new Set([
  'CEO', 'CFO', 'CTO', 'CMO', 'COO', 'CRO', 'CPO', 'CIO', 'CISO', 'CSO', 'CHRO', 'CCO', 'CDO', 'VP', 'SVP', 'EVP', 'AVP', 'AI', 'US', 'UK', 'EU',
  'IPO', 'HR', 'IT', 'B2B', 'SAAS', 'API', 'IOT', 'AR', 'VR', 'EV', 'R&D', 'LLC', 'PLC', 'AG', 'SA', 'AB', 'NV', 'BV', 'GMBH', 'USD', 'EUR', 'GBP',
]);
const SMALL = new Set(['a', 'an', 'the', 'as', 'of', 'to', 'at', 'for', 'and', 'or', 'in', 'on', 'with', 'by', 'from', 'into', 'its', 'new']);

/** "JANE DOE JOINS ACME ROBOTICS AS CHIEF REVENUE OFFICER" → "Jane Doe joins Acme Robotics as Chief Revenue Officer"-like casing, for a wire headline with no body to copy casing from. */
export function headlineCase(s: string): string {
  return s
    .split(' ')
    .map((w, i) => {
      const bareWord = w.replace(/^[^\p{L}\d$€£¥₹]+|[^\p{L}\d]+$/gu, '');
      if (KEEP_UPPER.has(bareWord.toUpperCase()) && bareWord === bareWord.toUpperCase()) return w;
      if (/\d/.test(w)) return w.replace(/(\d)([\p{Lu}]+)\b/gu, (_m, d: string, u: string) => d + (/^(?:M|MN|B|BN|K)$/.test(u) ? u : u.toLowerCase()));
      const low = w.toLowerCase();
      if (i > 0 && SMALL.has(bareWord.toLowerCase())) return low;
      return low.replace(/(^|[-'’(“"])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
    })
    .join(' ');
}
