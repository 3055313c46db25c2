// Money as written in funding and deal news: "$4.5M", "€385 million", "US$ 10 mn",
// "€380.000", "₹150 crore", "Rs 50 lakh", "CHF 12m", "€1,5 Mio.", "SEK 100m".
// Each mention is classified by its neighbours, so the valuation, the total raised to
// date, revenue and a VC's fund size are never taken for the round amount.

export type MoneyKind = 'amount' | 'valuation' | 'total' | 'revenue' | 'fund';

export interface Money {
  value: number; // in the stated currency
  currency: string; // ISO 4217
  text: string; // exactly as stated
  start: number;
  end: number;
  kind: MoneyKind;
}

// Longest spellings first so "US$" wins over "$" and "NZ$" over "Z".
const PREFIX: Array<[string, string]> = [
  ['U.S. $', 'USD'], ['U.S.$', 'USD'], ['US$', 'USD'], ['USD', 'USD'], ['$US', 'USD'],
  ['A$', 'AUD'], ['AU$', 'AUD'], ['AUD', 'AUD'], ['C$', 'CAD'], ['CA$', 'CAD'], ['CAD', 'CAD'],
  ['NZ$', 'NZD'], ['NZD', 'NZD'], ['HK$', 'HKD'], ['HKD', 'HKD'], ['S$', 'SGD'], ['SGD', 'SGD'],
  ['R$', 'BRL'], ['BRL', 'BRL'], ['NT$', 'TWD'], ['TWD', 'TWD'], ['MX$', 'MXN'], ['MXN', 'MXN'],
  ['$', 'USD'], ['€', 'EUR'], ['EUR', 'EUR'], ['£', 'GBP'], ['GBP', 'GBP'], ['¥', 'JPY'], ['JPY', 'JPY'],
  ['CNY', 'CNY'], ['RMB', 'CNY'], ['₹', 'INR'], ['Rs.', 'INR'], ['Rs', 'INR'], ['INR', 'INR'],
  ['CHF', 'CHF'], ['SEK', 'SEK'], ['NOK', 'NOK'], ['DKK', 'DKK'], ['PLN', 'PLN'], ['CZK', 'CZK'],
  ['₩', 'KRW'], ['KRW', 'KRW'], ['₪', 'ILS'], ['ILS', 'ILS'], ['AED', 'AED'], ['SAR', 'SAR'],
  ['ZAR', 'ZAR'], ['₺', 'TRY'], ['TRY', 'TRY'], ['₦', 'NGN'], ['NGN', 'NGN'], ['KES', 'KES'],
  ['IDR', 'IDR'], ['Rp', 'IDR'], ['EGP', 'EGP'], ['₱', 'PHP'], ['PHP', 'PHP'], ['MYR', 'MYR'],
  ['RM', 'MYR'], ['NIS', 'ILS'], ['Tk', 'BDT'], ['BDT', 'BDT'], ['MAD', 'MAD'], ['R', 'ZAR'], ['THB', 'THB'], ['฿', 'THB'], ['VND', 'VND'], ['₫', 'VND'], ['HUF', 'HUF'], ['RON', 'RON'],
];
const PREFIX_CODE = new Map(PREFIX);

const SUFFIX: Record<string, string> = {
  dollars: 'USD', dollar: 'USD', usd: 'USD', euros: 'EUR', euro: 'EUR', eur: 'EUR', pounds: 'GBP', gbp: 'GBP',
  sterling: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', rupees: 'INR', rupee: 'INR', inr: 'INR',
  francs: 'CHF', chf: 'CHF', kronor: 'SEK', sek: 'SEK', nok: 'NOK', dkk: 'DKK', won: 'KRW', shekels: 'ILS',
  naira: 'NGN', baht: 'THB', dirham: 'MAD', zloty: 'PLN', pln: 'PLN', reais: 'BRL', rand: 'ZAR', dirhams: 'AED', aed: 'AED', cad: 'CAD', aud: 'AUD',
  nzd: 'NZD', sgd: 'SGD', hkd: 'HKD', 'canadian dollars': 'CAD', 'australian dollars': 'AUD', 'singapore dollars': 'SGD',
  'new zealand dollars': 'NZD', 'hong kong dollars': 'HKD', dólares: 'USD', dolares: 'USD', 'dollars us': 'USD', franken: 'CHF',
  // ("13 Millionen US-Dollar", "7,3 milioni di euro", "2,5 miljoen euro", "50 miljoner kronor")
  'us-dollar': 'USD', 'us-dollars': 'USD', dollari: 'USD', dollaro: 'USD', taka: 'BDT',
};

const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD']);

