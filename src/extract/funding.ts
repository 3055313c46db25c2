import type { ExtractedEvent } from '../types.js';
import { companyKey } from '../resolve/company-key.js';
import type { Doc } from './doc.js';
import { splitSentences } from './text.js';
import { blankEvent, cased, clamp, fullestName, isAnaphor, tailWords } from './event.js';
import { toUsd } from './fx.js';
import { addInvestors, dropAcronyms, findInvestors, INVESTOR_PHRASE, parseNameList, sameInvestor } from './investors.js';
import { findMoney, type Money } from './money.js';
import { headlineSubject, leadingSubject, looksLikePerson, objectName, recase, subjectName, titleCaseSubject } from './names.js';
import { isBackground, isFundRaise, isPublicOffering, isReported, isRumour, raisesSomethingElse } from './negatives.js';
import { detectRound, type RoundInfo } from './rounds.js';
import { isPlace } from './titles.js';
import { siteCompany } from './people.js';

// Funding rounds: "<Company> raises|secures|lands|closes … <amount|round>", the newswire
// "<Company>, the leader in …, today announced it has raised …", and the investor-first
// headline "<Investor> leads $28M Series B in <Company>".

const GERUND_RAISE = /\b(?:raising|landing|securing|bagging|netting)\s/;
const WITH_GERUND = /(\b(?:with|and)\s+(?:[\p{L}-]+\s+){0,6}?\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,3},?)\s+(raising|landing|securing|bagging|netting)(?=\s+(?:[A-Z]{1,3})?[$€£¥₹R]?\s?\d)/gu;
const PAST: Record<string, string> = { raising: 'raised ', landing: 'landed ', securing: 'secured ', bagging: 'bagged ', netting: 'netted ' };
// Verbs that carry a raise on their own ("Acme lands $20M").
const STRONG_VERBS =
  'raises|raised|secures|secured|closes|closed|lands|landed|' +
  // Plural subjects: "Sara Hooker and Sudip Roy secure $50 million" (never after "to": "plans to raise").
  'raise|secure|land|bag|' +
  'bags|bagged|nabs|nabbed|snags|snagged|grabs|grabbed|pulls in|pulled in|rakes in|raked in|hauls in|hauled in|reels in|reeled in|banks|banked|scores|scored|clinches|clinched|nets|netted|scoops|scooped|snares|snared|collects|collected|garners|garnered|brings in|brought in' +
  // French, German, Spanish and Portuguese wires: "Pennylane lève 75 millions d'euros", "Flink sammelt 150 Millionen Dollar ein".
  '|lève|lèvent|a levé|ont levé|avoir levé|sammelt|sammeln|hat eingesammelt|haben eingesammelt|hat eingeworben|levanta|levantó|recauda|recaudó|capta|captou|cierra|fecha' +
  "|anunció el cierre de|anuncia el cierre de|anuncia o fechamento de|annonce la clôture d['’]une|a bouclé|boucle";
// Verbs that need a funding word nearby ("Acme gets $5M in seed funding", "announces Series A").
const WEAK_VERBS =
  'bekommt|erhält|erhielt|hat erhalten|hat bekommen|obtiene|obtuvo|recebe|recebeu|obtient|a obtenu|acquires|acquired|has acquired|is announcing|announcing|mops up|mopped up|fundraises|fundraised|has fundraised|fetches|fetched|gets|got|receives|received|attracts|attracted|completes|completed|announces|announced|wins|won|emerges from stealth with|emerged from stealth with|emerges raising|emerged raising|emerges with|comes out of stealth with|came out of stealth with|exits stealth with|launches with|launched with|debuts with|unveils|unveiled|obtains|obtained|seals|sealed|draws|drew|takes in|took in|adds|added|extends|extended|tops up|topped up|expands|expanded|books|booked|inks|inked|locks in|locked in|locks up|locked up|wraps up|wrapped up|wraps|wrapped|finishes|finished|finalizes|finalized|finalises|finalised|gains|gained|picks up|picked up|unlocks|unlocked|confirms|confirmed|announce|awarded|is awarded|was awarded|has been awarded|takes|took';
const VERB = new RegExp(`\\b(?:(${STRONG_VERBS})|(${WEAK_VERBS}))\\b`, 'gi');
const FILLER =
  /^\s*(?:(?:a|an|the|its|their|another|additional|new|fresh|further|(?:the\s+)?(?:successful\s+)?(?:closing|close|completion|first close|final close)\s+of|nearly|almost|about|around|approximately|roughly|c\.|ca\.|circa|approx\.|over|more than|up to|some|close to|just under|just over|under|whopping|reported|hefty|massive|mega|huge|big|oversubscribed|first|initial|second|latest|its first|undisclosed|an undisclosed amount (?:of|in)|rs|inr|(?:hundreds|tens) of millions of (?:yuan|dollars|euros|pounds|rupees|yen|won)(?:\s+in)?)\s+)*/i;
