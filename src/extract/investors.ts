import { isPlace } from './titles.js';
import { onlyWhereFrom } from './names.js';
// Investors named in funding prose: "led by X", "co-led by X and Y", "with participation
// from A, B and C", "from X, Y", "backed by", "existing investors X and Y also participated",
// "X led the round". Lead investors are kept apart and listed first.

export interface Investors {
  leads: string[];
  others: string[];
}

// Also "menée par", "angeführt von", "liderada por": the lead in French, German, Spanish and Portuguese wires.
const LEAD_BY = /\b(?:(?:co-led|led|co-headed|headed|spearheaded|anchored)\s+(?:jointly\s+)?by|men[ée]e?s?\s+par|angef[üu]hrt\s+von|liderad[ao]s?\s+por)\s+/gi;
const GRANTOR =
  /(?:[$€£¥₹]\s?\d[\d.,]*\s?(?:[kKmMbB]n?|million|billion)?|\b\d[\d.,]*\s?(?:million|k))\s+((?:[A-Z][\w&.'-]*\s+){1,5}?)(?:grant|award)s?\b/g;
const PROGRAMME_WORDS = /(?:\s+(?:Accelerator|Phase\s+[IV]+|SBIR|STTR|Programme|Program|Research|Innovation|Seed|Pilot))+$|^(?:SBIR|STTR)(?:\s+Phase\s+[IV]+)?$/;
const ROUND_PAREN = /\(\s*(?:pre-?seed|seed|series\s+[a-j]\d?\+?|[a-j]|angel|bridge|growth)(?:\s+(?:round|extension))?\s*,\s*([^)]{2,80})\)/gi;
const WITH_LEADING = /\bwith\s+([^,;.]{2,80}?)\s+(?:leading|co-leading|as (?:the )?lead(?: investor)?s?)\b/gi;
// "The startup said …", "Thrilled to announce that …": the speaker before the names.
const SPEAKER = /^.*\b(?:said|says|added|noted|announce|announces|announced|confirmed|confirms|to share)\s+(?:that\s+)?/i;
const SUBJECT_LED = /(?:^|[,;(]\s*|\band\s+|:\s*)([^,;:(]{2,120}?)\s+(?:co-led|led|co-leads|leads|is leading|headed)(?:\s+(?:the|this|its|a)\s+(?:[\w$€£.-]+\s+){0,4}?(?:round|raise|financing|investment|funding|series|extension|tranche)|(?=\s*(?:[;.,]|$)))/gi;
const PARTICIPATION =
  /\b(?:with|and)?\s*(?:participation|support|backing|investment|investments|contributions?)\s+(?:from|by|of)\s+|\bjoined\s+by\s+|\bjoin(?:ed|ing|s)\s+(?=(?:the\s+)?(?:existing|previous|prior|returning|current)\s+(?:[\w-]+\s+)?(?:investors?|backers?|shareholders?)\b)|\b(?:provided|extended|granted|awarded|underwritten|arranged)\s+by\s+|\band\s+included\s+(?=(?:existing\s+|new\s+|returning\s+)?(?:investors?\s+|backers\s+)?[A-Z])|\balongside\s+(?!(?:the|this|its|their)\s+(?:round|raise|funding|financing|investment|announcement|news|deal)\b)|\b(?:other\s+|new\s+|existing\s+)?(?:investors|backers|participants)\s+(?:in the round\s+)?(?:include|included|including|are|were)\s+|\bbacked\s+by\s+|\bfunded\s+by\s+|\b(?:round|financing|raise|funding)\s+featuring\s+(?=[A-Z\d])|\b(?:also participating|participants|other investors|investors|backers)(?:\s+in\s+the\s+round)?\s*:\s*|\b(?:also\s+)?(?:joined|participated in)\s+(?:the\s+)?(?:round|raise|financing)\s*:\s*|\b(?:[Aa]lso\s+)?in the round\s*:\s*|\b(?:which\s+)?also\s+drew\s+(?:in\s+)?|\b(?:round|financing|investors?|series\s+[a-j]|extension|raise)\s+(?:also\s+)?included\s+|\b(?:round|financing|raise|extension),\s+which\s+(?:also\s+)?included\s+|\b(?:huge\s+|big\s+|special\s+)?(?:thanks|thank you)\s+to\s+(?=[^.;]{2,80}?\s+for\s+(?:doubling down|backing|leading|investing|believing|supporting|participating|joining|continuing))/gi;
// Every word PARTICIPATION needs, on lower-cased text.
const PARTICIPATION_HINT = /participa|featuring|support|backing|investment|contribution|join|alongside|investors|backers|backed|funded|included|provided by|extended by|granted by|awarded by|underwritten by|arranged by|round:|in the round|also drew|thank/;
// "from X" names investors only right after money or a funding word (not "spun out from MIT").
// ("Raises $30M From Andreessen Horowitz": a title-case headline capitalises it.)
const FROM = /\b[Ff]rom\s+(?:[Tt]he\s+)?(?=(?:existing\s+|new\s+|returning\s+|newly\s+[\p{Ll}-]+\s+|little-known\s+|[\p{L}]+-(?:stage|based|focused)\s+)?(?:investors?\s+|backers\s+)?(?:including\s+|such as\s+)?["“]?[\p{Lu}\d])/gu;
const FROM_CONTEXT = /(?:\b(?:funding|financing|investment|capital|round|raise|raised|seed|grant|award|facility|loan|line|debt|notes?|series [a-j])|\d(?:\.\d+)?\s?(?:[kmb]n?|mn|mln|million|billion|crore|lakh))\b[^.;]{0,30}$/i;
// "to expand from the B2B into the DTC market": where the company goes from, not who paid.
const MOVE_FROM = /\b(?:expand|expands|expanding|move|moves|moving|shift|shifting|grow|growing|pivot|pivoting|transition|transitioning|migrate|migrating|evolve|evolving)\s+$/i;
const ALSO_PARTICIPATED = /(?:^|[.;]\s+|,\s+(?:and|while|with)\s+|\bwith\s+)((?:[^.;,]|(?<=\b[A-Z])\.){2,200}?|(?<=^|[.;]\s+)[^.;]{2,200}?)\s+(?:also\s+)?(?:participated|participating|joined(?: the round)?|joining|returned|returning|invested|investing|took part|taking part|contributed|contributing|chipped in|chipping in|came in|coming in|following on|followed on)\b/gi;

// Where a list of names ends.
const LIST_END =
  /(?<!\b[A-Z])[.;:!?](?:\s|$)|\s\(|\)|\s[-—–|]\s|\s(?:to|as|at|in|on|which|who|that|bringing|brings|for|among others|and others|alongside|while|the company|according|said|says|valuing|taking|after|following|with|will|is|are|was|were|has|have|plus|led|co-led|joined|also|participated|through|via|under|bringing|into|over|included|includes|saw|following on|followed on)\b/;
const LEADING_JUNK =
  /^(?:and\s+|also\s+|both\s+|including\s+|such as\s+|from\s+|by\s+|the\s+(?=(?:existing|new|venture)\b)|(?:new\s+and\s+existing|existing\s+and\s+new|existing|new|returning|other|previous|current|prior|early|strategic|institutional|angel)\s+(?:investors?|backers?|shareholders?|funds|partners)\s+|investors?\s+|backers?\s+|funds\s+(?:managed|advised)\s+by\s+|affiliates\s+of\s+|an?\s+(?:affiliate|fund)\s+of\s+)+/i;
// A lower-case brand with a digit ("a16z") is a name too.
const NAME_SHAPE = /^["“]?(?:[\p{Lu}\d]|\p{Ll}+\d)[\p{L}\p{M}\d.'’&+/-]*(?:\s+(?:[\p{Lu}\d][\p{L}\p{M}\d.'’&+/-]*|of|de|du|der|den|van|von|la|le|dos|das|della|ter|ten|&|for|and|the|y|e|di|da|del)){0,6}["”]?$/u;
const NOT_INVESTOR = /^(?:series [a-j]\d?\+?|the company|it|they|he|she|we|its|company|startup|investors?|others|several|various|a number|undisclosed|unnamed|individual|angel investors|angels|existing|new|series|seed|round|ceo|founder|the round|also|plus|others|and|more|the|a|an|this|that|we|our|fund|the fund|meanwhile|however|additionally|according|moreover|furthermore|separately|elsewhere|finally|today|earlier|previously|notably|including|together)$/i;

// Words that make an owned name generic: "Microsoft's Climate Innovation Fund" needs its owner.
const GENERIC_ARM = /\b(?:Fund|Funds|Foundation|Ventures|Capital|Investments?|Innovation|Accelerator|Program|Programme|Arm)\b/;

/** "Nvidia's NVentures" → "NVentures"; "Microsoft's Climate Innovation Fund" stays whole; "the company's seed investor" → "the company". */
function possessive(s: string): string {
  const m = /^(.*?)['’]s\s+(.*)$/.exec(s);
  if (!m) return s.replace(/['’]s?$/, '');
  const [, owner] = m as unknown as [string, string];
  // "Al Gore’s Generation Investment Management group": the lower-case unit word is not part of the name.
  const arm = m[2]!.replace(/\s+(?:group|arm|unit|vehicle|team|firm)$/, '');
  if (!NAME_SHAPE.test(arm) || !/^[\p{Lu}\d]/u.test(arm)) return owner;
  // ("Korea’s STIC Investments": a country's possessive describes the investor.)
  if (arm.toLowerCase().includes(owner.toLowerCase()) || !GENERIC_ARM.test(arm) || isPlace(owner)) return arm;
  return s;
}

function cleanName(raw: string): string | null {
  let s = raw.trim().replace(/\s+/g, ' ');
  // Each rewrite runs only when its words are present: this is called for every listed name.
  const low = s.toLowerCase();
  if (low.includes('including') || low.includes('such as') || low.includes('like')) s = s.replace(/^.*?\b(?:including|such as|like)\s+/i, '');
  s = s.replace(LEADING_JUNK, '');
  s = s.replace(/^the\s+(?=\p{Lu})/u, '').replace(/^["“]|["”]$/g, '');
  if (low.includes('others') || low.includes('et al') || low.includes('respectively')) s = s.replace(/(?:,?\s+(?:among others|and others|et al\.?|respectively))$/i, '');
  if (/(?:also|all|both|each)$/i.test(s)) s = s.replace(/\s+(?:also|all|both|each)$/i, '');
  if (low.includes("'") || low.includes('’')) s = possessive(s);
  // "IAN Group-backed BioAngels": who backs the investor is not its name.
  if (low.includes('-backed ')) s = s.replace(/^.*?-backed\s+(?=\p{Lu})/u, '');
  // "Hong Kong-based Microport Scientific": where the investor sits is not its name.
  if (low.includes('-based ')) s = s.replace(/^(?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}[\p{L}.]*-based\s+(?=\p{Lu})/u, '');
  s = s.replace(/[,.]$/, '').trim();
  // ("Mubadala Capital of the United Arab Emirates", "Korelya Capital of France": where the investor is from.)
  if (low.includes(' of ')) {
    const of = /\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}.]*\s*){1,4})$/u.exec(s);
    // (Not "Bank of America": only after a firm's own last word.)
    if (of && of.index > 0 && isPlace(of[1]!.trim()) && /\s(?:Capital|Ventures|Partners|Fund|Investments|Holdings|Group|Equity|Management|Advisors)$/.test(s.slice(0, of.index))) s = s.slice(0, of.index);
  }
  // "E20 Investment LTD", "Tekla Capital Management LLC": the legal form is not part of how the investor is known.
  if (/\s(?:LLC|L\.L\.C|Inc|Ltd|LTD|Limited|LP|L\.P|LLP|GmbH|plc|PLC|Corp)\.?$/.test(s)) s = s.replace(/,?\s+(?:LLC|L\.L\.C|Inc|Ltd|LTD|Limited|LP|L\.P|LLP|GmbH|plc|PLC|Corp)\.?$/, '');
  // "Vercel CEO Guillermo Rauch", "former HubSpot CTO Dharmesh Shah": the angel is the person, not the description.
  const described = /^(?:(?:former|ex-)\s*)?(?:[\p{Lu}][\p{L}\d.&'’-]*\s+){1,3}(?:CEO|CTO|CFO|COO|CMO|CPO|CRO|founder|co-founder|cofounder|chairman|president)\s+([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})$/u.exec(s);
  if (described) s = described[1]!;
  if (!s || s.length > 60 || /^\d[\d.,]*$/.test(s) || !NAME_SHAPE.test(s) || NOT_INVESTOR.test(s)) return null;
  if (/^(?:The|A|An)\s/.test(s) && !/\s(?:Fund|Foundation|Trust|Group|Company|Partners|Ventures|Capital)\b/.test(s)) s = s.replace(/^(?:The|A|An)\s/, '');
  // "The European Innovation Council Fund": a sentence-initial article, not part of the name; a lone "The Fund" keeps it.
  else if (/^The\s+\S+\s+\S/.test(s)) s = s.slice(4);
  if (!/^(?:[\p{Lu}\d]|\p{Ll}+\d)/u.test(s)) return null;
  return s;
}

/** "European Innovation Council supports the work" → "European Innovation Council": the name the prose starts with. */
function leadingName(raw: string): string | null {
  const m = /^(?:the\s+)?((?:[\p{Lu}\d][\p{L}\p{M}\d.'’&+/-]*)(?:\s+(?:[\p{Lu}\d][\p{L}\p{M}\d.'’&+/-]*|of|de|&|for|y|e|di|da|del)(?=\s+[\p{Lu}\d]|$|\s+\p{Ll}))*)\s+\p{Ll}/u.exec(raw.trim() + ' x');
  return m ? cleanName(m[1]!) : null;
}

// Particles inside a person's name ("Pieter de Wit", "Jan van der Berg") do not end it.
const PARTICLE = String.raw`(?:van|von|de|der|den|da|di|du|del|della|dos|das|la|le|ter|ten|bin|al)`;
const DESCRIBED = new RegExp(String.raw`\s(?!${PARTICLE}\s)\p{Ll}[\p{Ll}-]*\s+([\p{Lu}\d][\p{L}\p{M}\d.'’&+/-]*(?:\s+(?:${PARTICLE}\s+)*[\p{Lu}\d][\p{L}\p{M}\d.'’&+/-]*){0,3})$`, 'u');

/** "Arizona angel group Desert Angels" → "Desert Angels": the capitalised run that ends a described name. */
function describedName(raw: string): string | null {
  const m = DESCRIBED.exec(raw.trim());
  return m ? cleanName(m[1]!) : null;
}

/** Split "A, B and C" into names, cutting the list where the prose moves on. */
// Unnamed backers are not investors: "angels from Ramp and Brex", "former executives of ServiceTitan".
const UNNAMED = /(?:(?:and|with)\s+)?(?:former\s+|business\s+|individual\s+)?(?:angels?|executives?|founders|operators|employees|leaders)\s+(?:from|of|at)\s+[^,;]+?(?=,|;|$|\s+as well as\b)/gi;

const UNNAMED_HINT = /angel|executive|founders|operators|employees|leaders/;
const UNNAMED_BEFORE = /\b(?:angels?|executives?|founders|operators|employees|leaders)\s+$/i;

const DESCRIBES_PREVIOUS =
  /^\s*(?:the\s+)?(?:(?:former|formerly|ex-)(?=\s|\b)|(?:co-?founder|founder|ceo|cfo|cto|cmo|coo|cro|chief [\w ]{2,25} officer|head of [\w ]{2,20}|vp of [\w ]{2,20}|president|partner|general partner)\s+(?:of|at)\s)/i;

const TITLE_CASE_VERB = /(?:,\s*|\s+)(?:and|&)\s+(?:Appoints|Names|Hires|Taps|Adds|Welcomes|Promotes|Launches|Unveils|Expands|Acquires|Buys|Opens|Announces|Plans|Eyes|Targets|Enters|Partners|Signs|Debuts|Introduces|Reveals|Hits|Reaches|Becomes|Completes|Doubles|Triples|Appointed|Named|Launched|Expanded|Acquired|Opened)\b.*$/;
const REPORTED_BY = /,?\s*(?:[\p{Lu}][\p{L}\d.&'’-]*\s+){1,4}(?:can (?:exclusively )?(?:reveal|report|confirm)|has (?:exclusively )?(?:learned|learnt|confirmed)|(?:first|exclusively) reported|understands|was told|has been told)\b.*$|,\s*(?:[\p{Lu}][\p{L}\d.&'’-]*\s+){1,3}(?:reports|reported|writes|wrote)\b[^,;]*$/u;
const REPORTED_BY_HINT = /can (?:exclusively )?(?:reveal|report|confirm)|\s(?:reports|reported|writes|wrote)\b|has (?:exclusively )?(?:learned|learnt|confirmed)|(?:first|exclusively) reported|understands|was told|has been told/;

export function parseNameList(text: string): string[] {
  let s = text.includes('(')
    ? text.replace(/\s*\(\p{Lu}[\p{Lu}\d&-]{1,9}\)(?:\s+\p{Lu}[\p{L}\d-]*)*(?:\s+(?:programme|program|grant|scheme|initiative|fund))?/gu, '').replace(/\s*\([^)]*\)/g, '')
    : text;
  // "Silicon Valley Bank, a division of First Citizens Bank, and …": the parent is not an investor.
  if (s.includes(' of ')) s = s.replace(/,\s+(?:a|an|the)\s+(?:division|subsidiary|unit|arm|affiliate|part|member|branch)\s+of\s+[^,;.]+/gi, '');
  if (s.includes("'s ") || s.includes('’s ')) s = s.replace(/,\s+(?:the\s+)?[\p{Lu}][^,;.]{0,40}?['’]s\s+(?:[\p{Ll}-]+\s+){0,3}(?:arm|fund|unit|division|subsidiary)\b/gu, '');
  const low = s.toLowerCase();
  // "investors such as General Catalyst": the "as" there does not end the list.
  if (low.includes('such as')) s = s.replace(/\bsuch as\b/gi, 'including');
  if (UNNAMED_HINT.test(low)) s = s.replace(UNNAMED, '');
  if (/as well as|along with|together with|plus/.test(low)) s = s.replace(/\s+(?:as well as|along with|together with|plus)\s+/gi, ', ');
  // "the company's seed investor, Vsquared Ventures": the description goes, the name stays.
  if (/investor|backer|shareholder/.test(low)) s = s.replace(/\b(?:the company['’]s|its|their)\s+(?:[\p{Ll}-]+\s+){0,3}(?:investors?|backers?|shareholders?),?\s+(?=[\p{Lu}\d])/gu, '');
  // "led by Seaside Capital, Sifted can reveal": the outlet that reports the round is no investor.
  if (REPORTED_BY_HINT.test(s)) s = s.replace(REPORTED_BY, '');
  // "… Led by Granite Ridge Equity and Appoints New CFO": a title-case headline's next verb ends the list.
  if (s.includes(' and ') || s.includes(', ')) s = s.replace(TITLE_CASE_VERB, '');
  const end = LIST_END.exec(s);
  if (end) s = s.slice(0, end.index).replace(/(?:,|\s+and|\s*&)\s*$/, '');
  // "3,000 retail investors": a number's thousands separator does not split the list.
  if (/\d,\d{3}/.test(s)) s = s.replace(/(\d),(\d{3})\b/g, '$1$2');
  // "Tekla Capital Management, LLC, and …": a legal form after a comma belongs to the name before it.
  if (s.includes(', ')) s = s.replace(/,\s+(LLC|L\.L\.C\.|Inc\.?|Ltd\.?|LP|L\.P\.?|LLP|GmbH|AG|S\.A\.|SA|plc|PLC|Corp\.?|Limited)(?=[\s,;.]|$)/g, ' $1');
  const out: string[] = [];
  for (let part of s.split(/\s*,\s*(?:and\s+|&\s+)?|\s+and\s+/)) {
    // "Jane Doe, former CMO of Stripe": a description of the name before it, not another investor.
    if (DESCRIBES_PREVIOUS.test(part)) continue;
    // "Singapore VC Granite Asia": the description in front of the name.
    if (part.includes('VC ')) part = part.replace(/^(?:\p{Lu}[\p{L}-]*\s+)?C?VC\s+(?=\p{Lu}\p{Ll})/u, '');
    const name = cleanName(part) ?? describedName(part) ?? leadingName(part);
    // ("from Irish and Canadian based family offices", "UAE-based … firm, Global Ventures")
    if (name && onlyWhereFrom(name)) continue;
    if (name && !out.some((o) => o.toLowerCase() === name.toLowerCase())) out.push(name);
  }
  return out;
}

const lc = (s: string) => s.toLowerCase();
/** Same investor: equal ignoring case, or one a word-prefix of the other ("Tiger Global" / "Tiger Global Management"). */
export const sameInvestor = (a: string, b: string): boolean => lc(a) === lc(b) || lc(a).startsWith(lc(b) + ' ') || lc(b).startsWith(lc(a) + ' ');

/** Add names not yet listed; a longer spelling of a listed name replaces it. */
export function addInvestors(into: string[], names: string[]): void {
  for (const n of names) {
    const i = into.findIndex((x) => sameInvestor(x, n));
    if (i < 0) into.push(n);
    else if (n.length > into[i]!.length) into[i] = n;
  }
}
const addAll = addInvestors;

const initials = (name: string): string => name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

/** "EIC" beside "European Innovation Council": one investor, kept in its spelled-out form. */
export function dropAcronyms(leads: string[], others: string[]): void {
  const all = [...leads, ...others];
  for (const list of [leads, others]) {
    for (let i = list.length - 1; i >= 0; i--) {
      const a = list[i]!;
      if (/^\p{Lu}{2,6}$/u.test(a) && all.some((b) => b !== a && b.includes(' ') && initials(b) === a)) list.splice(i, 1);
    }
  }
}

/** True when the text names investors in one of the ways `findInvestors` reads. */
export const INVESTOR_PHRASE =
  /\b(?:(?:co-)?led(?=\s*(?:[;.]|$))|(?:co-)?led by|men[ée]e?s? par|angef[üu]hrt von|liderad[ao]s? por|headed by|spearheaded by|anchored by|led the|leads the|co-led the|leading|participat\w*|joined by|alongside|backed by|funded by|featuring|(?:provided|extended|granted|awarded|underwritten|arranged) by|backing from|support from|investment from|investors? (?:in the round\s+)?(?:include|included|including|such as|are|were)|backers|(?:also )?(?:joined|joining|invested|investing|returned|took part|taking part|contributed)|included|from|(?:facility|loan|line of credit|credit line|credit agreement) with)\b|\b(?:investors|participants|backers)(?: in the round)?\s*:|\bin the round\s*:|\((?:co-)?lead\)|\b(?:thanks|thank you) to [^.;]{2,80}? for (?:doubling down|backing|leading|investing|believing|supporting|participating|joining|continuing)/i;

/** Leads and other investors named in the text (one or a few sentences about one round). */
export function findInvestors(text: string): Investors {
  const leads: string[] = [];
  const others: string[] = [];
  const low = text.toLowerCase();
  if (!/\b(?:led|lead|leading|leads|participat|featuring|backed|backing|from|alongside|joined|investors|backers|invested|took part|taking part|drew|in the round|support|funded|headed|spearheaded|anchored|included|provided by|extended by|granted by|awarded by|underwritten by|arranged by|men[ée]e|angef|liderad|grant|award|\(lead|\(co-lead|facility with|loan with|credit line with|line of credit with|credit agreement with|thanks to|thank you to)|\(/.test(low))
    return { leads, others };
  let m: RegExpExecArray | null;
  LEAD_BY.lastIndex = 0;
  while ((m = LEAD_BY.exec(text)) !== null) {
    let rest = text.slice(m.index + m[0].length);
    // "led by PeerCapital, along with existing investors …": those after "along with" took part; they did not lead.
    const along = /along with|as well as|together with/.test(rest) ? /^([^.;]{2,80}?),?\s+(?:along with|as well as|together with)\s+/.exec(rest) : null;
    if (along) {
      addAll(others, parseNameList(rest.slice(along[0].length)));
      rest = along[1]!;
    }
    addAll(leads, parseNameList(rest));
    // "led by Kingsbridge Growth, with Talon Peak Partners": the others follow the lead list.
    const withOthers = rest.includes(', with ') ? /^[^.;]{2,60}?,\s+with\s+(?=\p{Lu})/u.exec(rest) : null;
    if (withOthers) addAll(others, parseNameList(rest.slice(withOthers[0].length)));
  }
  WITH_LEADING.lastIndex = 0;
  const leadingHint = /\bleading\b|\bas (?:the )?lead\b/i.test(text);
  while (leadingHint && (m = WITH_LEADING.exec(text)) !== null) addAll(leads, parseNameList(m[1]!));
  SUBJECT_LED.lastIndex = 0;
  // "Northzone led, and was joined by EIFO": the lead before a comma, too.
  const ledHint = /\b(?:co-)?(?:led|leads|is leading|headed)(?:\s+(?:the|this|its|a)\s|\s*(?:[;.,]|$))/i.test(text);
  while (ledHint && (m = SUBJECT_LED.exec(text)) !== null) {
    // "Index Ventures led the round": the subject's trailing names, not the whole clause.
    const names = parseNameList(m[1]!.replace(/^.*[.!?]\s+(?=[\p{Lu}\d])/u, '').replace(/^.*\b(?:round|funding|investment)\s+(?:was\s+)?/i, '').replace(SPEAKER, ''));
    addAll(leads, names.filter((n) => !/^(?:The|This|It)$/i.test(n)));
  }
  // Cheap word checks first: both patterns are costly to try at every position of a long sentence.
  PARTICIPATION.lastIndex = 0;
  while (PARTICIPATION_HINT.test(low) && (m = PARTICIPATION.exec(text)) !== null) addAll(others, parseNameList(text.slice(m.index + m[0].length)));
  FROM.lastIndex = 0;
  while (low.includes('from') && (m = FROM.exec(text)) !== null)
    if (FROM_CONTEXT.test(text.slice(Math.max(0, m.index - 50), m.index)) && !UNNAMED_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) && !MOVE_FROM.test(text.slice(Math.max(0, m.index - 24), m.index)))
      addAll(others, parseNameList(text.slice(m.index + m[0].length)));
  ALSO_PARTICIPATED.lastIndex = 0;
  const joinHint = /\b(?:participated|participating|joined|joining|returned|returning|invested|investing|took part|taking part|contributed|contributing|chipped in|chipping in|came in|coming in|following on|followed on)\b/i.test(text);
  while (joinHint && (m = ALSO_PARTICIPATED.exec(text)) !== null) {
    // "X led the round with A and B participating": only the names after "with".
    // "HongShan led the round, and Shunwei Capital participated": only the last clause's subject.
    // ("The startup said 20VC, byFounders and Creandum also took part": the names after the speaker.)
    // ("Ajay Agarwal, Ronnie Screwvala, and Sandeep Singhal participated": a list of names is all one subject.)
    const list = /^(?:[\p{Lu}][\p{L}\p{M}.'’&-]*(?:\s+[\p{Lu}][\p{L}\p{M}.'’&-]*){0,4},\s+)+and\s+/u.test(m[1]!);
    const clause = list ? m[1]! : m[1]!.replace(/^.*(?:,\s+(?:and|while)\s+|\b(?:with|while|alongside)\s+)/i, '').replace(SPEAKER, '');
    if (/\b(?:round|company|it|they|he|she|we)$/i.test(clause.trim())) continue;
    addAll(others, parseNameList(clause));
  }
  // "closed a US$20 million debt facility with Accial Capital": the lender.
  if (low.includes(' with ')) {
    const lender = /\b(?:facility|loan|credit line|line of credit|debt financing|credit agreement)\s+with\s+(?=[\p{Lu}\d])/u.exec(text);
    if (lender) addAll(others, parseNameList(text.slice(lender.index + lender[0].length)));
  }
  // "a £750k Innovate UK grant", "$4M NIH grant": the name between the money and "grant" awards it.
  if (low.includes('grant') || low.includes('award')) {
    GRANTOR.lastIndex = 0;
    while ((m = GRANTOR.exec(text)) !== null) addAll(others, parseNameList(m[1]!.trim().replace(PROGRAMME_WORDS, '')));
  }
  // "Investors in the round: Sequoia Capital (lead), Abstract Ventures": a lead marked in brackets.
  if (text.includes('(lead') || text.includes('(co-lead')) {
    const re = /([\p{Lu}\d][\p{L}\d.&'’-]*(?:\s+[\p{Lu}\d&][\p{L}\d.&'’-]*){0,4})\s*\((?:co-)?lead(?:\s+investor)?\)/gu;
    while ((m = re.exec(text)) !== null) addAll(leads, parseNameList(m[1]!));
  }
  // "raised $60M (Series D, Ribbit)": a name after the round inside the brackets is its investor.
  if (text.includes('(')) {
    ROUND_PAREN.lastIndex = 0;
    while ((m = ROUND_PAREN.exec(text)) !== null) if (!/\b(?:led|from)\b/i.test(m[1]!)) addAll(others, parseNameList(m[1]!));
  }
  dropAcronyms(leads, others);
  const leadKeys = new Set(leads.map((l) => l.toLowerCase()));
  return { leads, others: others.filter((o) => !leadKeys.has(o.toLowerCase()) && !leads.some((l) => sameInvestor(l, o))) };
}