const SCALE: Record<string, number> = {
  trillion: 1e12, tn: 1e12, billion: 1e9, billions: 1e9, bn: 1e9, bln: 1e9, b: 1e9, mrd: 1e9, milliarden: 1e9, md: 1e9,
  million: 1e6, millions: 1e6, mln: 1e6, mn: 1e6, mio: 1e6, millionen: 1e6, m: 1e6, mm: 1e6,
  // Portuguese, Spanish and French wires: "R$ 30 milhões", "5 millones de euros", "2 milliards d'euros".
  milhões: 1e6, milhoes: 1e6, millones: 1e6, milliards: 1e9, milliard: 1e9, bilhões: 1e9, bilhoes: 1e9,
  milioni: 1e6, milione: 1e6, miliardi: 1e9, miljoen: 1e6, miljard: 1e9, miljoner: 1e6, miljarder: 1e9, millioner: 1e6, milliarder: 1e9,
  thousand: 1e3, k: 1e3, crore: 1e7, crores: 1e7, cr: 1e7, lakh: 1e5, lakhs: 1e5, lac: 1e5,
};

const ENGLISH_SCALE = new Set(['trillion', 'tn', 'billion', 'billions', 'bn', 'bln', 'b', 'million', 'millions', 'mln', 'mn', 'm', 'mm', 'thousand', 'k']);

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PRE = PREFIX.map(([p]) => p)
  .sort((a, b) => b.length - a.length)
  .map(esc)
  .join('|');
const MUL = Object.keys(SCALE)
  .sort((a, b) => b.length - a.length)
  .join('|');
const POST = Object.keys(SUFFIX)
  .sort((a, b) => b.length - a.length)
  .join('|');
const NUM = String.raw`\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?`;

// pre? num mul? post? — at least a prefix, a suffix word, or crore/lakh (which imply rupees).
const MONEY = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(${PRE})\s?)?(${NUM})(?:[\s-]?(${MUL})\.?(?![\p{L}\d]))?(?:\s(?:d['’]|de\s|di\s)?(${POST})(?![\p{L}-]))?`,
  'giu',
);

// Trying MONEY at every position is costly (a long list of currency spellings, case- and
// Unicode-aware). An amount's number starts a run of digits, at most a currency spelling and a
// space after the amount's start, so only the few positions just before each run are tried.
const MONEY_AT = new RegExp(MONEY.source, 'iuy');
const DIGIT_RUN = /(?<!\d)\d/g;
const MAX_LEAD = Math.max(...PREFIX.map(([p]) => p.length)) + 1;

/** The same matches, in the same order, as running the global MONEY over the text. */
function moneyMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0; // a match may not start inside the previous one
  DIGIT_RUN.lastIndex = 0;
  let d: RegExpExecArray | null;
  while ((d = DIGIT_RUN.exec(text)) !== null) {
    for (let p = Math.max(next, d.index - MAX_LEAD); p <= d.index; p++) {
      MONEY_AT.lastIndex = p;
      const m = MONEY_AT.exec(text);
      if (m) {
        out.push(m);
        next = p + m[0].length;
        break;
      }
    }
    if (DIGIT_RUN.lastIndex < next) DIGIT_RUN.lastIndex = next;
  }
  return out;
}

function parseNumber(raw: string): number {
  // "1,600" / "380.000" / "1.600,5": a separator followed by exactly three digits groups thousands.
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(raw)) return Number(raw.replace(/[.,]/g, ''));
  const mixed = /^(\d{1,3}(?:([.,])\d{3})+)([.,])(\d{1,2})$/.exec(raw);
  if (mixed && mixed[2] !== mixed[3]) return Number(mixed[1]!.replace(/[.,]/g, '') + '.' + mixed[4]);
  return Number(raw.replace(',', '.'));
}

