import { VEHICLE_KINDS } from './money.js';
// Things that look like trigger events and are not: listicles and advice, opinion and
// analysis, rumours, a VC raising its own fund, public-market offerings, departures.
// The extractors ask these before they report anything.

// "The 10 biggest rounds this week", "Top 5 CMOs to watch", "7 lessons from our seed round".
const LISTICLE =
  /^(?:the\s+)?(?:top\s+)?\d{1,3}\s+(?:of\s+the\s+)?(?:biggest|largest|top|best|hottest|most|notable|big|key|major|new|fastest|startups?|companies|funding|rounds?|deals?|things|ways|tips|lessons|reasons|questions|mistakes|trends|vcs|investors|founders|cmos|ctos|ceos|cfos|execs|executives|leaders|women|people|fintechs?|ai|european|us|uk|b2b|saas|signs|steps|strategies|takeaways|tools|hires|moves|appointments|acquisitions)\b|^top\s+\d+|^(?:the\s+)?(?:biggest|largest|top)\s+(?:\w+\s+){0,2}(?:rounds|deals|raises|acquisitions|hires|funding rounds)\b|\bto watch\b|\byou should know\b/i;

// Questions, explainers and how-tos are about raising, not a raise.
const ADVICE =
  /^(?:how|why|what|when|where|should|can|could|is|are|do|does|did|will|would|which|who)\b|\?\s*$|\?\s+(?:\S+\s*){1,5}$|\b(?:guide|tips|lessons|playbook|checklist|explained|explainer|step-by-step|everything you need|mistakes|advice|template|how we|how i|what i learned|what we learned|ask an? \w+)\b/i;

