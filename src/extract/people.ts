import { companyKey } from '../resolve/company-key.js';
import type { Doc } from './doc.js';
import { looksLikePerson, objectName, possessiveShop, subjectName, tidyName } from './names.js';
import { isPlace, readTitle, startsTitle } from './titles.js';

// Person names around appointment verbs: "names former Okta exec Marcus Chen VP of Sales",
// "Former Okta Exec Marcus Chen Joins …", "Acme's Jane Doe promoted to COO". Names may be
// non-English ("Nguyễn Thị Lan", "José María García-López", "Siobhán O'Connor",
// "Jean-Luc Van den Berg"), so the test is shape (capitalised words, particles), not a list.

const PARTICLE = /^(?:van|von|zur|zu|vom|de|der|den|da|di|del|della|dos|das|du|la|le|bin|binti|al|el|y|ter|ten|st\.?)$/i;
const WORD = /^["“]?(?:[\p{Lu}][\p{L}\p{M}'’.-]*|(?:O|D|L)['’][\p{Lu}][\p{L}\p{M}-]*|Mc[\p{Lu}][\p{L}\p{M}]*|[\p{Lu}]\.)[,;:"”)!]?$/u;
// A nickname inside a name: "Sherilyn S. (Sheri) McCoy", "Charles “Rick” Rule".
// (Also quoted inside brackets: "Robert J. ("Bob") Gamgort".)
const NICKNAME = /^(?:\(["“]?\p{Lu}[\p{Ll}'’.-]+["”]?\)|[“"‘']\p{Lu}[\p{Ll}.-]+[”"’'])$/u;

/** A name without its nickname or middle initials ("Veronica “Ronee” M. Hagen" → "Veronica Hagen"). */
const NICK_OR_INITIAL = /\s(?:\(["“]?[^”")’]+["”]?\)|[“"‘'][^”"’'\s]+[”"’']|\p{Lu}\.)(?=\s)/gu;
export const plainName = (name: string): string => (name.includes('.') || /[“"(‘]|\s'/.test(name) ? name.replace(NICK_OR_INITIAL, '') : name);

export interface PersonRun {
  name: string;
  start: number; // token index
  end: number; // token index after the name
  comma: boolean; // the name ended with a comma (an appositive may follow)
}

/** A person's name starting exactly at token `i`, or null. */
const HIRING_VERB = /^(?:appoints|appointed|names|named|hires|hired|welcomes|welcoming|welcome|taps|tapped|promotes|promoted|elevates|elevated|adds|added|poaches|poached|recruits|recruited)$/i;

const SURNAME_WORD = /^(?:Power|Banks|Care|Press|Trust|Field|Wind|Money|Hub|Space|Daily|Marine|Credit|Works|Media|Foods|Young|Brands)$/;
const PUBLIC_TITLE = /^(?:Secretary|Minister|Governor|Senator|Mayor|Commissioner|Ambassador|Judge|Justice|Congressman|Congresswoman|Councillor|Councilman|Councilwoman|Representative)$/;

export function personAt(tokens: string[], i: number, hiredBefore = false): PersonRun | null {
  const out: string[] = [];
  let j = i;
  let comma = false;
  let nick = false;
  // ("former Finance Secretary Ernest Leung": a public office is no first name; nor is "Co-CEO Keith Block"'s office.)
  if (PUBLIC_TITLE.test(tokens[i] ?? '') || /^(?:co-)?C[A-Z]{1,3}O$|^co-(?:ceo|president|head|chair|founder)$/i.test(tokens[i] ?? '')) return null;
  for (; j < tokens.length && out.length < (nick ? 6 : 5); j++) {
    const t = tokens[j]!;
    if (out.length > 0 && startsTitle(t)) break;
    // A title-case headline capitalises its small words: "… Rahul Mehta As CFO".
    if (out.length >= 2 && /^(?:As|At|To|For|From|With|In|Of|On|By|And|The|Via|After|Amid|Joins|Named)$/.test(t)) break;
    if (PARTICLE.test(t) && out.length > 0 && j + 1 < tokens.length && (WORD.test(tokens[j + 1]!) || PARTICLE.test(tokens[j + 1]!))) {
      out.push(t);
      continue;
    }
    if (out.length > 0 && NICKNAME.test(t) && j + 1 < tokens.length && WORD.test(tokens[j + 1]!)) {
      nick = true;
      out.push(t);
      continue;
    }
    if (!WORD.test(t)) break;
    out.push(t);
    if (/[,;:)!]$/.test(t) || /['’]s$|s['’]$/.test(t)) {
      comma = t.endsWith(',');
      j++;
      break;
    }
  }
  if (out.length < 2) return null;
  // ("Former CEO of DDB Group Australia Chris Brown": a country before the name belongs to the employer.)
  // ("hired Carolina Dybeck Happe": only after a capitalised word, since many first names are places too.)
  if (out.length > 2 && i > 0 && /^\p{Lu}/u.test(tokens[i - 1]!) && isPlace(out[0]!.replace(/[,.]$/, ''))) return null;
  // (tidyName drops parenthesised asides; a nickname is part of the name as written.)
  const name = nick ? tidyName(out.join(' ').replace(/\((["“]?\p{Lu}[^)]*)\)/u, '\u2045$1\u2046')).replace('\u2045', '(').replace('\u2046', ')') : tidyName(out.join(' '));
  // "Imprint Appoints Will Larson as CTO": after a hiring verb "Will" is a first name, not the modal.
  const will = out[0] === 'Will' && (i > 0 ? HIRING_VERB.test(tokens[i - 1]!) : hiredBefore);
  const plain = nick ? plainName(name) : name;
  if (!looksLikePerson(will ? plain.replace(/^Will\b/, 'William') : plain)) {
    // ("appointed Simon Power as", "hired Tyra Banks": after a hiring verb, a surname that is also a business word.)
    const hired = i > 0 ? HIRING_VERB.test(tokens[i - 1]!) : hiredBefore;
    if (!(hired && out.length === 2 && SURNAME_WORD.test(out[1]!.replace(/[,;:]$/, '')) && looksLikePerson(`${out[0]} Smith`))) return null;
  }
  return { name, start: i, end: j, comma };
}

/** The first person named in `text` within its first few words, with the words before it. */
export function findPerson(text: string, maxSkip = 8, hiredBefore = false): { run: PersonRun; before: string; tokens: string[] } | null {
  const tokens = text.trim().split(/\s+/);
  for (let i = 0; i < Math.min(tokens.length, maxSkip + 1); i++) {
    const run = personAt(tokens, i, hiredBefore);
    if (run) return { run, before: tokens.slice(0, i).join(' '), tokens };
    if (/[.;:!?]$/.test(tokens[i]!) && !/^(?:\p{Lu}\.)$/u.test(tokens[i]!)) return null;
  }
  return null;
}

/** The person whose name ends `prefix` ("Former Okta exec Marcus Chen" → "Marcus Chen"). */
const ROLE_END = /^(?:chief|executive|officer|ceo|cfo|coo|cto|cmo|cro|cpo|president|head|director|chair(?:man|woman)?|founder|co-founder|partner|editor|publisher|manager|md|vp|boss)$/i;

export function trailingPerson(prefix: string): { name: string; before: string } | null {
  const p = prefix.replace(/\s*\([^)]*\)\s*$/, '').replace(/[,\s]+$/, '');
  const tokens = p.split(/\s+/);
  // A run reaching the end is made only of name words and particles: find where such words
  // start, so the costly name test runs only on starts that can succeed.
  let lo = tokens.length;
  while (lo > 0 && (WORD.test(tokens[lo - 1]!) || PARTICLE.test(tokens[lo - 1]!) || NICKNAME.test(tokens[lo - 1]!))) lo--;
  for (let n = Math.min(5, tokens.length); n >= 2; n--) {
    const start = tokens.length - n;
    if (start < lo || !WORD.test(tokens[start]!)) continue;
    // "The chief executive of Vodafone Nick Read": after "of" the first name is the employer's.
    if (n > 2 && start > 1 && /^(?:of|at)$/i.test(tokens[start - 1]!) && ROLE_END.test(tokens[start - 2]!)) continue;
    const run = personAt(tokens, start);
    if (run && run.end === tokens.length) return { name: run.name, before: tokens.slice(0, start).join(' ') };
  }
  return null;
}

// "former Okta exec", "ex-Stripe", "Okta veteran", "Stripe's": where the person came from.
const FORMER = /\b(?:former|ex-|ex\s|formerly\s+(?:of|at|with)\s+)\s*(.+?)\s+(?:exec|executive|leader|veteran|cmo|cfo|cto|coo|cro|ceo|cpo|ciso|vp|svp|evp|head|director|manager|marketer|engineer|president|chief|alum|alumnus|alumna|partner|founder|product|sales|marketing|engineering|finance|growth|operations)\b/i;
const VETERAN = /^(?:(?:a|an|the|longtime|long-time|seasoned|top|\d+-year|[a-z]+-year|decades?-long)\s+)*(.+?)\s+(?:veteran|alum|alumnus|alumna)\b/i;
const POSSESSIVE = /^(.+?)['’]s?$/;

const ROLE_OF = /\b(?:former|ex-|formerly)\s*((?:[\p{L}-]+,?\s+){1,5}?)(?:of|at|with)\s+(?=[\p{Lu}\d])/u;

/** A previous employer named in the words in front of a person ("former Okta exec" → "Okta"). */
/**
 * The company named first in `rest`, or what its owner has: "KKR's Epicor Software" → "Epicor Software",
 * "San Diego’s CyberFlow" → "CyberFlow", "Google's Motorola Mobility" → "Motorola Mobility".
 */
export function ownedName(rest: string): string | null {
  const name = objectName(rest);
  if (!name) return null;
  const pos = /^\s*(?:the\s+)?((?:\S+\s+){0,3}?\S+?)['’]s?\s+(?=\p{Lu})/u.exec(rest);
  if (!pos || companyKey(pos[1]!.replace(/^[\p{Ll}-]+\s+/u, '')) !== companyKey(name)) return name;
  const owned = objectName(rest.slice(pos[0].length));
  // "Peachey’s Engineering", "Dunn's Bakery": a family firm's name, where a trade follows a surname's possessive.
  if (owned && FAMILY_TRADE.test(owned) && !pos[1]!.includes(' ')) return `${pos[0].trim().replace(/^the\s+/i, '')} ${owned}`;
  return owned ?? name;
}
const FAMILY_TRADE =
  /^(?:Engineering|Construction|Plumbing|Electrical|Bakery|Bakehouse|Kitchen|Pizza|Pizzeria|Restaurants?|Cafe|Deli|Diner|Grill|Pub|Brewery|Winery|Distillery|Farms?|Dairy|Foods?|Markets?|Pharmacy|Garage|Motors|Auto|Automotive|Transport|Trucking|Haulage|Logistics|Furniture|Jewell?ers|Jewelry|Hardware|Supply|Supplies|Landscaping|Roofing|Cleaning|Fabrication|Machining|Printing|Funeral Home|Nursery|Nurseries|Bookstore|Tavern|Builders|Homes|Hotels?)$/;

export function formerFromDescriptor(words: string): string | null {
  if (!words) return null;
  // "former CFO of Stripe", "ex-VP Sales at Okta": a title, then the employer.
  const roleOf = ROLE_OF.exec(words);
  if (roleOf && readTitle(roleOf[1]!.trim())) {
    const named = ownedName(words.slice(roleOf.index + roleOf[0].length));
    if (named) return named;
  }
  // "Personio's former HR chief": the possessor is the employer, not the department.
  const owner = /([\p{Lu}][\p{L}\d.&-]*(?:\s+[\p{Lu}][\p{L}\d.&-]*){0,2})['’]s?\s+(?:former|ex-)/u.exec(words);
  if (owner) return owner[1]!;
  const m = FORMER.exec(words) ?? VETERAN.exec(words);
  if (m) return objectName(m[1]!.replace(/^(?:a|an|the)\s+/i, '')) ?? null;
  const pos = POSSESSIVE.exec(words.trim());
  if (pos && /['’]s?$/.test(words.trim())) return objectName(pos[1]!);
  return null;
}

/** "Vela Fitness CFO" in front of a name → "Vela Fitness": the employer, when the words are more than a title. */
export function employerBefore(words: string | null): string | null {
  const c = words ? companyAndTitle(words).company : null;
  return c && readTitle(c) === null ? c : null;
}

/** "Brightline CFO" → company "Brightline", title "CFO": a company name, then a title. */
export function companyAndTitle(words: string): { company: string | null; title: string | null } {
  // ("Harlan's Department Stores CEO": a shop's possessive stays in its name.)
  const raw = words.split(/\s+/).filter(Boolean);
  const tokens = raw.map((t, k) => (possessiveShop(raw, k) ? t : t.replace(/['’]s\b/g, '')));
  const i = tokens.findIndex((t, k) => k > 0 && startsTitle(t));
  if (i < 0) return { company: subjectName(words), title: null };
  return { company: subjectName(tokens.slice(0, i).join(' ')), title: readTitle(tokens.slice(i).join(' ')) };
}

// Bylines that name a desk, not a company.
const NOT_COMPANY_AUTHOR = /\b(?:staff|team|editor|editors|editorial|newsroom|desk|reporter|wire|news|press|admin|administrator|contributor|guest|correspondent|marketing|communications|comms|pr)\b|@|https?:/i;

// "Chewy, Inc., an online retailer, announced on July 20 that its CFO …", "Corvel said its chief financial officer …"
// ("Royal Mail said chief executive Rico Back had stood down": the officer's title right after "said".)
const SPEAKER_ITS = /^(.{2,160}?)\s+(?:today\s+)?(?:announced|announces|said|says|confirmed|confirms|disclosed|revealed)\b[^.;]{0,40}?\b(?:that\s+)?(?:its\b|(?=(?:the\s+)?(?:chief|ceo|cfo|coo|cto|cmo|president|managing director|founder|co-founder)\b))/i;

/** The company that speaks of "its" officer in the sentence, or null. */
export function speakerOfIts(s: string): string | null {
  const m = SPEAKER_ITS.exec(s);
  return m ? subjectName(m[1]!) : null;
}

/** The feed's author when it is a company rather than a person (a company blog's posts). */
export function authorCompany(doc: Doc): string | null {
  return feedAuthorCompany(doc) ?? siteCompany(doc);
}

// Hosts of many writers: their name is the platform's, never the company a post speaks for.
const PLATFORM_HOST = /(?:^|\.)(?:medium|substack|linkedin|wordpress|blogspot|tumblr|github|gitlab|ghost|hashnode|dev|notion|google|feedburner|twitter|x|facebook|youtube|prnewswire|businesswire|globenewswire|accesswire|einpresswire|prweb)\.(?:com|io|to|site|so|net|org)$/;
const SUBDOMAIN = /^(?:www|blog|blogs|news|newsroom|press|engineering|eng|tech|about|company|info|go|en|hello|team)$/;
const SUFFIX = /(?:io|hq|app|labs|inc|co|ai|dev|team|blog)$/;

/**
 * A company's own blog speaking as "we" ("Announcing our series A", "Welcoming Grace Chuang"): the company
 * its address names ("blog.vespa.ai" → "Vespa", "apiaryio.github.io" → "Apiary"), as the post writes it.
 */
export function siteCompany(doc: Doc): string | null {
  if (!doc.link || !/^https?:/i.test(doc.link)) return null;
  const text = `${doc.title} ${doc.sentences.slice(0, 4).join(' ')}`;
  if (!/\b(?:we|we['’]re|we['’]ve|our|us)\b/i.test(text) || /\b(?:I|I['’]m|I['’]ve|my)\b/.test(doc.title)) return null;
  let host: string;
  try {
    host = new URL(doc.link).hostname.toLowerCase();
  } catch {
    return null;
  }
  const labels = host.split('.');
  // "apiaryio.github.io": the account on a shared host; elsewhere the label before the top-level domain.
  const label = /\.github\.io$|\.gitlab\.io$/.test(host) ? labels[0]! : PLATFORM_HOST.test(host) ? null : labels.filter((l) => !SUBDOMAIN.test(l)).slice(-2, -1)[0];
  if (!label || label.length < 3) return null;
  const wanted = [label, label.replace(SUFFIX, '')].filter((w) => w.length >= 3);
  for (const word of text.split(/[^\p{L}\p{N}.&'’-]+/u)) {
    const w = word.replace(/['’]s$/, '').replace(/[.'’-]+$/, '');
    if (wanted.includes(w.toLowerCase()) && /^\p{Lu}/u.test(w)) return w;
  }
  return null;
}

function feedAuthorCompany(doc: Doc): string | null {
  const a = doc.author;
  if (!a || a.length > 60 || NOT_COMPANY_AUTHOR.test(a) || !/^\p{Lu}/u.test(a) || a.split(/\s+/).length > 5) return null;
  // "Helen Pidd and Joanna Partridge": a shared byline of people.
  if (/\s(?:and|&)\s|,/.test(a) && a.split(/\s+(?:and|&)\s+|,\s*/).some((part) => looksLikePerson(part.trim()))) return null;
  // A name-shaped author ("Employment Hero") is the company only when the post speaks as "we", never as "I".
  if (looksLikePerson(a)) {
    const text = `${doc.title} ${doc.sentences.slice(0, 4).join(' ')}`;
    if (!/\b(?:we|we['’]re|our)\b/i.test(text) || /\b(?:I|I['’]m|I['’]ve|my|me)\b/.test(text)) return null;
  }
  return companyKey(a) ? a : null;
}

