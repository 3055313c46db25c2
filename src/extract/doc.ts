import type { ExtractInput } from '../types.js';
import { headlineCase, isShouting, splitSentences, stripDateline } from './text.js';

// One item prepared for reading: the headline, then the body's leading sentences.
// Facts sit at the top of news copy, so only the first few sentences are read; that
// also keeps extraction cheap on long articles.

const MAX_BODY_CHARS = 3000;
const MAX_SENTENCES = 8;
// A newsletter or round-up lists many deals or moves in one item: each is news, wherever it sits.
const MAX_DIGEST_CHARS = 20000;
const MAX_DIGEST_SENTENCES = 120;

export interface Doc {
  title: string;
  shout: boolean; // the headline is in all caps
  body: string;
  sentences: string[]; // body sentences, dateline removed
  author: string | null;
  link: string | null; // the item's address: on a company's own blog it names the company
  digest: boolean; // a round-up of several deals or moves (every one is read, not just the first)
}

const DIGEST_TITLE =
  /\b(?:round-?ups?|deals of the (?:week|day)|biggest (?:funding )?rounds|funding (?:report|news|digest|tracker)|pro rata|term sheet|strictlyvc|(?:massive|smaller|big) fundings|people moves|exec(?:utive)? moves|who['’]s moving|movers (?:and|&) shakers|on the move|moves this week|c-suite tracker|venture hires|hires (?:and|&) fires|week in (?:review|funding)|this week in (?:funding|venture|deals)|deal(?:s)? (?:digest|recap|roundup|sheet)|weekly (?:funding|deals|report))\b/i;
// Money amounts: four or more in a long body make it a round-up too.
const AMOUNT_MARK = /[$€£¥₹]\s?\d|\b\d[\d.,]*\s?(?:million|billion|crore|mn|bn)\b|\b(?:USD|EUR|GBP|NOK|DKK|SEK|CHF|INR|CAD|AUD)\s?\d/gi;
// (Most amounts in a round-up carry one of these; the headline names the rest of them as round-ups.)
const SIGNS = /[$€£¥₹]|illion|crore/g;
// …when the amounts open list blurbs ("• Acme, a Denver-based…", "Acme (Munich) — €30M", "1. Acme, $260M").
const BLURB = /(?:^|[.!?]\s+)(?:•\s*|\d{1,2}\.\s+)?\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,3}(?:\s+\([^)]{2,30}\))?(?:,\s+[^.]{0,80}?)?\s+(?:[—–-]\s+|raised\b|raises\b|,\s+\$)/gu;

// "Ana Ruiz — new CTO at Parcelwise (prev. Shipgrid)", "Leo Brandt — joined Cobaltix as CPO": a people-moves
// column's shorthand, read as the sentence it stands for.
const PERSON_DASH = /^((?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’.-]+)\s+[—–]\s+(.+)$/u;
const MOVE_VERB_FIRST = /^(?:joined|joins|named|appointed|promoted|hired|departed|departs|left|leaves|leaving|exits|exited|retires|retired|retiring|stepped|steps|stepping|moves|moved|returns|returned|resigned|resigns|rejoins|rejoined|takes|took)\b/;

function compactMove(s: string): string {
  const m = PERSON_DASH.exec(s);
  if (!m) return s;
  const rest = m[2]!;
  if (MOVE_VERB_FIRST.test(rest)) return `${m[1]} ${rest}`;
  // A role at a company: "new CTO at Parcelwise", "CMO at Glowbar".
  if (/^(?:the\s+)?(?:new\s+|incoming\s+)?[\p{L}-]+(?:\s+[\p{L}&,-]+){0,6}?\s+(?:at|of)\s+\p{Lu}/u.test(rest)) return `${m[1]} has been named ${rest.replace(/^(?:the\s+)?(?:new|incoming)\s+/i, '')}`;
  return s;
}