const OPINION =
  /^(?:opinion|op-ed|analysis|commentary|column|editorial|perspective|podcast|webinar|video|watch|listen|interview|q&a|review|sponsored|event|events|in depth|deep dive|essay|letter|explainer|newsletter|recap|roundup|round-up)\s*[:|—–-]|(?<!\b(?:by|from|with|and|of)\s)\b(?:episode|ep\.\s*\d+)\b|\b(?:podcast|webinar)\s*(?:#|ep\b|episode)|[|:—–-]\s*(?:the\s+)?(?:\w+\s+)?(?:podcast|webinar)\s*$/i;
// (A headline about a podcast network changing hands is news; "Podcast: …" or "… | The X Podcast" is a show.)
// ("… Seed Funding led by Episode 1": a fund's name, after the words that name backers.)

// "Ten years ago today, Facebook bought WhatsApp": an anniversary of old news.
// ("Acme, which raised $10M six months ago, raises $50M" is news: only an opening look-back counts.)
const RETROSPECTIVE = /^(?:\w+|\d+) (?:years?|decades?) ago\b|\bago today\b|\bon this day\b|\bthis day in\b|\banniversary of\b|^looking back\b|\bretrospective\b/i;

/** Why the headline is not about a single event (listicle, advice, opinion), or null. */
// "Govt cancels Tk 5cr fund for 10 Minute School", "Acme calls off Beta deal": what was undone is no trigger.
const UNDONE = /\b(?:cancels|cancelled|canceled|scraps|scrapped|calls off|called off|pulls back|pulled back|abandons|abandoned)\b/i;

export function headlineNonEvent(title: string): string | null {
  if (LISTICLE.test(title)) return 'listicle';
  if (UNDONE.test(title)) return 'undone';
  if (OPINION.test(title)) return 'opinion';
  // "Who's moving where: …", "Who's new at …", "Who's doing what in the M&A space?": a column, not a question.
  if ((title.includes('ago') || title.includes('day') || title.includes('nniversar') || title.includes('ooking back') || title.includes('etrospective')) && RETROSPECTIVE.test(title)) return 'retrospective';
  // "Why I left Salesforce (and where I'm going next)": a post about the author's own move.
  // ("Will Zemp steps down as CEO": a first name, in a statement with no question mark.)
  const willName = title.startsWith('Will ') && !title.includes('?') && /^Will \p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?\s+\p{Ll}/u.test(title);
  if (ADVICE.test(title) && !willName && !/^(?:[^:?]{2,40}:\s+)?who['’]s (?:moving|moved|new|joining|joined|hiring|hired|in|on the move|doing what|buying|selling|raising|doing deals)\b/i.test(title) && !/^why I(?:['’]m| am| have|['’]ve)? (?:left|joined|joining|leaving|quit|moved)\b/i.test(title)) return 'advice';
  return null;
}

const RUMOUR =
  /\b(?:in (?:early |advanced |preliminary |final )?(?:talks|discussions|negotiations)|talks to|set to raise|plans? to raise|planning to raise|looks? to raise|looking to raise|seeks?|seeking|aims? to raise|aiming to raise|eyes|eyeing|mulls|mulling|considers|considering|explores|exploring|weighs|weighing|could (?:raise|acquire|buy)|may (?:raise|acquire|buy)|might (?:raise|acquire|buy)|(?<!\b(?:said|says|announced|agreed)\b[^.;]{0,25}\b(?:it|they)\s)would (?:raise|acquire|buy)|(?:is|are) raising|nears?|nearing|close to (?:raising|closing|a deal)|rumou?r(?:ed|s)?|sources say|people familiar|according to (?:people|sources|a person)|bid for|bids for|offer for|hostile|approach(?:es|ed)? (?:to buy|about)|courting|in the market for|shopping for|on the block|up for sale|exploring a sale|explore a sale|weighing a sale)\b/i;

/** A rumour or intention, not a done deal ("in talks to raise", "eyes acquisition of"). */
export const isRumour = (clause: string): boolean => RUMOUR.test(clause);

const REPORTED = /\b(?:reportedly|report(?=:)|is said to|are said to|was said to|according to (?:a )?(?:report|filing|filings|sec filing|techcrunch|bloomberg|the information|reuters)|per (?:a )?(?:report|filing)|sources)\b/i;
/** Second-hand ("reportedly raised", "according to a filing"): kept, with lower confidence. */
export const isReported = (clause: string): boolean => REPORTED.test(clause);

const VC_NAME = /\b(?:ventures|venture partners|capital|partners|vc|fund|funds|investments|investors|equity|asset management|growth|angels|syndicate)\s*$/i;
// ("… convertible note to fund a pilot plant": the verb, not a VC's fund.)
const FUND_OBJECT =
  /\b(?<!\bto\s)(?<!\bseries [a-j]\s)(?:fund|(?<!\b(?:fresh|the|new|these|those|of|in|additional|further)\s)funds|fund [ivx]+|vehicle|opportunity fund|growth fund|seed fund|lps|limited partners|commitments|capital commitments|(?:first|second|third|fourth|fifth|sixth|seventh|debut|new|latest|inaugural|flagship|maiden|sophomore|early-stage|climate|venture) (?:fund|vehicle))\b(?!ing|ed|s? (?:the|its) )/i;

const FUND_VEHICLE = new RegExp(`(?:${VEHICLE_KINDS}|new|first|second|third|debut|latest|inaugural|flagship|maiden|dedicated)\\s+vehicle$`, 'i');

/** A venture firm raising its own fund ("Sequoia raises $950M for new seed fund", "closes Fund IV"). */
export function isFundRaise(subject: string, clause: string): boolean {
  // Who the money came from is not what was raised: "gets $90m from Google's Africa fund".
  const fund = FUND_OBJECT.exec(clause.replace(/\b(?:from|(?:co-)?led by|backed by|participation from|including)\b.*$/is, ''));
  // (Only an investment vehicle is a fund: "electric vehicle charging platform Virta has raised" is a company's round.)
  if (fund && (!/vehicle$/i.test(fund[0]) || FUND_VEHICLE.test(fund.input.slice(0, fund.index + fund[0].length)))) return true;
  // "Venrock Fund III wraps on $650M": a numbered fund is a fund whatever words follow.
  if (/\bFund\s+(?:[IVX]{1,4}|\d{1,2})\b/.test(subject)) return true;
  return VC_NAME.test(subject) && !/\b(?:series|seed round|pre-seed|funding round|round of funding)\b/i.test(clause);
}

// Money raised on public markets or as debt securities is not a venture trigger.
const PUBLIC_OFFERING =
  /\b(?:(?<!(?:pre|post)-)ipo|initial public offering|public offering|secondary offering|follow-on offering|direct listing|share sale|stock sale|bond sale|bonds|senior notes|notes offering|notes due|spac|listing on|market debut|trading debut|goes public|rights issue|placing and|share placing|at-the-market|buyback|share repurchase|dividend)\b/i;
// "raised $752 million in its New York listing" (not "its property listing platform").
const NAMED_LISTING = /\b(?:its|an?|the)\s+(?:[A-Z][\w-]*\s+){1,3}listing\b/;
export const isPublicOffering = (clause: string): boolean => PUBLIC_OFFERING.test(clause) || (clause.includes('listing') && NAMED_LISTING.test(clause));

// The verb "raise" in senses other than fundraising.
const RAISE_OTHER =
  /^\s*(?:its\s+|the\s+|full-year\s+|annual\s+)*(?:prices?|rates?|guidance|forecasts?|outlook|concerns?|questions?|awareness|the bar|the stakes|eyebrows|alarm|doubts?|flags?|wages?|salaries|pay|fees|stake|dividend|target|estimates?|expectations|hopes|the price|interest|its game|money for (?:charity|a cause)|funds for (?:charity|victims))\b/i;
export const raisesSomethingElse = (after: string): boolean => RAISE_OTHER.test(after);

const DEPARTURE =
  /\b(?:steps? down|stepping down|step aside|steps aside|resigns|resigned|resigning|resignation|departs|departed|departing|departure|leaves|is leaving|to leave|exits|exiting|to exit|to retire|retires|retiring|retirement|ousted|fired|terminated|parts ways|parting ways|out as|to depart)\b/i;
export const mentionsDeparture = (s: string): boolean => DEPARTURE.test(s);

// Background, not news: "previously raised", "last year", "in 2021". A running total
// ("…, bringing its total funding to $60M") rides on the news; the money reader marks it.
const PAST =
  /\b(?:(?:previous(?:ly)?|prior)(?!\s+(?:[\w-]+\s+)?(?:investors?|backers?|shareholders?)\b|ly announced (?:acquisition|merger|deal|transaction|agreement|purchase|takeover)|(?:ly)?\s+(?:un|in|non)-?[a-z]+(?:able|ed|ible|known|seen|tapped)\b)|formerly(?![^()]{0,60}\))|last (?:year|month|week|spring|summer|fall|autumn|winter)|earlier this year|a year ago|years ago|(?<!(?:founded|established|launched|incorporated|started|created|formed|spun out)\s)in (?:20[0-2]\d|19\d\d)|(?<!\b(?:said|says|announced|confirmed|disclosed|revealed)\b[^.;]{0,40}\b(?:it|they|the company)\s)had (?:raised|acquired)|since (?:its )?(?:founding|inception|launch)|to date|history|has now raised|in total|over the (?:past|last) (?:couple of |few |several |two |three |four |five |\d+ )?(?:years|months|decade))\b/i;
export const isBackground = (s: string): boolean => PAST.test(s);