const VAL_BEFORE = /(?:valu(?:ation|ed|ing|es)\b[^.$€£]{0,40}?\b(?:at|of|to|near(?:ly)?|around|above|over)|worth|market cap(?:italization)? of)\s+(?:a |an |about |around |roughly |nearly |almost |over |more than |some |approximately |close to |just under |just over )*$/i;
const VAL_AFTER = /^\s*(?:post-money|pre-money|valuation|\(?post\)?\s*valuation)/i;
const TOTAL_BEFORE = /(?:total(?:ling)?|totals|to date|a combined|cumulative|overall|altogether|bringing (?:its |the company's |their )?(?:total )?(?:funding |capital |raised |investment )?(?:to date )?to|brings (?:its |the company's |their )?(?:total )?(?:funding |capital |raised )?(?:to date )?to|raised (?:a total of|over|more than) |(?:extends|extended|expands|expanded|grows|boosts|tops up|topped up|increases|ups) (?:its |the |their )?(?:[\w-]+ ){0,3}?(?:round|seed|series [a-j]|raise|funding) to )\s*(?:of |to )?(?:about |around |roughly |nearly |over |more than |some )?$/i;
const TOTAL_AFTER = /^\s*(?:in total|to date|in funding to date|in total funding|total|in capital to date|since (?:its )?(?:(?:19|20)\d\d )?(?:founding|inception|launch)|since (?:it was founded|launching|being founded)|since (?:19|20)\d\d)/i;
const REVENUE_AFTER = /^\s*(?:in |of )?(?:annual(?:ized)? (?:recurring )?revenue|arr\b|revenue|in sales|sales|run-rate|gmv|in gross|ebitda|net (?:loss|income|profit))/i;
const REVENUE_BEFORE = /(?:revenue|arr|sales|gmv|turnover|profit|loss|earnings) (?:of|to|reached|hit|topped|grew to|rose to)\s*(?:about |around |nearly |over |more than )?$/i;
// "$500M growth fund", never an investor's name after the money ("$20M from Founders Fund").
const FUND_AFTER = /^\s*(?:(?!(?:from|by|led|backed|co-led)\s)[\p{L}-]+\s){0,5}?(?<!\bto\s)(?<!\bseries [a-j]\s)(?:fund|(?<!\b(?:fresh|of|in|additional|further)\s)funds|vehicle)\b(?!ing)/iu;
const FUND_BEFORE = /(?:fund|funds|vehicle) (?:of|worth|totall?ing|sized at)\s*$/i;
// Only an investment vehicle is a fund: "$20M for electric vehicle charging hubs" is not.
export const VEHICLE_KINDS = 'investment|investing|co-investment|special purpose|continuation|secondaries';
const FUND_VEHICLE = new RegExp(`(?:${VEHICLE_KINDS}) vehicle`, 'i');
const isFundVehicle = (m: RegExpExecArray | null): boolean => m !== null && (!/vehicle$/i.test(m[0]) || FUND_VEHICLE.test(m[0]));

function classify(text: string, start: number, end: number): MoneyKind {
  const before = text.slice(Math.max(0, start - 70), start);
  const after = text.slice(end, end + 50);
  if (VAL_AFTER.test(after) || VAL_BEFORE.test(before)) return 'valuation';
  if (TOTAL_BEFORE.test(before) || TOTAL_AFTER.test(after)) return 'total';
  if (REVENUE_AFTER.test(after) || REVENUE_BEFORE.test(before)) return 'revenue';
  if (isFundVehicle(FUND_AFTER.exec(after)) || (FUND_BEFORE.test(before) && (!/vehicle/i.test(before) || FUND_VEHICLE.test(before)))) return 'fund';
  return 'amount';
}

/** Every money mention in the text, in order, with what it measures. */
export function findMoney(text: string): Money[] {
  const out: Money[] = [];
  if (!/\d/.test(text)) return out;
  for (const m of moneyMatches(text)) {
    const [whole, pre, num, mulRaw, post] = m;
    const mul = mulRaw?.toLowerCase();
    let currency: string | null = null;
    if (pre) currency = PREFIX_CODE.get(pre) ?? PREFIX_CODE.get(pre.toUpperCase()) ?? null;
    // "$500 million CAD": a bare "$" is whichever dollar the code after the amount names.
    const named = post ? SUFFIX[post.toLowerCase()] : undefined;
    if (pre === '$' && named && DOLLARS.has(named)) currency = named;
    else if (named) currency = currency ?? named;
    if (!currency && mul && (mul.startsWith('crore') || mul.startsWith('lakh') || mul === 'lac' || mul === 'cr')) currency = 'INR';
    if (!currency) continue;
    // A bare "¥" amount stated in yuan ("¥1.2bn yuan") was caught by the suffix already.
    if (pre === '¥' && post && SUFFIX[post.toLowerCase()] === 'CNY') currency = 'CNY';
    // Words like "RM" or "Rs" need a digit right after or a multiplier to be money, not prose.
    if (pre && /^[A-Za-z]{2}$/.test(pre) && pre !== 'Rs' && pre !== 'Rp' && pre !== 'RM' && !(pre === 'Tk' && mul)) continue;
    if (mul === 'b' && !pre) continue;
    // "R120 million" is rand; a bare "R2" is a product name, and "r" is no currency.
    if (pre && pre.toUpperCase() === 'R' && (pre !== 'R' || !mul || mul === 'b' || mul === 'k')) continue;
    // "£1.425m", "$2.250 billion": before an English scale word one group after a dot is a decimal
    // ("1.500 millones" in Spanish is fifteen hundred million).
    const decimal = mul && /^\d{1,3}\.\d{3}$/.test(num!) && ENGLISH_SCALE.has(mul);
    const value = (decimal ? Number(num) : parseNumber(num!)) * (mul ? SCALE[mul]! : 1);
    if (!Number.isFinite(value) || value <= 0) continue;
    // "Mio." keeps its dot; a sentence's full stop after "$240 million." does not belong to the amount.
    const text0 = (mul && /^(?:mio|mrd)$/.test(mul) ? whole : whole.replace(/\.$/, '')).trim();
    const start = m.index;
    const end = m.index + whole.length;
    out.push({ value: Math.round(value * 100) / 100, currency, text: text0, start, end, kind: classify(text, start, end) });
  }
  return out;
}