const POST_NOMINAL_HINT = /\b(?:M\.D|Ph\.D|J\.D|D\.O|MBA|CPA|CFA|Esq|PharmD|MPH|RN|FACS|MD|PhD|BSN|MSN|DNP|FACHE|DDS|DVM|EdD|MHA)\b/;
// (The comma closing it goes too unless an appositive follows: "Ines Valverde as Chief Medical Officer".)
const POST_NOMINAL = /,\s+(?:M\.D\.|Ph\.D\.|J\.D\.|D\.O\.|MBA|CPA|CFA|Esq\.|PharmD|MPH|RN|FACS|MD|PhD|BSN|MSN|DNP|FACHE|DDS|DVM|EdD|MHA)(?:,?\s+(?:M\.D\.|Ph\.D\.|J\.D\.|MBA|CPA|CFA|MPH|RN|MD|PhD|BSN|MSN|DNP|FACHE|MHA|FACEP|FACP|FACC|FAAP|FAAN|FRCS|FRCP|MS|MSc|MA))*(,?)\s+(?=(\S*))/g;
const withoutPostNominals = (s: string): string =>
  POST_NOMINAL_HINT.test(s)
    ? s.replace(POST_NOMINAL, (m, comma: string, next: string) =>
        comma && /^(?:who|which|whose|the|a|an|former|formerly|previously|most|currently)\b/i.test(next) ? ', '
        // ("… CEO Peter Hecht, Ph.D. It’s a return …": the degree's full stop also ended the sentence.)
        : !comma && /\.\s+$/.test(m) && SENTENCE_OPENER.test(next) ? '. '
        : ' ')
    : s;
