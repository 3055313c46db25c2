// Splitting a full name into the First/Last columns CRMs require. Names as
// published are messy; these are general rules, and the fallback for anything
// undecidable is "everything but the last word is the first name".

export interface NameParts {
  first: string;
  last: string;
}

const HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'sir', 'dame', 'rev', 'hon']);
// Generational suffixes are part of the legal name and stay with the last name;
// degrees and honours are not a name and are dropped.
const GENERATIONAL = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v']);
const DEGREES = new Set(['phd', 'md', 'mba', 'cpa', 'cfa', 'esq', 'jd', 'obe', 'mbe', 'cbe', 'msc', 'frs']);
const SUFFIXES = new Set([...GENERATIONAL, ...DEGREES]);
// Lower-case particles that begin a family name: "van Beethoven", "de la Cruz", "bin Rashid".
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'do', 'du', 'la', 'le', 'bin', 'binti', 'ibn', 'al', 'ter', 'ten', 'zu', 'y']);
// Vietnamese family names: with Vietnamese diacritics in the name, a leading one means family-name-first order.
const VIETNAMESE_FAMILY = new Set(['nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô', 'dương', 'lý', 'đinh', 'trương', 'lâm', 'mai', 'trịnh', 'đoàn', 'cao', 'lương']);
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
const HAN_OR_HANGUL = /^[\p{Script=Han}\p{Script=Hangul}]+$/u;

const bare = (w: string) => w.toLowerCase().replace(/[.,]/g, '');

/** "José María García-López" → José María / García-López; "Nguyễn Thị Lan" → Thị Lan / Nguyễn; "Marcus Chen Jr." → Marcus / Chen Jr. */
export function splitName(full: string | null | undefined): NameParts {
  let s = (full ?? '').replace(/\s+/g, ' ').trim();
  if (!s) return { first: '', last: '' };

  // "García-López, José María" (a comma not followed by only suffixes) is family-name-first.
  const comma = s.indexOf(',');
  if (comma > 0) {
    const after = s.slice(comma + 1).trim();
    const afterWords = after.split(' ').filter(Boolean);
    if (afterWords.length > 0 && !afterWords.every((w) => SUFFIXES.has(bare(w)))) {
      return splitName(`${after} ${s.slice(0, comma)}`);
    }
    s = `${s.slice(0, comma)} ${after}`.trim();
  }

  let words = s.split(' ');
  while (words.length > 1 && HONORIFICS.has(bare(words[0]!))) words = words.slice(1);
  const suffix: string[] = [];
  while (words.length > 1 && SUFFIXES.has(bare(words[words.length - 1]!))) {
    const w = words.pop()!;
    if (GENERATIONAL.has(bare(w))) suffix.unshift(w);
  }
  const withSuffix = (last: string) => [last, ...suffix].filter(Boolean).join(' ');

  if (words.length === 1) {
    const w = words[0]!;
    // "王小明", "김민준": family name is the first character (compound surnames are rare).
    if (HAN_OR_HANGUL.test(w) && [...w].length >= 2 && [...w].length <= 3) {
      const chars = [...w];
      return { first: chars.slice(1).join(''), last: withSuffix(chars[0]!) };
    }
    return { first: w, last: withSuffix('') };
  }

  const lowerFirst = words[0]!.toLowerCase();
  if ((VIETNAMESE_FAMILY.has(lowerFirst) && VIETNAMESE_LETTERS.test(s)) || words.every((w) => HAN_OR_HANGUL.test(w))) {
    return { first: words.slice(1).join(' '), last: withSuffix(words[0]!) };
  }

  // The family name starts at the first lower-case particle after the given name(s).
  const p = words.findIndex((w, i) => i > 0 && i < words.length - 1 && PARTICLES.has(w) && w === w.toLowerCase());
  const cut = p > 0 ? p : words.length - 1;
  return { first: words.slice(0, cut).join(' '), last: withSuffix(words.slice(cut).join(' ')) };
}