const FUNDING_NOUN =
  /^(?:[\w$€£¥₹.,+'’-]+\s+){0,5}?(?:funding|financing|investment|round|capital|seed(?![\s-]*(?:samples?|packets?|banks?|vaults?|varieties|stock|oil)\b)|pre-seed|series[\s-][a-j]\b|grant|venture debt|debt|backing|cash injection|venture|raise|fundraise|fundraising|convertible notes?|crowdfunding|money|fresh funds|credit line|credit facility|line of credit|loan|facility|term loan|levée de fonds|tour de table|finanzierungsrunde|ronda|rodada)\b(?!\s+(?:team|teams|management|manager|managers|banking|committee|strategy|strategies|professionals?|officer|arm|division|unit|platform|office|markets|advis[eo]r|partner|studio|portfolio|solutions?|services?)\b)/i;
const ACQUIRED_FUNDING = /^\s*(?:(?:a|an|new|fresh|its|their|additional)\s+)?(?:(?:[$€£¥₹][\d.,]+\s*(?:[mbk]n?|million|billion)?|\d[\d.,]*\s*(?:[mbk]n?|million|billion|crore))\s+(?:in\s+|of\s+)?)?(?:(?:pre-seed|seed|angel|series [a-j]|bridge|venture|growth)\s+)?(?:funding|financing|investment|round)\b/i;
const FUNDING_CONTEXT = /\b(?:funding|financing|investment|round|seed|series [a-j]|investors?|led by|backed|venture|grant|capital|debt|credit|facility|loan|fresh funds|finanzierung\w*|investoren|kapital|ronda|rodada|inversión|investimento|levée|tour de table)\b/i;
// "obtained fully committed debt financing from a syndicate of banks to fund the cash portion": money for a deal, not a round.
// So is money raised to pay down old debt ("raises $900 million through convertible notes to pay down debt"),
// and an existing facility pushed out a few years ("extends $1.5B revolving credit facility to 2030").
const FOR_A_DEAL = /\bto\s+(?:fund|finance|pay for|help fund|help finance)\s+(?:the\s+|its\s+|a\s+)?(?:cash\s+portion|cash\s+consideration|purchase\s+price|acquisition|purchase|transaction|takeover|buyout|merger|deal)\b|\bto\s+(?:pay\s+down|repay|retire|redeem|refinance)\s+(?:its\s+|existing\s+|outstanding\s+|some\s+)*(?:debt|bonds|notes|loans|borrowings)\b|\bfacility\s+(?:to|until|through)\s+20\d\d\b/i;
// "Thrive Capital leads $300 million bet on Bytecraft"; "Stride Ventures extends Rs 50 crore venture debt to Voltcharge".
const PARTICIPATES_IN = /\b(?:participates|participated|participation|takes part|took part)\s+in\s+((?:[^.;]|\.\d){2,80}?\b(?:round|financing|funding|raise))\s+(?:of|for|in)\s+(?=[\p{Lu}\d])/iu;
// "Munich Re has made a $23 million strategic investment in relayr"
const MADE_INVESTMENT = /\b(?:made|makes|is making|has made)\s+((?:an?\s+)?(?:[^.;]|\.\d){0,60}?\binvestment)\s+in\s+/;
// ("Finnfund and DFC have jointly committed $15 million to Kentegra Biotechnology": a commitment is made "to" a company.)
const INVESTOR_FIRST = /\b(?:leads?|co-leads?|led|invests?|invested|investing|bets|pours|poured|puts|injects|injected|pumps|pumped|extends|extended|provides|provided|commit|commits|committed)\b((?:[^.;]|\.\d){0,80}?)\b(?:in|into|(?<=\bbet\s)on|(?<=\b(?:debt|loan|credit|facility|financing)\s)to|(?<=\bcommit(?:s|ted)?\s[$€£¥₹]?[\d.,]+\s?(?:[mb]n?|k|million|billion|mln|bln)?\s)to|(?<=\b(?:round|funding|financing|investment)\s)(?:for|of))\s+/;
// "Accel backs Bengaluru-based Tiffinly in $6M seed round"
// "Thoma Bravo-backed Proofpoint" describes the company; it is not a new investment.
const BACKS = /(?<![-\w])(?:[Bb]acks?|[Bb]acked|[Ff]unds|[Ff]unded)\s+/;
const IN_ROUND = /^((?:[\p{Lu}][\p{L}\d.&'’-]*\s*){1,4}(?:,[^,]{3,60},)?)\s+(?:in|closes in on|nears)?\s*(?=[$€£¥₹]|(?:US|C|A|S|HK)\$)[^\s]+\s+(?:(?:million|billion|mn|bn|m)\s+)?(?:[\w-]+\s+){0,2}?(?:funding|financing|investment)\s+round\b/u;
// "… valued at $32 billion in new $500 million funding round": group 2 is the round, with its size when given.
const VALUED_IN_ROUND = /^([^,]{2,60}?)\s+(?:is\s+)?(?:now\s+)?valued at\s+\S+(?:\s+(?:million|billion))?\s+(?:in|after|following|with)\s+(?:a\s+|its\s+)?(?:new\s+|latest\s+|fresh\s+)?((?:(?:[$€£¥₹]|(?:US|C|A|S|HK)\$)\S+\s+(?:(?:million|billion|mn|bn)\s+)?)?(?:funding|financing|investment)\s+round|fundraise|raise)\b/u;
const AFTER_RAISE =
  /^(.{2,80}?)(?:['’]s?)?\s+(?:(?:has\s+)?(?:launche[sd]|launch|debuts|debuted|expands|expanded|emerges|emerged)(?:\s+(?:in|into|across)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?(?=\s+after\s+raising)|becomes?\s+(?:a\s+|an\s+)?(?:unicorn|decacorn)|(?:enters|joins)\s+(?:the\s+)?(?:unicorn|decacorn)\s+club|(?:is\s+)?(?:now\s+)?valued\s+at\s+\S+(?:\s+(?:million|billion))?|valuation\s+(?:soars|jumps|climbs|rises|doubles|triples|hits|reaches|tops)(?:\s+to\s+\S+(?:\s+(?:million|billion))?)?|(?:hits|reaches|tops|doubles)\s+(?:its\s+)?(?:\S+\s+){0,2}valuation(?:\s+to\s+\S+)?)\s+(?:after|with|following|on)\s+(?:raising\s+|(?:a|an|its|new|fresh)\s+)*(?:(?:\p{Lu}[\p{L}.&'’]*\s+){0,3}[\p{L}.&'’]+-led\s+)?/iu;
const MONEY_FOR =
  /^(?:(?:[$€£¥₹]|(?:US|C|A|S|HK)\$)\s?\d[\d.,]*\s?(?:(?:million|billion|mn|bn|m|b)\b\s*)?)(?:[\w-]+\s+){0,3}?(?:round|funding|financing|investment|seed|series\s[a-j]\S*|raise)\s+(?:for|in|into|raised\s+by|secured\s+by|bagged\s+by)\s+/i;
const RAISES_AT = /^(.{2,80}?)\s+(?:raises|raised|closes|closed)\s+(?:(?:new\s+)?(?:funding|money|capital)\s+)?at\s+(?:a\s+|an\s+)?\S+\s+(?:(?:million|billion)\s+)?valuation\b/i;
const GENERIC_INVESTORS_POUR = /^(?:investors|vcs|backers|venture capitalists)\s+(?:pour|poured|pump|pumped|plow|plough|put|inject|injected|bet|sink|sank)\s+(\S+(?:\s+(?:million|billion))?)\s+(?:more\s+)?into\s+/i;
const ANNOUNCED_THAT_IT =
  /^(?:announce[sd]?|confirm(?:s|ed)?|reveal(?:s|ed)?|disclos(?:es|ed))\s+(?:today\s+)?(?:that\s+)?(?:it|the company|they|we)\s+(?:has\s+|have\s+|had\s+)?(?:now\s+|successfully\s+|also\s+|officially\s+)?$/i;
const POSSESSIVE_ROUND = /([\p{Lu}][\p{L}\d.&-]*(?:\s+[\p{Lu}][\p{L}\d.&-]*){0,3})['’]s\s+(?:(?:new|latest|fresh|recent)\s+)?(?=[$€£¥₹]|(?:US|C|A|S|HK)\$\s?\d)/u;
const FROM_BACKER = /^\s*(?:in\s+(?:new\s+)?(?:funding|capital|investment)\s+|(?:cash\s+)?(?:boost|injection|infusion|cheque|check|investment|backing)\s+)?(?:from|von|de|da|del|par)\s+(?:investors?\b|backers\b|[\p{Lu}\d])/u;
// "Lovable becomes Europe's fastest-growing startup with $200M Series A": the round rides on another verb.
const WITH_MONEY = /\bwith\s+(?:(?:a|an|its|fresh|new)\s+)?(?=[$€£¥₹]|(?:US|USD|EUR|GBP|CHF|C|A|S|HK)\$?\s?\d|\d)/g;

// Money that is not investment: contracts and orders won, charity drives.
const NOT_FUNDING =
  /^\s*(?:the\s+)?(?:[\w-]+\s+)?round\s+of\s+(?!(?:new\s+|fresh\s+)?(?:funding|financing|investment|capital|venture|seed|growth)\b|(?:nearly|about|around|over|up to|more than|approximately|roughly|some)?\s*(?:[$€£¥₹]|(?:US|RMB|CNY|INR|Rs|EUR|GBP)\b|\d))|^\s*(?:[$€£¥₹\d][\w$€£¥₹.,-]*\s+)?(?:[A-Z][\w.&'’:-]*\s+){1,4}(?:deal|acquisition|takeover|buyout|purchase)\b|^\s*(?:[\w$€£¥₹.,-]+\s+){0,4}?(?:contracts?|orders?|tenders?|purchase orders?|deals? with|agreements?|[\w$€£¥₹.,\s-]{0,40}?\bto refinance\b|refinancing|(?:minority\s+|majority\s+|controlling\s+)?(?:stake|stakes|position|shares)\s+(?:in|of)\b|settlements?|judgments?|sponsorships?|prize|award from|revenue|sales|bookings|donations?|acquisitions?|mergers?|takeovers?|purchase of|deal to (?:buy|acquire)|for (?:local |the )?(?:charity|charities|food banks?|victims|relief|hospitals?|schools?|scholarships?|families|nonprofits?|the community|communities|ukraine|refugees))\b|\b(?:charit|donat|fundraiser for|relief fund)/i;

// "Indie horror film 'The Hollow Pines' raises $300,000": a quoted title is a work, not a company.
const quoted = (s: string, name: string): boolean => s.includes(`'${name}'`) || s.includes(`‘${name}’`) || s.includes(`"${name}"`) || s.includes(`“${name}”`);
const LEADING_BACKERS = /^((?:in a|in an|in its)\s+(?:[\w$€£.-]+\s+){0,3}?(?:round|raise|financing)\s+(?:co-)?led by|backed by|with backing from|funded by)\s+([^,]{2,100}),\s+/i;

// "A 500-mile charity ride … has raised $2 million for the hospital": money for a cause, wherever the sentence says so.
const CHARITY = /\b(?:charit(?:y|ies|able)|donations?|donors|fundraiser|relief fund|bike ride|fun run|marathon|telethon|gofundme)\b/i;
// "Indian Startups Raised $220 Mn This Week": a crowd, not a company.
const CROWD_SUBJECT = /\b(?:startups|companies|firms|founders|businesses|fintechs|unicorns|entrepreneurs|investors|vcs)$|^(?:University|City|County|State|Town|Department|Ministry|Government)\b|\bUniversity$|^["“'‘]/i;

const SAID_IT =
  /^(.*?)\s+(?:said|says|announced|is announcing|announces|confirmed|disclosed|reported|reports|stated)(?:\s+(?:on\s+)?(?:today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|in a statement|in a blog post|in a release|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}))?\s+(?:that\s+)?(?:it|the company)\s+(?:has\s+|had\s+|also\s+|now\s+|just\s+|successfully\s+)*$/;
const ANY_VERB_ROUND = /^(.{2,60}?)\s+(\p{L}+s)\s+(?:a\s+)?(?:US|C|A|S|HK)?[$€£¥₹]\s?[\d.,]+\s?(?:[mbk]n?|million|billion|mln|mn)?\s+(?:[\p{L}-]+\s+){0,2}?(?:series\s+[a-j]\d?|seed|pre-seed|funding|financing|round)\b/iu;
// (Intentions, spending and milestones: "targets $50M Series B", "surpasses $1 billion in funding assets".)
const INTENT_VERB = /^(?:targets|seeks|eyes|plans|mulls|weighs|wants|aims|needs|hopes|considers|explores|loses|burns|spends|invests|pays|owes|reports|posts|books|returns|gives|offers|pledges|commits|donates|launches|opens|closes|surpasses|tops|hits|reaches|crosses|passes|exceeds|nears|manages|oversees|deploys|allocates)$/i;
const KIND_OF_INVESTMENT = /\b(?:growth|strategic|minority|equity)\s+(?:[\w-]+\s+){0,2}investment\s+in\b/i;
const INSTITUTION = /\b(?:University|College|School|Academy|Institute|Hospital|Foundation|Museum|Trust|Charity|Fund|Council|Ministry|Government|Society|Association)\b/;
const INVESTOR_VERB = /lead|led |invest|participat|back|fund|bets|pour|puts|inject|pump|extend|provide|commit/i;
const MONEY_OR_ROUND = /[$€£¥₹]|\d\s?(?:m|mn|bn|million|billion|crore)\b|\bseries\b|\bseed\b|\bround\b/i;

interface Clause {
  company: string;
  fromTitle: boolean;
  sentence: string;
  segment: string; // this clause only: a newsletter sentence may carry several companies
  after: string; // text after the verb, to the end of the sentence
  weak: boolean;
  reported: boolean;
  leadsFromSubject: string[];
  backers: string[]; // investors named as the subject without "leads"
  start: number; // where the clause's subject may begin in the sentence
  verbAt: number;
}

function firstAmount(text: string): Money | null {
  for (const m of findMoney(text)) if (m.kind === 'amount') return m;
  return null;
}

/** A round read from the whole sentence, by one of the shapes without a raising verb. */
function wholeSentence(company: string, fromTitle: boolean, sentence: string, after: string, verbAt: number, reported: boolean): Clause {
  return { company, fromTitle, sentence, segment: sentence, after, weak: true, reported, leadsFromSubject: [], backers: [], start: 0, verbAt };
}


/** Every "<Company> raises …" clause in one sentence (a headline may list two). */
/** `main` (the item's company) may be a function: the headline's subject is read only when a clause refers back to it. */
const FOR_STARTUP = /\bfor\s+(?:their|his|her|a|the)\s+(?:new\s+|stealth\s+)?(?:[\w-]+\s+)?(?:startup|start-up|company|venture)\s+(?=\p{Lu})/u;
// The owner right before a name: "DeepMind’s (David Silver)".
const OWNER_BEFORE = /([\p{Lu}][\p{L}\d.&-]*)['’]s\s+$/u;

// German puts the participle last: "Scalable Capital hat in einer Finanzierungsrunde 50 Millionen Euro eingesammelt"
// is read as "… hat eingesammelt in einer Finanzierungsrunde 50 Millionen Euro".
const GERMAN_HAS = / ha(?:t|ben) /;
const GERMAN_PERFECT = /\b(hat|haben)\s+((?:[^.;]){3,120}?)\s+(eingesammelt|eingeworben|erhalten|bekommen)\b/;

function clausesIn(sentence0: string, fromTitle: boolean, docHasFundingWords: boolean, main: string | null | (() => string | null)): Clause[] {
  let sentence = GERMAN_HAS.test(sentence0) ? sentence0.replace(GERMAN_PERFECT, '$1 $3 $2') : sentence0;
  // "…, with window company Indow Windows raising $1.3 million and start-up Arctic Sand raising $6.2 million": each
  // name with its gerund is a round (read as the past tense, which has as many letters).
  if (sentence.includes('with ') && GERUND_RAISE.test(sentence)) sentence = sentence.replace(WITH_GERUND, (_m, head: string, verb: string) => `${head} ${PAST[verb.toLowerCase()]!}`);
  const mainCompanyOf = (): string | null => (typeof main === 'function' ? main() : main);
  const out: Clause[] = [];
  VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  let from = 0;
  while ((m = VERB.exec(sentence)) !== null) {
    const weak = m[1] === undefined;
    if (/^(?:raise|secure|land|bag)$/i.test(m[0]) && /\b(?:to|will|would|could|may|might|can|cannot|can't|must|should|did|does|do|not|never|help|helps|helped)\s+$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    const afterRaw = sentence.slice(m.index + m[0].length);
    // "Robocash announces plans to raise $5 million": an intention announced, not a round.
    if (weak && /^\s*(?:(?:its\s+|an?\s+)?(?:plans?|intention|intent|aim|bid)\s+to\b)/i.test(afterRaw)) continue;
    if (raisesSomethingElse(afterRaw)) continue;
    // "has acquired pre-seed funding of $300K": a company acquires money only when the funding words come first.
    if (/^(?:has )?acqui/i.test(m[0]) && !ACQUIRED_FUNDING.test(afterRaw)) continue;
    // "Foresight Ventures announces participation in a $10M round of August": the announcer invested (read below).
    if (/^\s*(?:its\s+|their\s+|an?\s+)?(?:participation|investment|involvement)\s+in\b/i.test(afterRaw)) continue;
    const after = afterRaw.replace(FILLER, '');
    const money = firstAmount(after.slice(0, 60));
    const moneyFirst = money !== null && money.start <= 2;
    const nounFirst = FUNDING_NOUN.test(after.slice(0, 70));
    if (!moneyFirst && !nounFirst) continue;
    // "Moniepoint gets $90m from Google's Africa fund": money from a named backer is an investment.
    const fromBacker = moneyFirst && FROM_BACKER.test(after.slice(money.end, money.end + 40));
    if (weak && !nounFirst && !fromBacker && !(docHasFundingWords && moneyFirst)) continue;
    // The amount must be a round, not a fund, an IPO or revenue.
    if (!nounFirst && money && money.kind !== 'amount') continue;
    const prefix = sentence.slice(from, m.index);
    const near = sentence.slice(Math.max(0, m.index - 50), m.index + m[0].length);
    if (isRumour(near)) continue;
    // "Acme, which raised…" is background; "announced that Acme raised" is not.
    if (/\b(?:after|before|since|having|which|that|who|when|while)\s+(?:(?:has|had|have|also|previously|recently|just|once)\s+)?$/i.test(prefix)) continue;
    let company = subjectName(prefix);
    // "Haulmark raises $30M Series C, adds $10M credit facility": the second verb shares the headline's subject.
    if (company && detectRound(company) && /,\s*$/.test(prefix)) company = leadingSubject(sentence);
    // ("Having scaled to the UK and the United States, the startup raised…": the clause after the comma.)
    const bare = prefix.replace(/,\s*$/, '');
    const lastComma = bare.lastIndexOf(', ');
    const tail = tailWords(lastComma >= 0 && /^(?:it|the)\s/i.test(bare.slice(lastComma + 2)) ? bare.slice(lastComma + 2) : bare);
    if ((!company || isAnaphor(tail)) && /\b(?:it|the (?:[\w-]+ ){0,3}?(?:company|startup|firm|platform|provider|business|scaleup|lender|app|maker|developer|brand|unicorn|fintech|biotech))\s+(?:has\s+|had\s+|also\s+|now\s+|today\s+|yesterday\s+|officially\s+|successfully\s+|just\s+|recently\s+|finally\s+)*$/i.test(prefix)) {
      // "Anthropic said on Tuesday it raised…": the speaker is the company.
      const mainCompany = mainCompanyOf();
      const said = mainCompany ? null : SAID_IT.exec(prefix);
      company = mainCompany ?? (said ? subjectName(said[1]!) : null);
    }
    // "We raised €2.5M pre-seed to build Gridlark": a founder's "we" names the company it builds.
    if (!company && /(?:^|[.!?]\s+|\s)(?:we|we['’]ve|we have|we['’]re|we are)(?:\s+(?:just|finally|officially|also|now))*\s*$/i.test(prefix)) {
      const built = /^(?:[^.!?]|\.\d){0,60}?\b(?:to build|to launch|to scale|to grow|for)\s+(?=\p{Lu})/u.exec(afterRaw);
      company = mainCompanyOf() ?? (built ? objectName(afterRaw.slice(built[0].length)) : null);
    }
    // "Former Cohere execs Sara Hooker and Sudip Roy secure $50 million seed round for their new startup Adaption Labs":
    // founders raise for the company the round is for.
    const forStartup = afterRaw.includes(' for ') ? FOR_STARTUP.exec(afterRaw.slice(0, 120)) : null;
    if (forStartup && (!company || looksLikePerson(company) || / and /.test(tailWords(prefix)))) company = objectName(afterRaw.slice(forStartup.index + forStartup[0].length));
    // ("DeepMind’s David Silver just raised $1.1B": a person at a company is not who raised; the body says who did.)
    else if (company && (prefix.includes("'s ") || prefix.includes('’s ')) && looksLikePerson(company)) {
      const owner = OWNER_BEFORE.exec(prefix.slice(0, prefix.lastIndexOf(company)));
      if (owner && !isPlace(owner[1]!)) continue;
    }
    if (!company) continue;
    // (The subject's own description is not what was raised: "Nigerian fund manager Acme raises…".)
    const named = prefix.lastIndexOf(company);
    const clause = `${named >= 0 ? prefix.slice(named + company.length).slice(-80) : prefix.slice(-80)} ${m[0]} ${afterRaw.slice(0, 120)}`;
    // The offering test reads only this clause ("raises $60M Series D, eyes IPO" is a round).
    const own = /^(?:[^,;.]|\.\d)*/.exec(afterRaw)![0];
    if (isFundRaise(company, clause) || isPublicOffering(own) || FOR_A_DEAL.test(afterRaw.slice(0, 160)) || NOT_FUNDING.test(afterRaw.slice(0, 90)) || CHARITY.test(sentence) || CROWD_SUBJECT.test(company) || isPlace(company) || quoted(sentence, company)) continue;
    // The clause starts at its subject, so a newsletter's previous blurb in the same sentence stays out.
    const subjAt = sentence.lastIndexOf(company.split(' ')[0]!, m.index);
    out.push({ company, fromTitle, sentence, segment: '', after: afterRaw, weak, reported: isReported(near), leadsFromSubject: [], backers: [], start: subjAt >= from ? subjAt : from, verbAt: m.index });
    from = m.index + m[0].length;
  }
  // "Acme today announced it has raised…": the announcement and the raise are one clause, the
  // raise's, with the announcer as its subject (reading both did the same work twice).
  for (let i = out.length - 2; i >= 0; i--) {
    const c = out[i]!;
    const n = out[i + 1]!;
    if (c.weak && !n.weak && ANNOUNCED_THAT_IT.test(sentence.slice(c.verbAt, n.verbAt))) {
      n.company = c.company;
      n.start = c.start;
      n.reported = n.reported || c.reported;
      out.splice(i, 1);
    }
  }
  // Each clause reaches from where its subject may start to where the next clause's subject starts.
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    const next = out[i + 1];
    let end = sentence.length;
    if (next) {
      const subj = sentence.lastIndexOf(next.company.split(' ')[0]!, next.verbAt);
      end = subj > c.verbAt ? subj : next.verbAt;
    }
    c.segment = sentence.slice(c.start, end);
    c.after = sentence.slice(c.verbAt, end);
  }
  if (out.length === 0 && INVESTOR_VERB.test(sentence) && (MONEY_OR_ROUND.test(sentence) || KIND_OF_INVESTMENT.test(sentence))) {
    // "Index Ventures leads $28M Series B in Northwind Analytics"
    // "Foresight Ventures participates in $10M Series A round of August": the company after the round.
    let inv =
      (sentence.includes('articipat') || sentence.includes('part in') ? PARTICIPATES_IN.exec(sentence) : null) ??
      (sentence.includes('investment in') ? MADE_INVESTMENT.exec(sentence) : null) ??
      INVESTOR_FIRST.exec(sentence);
    let company: string | null = null;
    let terms = '';
    // ("Sequoia Capital made a minority growth capital investment in Charlotte Tilbury": the kind of investment says it.)
    if (inv && (firstAmount(inv[1]!) || detectRound(inv[1]!) || (inv[0].includes('investment') && /\b(?:growth|strategic|minority|equity|significant|undisclosed|venture)\b/i.test(inv[1]!)))) {
      const after = sentence.slice(inv.index + inv[0].length);
      // "are investing more than $32 million in a Series B funding round to help …": the round, not a company,
      // follows "in"; the company is named after it ("round for Lion TCR") or is the item's.
      const round = /^(?:a|an|the|its|their)\s+(?:[^.;]{0,60}?\s)?(?:(?:funding|financing|investment)\s+)?(?:round|financing|raise|funding)\b(?:\s+(?:for|in|into|of)\s+(?=\p{Lu}))?/iu.exec(after);
      company = !round ? objectName(after) : round[0].endsWith(' ') ? objectName(after.slice(round[0].length)) : mainCompanyOf();
      terms = inv[1]!;
    } else if ((inv = BACKS.exec(sentence))) {
      const rest = sentence.slice(inv.index + inv[0].length);
      // ("have backed a $20 million Series A funding round for Singaporean biotech developer Lion TCR")
      const roundFor = /^(?:a|an|the|its)\s+(?:[^.;]{0,60}?\s)?(?:round|financing|raise|investment)\s+(?:for|in|into)\s+/i.exec(rest);
      company = roundFor ? objectName(rest.slice(roundFor[0].length)) : objectName(rest);
      terms = rest;
      if (!(firstAmount(rest.slice(0, 80)) || detectRound(rest.slice(0, 80)))) company = null;
    }
    // ("The Gates Foundation committed $10 million to Stanford University": a gift to an institution is no round.)
    if (inv && company && /^commit/i.test(sentence.slice(inv.index)) && INSTITUTION.test(company)) company = null;
    if (inv && company && !isPlace(company) && !isRumour(sentence)) {
      // The investors are the subject: "Greenoaks and Index invest…", "Sequoia leads…".
      // ("Singapore VC Granite Asia leads…": the description in front is not the name.)
      // ("The gossips were true, and Sequoia Capital has indeed poured £38m into Graphcore")
      const investors = parseNameList(sentence.slice(0, inv.index).replace(/^.*[:—–]\s+/, '').replace(/^.*\bthat\s+(?=\p{Lu})/u, '').replace(/^.*,\s+(?:and|but|while|as)\s+(?=\p{Lu})/u, '').replace(/\s+(?:has|have|had)(?:\s+(?:indeed|now|also|just|reportedly|finally|officially|jointly|together))?\s*$/, ''))
        .map((n) => (/(?:^|\s)(?:VC|VCs|\p{Ll}[\p{Ll}-]+)\s/u.test(n) ? subjectName(n, false) ?? n : n))
        .filter((n) => companyKey(n) !== companyKey(company));
      if (investors.length > 0) {
        const leads = /^(?:leads?|co-leads?|led)\b/i.test(sentence.slice(inv.index));
        out.push({
          company, fromTitle, sentence, segment: sentence, after: terms, weak: true, reported: isReported(sentence),
          leadsFromSubject: leads ? investors : [], backers: leads ? [] : investors, start: 0, verbAt: inv.index,
        });
      }
    }
  }
  if (out.length === 0 && fromTitle) {
    // Verbless headlines: "Voltcell, a battery startup, in $30 million funding round led by Temasek";
    // "Perplexity valued at $9 billion in latest funding round" (a round whose size is not given —
    // the valuation is never the amount).
    const m = IN_ROUND.exec(sentence) ?? VALUED_IN_ROUND.exec(sentence);
    const company = m && !isRumour(sentence) ? subjectName(m[1]!) : null;
    if (m && company) {
      // A valuation is never the amount: the round's own terms start after it.
      const valued = m[2] !== undefined ? sentence.slice(m.index + m[0].length - m[2].length) : null;
      out.push(wholeSentence(company, fromTitle, sentence, valued ?? sentence.slice(m.index + m[1]!.length), m.index + m[1]!.length, isReported(sentence)));
    }
  }
  // ("Zeta, a provider of banking software, is now valued at $2 billion after raising $50 million": a lead says it too.)
  if (out.length === 0 && (fromTitle || ((sentence.includes('valued at') || sentence.includes('after raising')) && !isBackground(sentence)))) {
    // "Acme becomes a unicorn after raising $80M", "Acme's valuation soars to $5B after $300M raise":
    // the headline's news is the valuation, the round rides on "after"/"with".
    const m = AFTER_RAISE.exec(sentence);
    const rest = m ? sentence.slice(m.index + m[0].length) : '';
    const money = m ? firstAmount(rest.slice(0, 30)) : null;
    const company = money && money.start === 0 && !isRumour(sentence) ? subjectName(m![1]!) : null;
    if (company) out.push(wholeSentence(company, fromTitle, sentence, rest, m![0].length, isReported(sentence)));
  }
  // "Kardigan fashions $254M series B", "Acme Pockets $12M Seed": any verb between a headline's subject and its
  // round, when the money and the kind of round follow at once.
  if (out.length === 0 && fromTitle) {
    const m = ANY_VERB_ROUND.exec(sentence);
    const company = m && !isRumour(sentence) && !INTENT_VERB.test(m[2]!) ? subjectName(m[1]!) : null;
    const terms = m ? sentence.slice(m.index + m[1]!.length) : '';
    if (m && company && !isPlace(company) && !isFundRaise(company, terms) && !isPublicOffering(terms) && !NOT_FUNDING.test(terms.replace(/^\s*\S+\s+/, ''))) out.push(wholeSentence(company, fromTitle, sentence, sentence.slice(m.index + m[1]!.length), m[1]!.length, isReported(sentence)));
  }
  if (out.length === 0 && fromTitle) {
    // "$100M Series B for Tessl, the AI-native software startup": the money opens the headline.
    const m = MONEY_FOR.exec(sentence);
    // The name ends the phrase after "for": "Berlin's Qonto rival Finom" is Finom.
    // ("$54 M Series A1 funding raised by EV charging infra firm CHARGE+ZONE": the name after "raised by", too.)
    const phrase = m ? sentence.slice(m[0].length).split(/,|\s(?:to|as|in|amid|after|with|from|led)\s/)[0]! : '';
    const company = m && !isRumour(sentence) && !isFundRaise('', m[0]) ? subjectName(phrase) ?? objectName(phrase) : null;
    if (company) out.push(wholeSentence(company, fromTitle, sentence, m![0], 0, isReported(sentence)));
  }
  if (out.length === 0 && fromTitle) {
    // "Clay raises at $3.1B valuation": a round whose size is not given.
    const m = RAISES_AT.exec(sentence);
    const company = m && !isRumour(sentence) ? subjectName(m[1]!) : null;
    if (company) out.push(wholeSentence(company, fromTitle, sentence, sentence.slice(m!.index + m![0].length), m![1]!.length, isReported(sentence)));
  }
  if (out.length === 0 && GENERIC_INVESTORS_POUR.test(sentence)) {
    // "Investors pour $100 million into battery startup Voltcell"
    const m = GENERIC_INVESTORS_POUR.exec(sentence)!;
    const company = isRumour(sentence) ? null : objectName(sentence.slice(m.index + m[0].length));
    if (company) out.push(wholeSentence(company, fromTitle, sentence, m[1]!, m.index, isReported(sentence)));
  }
  if (out.length === 0 && (sentence.includes("'s") || sentence.includes('’s'))) {
    // "Acme's $30M Series B will help it expand": the round as the possessor's.
    const pr = POSSESSIVE_ROUND.exec(sentence);
    // Only as the sentence's subject: "weeks after Acme's $40M Series B" is background.
    // A headline may put a label or a descriptor first: "Deal of the day: Taipei proptech HouseWise's $8M seed".
    const lead = pr && pr.index > 0 && fromTitle ? sentence.slice(0, pr.index) : '';
    const described = lead !== '' && /^(?:[^:]{2,30}:\s+)?(?:[\p{Lu}][\p{L}-]*\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u.test(lead) && !/\b(?:after|before|since|following|amid|weeks|months|days|years|with|from|on|of|in|and|than|like)\s+$/i.test(lead.replace(/^[^:]*:\s+/, ''));
    if (pr && (pr.index === 0 || described)) {
      const rest = sentence.slice(pr.index + pr[0].length);
      const money = firstAmount(rest.slice(0, 40));
      const terms = money && money.start === 0 ? rest.slice(money.end, money.end + 40).trimStart() : '';
      const company = money && money.start === 0 && detectRound(terms.slice(0, 30)) && !isRumour(sentence) ? subjectName(pr[1]!) : null;
      if (company) out.push(wholeSentence(company, fromTitle, sentence, rest, pr.index, isReported(sentence)));
    }
  }
  if (out.length === 0 && /^with\s/i.test(sentence)) {
    // "With $30M in new funding, Acme plans to expand"
    const m = /^with\s+(?:(?:a|an|its|fresh|new)\s+)?/i.exec(sentence)!;
    const rest = sentence.slice(m[0].length);
    const money = firstAmount(rest.slice(0, 40));
    const comma = rest.indexOf(', ');
    if (money && money.start === 0 && comma > 0 && comma < 80) {
      const terms = rest.slice(money.end, comma);
      const company = FUNDING_NOUN.test(terms.trimStart()) && !isFundRaise('', terms) && !isRumour(sentence) ? leadingSubject(rest.slice(comma + 2)) : null;
      if (company) out.push(wholeSentence(company, fromTitle, sentence, rest, 0, isReported(sentence)));
    }
  }
  if (out.length === 0 && sentence.includes('with')) {
    WITH_MONEY.lastIndex = 0;
    let w: RegExpExecArray | null;
    while ((w = WITH_MONEY.exec(sentence)) !== null) {
      const rest = sentence.slice(w.index + w[0].length);
      const money = firstAmount(rest.slice(0, 40));
      if (!money || money.start > 0) continue;
      const terms = rest.slice(money.end, money.end + 60).trimStart();
      // The money must be named as a round ("$200M Series A", "$5M in seed funding").
      if (!FUNDING_NOUN.test(terms) || !detectRound(terms.slice(0, 40)) && !/^\s*(?:in\s+)?(?:[\w-]+\s+){0,2}(?:funding|financing|round)\b/i.test(terms)) continue;
      const near = sentence.slice(0, w.index + w[0].length);
      if (isRumour(near) || isFundRaise('', near + terms) || NOT_FUNDING.test(terms)) continue;
      const company = leadingSubject(sentence) ?? (fromTitle ? titleCaseSubject(sentence) : null);
      if (!company) break;
      out.push(wholeSentence(company, fromTitle, sentence, rest, w.index, isReported(near)));
      break;
    }
  }
  return out;
}

// Newsletter shorthand: "Moneta ($7.5M seed, Pioneer Fund)", "Tactile Robotics (Munich) — €30M
// Series B led by Bayern Kapital", "Pyxis Quantum (Toronto) — US$110M Series B. Lead: Temasek."
// (The place may follow a comma instead: "Kassio, Berlin — €24m Series B".)
// (Or a table row: "Tundra Analytics | Stockholm | SEK 250m Series B | Lead: Mälaren Capital".)
const COMPACT_LEFT = /([\p{Lu}][\p{L}\d.&'’-]*(?:\s+[\p{Lu}][\p{L}\d.&'’-]*){0,3})\s*(?:\([^()$€£¥₹]{2,30}\)\s*|,\s+[\p{Lu}][\p{L}.'’ -]{1,25}?\s+(?=[—–])|\|\s*[\p{Lu}][\p{L}.'’ -]{1,25}?\s*(?=\|))?(?:[—–:|-]\s*|\(\s*)(?:[\w'’ ]{0,12}\s)?$/u;
const LABELLED = /^(Leads?|Co-leads?|Lead investors?|Others|Investors|Participants|Also|With|Backers)\s*:\s*/i;

function compactDeals(sentence: string, next: string[], fromTitle: boolean): Clause[] {
  const out: Clause[] = [];
  // "DKK 180m (~€24m) Series B": the converted figure in brackets is the same money, not a second deal.
  const money = findMoney(sentence).filter((m, k, all) => m.kind === 'amount' && !(k > 0 && /^\s*\(\s*[~≈]?\s*(?:approx\.?\s*|about\s*)?$/i.test(sentence.slice(all[k - 1]!.end, m.start))));
  for (let i = 0; i < money.length; i++) {
    const m = money[i]!;
    // "Grado SR60e: $80" is a price; the shorthand is for rounds.
    if ((toUsd(m.value, m.currency) ?? m.value) < 50_000) continue;
    const left = COMPACT_LEFT.exec(sentence.slice(Math.max(0, m.start - 70), m.start));
    if (!left) continue;
    // "Acme Series B: $40M": the round named before the money is not part of the name.
    const roundFirst = /\s+((?:Series\s+[A-J]\d?|Pre-Seed|Seed|Series)(?:\s+(?:Round|Funding|Extension))?)$/i.exec(left[1]!);
    const company = subjectName(roundFirst ? left[1]!.slice(0, roundFirst.index) : left[1]!);
    if (!company || /^(?:Money|Rounds?|Deals?|Funding|Today|This|Plus|Exits?|Moves|Lead|Others)$/i.test(company)) continue;
    const end = i + 1 < money.length ? money[i + 1]!.start : sentence.length;
    let seg = sentence.slice(m.end, end);
    const close = seg.indexOf(')');
    const inParens = /\(\s*(?:[\w'’ ]{0,12}\s)?$/.test(sentence.slice(Math.max(0, m.start - 16), m.start));
    if (inParens && close >= 0) seg = seg.slice(0, close);
    else {
      // The next deal starts where its name does.
      const nextName = /[.;•|]\s+[\p{Lu}][^.;•|]*$/u.exec(seg);
      if (nextName && i + 1 < money.length) seg = seg.slice(0, nextName.index);
    }
    // "Linnea ($26M B)", "Dataloom ($15M A, Battery)": a bare letter after the amount is the series.
    const letter = inParens ? /^\s*([A-J])(?=\s*(?:[,;)]|$))/.exec(seg) : null;
    const r =
      detectRound(seg.slice(0, 40)) ??
      (roundFirst ? detectRound(roundFirst[1]!) : null) ??
      (letter ? detectRound(`Series ${letter[1]}`) : null);
    if (!r && !/\b(?:led by|from|funding|round|investment)\b/i.test(seg)) continue;
    let tail = seg;
    // "Lead: Temasek. Others: In-Q-Tel" continue in the following sentences.
    if (i + 1 >= money.length) for (const n of next) if (LABELLED.test(n)) tail += '; ' + n;
    const leads: string[] = [];
    const others: string[] = [];
    const pieces = tail.replace(/^\s*(?:[\w+-]+\s+){0,3}?(?:round|seed|pre-seed|extension|series\s+[a-j]\S*|[a-j]\b|grant|debt|funding)?\s*/i, '').split(/\s*[;|]\s*|\.\s+/);
    for (const raw of pieces) {
      const piece = raw.replace(/^[,\s]+|[,.\s]+$/g, '');
      if (!piece) continue;
      const lab = LABELLED.exec(piece);
      if (lab) {
        // "Lead: Montmartre Seed, with Pigalle Ventures": the others after "with".
        const [named, joined] = piece.slice(lab[0].length).split(/,?\s+with\s+(?=\p{Lu})/u);
        (/^(?:lead|co-lead)/i.test(lab[1]!) ? leads : others).push(...parseNameList(named!));
        if (joined) others.push(...parseNameList(joined));
        continue;
      }
      const led = /^(.*?)\s+(?:co-)?led\b/i.exec(piece);
      if (led && !/\bled by\b/i.test(piece)) {
        leads.push(...parseNameList(led[1]!));
        continue;
      }
      const inv = findInvestors(piece);
      if (inv.leads.length + inv.others.length > 0) {
        leads.push(...inv.leads);
        others.push(...inv.others);
      } else if (!/\b(?:led|from)\b/i.test(piece)) others.push(...parseNameList(piece));
    }
    out.push({
      company, fromTitle, sentence, segment: '',
      // The clause's own round words, so take() does not read the next deal's round from the sentence.
      after: `${sentence.slice(m.start, m.end)} ${letter ? `Series ${letter[1]}${seg.slice(letter[0].length, 60)}` : seg.slice(0, 60)}${roundFirst ? ` ${roundFirst[1]}` : ''}`,
      weak: true,
      reported: false, leadsFromSubject: leads, backers: others, start: m.start, verbAt: m.start,
    });
  }
  return out;
}

interface Acc {
  event: ExtractedEvent;
  key: string;
  round: RoundInfo | null;
  amount: Money | null;
  leads: string[];
  others: string[];
  fromTitle: boolean;
  bodyConfirms: boolean;
  angels: boolean;
}

// "plus deals from Sweden, Switzerland and Finland": a place is never an investor.
const addNames = (into: string[], names: string[]): void => addInvestors(into, names.filter((n) => !isPlace(n)));

// A later sentence about this round and who took part in it (not a quote, not the company's history).
const LATER_ROUND = /\b(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:round|financing|raise|investment)\b|\binvestors\s+in\s+the\s+round\b/i;
const QUOTED = /["“”]|\b(?:said|says)\b/;

/** Body sentences past the ones read for the round's facts that name its other participants. */
function laterRoundSentences(doc: Doc, read: number): string[] {
  const unread = doc.sentences.slice(read);
  // The sentences a Doc keeps stop after its first few; the rest of the (already trimmed) body follows
  // them, and is split only when it speaks of the round's investors at all.
  const last = doc.sentences[doc.sentences.length - 1];
  const end = last ? doc.body.lastIndexOf(last) : -1;
  const rest = end >= 0 ? doc.body.slice(end + last!.length) : '';
  if (rest.length > 30 && LATER_ROUND.test(rest) && INVESTOR_PHRASE.test(rest)) unread.push(...splitSentences(rest, 40));
  return unread.filter((s) => LATER_ROUND.test(s) && INVESTOR_PHRASE.test(s) && !QUOTED.test(s) && !isBackground(s));
}

export function extractFunding(doc: Doc): ExtractedEvent[] {
  const all = `${doc.title} ${doc.body.slice(0, 1500)}`;
  const docHasFundingWords = FUNDING_CONTEXT.test(all);
  const accs = new Map<string, Acc>();
  const order: string[] = [];
  let main: string | null = null;

  const take = (c: Clause) => {
    let name = cased(doc, c.company, c.fromTitle, true)!;
    name = fullestName(doc, name);
    const key = companyKey(name);
    if (!key) return null;
    let acc = accs.get(key);
    if (!acc) {
      acc = { event: blankEvent('funding', c.sentence), key, round: null, amount: null, leads: [], others: [], fromTitle: c.fromTitle, bodyConfirms: false, angels: false };
      acc.event.company = name;
      acc.event.confidence = (c.fromTitle ? 0.72 : 0.66) - (c.weak ? 0.06 : 0) - (c.reported ? 0.3 : 0);
      accs.set(key, acc);
      order.push(key);
    } else if (!c.fromTitle) acc.bodyConfirms = true;
    const body = c.after;
    if (/\b(?:angel investors|angels|business angels|angel network)\b/i.test(body)) acc.angels = true;
    if (!acc.amount) acc.amount = firstAmount(body);
    if (!acc.round || acc.round.round === 'unknown') {
      const r = detectRound(body) ?? detectRound(c.sentence);
      if (r && (!acc.round || r.round !== 'unknown')) acc.round = { ...r, qualifier: r.qualifier ?? acc.round?.qualifier ?? null };
    }
    const inv = c.segment || c.backers.length + c.leadsFromSubject.length === 0 ? findInvestors(c.segment || c.sentence) : { leads: [], others: [] };
    const re = (n: string) => (c.fromTitle && doc.shout ? recase(n, doc.body) : n);
    addNames(acc.leads, [...c.leadsFromSubject, ...inv.leads].map(re));
    addNames(acc.others, [...c.backers, ...inv.others].map(re));
    return acc;
  };

  let titleClauses = clausesIn(doc.title, true, docHasFundingWords, null);
  // "Acme Series B: $40M led by Accel": the newsletter shorthand, as a headline.
  if (titleClauses.length === 0 && /[—–:(]/.test(doc.title)) titleClauses = compactDeals(doc.title, [], true);
  for (const c of titleClauses) {
    const acc = take(c);
    if (acc && !main) main = acc.event.company;
  }
  // "In a round co-led by Accel and Lightspeed, Portside raises…", "Backed by Khosla Ventures, Ferrox closes…":
  // the backers open the headline, before the company.
  const opener = titleClauses.length > 0 ? LEADING_BACKERS.exec(doc.title) : null;
  if (opener && main) {
    const acc = accs.get(companyKey(main)!)!;
    const names = parseNameList(opener[2]!);
    addNames(/led/i.test(opener[1]!) ? acc.leads : acc.others, names);
  }
  const titleHadEvent = accs.size > 0;
  // "Paris-based biotech Woodoo is turning wood into … / It has raised $31 million": a headline about
  // the company (with no raise in it) is what the body's "it" refers to.
  // (Read only when a clause refers back: reading the headline's subject is not free.)
  let headline: string | null | undefined;
  const headlineCompany = (): string | null => (headline === undefined ? (headline = headlineSubject(doc.title) ?? siteCompany(doc)) : headline);
  let current: Acc | null = main ? accs.get(companyKey(main)!) ?? null : null;
  // With the headline's round known, the body's first sentences carry the rest of its facts.
  const scan = titleHadEvent && !doc.digest ? Math.min(doc.sentences.length, 6) : doc.sentences.length;
  for (let si = 0; si < scan; si++) {
    const s = doc.sentences[si]!;
    let cs = clausesIn(s, false, docHasFundingWords, current?.event.company ?? main ?? headlineCompany);
    if (cs.length === 0 && (!titleHadEvent || doc.digest) && /[—–:(|]/.test(s)) cs = compactDeals(s, doc.sentences.slice(si + 1, si + 3), false);
    if (cs.length > 0 && isBackground(s) && !/\btoday\b|\bannounced\b/i.test(s)) continue;
    let used = false;
    // Words before this sentence's first clause still describe the previous company's round.
    if (cs.length > 0 && cs[0]!.start > 0 && current && INVESTOR_PHRASE.test(s.slice(0, cs[0]!.start))) {
      const inv = findInvestors(s.slice(0, cs[0]!.start));
      addNames(current.leads, inv.leads);
      addNames(current.others, inv.others);
    }
    for (const c of cs) {
      const key = companyKey(cased(doc, c.company, false, true));
      const known = key !== null && (accs.has(key) || [...accs.keys()].some((k) => key.startsWith(k)));
      // A round-up's headline names one of its deals; the others are news too.
      if (!known && titleHadEvent && !doc.digest) continue;
      const acc = take(c);
      if (acc) {
        current = acc;
        used = true;
        if (!main) main = acc.event.company;
      }
    }
    // Sentences about "the round" fill in what the clause left out (lead investor, round).
    // "Battery Ventures led; Dataloom previously raised a $4M seed…": only the background clause is skipped.
    const fill = used || !current ? '' : s.includes('; ') && isBackground(s) ? s.split(/;\s+/).filter((c) => !isBackground(c)).join('; ') : s;
    if (current && fill && /\b(?:round|funding|financing|investment|placement|raise|led|participat\w*|investors?|backers|included|series [a-j]|seed|also joined|also invested|invested|took part|facility|credit line|loan|debt|grant|award|provided by|thanks to|thank you to)\b/i.test(fill) && !isBackground(fill)) {
      if (INVESTOR_PHRASE.test(fill)) {
        const inv = findInvestors(fill);
        addNames(current.leads, inv.leads);
        addNames(current.others, inv.others);
      }
      // "The extension was led by QED": a qualifier the headline's round did not carry.
      if (current.round && !current.round.qualifier) {
        const q = detectRound(fill);
        if (q?.qualifier && (q.round === 'unknown' || q.round === current.round.round)) current.round = { ...current.round, qualifier: q.qualifier };
      }
      if (!current.round || current.round.round === 'unknown') {
        const r = detectRound(fill);
        if (r && r.round !== 'unknown') current.round = { ...r, qualifier: r.qualifier ?? current.round?.qualifier ?? null };
        else if (r && !current.round) current.round = r;
      }
      if (!current.amount && /\b(?:raise|raised|round|funding|financing|investment)\b/i.test(fill)) current.amount = firstAmount(fill);
    }
  }

  // A press release often names the rest of the round further down, after the quotes:
  // "Yarden Ventures and Meridian Crest joined the round as new investors, alongside …".
  if (accs.size === 1 && current) {
    for (const s of laterRoundSentences(doc, titleHadEvent ? scan : doc.sentences.length)) {
      const inv = findInvestors(s);
      addNames(current.leads, inv.leads);
      addNames(current.others, inv.others);
    }
  }

  const out: ExtractedEvent[] = [];
  for (const key of order) {
    const acc = accs.get(key)!;
    const e = acc.event;
    e.round = acc.round?.round ?? 'unknown';
    // Money only from unnamed angels is an angel round.
    // "from Menlo Ventures, Box Group and a handful of angels" is not: a named firm took part.
    if (e.round === 'unknown' && acc.angels && acc.leads.length === 0 && acc.others.every((o) => looksLikePerson(o))) e.round = 'angel';
    e.roundQualifier = acc.round?.qualifier ?? null;
    if (acc.amount) {
      e.amount = acc.amount.value;
      e.currency = acc.amount.currency;
      e.amountText = acc.amount.text;
      e.amountUsd = toUsd(e.amount, e.currency);
    }
    const leads = acc.leads.filter((l) => companyKey(l) !== key);
    const others = acc.others.filter((o) => companyKey(o) !== key && !leads.some((l) => sameInvestor(l, o)));
    dropAcronyms(leads, others);
    e.leadInvestors = leads;
    e.investors = [...leads, ...others];
    let conf = e.confidence;
    if (acc.amount) conf += 0.1;
    if (acc.round && acc.round.round !== 'unknown') conf += 0.06;
    if (acc.fromTitle && acc.bodyConfirms) conf += 0.1;
    if (leads.length > 0) conf += 0.03;
    e.confidence = clamp(conf);
    // A few hundred dollars is a price or a prize, not a round.
    if (e.amountUsd !== null && e.amountUsd < 10_000) continue;
    out.push(e);
  }
  return out;
}