const SENTENCE_OPENER = /^(?:It|It['’]s|The|He|She|They|This|These|In|A|An|His|Her|Their|We|Our|After|Before|Prior|Since|As|With|During|Under|Previously|Most)$/;
// "COO of Chapel Hill, N.C.-based UNC Health Care": a city and its state's abbreviation in front of "-based" are one
// place (a comma there would read as the end of a clause).
const CITY_STATE_BASED = /(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}),\s+(?:[A-Z][a-z]{1,4}\.|[A-Z]\.\s?[A-Z]\.)-based\b/gu;
const cityStateBased = (s: string): string => (s.includes('.-based') ? s.replace(CITY_STATE_BASED, '$1-based') : s);

function isDigest(title: string, body: string): boolean {
  if (DIGEST_TITLE.test(title)) return true;
  // (A round-up long enough to list several blurbs; shorter items are single stories.)
  if (body.length < 1500) return false;
  // Counted in one cheap pass first (currency signs, "million"/"billion"): the pattern is costly on every long body.
  SIGNS.lastIndex = 0;
  let marks = 0;
  while (marks < 4 && SIGNS.exec(body) !== null) marks++;
  if (marks < 4) return false;
  AMOUNT_MARK.lastIndex = 0;
  let amounts = 0;
  while (AMOUNT_MARK.exec(body) !== null && amounts < 4) amounts++;
  if (amounts < 4) return false;
  BLURB.lastIndex = 0;
  let blurbs = 0;
  while (BLURB.exec(body) !== null) if (++blurbs >= 3) return true;
  return false;
}

const trimSummary = (summary: string) => summary.trim().replace(/\s*(?:\[(?:…|\.\.\.)\]|…|\.\.\.)\s*$/, '');

/** Feeds often repeat the summary as the opening of the content, or truncate it: then only the content is read. */
export function summaryAddsNothing(summary: string, content: string): boolean {
  const s = trimSummary(summary);
  const c = content.trim();
  return c !== '' && (s === '' || c.includes(s.slice(0, 60)));
}

function joinBody(summary: string, content: string): string {
  const s = trimSummary(summary);
  const c = content.trim();
  if (summaryAddsNothing(s, c)) return c;
  if (!c) return s;
  return `${s}${/[.!?]$/.test(s) ? '' : '.'} ${c}`;
}

// "joining @Acme as Head of Sales": a social handle names the company.
const HANDLE = /(^|[\s(])@(?=[\p{Lu}\d])/gu;
const unhandle = (s: string) => (s.includes('@') ? s.replace(HANDLE, '$1') : s);

// Aggregators (Google News, Bing News) append the outlet: "… led by General Catalyst | Reuters",
// "… as CMO – Business Insider". A title's own dash ("VP - Supply Chain") follows a role word.
const OUTLET_SUFFIX = /\s+[|–—-]\s+((?:[\p{Lu}\d][\p{L}\d.&'’]*)(?:\s+[\p{Lu}][\p{L}\d.&'’]*){0,3}|[\w-]+\.(?:com|co|io|net|org|news)(?:\.[a-z]{2})?)\s*$/u;
const ROLE_END = /\b(?:VP|SVP|EVP|AVP|Head|Director|GM)$/i;

function withoutOutlet(title: string): string {
  // Only the last separator can start the outlet's name; the pattern runs on that tail alone.
  const at = Math.max(title.lastIndexOf(' - '), title.lastIndexOf(' | '), title.lastIndexOf(' – '), title.lastIndexOf(' — '));
  if (at < 0 || title.length - at > 40) return title;
  const m = OUTLET_SUFFIX.exec(title.slice(at));
  if (!m || m.index !== 0) return title;
  const before = title.slice(0, at);
  return before.split(' ').length >= 5 && !ROLE_END.test(before) ? before : title;
}

// (Also as a heading line of its own: `…scale."\n\nAbout Tallyhaus\nFounded in 2018, …`.)
const ABOUT_SECTION = /[.!?]["”’)]?\s+About\s+(?:the\s+)?\p{Lu}[\p{L}\d&.'’-]*(?:[ \t]+[\p{Lu}\d&][\p{L}\d&.'’-]*){0,5}(?:\s*[.:]\s+|[ \t]*\n|\s+(?=\p{Lu}[\p{L}\d&.'’-]*\s+(?:is|was|provides|builds|helps|develops|offers|makes|operates|was founded)\b))/u;

/**
 * More of the body's sentences than a Doc keeps (the first ones are the same): for the few
 * readers that look further down a long release, such as a list of appointments.
 */
export function moreSentences(doc: Doc, max: number): string[] {
  return doc.body.length === 0 ? [] : splitSentences(stripDateline(doc.body), max).map((s) => stripDateline(s));
}

// "Kapital 🇲🇽 raised a $20 Million Series A led by Tribe Capital 🇺🇸": a newsletter's flag marks where a name
// is from; it is not part of the sentence (a flag is a pair of regional-indicator symbols).
const FLAG = /\s?\uD83C[\uDDE6-\uDDFF]\uD83C[\uDDE6-\uDDFF]/g;
const withoutFlags = (s: string): string => (s.includes('\uD83C') ? s.replace(FLAG, '') : s);
// "2) Nokia announced plans to acquire Withings", "BRIEF-Office Depot announces …": a round-up's item number, a wire's label.
const ITEM_NUMBER = /^(?:\d{1,2}[.)]\s+(?=[\p{Lu}\d])|(?:BRIEF|UPDATE\s\d{1,2}|EXCLUSIVE|CORRECTED)-(?=\p{Lu}))/u;

const MISSING_SPACE = /(?<=\s\p{Ll}{3,})\.(?=\p{Lu}\p{Ll}{2,}\s)/gu;
// (A scan of the full stops first: the full pattern's look-behind is slow over a long body.)
const isLower = (c: number): boolean => c >= 97 && c <= 122;
function missingSpace(body: string): boolean {
  for (let i = body.indexOf('.'); i > 0; i = body.indexOf('.', i + 1)) {
    const c = body.charCodeAt(i + 1);
    if (c >= 65 && c <= 90 && isLower(body.charCodeAt(i - 1)) && isLower(body.charCodeAt(i + 2))) return true;
  }
  return false;
}
// "(Logo: http://…)", "(Photo: …)": a newswire's media marker is not prose.
const MEDIA_MARKER = /\s*\((?:Logo|Photo|Photos|Video|Image|Images|Graphic)s?:[^)]*\)/g;
// "Doug McMillon, 59, who…", "Gerald Cysewski, age 58, has agreed…": a person's age between commas.
// (The comma stays when an appositive follows: "Greg Brown, 47, currently the company's president, …".)
const AGE = /(?<=\p{Lu}[\p{L}'’.-]+),\s+(?:age(?:d)?\s+)?\d{2},(?=\s+(\S+))/gu;
// "a 54 per cent stake": one spelling of a percentage.
const PER_CENT = /(\d)\s?(?:per ?cent|percent)\b/g;
// "Chief Executive Officer (CEO) of PZ Cussons": the office's acronym repeated in brackets.
const OFFICE_ACRONYM = /(?<=\b(?:Officer|President|Director|Manager|Counsel|Head|Partner|Secretary|Treasurer|Controller|officer|president|director|manager|counsel))\s+\(["“]?[A-Z][A-Za-z&]{1,6}["”]?\)/g;
// "Corona (Calif.) Regional Medical Center": a newspaper's state abbreviation inside a name.
const STATE_IN_NAME = /(?<=\p{Lu}[\p{L}'’.&-]*)\s\((?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|D\.C|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo)\.\)(?=\s\p{Lu})/gu;
// "American Eagle has promoted Chad Kessler (left) to …": a photo caption's pointer.
const PHOTO_POINTER = /\s\((?:pictured(?:\s+(?:left|right|above|below|center|centre|top))?|left|right|center|centre|above|below|top|bottom|inset|l|r)\)(?=[\s,.;])/gi;
// One scan decides whether any of the tidy-ups below applies (most bodies need none).
const TIDY_HINT = /,\s+(?:age(?:d)?\s+)?\d{2},|\d\s?per ?cent|\dpercent|\s\((?:Logo|Photo|Video|Image|Graphic|["“]?[A-Z][A-Za-z&]{1,6}["”]?\)|[A-Z][a-z.]{0,4}\.\)\s[A-Z]|pictured|left\)|right\))/;
function tidyProse(s: string): string {
  if (!TIDY_HINT.test(s)) return s;
  if (s.includes('(')) s = s.replace(OFFICE_ACRONYM, '').replace(MEDIA_MARKER, '').replace(STATE_IN_NAME, '').replace(PHOTO_POINTER, '');
  s = s.replace(AGE, (_m, next: string) => (/^(?:currently|formerly|previously|who|who['’]s|whose|the|a|an|most|its|his|her|their|then|now|also|and)$/i.test(next) ? ',' : ''));
  if (s.includes('cent')) s = s.replace(PER_CENT, '$1%');
  return s;
}

export function makeDoc(input: ExtractInput): Doc {
  const raw = withoutFlags((input.title ?? '').trim().replace(/\s+/g, ' ')).replace(ITEM_NUMBER, '');
  const title = tidyProse(cityStateBased(withoutPostNominals(unhandle(stripDateline(withoutOutlet(raw))))));
  let body = unhandle(withoutFlags(joinBody(input.summary ?? '', input.content ?? '')));
  // The aggregator's description repeats the headline and names the outlet ("… General Catalyst  Reuters").
  if (body.startsWith(title) && title.length > 20) {
    const rest = body.slice(title.length).trim();
    body = rest.length <= 40 && !/[.!?]/.test(rest) ? '' : body;
  }
  // "… co-head of strategy.Murphy fills a vacancy": a scraped body that lost the space after a full stop.
  if (missingSpace(body)) body = body.replace(MISSING_SPACE, '. ');
  // "Ines Valverde, M.D., as Chief Medical Officer": post-nominal letters are not part of the sentence's grammar.
  body = tidyProse(cityStateBased(withoutPostNominals(body)));
  const digest = isDigest(title, body.length > 6000 ? body.slice(0, 6000) : body);
  const maxChars = digest ? MAX_DIGEST_CHARS : MAX_BODY_CHARS;
  if (body.length > maxChars) body = body.slice(0, maxChars);
  // A newswire's "About Acme" boilerplate (history, past rounds, investors) is not the news.
  const about = body.length > 200 && body.includes('About ') ? ABOUT_SECTION.exec(body) : null;
  if (about && about.index > 100) body = body.slice(0, about.index + 1);
  let sentences = splitSentences(stripDateline(body), digest ? MAX_DIGEST_SENTENCES : MAX_SENTENCES).map((s) => stripDateline(s));
  if (digest) sentences = sentences.map(compactMove);
  const shout = isShouting(title);
  // An all-caps wire headline with no prose to copy the casing from is read re-cased:
  // names are only recognised by their capitals.
  const link = input.link ?? null;
  if (shout && !/\p{Ll}/u.test(body)) return { title: headlineCase(title), shout: false, body, sentences, author: input.author?.trim() || null, link, digest };
  return { title, shout, body, sentences, author: input.author?.trim() || null, link, digest };
}
