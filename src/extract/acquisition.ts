import type { ExtractedEvent } from '../types.js';
import { companyKey } from '../resolve/company-key.js';
import type { Doc } from './doc.js';
import { blankEvent, cased, clamp, fullestName, isAnaphor, tailWords } from './event.js';
import { toUsd } from './fx.js';
import { findMoney, type Money } from './money.js';
import { headlineSubject, leadingSubject, looksLikePerson, objectName, onlyWhereFrom, openingCompany, subjectName, titleCaseSubject, withoutGermanDescriber } from './names.js';
import { isBackground, isRumour } from './negatives.js';
import { detectRound } from './rounds.js';
import { ownedName, siteCompany } from './people.js';
import { isPlace, isTitleWord, readTitle } from './titles.js';
import { foreignDeal, hasForeignDealNouns } from './deals-foreign.js';

// Acquisitions and mergers: "X acquires Y", "X to acquire Y for $N", "Y acquired by X",
// "X buys Y", "X snaps up Y", "X completes acquisition of Y", "X agrees to buy Y",
// "X merges with Y". Decisions: buying a minority stake is not an acquisition, a majority
// or controlling stake is; buying customers, talent, assets or shares is not.

const ACTIVE =
  /\b(?:(?:has|have)\s+)?(?:(?:(?:announce[sd]?|signs?|signed|enters?(?: into)?|entered(?: into)?|reache[sd]|has reached|inks?|inked|strikes?|struck|cuts?|seals?|sealed)\s+(?:an?\s+|a\s+definitive\s+|definitive\s+)?(?:(?:share|stock|merger|purchase|share exchange|share purchase|asset purchase|binding|conditional)\s+)?(?:agreement|deal|plans?|intent(?:ion)?)|agreed|agrees|signed (?:a |an )?(?:definitive )?agreement|announced (?:plans|an agreement|a deal|a definitive agreement|its intent(?:ion)?)|announces (?:plans|an agreement|a deal|a definitive agreement|its intent(?:ion)?)|plans|is set|set|moves|moving|is to|will|is poised)\s+(?:to\s+)?)?(?:(acquire|acquires|acquired|acquiring|swallow|swallows|swallowed|absorb|absorbs|absorbed|takes full ownership of|took full ownership of|(?:makes|made|completes|completed) (?:a |its )?(?:bolt-on|tuck-in|add-on) acquisition of|acqui-hires|acqui-hired|acquihires|acquihired|buy|buys|bought|buying|purchase|purchases|purchased|purchasing|snaps up|snapped up|scoops up|scooped up|picks up|picked up|swoops on|swooped on|takes over|took over|take over|gobbles up|snap up|scoop up|kauft|übernimmt|hat übernommen|adquiere|adquirió|adquire|adquiriu|compra|compró|comprou|rachète|a racheté|acquiert|a acquis|acquisisce|ha acquisito|rileva|köper|har köpt|förvärvar|har förvärvat|køber|har købt|kjøper|har kjøpt|koopt|heeft gekocht|neemt over)|(?:completes|completed|closes|closed|finalizes|finalized|finalises|finalised|announces|announced|confirms|confirmed|agrees|agreed|unveils|wraps up|wrapped up|(?:entered into|enters into|signed|signs|reached|struck|inked)\s+(?:an?\s+)?(?:[\w-]+\s+){0,4}?(?:agreement|deal|deed)\s+(?:for|on))\s+(?:(?:the|its|an|a|their|his|her)\s+)?(?:[$€£¥₹]?[\w.,-]+\s+){0,3}?(acquisition of|purchase of|takeover of|take-private of|buyout of|merger with|merger agreement with|deal (?:to acquire|for)))\s+/gi;
const PASSIVE = /\b(?:has been|have been|had been|was|is|will be|would be|to be|gets|got|being)?\s*(?:(acquired|bought|purchased|snapped up|scooped up|taken over|taken private)\s+(?:(?:in|last|this|on|earlier this)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\w+day|week|month|year)\s+)?by|(sold|sells|sells itself|agrees to sell itself)\s+to|(merged into|merge into|merges into|becomes part of|became part of|is now part of))\s+/gi;
// "sold to customers in 40 countries" is a sale of goods, not of the company.
// "… announced in a blog post Tuesday that it", "… broke an atypical silence to announce that it": the speaker, then "it".
const SPEAKER_IT = /^(.{2,120}?)\s+(?:(?:[\p{Ll}-]+\s+){1,5}?to\s+)?(?:announced|announces|announce|said|says|reports|reported|confirmed|confirms|revealed|disclosed)\b[^.;:]{0,40}?\s+(?:that\s+)?it(?:\s+(?:has|had|would|will))?$/u;
// "to be acquired by an affiliate of Sbar's", "acquired by funds managed by Blackstone": the buyer behind its vehicle.
const BUYER_VEHICLE = /^(?:an?\s+)?(?:affiliate|affiliates|subsidiary|entity|vehicle|investment vehicle|fund|funds|entities)\s+(?:of|(?:managed|advised|controlled|owned|sponsored)\s+by)\s+/i;
const TAKES_OVER_WORK = /^(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:development|operations?|management|running|publishing|distribution|production|maintenance|duties|role|helm|reins|leadership|responsibilit(?:y|ies)|coverage|hosting|stewardship|presidency|chairmanship)\b/i;
const WITH_ACQUISITION = /\s(?:with|through|via)\s+(?:the\s+|its\s+|a\s+)?(?:(?:planned|proposed|pending)\s+)?(?:[$€£¥₹][\d.,]+\s*(?:[mb]n?|million|billion)\s+)?(?:acquisition|purchase|takeover|buyout)\s+of\s+/i;
// "a deal that sees Convergence Partners (acquire …)", "The deal involves Architel of Dallas (buying …)"
const SEES_BUYER = /\b(?:sees|saw|will see|would see|involves|involved|involving)\s+((?:[\p{Lu}\d][\p{L}\d.&'’-]*\s+)(?:(?:[\p{Lu}\d][\p{L}\d.&'’-]*|of)\s+){0,5})$/u;
// "Gijima said it has been given the green light by the Competition Commission to acquire …", "got Overseas
// Investment Office consent to buy …": the approval is read away; the one approved buys.
const APPROVED_TO = /\b(?:has been given|have been given|was given|were given|got|gets|received|receives|has received|won|wins|has won|obtained|has obtained|secured|has secured|was granted|has been granted)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?(?:green light|approval|approvals|consent|nod|clearance|go-ahead|permission)\s+(?:(?:from|by)\s+(?:the\s+)?[^,;.]{2,60}?\s+)?to\s+(acquire|buy|purchase|take over|merge with)\b/iu;
const WITH_DEAL_SUBJECT = /^(.{2,200}?)\s+(?:is|are|has|have|was|will|ventures|ventured|expands|expanded|enters|entered|moves|moved|pushes|pushed|steps|stepped|bolsters|bolstered|strengthens|strengthened|grows|grew|broadens|broadened|adds|added|doubles|doubled|deepens|deepened|boosts|boosted)\b/;
const SOLD_NO_BUYER = /(?:\s+|(?<=[–—]))(?:has|have)\s+been\s+(?:acquired|bought|sold)\s*[.!]?\s*$/;
const BUYER_IS = /^(?:The|Its)\s+(?:buyer|acquirer|purchaser|new owner)\s+(?:is|was|will be)\s+/;
// "Growers Holdings–a farmer-founded software firm that …–has been acquired": the aside between dashes.
const withoutDashAside = (s: string): string => s.replace(/\s*[–—]\s*[^–—]{2,300}[–—]\s*$/, '');
const VON_UEBERNOMMEN = /\s+(?:wird|wurde|ist|werden|wurden)\s+(?:vollständig\s+|komplett\s+|mehrheitlich\s+)?von\s+(?:der\s+|dem\s+|den\s+)?(.{2,60}?)\s+übernommen\b/;
const FOREIGN_VERB = /^(?:kauft|übernimmt|hat übernommen|adquiere|adquirió|adquire|adquiriu|compra|compró|comprou|rachète|a racheté|acquiert|a acquis|acquisisce|ha acquisito|rileva|köper|har köpt|förvärvar|har förvärvat|køber|har købt|kjøper|har kjøpt|koopt|heeft gekocht|neemt over)$/i;
const FOREIGN_DESCRIBED = /^(?:upp\s+|op\s+)?(?:(?:die|den|das|det|el|la|los|le|les|l['’]|il|lo|o|a|os|het)\s+)?(?:(?!(?:de|di|del|da|do|von|van|der|des|du|acciones|actions|azioni|a[çc][õo]es|aktien|aandelen|parte|part|participaci[óo]n|participation|partecipazione|anteile|beteiligung)\s)[\p{Ll}-]+\s+){1,2}(?=[\p{Lu}\d])/u;
const FOREIGN_OBJECT = /^(?:(?:die|den|das|el|la|los|le|les|l['’]|o|a|os|het)\s+)?[A-ZÀ-Ý\d]/;
const ARTICLE = /^(?:La|El|Le|Les|Die|Der|Das|O|A|Il|Lo|De|Het)$/;
const AGREES_TO_BE = /\s+(?:enters?|entered|signs?|signed|reaches|reached)\s+(?:into\s+)?(?:an?\s+|a\s+definitive\s+|definitive\s+)?(?:agreement|deal)\s*(?:to\s*)?$/i;
const BUYERS_NOT_ACQUIRER = /^(?:\S+\s+){0,3}?(?:customers|clients|users|companies|businesses|enterprises|brands|retailers|consumers|hospitals|schools|governments|buyers|investors|partners|distributors)\b/i;
// "Deliveroo agrees £2.9bn takeover by DoorDash", "Acme accepts sale to Beta"
const NOUN_PASSIVE = /\b(?:takeover|acquisition|buyout|take-private|sale|purchase)\s+(?:offer\s+|deal\s+|bid\s+)?(?:by|to|from)\s+/gi;
const NOUN_PASSIVE_VERB = /^(.*?)\s+(?:agrees|agreed|accepts|accepted|backs|backed|approves|approved|announces|announced|completes|completed|confirms|confirmed|recommends|recommended|finalizes|finalized|closes|closed|seals|sealed)\b/i;
// "Gresham Technologies said it has agreed to an offer from U.S. private equity firm STG Partners to buy …"
const OFFER_FROM = /\s(?:(?:has|have)\s+)?(?:agreed|agrees|accepted|accepts|backed|backs|recommended|recommends)\s+(?:to\s+)?(?:an?|the)\s+(?:[\w$£€.-]+\s+){0,3}?(?:offer|bid)\s+from\s+/i;
// "the $4.7 billion acquisition of payment gateway BillDesk by Naspers' PayU"
const ACQUISITION_OF_BY = /\b(?:acquisition|takeover|purchase|buyout)\s+of\s+([^,;]{2,80}?)\s+by\s+(?=[\p{Lu}\p{Ll}])/u;
const ACCEPTS_OFFER = /\s(?:(?:has|have)\s+)?(?:(?:on\s+\w+day|today)\s+)?(?:agreed|agrees|accepted|accepts|approved|approves|backed|backs)\s+(?:to\s+)?((?:[\p{Lu}][\p{L}\d.&-]*\s+){0,4}[\p{Lu}][\p{L}\d.&-]*)['’]s?\s+(?:[\w$.-]+\s+){0,4}?(?:offer|bid)\b/u;
const TAKE_PRIVATE = /\b(?:to take|takes|took|taking|will take|agrees to take|agreed to take)\s+((?:[\p{Lu}][\p{L}\d.&'’-]*\s+){1,4})private\b/u;
const DEAL_VALUE =
  /\b(?:(?:paid|pays|will pay|is paying|agreed to pay|agrees to pay)(?:\s+(?:around|about|roughly|nearly|some|up to|approximately))?|(?:transaction|deal|acquisition|purchase|agreement|merger|offer)(?:,[^,]{1,40},)?\s+(?:(?:is|was|will be)\s+)?(?:values?|valued)\s+(?:[\p{L}\d.&'’-]+\s+){0,4}?at|(?:enterprise|equity|transaction|deal|purchase|total)\s+value\s+of|(?:total\s+)?consideration\s+of|(?:aggregate\s+|total\s+)?purchase\s+price\s+(?:of|is|will be|is expected to be)|valuing\s+(?:[\p{L}\d.&'’-]+\s+){1,4}?at|(?:deal|transaction)\s+(?:is\s+)?worth)\s+(?:approximately\s+|about\s+|roughly\s+|around\s+|nearly\s+|up\s+to\s+)?/iu;
const DEAL_VALUES = new RegExp(DEAL_VALUE.source, 'giu');
// "Kanto Denki to make Hoshino Seimitsu a wholly owned subsidiary", "to acquire the common shares of Aoba Systems
// through a tender offer": Japanese and other takeover notices.
const WHOLLY_OWNED = /\b(?:to make|will make|makes|made|making)\s+(.{2,60}?)\s+(?:a|its)\s+wholly[\s-]owned\s+subsidiary\b/i;
// "has launched a tender offer to acquire all outstanding common shares of I-NET Corp."
const TENDER_OFFER_TO = /\btender offer\s+to\s+(?:acquire|purchase|buy)\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:common\s+|outstanding\s+|issued\s+|remaining\s+)*shares\s+(?:of|in)\s+(.{2,60}?)(?=\s*[,(]|\.\s|\.$|\s+(?:at|for|through|via)\b)/i;
const TENDER_OFFER = /\b(?:acquire|purchase|buy)\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:common\s+|outstanding\s+|issued\s+|remaining\s+)*shares\s+(?:of|in)\s+(.{2,60}?)\s+(?:through|via|by way of|in)\s+(?:a\s+)?tender offer\b/i;
const NAMED_PRICE = /\b(?:the|a|an|this)\s+((?:US|A|C|HK|S)?[$€£¥₹][\d.,]+\s?(?:[bBmMkK]n?|billion|million)?)\s+(?:all-cash\s+|all-stock\s+|cash\s+|cash-and-stock\s+)?(?:deal|transaction|acquisition|takeover|purchase|merger)\b/iu;
// "HPE closes $14B Juniper Networks deal", "Cisco completes its Splunk acquisition"
const NAMED_DEAL =
  /\b(?:completes|completed|closes|closed|finalizes|finalized|finalises|finalised|seals|sealed|wraps up|wrapped up|announces|announced|agrees|agreed|(?:announces|announced|announce|confirms)\s+(?:the\s+)?(?:completion|closing|close)\s+of)\s+(?:(?:its|the|a|an)\s+)?((?:US)?[$€£¥₹][\d.,]+\s?(?:[bBmMkK]n?|billion|million)?\s+)?((?:[\p{Lu}][\p{L}\d.&'’:-]*\s+){1,4})(?:deal|acquisition|takeover|purchase|buyout)\b/gu;
// "Acme merges with Beta", "Acme and Beta to merge" (the headline's end), "… to combine in $2.5B deal".
const MERGE = /\b(?:to merge|merges|merged|will merge|agree to merge|agrees to merge|agreed to merge|complete merger|completes merger|completed merger|announce merger|announces merger|to combine|will combine|agree to combine|agrees to combine|agreed to combine)(?:\s+(with)\s+|\s+|$|(?=[,;:—–]))/gi;

// A deal stopped or undone is not a trigger: "FTC sues to block Kroger's purchase of Albertsons".
const STOPPED =
  /\b(?:(?:sues?|sued|suing|moves?|moved|seeks?|sought|votes?|voted)\s+to\s+(?:block|stop|unwind)|blocks|blocked|blocking|abandons?|abandoned|terminates|terminated|cancels|cancell?ed|cancell?ing|calls? off|called off|scraps|scrapped|collapses|collapsed|walks? away from|walked away from|pulls? out of|pulled out of|rejects|rejected)\b/i;
// "Microsoft's $69 billion acquisition of Activision Blizzard closes", "cleared Broadcom's takeover of VMware",
// "Chevron's $53 billion Hess deal cleared by FTC": the possessor buys; read only when the deal is done or approved.
const POSSESSIVE_DEAL =
  /([\p{Lu}][\p{L}\d.&'’-]*?(?:\s+[\p{Lu}][\p{L}\d.&'’-]*?){0,3})(?:['’]s|(?<=s)['’])\s+(?:(?:proposed|planned|pending|agreed|announced|long-awaited)\s+)?((?:US)?[$€£¥₹][\d.,]+\s?(?:[bBmMkK]n?|billion|million)?\s+)?(?:(?:all-cash|all-stock|cash|stock|cash-and-stock)\s+)?(?:(?:acquisition|purchase|takeover|buyout)\s+of\s+|(?:deal|bid|offer)\s+for\s+|merger\s+with\s+|((?:[\p{Lu}][\p{L}\d.&'’-]*\s+){1,3})(?:deal|acquisition|takeover|purchase|buyout|merger)\b)/gu;
const DONE = /\b(?:closes|closed|completes|completed|complete|clear|clears|cleared|approve|approves|approved|okays|approval|green[- ]light|green-lights|wins|won|gets|got|receives|received|nod|finali[sz]es|finali[sz]ed|sealed|goes through|went through)\b/i;
// Title-case verbs that would otherwise join the possessor's name: "EU Clears Broadcom's Takeover…".
const VERB_IN_NAME = /^.*\b(?:Clears|Cleared|Approves|Approved|Okays|Backs|Completes|Completed|Closes|Closed|Wins|Gets|Finalizes|Finalises)\s+/;
// "takes a controlling stake in Motivair", "acquired a 60% controlling stake in Vodeo Systems".
const TAKES_STAKE =
  /\b(?:takes|took|to take|will take|taking|agrees to take|agreed to take|has taken)\s+(?:a\s+)?(?:(\d+(?:\.\d+)?)\s?%\s+)?(?:(majority|controlling)\s+)?(?:stake|interest|holding)\s+in\s+/gi;
// "Emerson sells climate technologies unit Copeland to Blackstone for $14 billion": the buyer follows "to".
const SELLS_TO =
  /\b(?:sells|sold|to sell|will sell|agrees to sell|agreed to sell|has sold|(?:completes|completed|announces|announced)\s+(?:the\s+)?sale\s+of)\s+(.{2,80}?)\s+to\s+(?=(?:(?:[\p{Ll}-]+\s+){0,3}(?:firm|group|company|rival|investor|buyer|owner|fund|giant|maker|operator|conglomerate|consortium|startup|provider|specialist|player|peer|competitor),?\s+)?[\p{Lu}])/gu;

// Things bought that are not companies. Words that can also end a company name ("Helix Data",
// "Riot Games") count only in lower case.
const GENERIC_OBJECT = new RegExp(
  String.raw`^\s*(?:[\w$%,.-]+\s+){0,3}?(?:` +
    String.raw`(?:[Cc]ustomers?|[Uu]sers?|[Tt]alent|[Ss]takes?|[Ss]hares?|[Ss]tock|[Aa]ssets?|[Ll]icen[cs]es?|[Rr]ights|[Ll]and|[Ll]ots?|[Pp]ropert(?:y|ies)|[Rr]eal [Ee]state|[Ee]quipment|[Pp]atents?|[Mm]embers|[Ss]ubscribers|[Cc]lients|[Aa]ccounts|[Mm]omentum|[Tt]raction|[Dd]omains?|[Ii]ntellectual [Pp]roperty|[Ee]ngineers|[Ee]mployees|[Ss]taff|[Ii]nventory|[Ss]pectrum|[Tt]ickets|[Hh]omes|[Hh]ouses|[Bb]uildings?|[Oo]ffices?|[Hh]eadquarters|[Cc]ampus|[Ss]ites?|[Pp]lants?|[Ff]actor(?:y|ies)|[Ff]acilit(?:y|ies)|[Ww]arehouses?|[Ss]tores|[Ss]ervers|GPUs|[Cc]hips|[Bb]itcoin|[Tt]okens|[Aa]ds|[Aa]dvertising|a majority|back|[Pp]ortfolios?|[Ll]oans?|[Ff]leet|[Vv]essels?|[Aa]ircraft|[Pp]lanes|[Vv]ehicles|[Tt]rucks|[Ff]armland|[Aa]cres|[Mm]ines?|[Cc]atalog(?:ue)?)` +
    String.raw`|(?:data|insights|skills|knowledge|teams?|ip|library|titles|games|content|startups|companies|businesses)` +
    String.raw`)(?![\w.])(?=\s*(?:$|[,.;:!?)]|\s(?:in|at|from|for|to|and|worth|across|on|with|of|near|outside|valued|by|as|through|via|under|over)\b))`,
);
const BUSINESS_NEAR =
  /^(?:a|an)\s+(?:[\p{L}\d.&'’-]+\s+){0,4}?(?:startup|start-up|company|firm|maker|developer|provider|platform|business|unit|division|rival|competitor|majority|controlling|subsidiary|operator|specialist|lender|bank|insurer|brand|chain|retailer|network|studio|agency|group|manufacturer|distributor|producer|publisher|vendor|supplier|consultancy|practice|portfolio company|fintech|scaleup|unicorn)\b/iu;
// "a controlling stake in X"; "all outstanding shares of X" (the whole company, as a merger release says it).
// ("has purchased the stock of GRAD Inc.": the company's stock, all of it.)
const MAJORITY = /^\s*(?:(?:a\s+)?(?:majority|controlling)\s+(?:stake|interest|share|shareholding)\s+(?:in|of)|the\s+(?:outstanding\s+|issued\s+)?(?:capital\s+)?stock\s+of|(?:the\s+)?(?:[\w-]+\s+){0,2}(?:business|businesses|operations|unit|division)\s+of|(?:(?:substantially\s+)?all\s+(?:of\s+)?|certain\s+)?(?:the\s+)?(?:operating\s+|business\s+)?assets\s+of|all\s+(?:of\s+)?(?:the\s+)?(?:issued\s+and\s+)?(?:common\s+|outstanding\s+|issued\s+)*(?:shares|share capital|equity|stock)\s+(?:of|in))\s+/i;
// (Collecting institutions buy works, not companies: "Museum acquires rare sketch".)
const NOT_SUBJECT = /^(?:investors?|shareholders|customers|users|companies|startups|buyers|consumers|people|he|she|they|it|we|you|who|which|the company)$|^(?:Big|Large|Small|Major|Top|Tech|Many|More|Most|Some|Other|Rival|Foreign|Chinese|Indian|European|American|US|UK)\s+(?:[\p{L}-]+\s+)?(?:Companies|Startups|Firms|Investors|Buyers|Giants|Players)$|^(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:Museum|Gallery|Library|Archive|Archives|Zoo|Collection)$/iu;

/** About n characters of s from `from`, never ending inside an amount or a word ("$18.8bn", not "$18.8"). */
function around(s: string, from: number, n: number): string {
  let end = Math.min(s.length, from + n);
  while (end < s.length && /[\p{L}\d.,]/u.test(s[end]!) && !/[.,]\s/.test(s.slice(end, end + 2))) end++;
  return s.slice(from, end);
}

function dealAmount(text: string): Money | null {
  const ms = findMoney(text);
  let fallback: Money | null = null;
  for (const m of ms) {
    const before = text.slice(Math.max(0, m.start - 40), m.start).toLowerCase();
    const after = text.slice(m.end, m.end + 30).toLowerCase();
    if (/\b(?:raised|funding|revenue|arr)\b[^,;]{0,12}$/.test(before) || /^\s*(?:in (?:funding|revenue|arr|annual)|of funding|round)/.test(after)) continue;
    // "$70 a share" is the price per share, not the deal's value.
    if (/^\s*(?:a|per|\/)\s*(?:(?:common|ordinary|class [ab])\s+)?(?:share|unit)\b/.test(after)) continue;
    if (/\b(?:for|valued at|worth|price (?:tag )?of|deal (?:valued at|worth)|reported|estimated|about|roughly|approximately|some|nearly|around)\s*(?:a |an )?(?:reported |estimated )?$/.test(before) || /^\s*(?:deal|transaction|acquisition|in cash|in stock|all-cash|all-stock|cash-and-stock|takeover|buyout)/.test(after))
      return m;
    if (m.kind === 'amount' && !fallback) fallback = m;
  }
  return fallback;
}

const REPORTED_THAT = /\b(?:announced|announces|said|says|confirmed|confirms|disclosed|revealed|(?:share|announce|report|confirm)(?<=(?:to|we)\s+\w+))\s+(?:(?:on\s+)?(?:today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?that\s+(?:\w+\s+)?$/i;
// (A short model name may sit between: "acquires original Apple I prototype".)
const THING_OF =
  /^(?:\s+[A-Z0-9][\w.-]{0,4})?\s+(?:account|accounts|handle|feed|page|channel|role|duties|stage|spot|show|podcast|store|stores|office|offices|building|headquarters|campus|site|lease|contract|project|program|programme|domain|username|trademark|patents?|shares|stock|stake|bonds|development|tower|estate|complex|mall|hotel|stadium|arena|plant|factory|mine|oilfield|field|farm|warehouse|prototype|painting|paintings|artwork|manuscript|collection|archive|letters|photographs|sculpture|sketch|drawing|print|statue|fossil|artifact|artefact|relic|coin|stamp|diary|guitar|car|watch|jersey)\b/i;

interface Found {
  acquirer: string;
  target: string;
  amount: Money | null;
  fromTitle: boolean;
  evidence: string;
  also?: string; // "acquires Peach Tech and Fuzzit": a second company bought in the same clause
}

// Cheap test before the full patterns: most sentences name no deal at all.
const DEAL_WORDS = /acqui|wholly|tender offer|buy|bought|purchas|merg|combine|snap|scoop|pick|take|took|swoop|gobble|absorb|swallow|part of|sale to|sale by|sale of|sold to|sell|deal\b|private\b|offer\b|\bbid\b/i;
// Other languages' deal verbs, tested apart and only in items that have them (in the pattern above, case-insensitive
// with accented letters, they slowed every sentence).
const FOREIGN_DEAL_WORDS = /kauft|übern|adqui[er]|compr[aóo] |rachète|acquiert|a acquis|acquisisce|acquisito|rileva|köp|förvärv|køb|kjøp|koopt|gekocht|neemt over/;

// The clause a verb ends refers back: its last words ("On Friday, the company", "also announced that it").
const refersBack = (prefix: string): boolean => {
  const words = tailWords(prefix.replace(/^.*[,:;]\s+/s, '').replace(/(?:\s+(?:has|have|had|also|now|today|just|recently|officially))+\s*$/i, '')).split(' ');
  for (let k = 1; k <= words.length; k++) if (isAnaphor(words.slice(-k).join(' '))) return true;
  return false;
};

/** The other names of a list that follows its first name: ", B, and C" (each a name, nothing more). */
function listAfter(tail: string): string[] {
  if (!/^\s*,\s+\p{Lu}/u.test(tail)) return [];
  const list = /^((?:\s*,\s+[^,;.]{2,60}?){1,6}),?\s+and\s+([^,;]{2,60}?)(?=\s*(?:[,;]|\.(?:\s|$)|$|\s+(?:for|in|from|to|on|at|which|that|all|with)\b))/u.exec(tail);
  if (!list) return [];
  const items = [...list[1]!.split(/\s*,\s+/).filter(Boolean), list[2]!];
  const names: string[] = [];
  for (const item of items) {
    const name = objectName(item);
    // Every item must be a name and no more: "Acme, a maker of tents, and …" is a description, not a list.
    if (!name || companyKey(name) !== companyKey(item.replace(/^the\s+/i, '')) || !/^\p{Lu}/u.test(name)) return [];
    names.push(name);
  }
  return names;
}

/** `refer` names the item's company, for a body sentence whose buyer is "it" or "the company". */
function scan(s0: string, fromTitle: boolean, out: Found[], foreign = false, refer: (() => string | null) | null = null): void {
  const nouns = foreign && hasForeignDealNouns(s0);
  if ((!DEAL_WORDS.test(s0) && !(foreign && (FOREIGN_DEAL_WORDS.test(s0) || nouns))) || STOPPED.test(s0)) return;
  let s = s0.includes(' to ') ? s0.replace(APPROVED_TO, 'will $1') : s0;
  // "Harbor Capital has taken control of Apollo Group" reads as "has acquired", where the sentence speaks of a deal
  // ("The Taliban took control of Kabul" does not).
  if (s.includes(' control ') && CONTROL_DEAL.test(s)) s = s.replace(TAKES_CONTROL, (_m, verb: string) => CONTROL_VERB[verb.toLowerCase()]!);
  const before = out.length;
  scanSentence(s, fromTitle, out, refer);
  // "Zegona ha completado la compra de Vodafone España": another language's deal noun.
  const told = nouns && out.length === before ? foreignDeal(s) : null;
  if (told) out.push({ ...told, amount: dealAmount(s), fromTitle, evidence: s });
  // The evidence a rep reads is the sentence as written.
  if (s !== s0) for (let k = before; k < out.length; k++) out[k]!.evidence = s0;
}

function scanSentence(s: string, fromTitle: boolean, out: Found[], refer: (() => string | null) | null): void {
  if (s.includes('wholly') || s.includes('tender offer')) {
    const w = WHOLLY_OWNED.exec(s) ?? TENDER_OFFER.exec(s) ?? TENDER_OFFER_TO.exec(s);
    if (w && !isRumour(s)) {
      // ("ORIX (through OFI-01 Corporation) has launched a tender offer to acquire …": the subject before its verb.)
      const before = s.slice(0, w.index).replace(/\s+(?:(?:has|have|will|today)\s+)*(?:launched|launches|launch|commenced|commences|commence|began|begins|announced|announces|made|makes)\s+(?:a|an|its)\s*$/i, ' ');
      const acquirer = /making\s/i.test(w[0]) || !subjectName(before) ? leadingSubject(s) : subjectName(before);
      const target = objectName(w[1]!);
      if (acquirer && target && !NOT_SUBJECT.test(acquirer) && companyKey(acquirer) !== companyKey(target)) {
        out.push({ acquirer, target, amount: dealAmount(around(s, w.index + w[0].length, 160)), fromTitle, evidence: s });
        return;
      }
    }
  }
  let m: RegExpExecArray | null;
  ACTIVE.lastIndex = 0;
  while ((m = ACTIVE.exec(s)) !== null) {
    const prefix = s.slice(0, m.index);
    const near = s.slice(Math.max(0, m.index - 40), m.index + m[0].length);
    if (isRumour(near)) continue;
    // "is set to acquire" is a deal announced, unless the sentence has it from sources or talks.
    if (/\bset\s/i.test(m[0]) && isRumour(s)) continue;
    // "Acme, which acquired…" is background; "Acme today announced that it has entered into an agreement to acquire…" is not.
    // ("a definitive agreement under which Veridian will acquire CareLoop" is the news itself.)
    if (/\b(?:after|since|having|which|that|who|when|while|until|before|helped|help|to help|used to)\s+(?:\w+\s+)?$/i.test(prefix) && !REPORTED_THAT.test(prefix) && !/\b(?:under|pursuant to|by) which\s+(?:\w+\s+)?$/i.test(prefix) && !SPEAKER_IT.test(prefix.trimEnd())) continue;
    let rest = s.slice(m.index + m[0].length);
    if (/^by\b/i.test(rest)) continue; // passive, read below
    // "will oversee the company’s newly acquired Cheddar’s chain": an adjective, not a deal.
    // ("Google's acquired another startup" is "Google has acquired".)
    if (/^(?:acquired|purchased|bought)$/i.test(m[0].trim()) && (/\b(?:the|its|their|his|her|our|a|an)\s+(?:(?:newly|recently|previously|just|already)\s+)?$/i.test(prefix) ||
        /['’]s\s+(?:newly|recently|previously|just|already)\s+$/i.test(prefix) || (/['’]s\s+$/.test(prefix) && !/^\s*(?:another|a|an|the|its|rival|startup|\d)/i.test(rest)))) continue;
    // "Siemens kauft Altair", "Capgemini rachète Altran": another language's verb, then a name (not "La compra de …").
    if (FOREIGN_VERB.test(m[1] ?? '')) {
      // ("compró la lusa Omtel", "rachète le français Altran": an article and a describing word or two before the name.)
      // (Not in German, which capitalises every noun: "kauft neue Maschinen".)
      const described = /^(?:kauft|übernimmt|hat übernommen)$/i.test(m[1]!) ? null : FOREIGN_DESCRIBED.exec(rest);
      if ((!FOREIGN_OBJECT.test(rest) && !described) || ARTICLE.test(prefix.trim())) continue;
      rest = described ? rest.slice(described[0].length) : withoutGermanDescriber(rest.replace(/^(?:die|den|das|el|la|los|le|les|o|a|os|het)\s+/, ''));
    }
    // ("has acquired for an undisclosed sum Winfield, Illinois-based Harbor Light Hospice": the price before the company.)
    rest = rest.replace(/^for\s+(?:an?\s+)?undisclosed\s+(?:sum|amount|price|fee|terms)\s+(?=\S)/i, '');
    // "acquired at 14:24", "purchased in 2019": no company follows.
    if (/^(?:at|in|on|for|from|with|during|over|through|via|using|as)\b/i.test(rest)) continue; // "takes over as CEO" is a job
    // "took over the development of Shardbound", "takes over day-to-day operations": work, not a company.
    if (/^(?:took|takes|take) over$/i.test(m[1] ?? '') && TAKES_OVER_WORK.test(rest)) continue;
    // A bare "buy"/"purchase"/"acquiring" is a deal only after "to", "will", "is"…: in "In-App Purchase Scams" or
    // "presages Google acquiring Spotify" it is a noun or a guess.
    const verb = (m[1] ?? '').toLowerCase();
    if (/^(?:acquire|buy|purchase|snap up|scoop up|take over|gobble up|acquiring|buying|purchasing)$/.test(verb) && m[0].trim().toLowerCase() === verb) {
      // ("has bucked the trend by acquiring Milgram & Co.", "a deal that sees Convergence Partners acquire Datacentrix")
      if (!/\b(?:to|will|would|and|is|are|was|were|be|been|'s|’s)\s*$/i.test(prefix) && !(/ing$/.test(verb) && /\bby\s*$/.test(prefix)) && !SEES_BUYER.test(prefix)) continue;
    }
    // "acquired an historic Sonoma winery, Seghesio Family Vineyards": a description, then the name it gives.
    // (A business word, or a description of three words or more: not "buys a chair, Wirecutter …".)
    const appositive = /^(?:a|an)\s+(?:[\p{L}\d.&'’-]+\s+){0,5}?[\p{Ll}-]{3,},\s+(?=\p{Lu})/u.exec(rest);
    if (appositive && (BUSINESS_NEAR.test(appositive[0]) || appositive[0].trim().split(' ').length >= 4) && !/^[^,]{2,60}?,?\s+(?:said|says|told|added|explained|noted)\b/.test(rest.slice(appositive[0].length))) rest = rest.slice(appositive[0].length);
    // ("the latest in Dentsu's buying spree under Tim Andree": a gerund that names a thing, not a purchase.)
    if (/ing$/.test(verb) && /^(?:spree|binge|frenzy|power|habits?|decisions?|process|guide|behaviou?r|patterns?|trends?|experience|journey|group|team|manager|agent|office|season|opportunit\w*|interest|pressure|activity|cooperative|consortium|club|bank|company|entity)\b/i.test(rest)) continue;
    // "Brad buys a Wii U", "buys a bunch of LaserDiscs": a thing, unless the words say it is a business.
    else if (/^(?:a|an)\s+(?!(?:(?:effective|majority|controlling|further|additional)\s+)?\d+(?:\.\d+)?\s?%)/i.test(rest) && !BUSINESS_NEAR.test(rest)) continue;
    // "bought 9.2% of Twitter" is a stake; more than half of a company is a takeover.
    // "the corporate venture arm of soon-to-be-acquired Baxalta": an adjective, not a deal in this sentence.
    if (/-\s*$/.test(s.slice(Math.max(0, m.index - 1), m.index + (m[0].length - m[0].trimStart().length)))) continue;
    // "acquired the remaining 35% from minority shareholders": the rest of a company already controlled.
    if (/^\s*(?:the\s+)?remaining\s+\d+(?:\.\d+)?\s?%/i.test(rest)) continue;
    // ("a majority 54% stake in", "an effective 51% stake in")
    const pct = /^\s*(?:(?:a|an)\s+)?(?:(?:majority|controlling|effective|further|additional)\s+)?(\d+(?:\.\d+)?)\s?%\s+(?:(?:(?:majority|controlling)\s+)?(?:stake|interest|holding|shareholding)\s+(?:in|of)|of|in)\s+/i.exec(rest);
    if (pct) {
      if (Number(pct[1]) <= 50) continue;
      rest = rest.slice(pct[0].length);
    }
    // "completed its purchase of the Call of Duty maker": a description of a company named elsewhere.
    if (/^the\s+(?:[\p{Lu}][^\s]*\s+){1,4}(?:maker|owner|parent|developer|operator|publisher|creator|company|firm|group|startup)\b/u.test(rest)) continue;
    const maj = MAJORITY.exec(rest);
    if (maj) rest = rest.slice(maj[0].length);
    else if (GENERIC_OBJECT.test(rest)) continue;
    // "Facebook's purchase of …": the verb is a noun there, and "Facebook's" its owner (unlike "Macy's buys …").
    // "Shire has clinched a deal to buy …", "announced plans Sunday to buy …": the subject before the deal.
    const dealTo = /\s+(?:(?:has|have)\s+)?(?:clinched|struck|signed|reached|inked|sealed|entered into|announced)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:deal|agreement|pact|plans?)\s+(?:\w+day\s+)?to\s*$/i.exec(prefix);
    // ("Google’s acquired another startup": the contraction of "has".)
    const own = /['’]s\s+$/.test(prefix) && /^(?:acquired|purchased|bought)$/.test(verb) ? prefix.replace(/['’]s\s+$/, ' has ') : prefix;
    // ("Foley Wine Group said last week it had bought …")
    const speaker = /\bit(?:\s+(?:has|had|would|will))?\s*$/.test(own) ? SPEAKER_IT.exec(own.trimEnd()) : null;
    // ("Sysco announced in recent days that it has entered into an agreement for …": the speaker buys.)
    // ("Voyager Space Holdings is continuing its trend of snapping up space companies by moving to acquire …")
    const byMoving = /\bby\s*$/.test(own) && /^(?:moving|acquiring|buying|purchasing)\b/i.test(m[0].trim()) ? WITH_DEAL_SUBJECT.exec(own) : null;
    const subject = dealTo ? own.slice(0, dealTo.index) : own;
    const sees = SEES_BUYER.exec(subject);
    let acquirer = (sees ? subjectName(sees[1]!) : null) ?? (byMoving ? null : subjectName(subject, !(/['’]s\s*$/.test(own) && /^(?:purchase|buy)$/.test(verb)))) ?? (speaker ? subjectName(speaker[1]!) ?? subjectName(speaker[1]!.split(/\s(?:is|are|was|has)\s/)[0]!) : null) ?? (byMoving ? subjectName(byMoving[1]!) : null);
    // "The company has acquired Maluuba", "On Friday, the company announced plans to buy Whole Foods": the item's company.
    if (refer && (!acquirer || NOT_SUBJECT.test(acquirer)) && refersBack(subject)) acquirer = refer();
    const target = ownedName(rest);
    // ("has acquired an English structural steel business which …": a description naming no company.)
    if (!acquirer || !target || NOT_SUBJECT.test(acquirer) || onlyWhereFrom(target) || isPlace(target)) continue;
    // What follows the company bought (its description, a second name, a list).
    const targetEnd = rest.indexOf(target) + target.length;
    const afterTarget = rest.slice(targetEnd);
    // ("has acquired the now-former Goldman Sachs Executive Director Richard Kim as its new chief operating officer": a hire.)
    const asOffice = /^[^.;]{0,40}?\bas\s+(?:its|their|our)\s+(?:new\s+|first\s+|next\s+)?/i.exec(afterTarget);
    if (asOffice && readTitle(afterTarget.slice(asOffice[0].length))) continue;
    // (A lone capitalised word before a description is its adjective: "an English structural steel business".)
    if (!target.includes(' ') && /^\s+(?:[\p{Ll}-]+\s+){0,3}(?:business|company|firm|maker|provider|distributor|manufacturer|operator|agency|studio|startup|chain|brand|retailer|supplier|developer|specialist|lender|bank|insurer)\b/u.test(afterTarget)) continue;
    if (companyKey(acquirer) === companyKey(target)) continue;
    // "takes over Twitter account of rival", "buys Salesforce Tower lease": a thing of the company's, not the company.
    if (THING_OF.test(afterTarget)) continue;
    const and = /^\s*,?\s+and\s+/.exec(afterTarget);
    // (Only a name or a description right after "and": "acquired EvolutionaryScale and created Biohub" is another act.)
    const afterAnd = and ? afterTarget.slice(and[0].length) : '';
    let second = and && /^(?:the\s+|its\s+)?(?:[\p{Lu}\d]|[\p{Ll}-]+\s+(?:startup|company|firm|maker|provider|platform|developer|rival|brand|business|app)\b)/u.test(afterAnd) ? objectName(afterAnd) : null;
    // ("JungleWorks acquired Outplay, and Groyyo bought a stake in …": the next name opens a clause of its own.)
    if (second) {
      const after2 = rest.slice(rest.indexOf(second, targetEnd) + second.length);
      if (/^\s+(?:(?:has|have|had|also|then|later)\s+)?(?:acquired|bought|purchased|raised|secured|merged|sold|took|picked|snapped|closed|announced|is|was|will)\b/i.test(after2)) second = null;
    }
    // "Allen & Overy swoops on Akin for corporate partner hire": a hire from a firm, not a deal for it.
    if (/^\s+for\s+(?:[\w-]+\s+){0,3}(?:hire|hires|hiring|partner|partners|executive|executives|talent|team)\b/i.test(afterTarget)) continue;
    // "acquired the assets of Muehlebach Funeral Care, Skradski-Pierce Funeral Home, and Assurance Cremation Society":
    // each company of a list of three or more (two alone may be one name, "Bed Bath and Beyond").
    const listed = second ? [] : listAfter(afterTarget);
    out.push({ acquirer, target, amount: listed.length > 0 ? null : dealAmount(m[0]) ?? dealAmount(around(rest, 0, 160)), fromTitle, evidence: s, also: second ?? undefined });
    for (const t of listed) if (companyKey(t) !== companyKey(acquirer)) out.push({ acquirer, target: t, amount: null, fromTitle, evidence: s });
  }
  // "Acacia Communications agreed to Cisco Systems Inc's increased offer of $4.5 billion": the bidder buys the subject.
  const offer = s.includes('offer') || s.includes(' bid') ? ACCEPTS_OFFER.exec(s) : null;
  if (offer && !isRumour(s.slice(Math.max(0, offer.index - 40), offer.index + offer[0].length))) {
    const target = subjectName(s.slice(0, offer.index));
    const acquirer = objectName(offer[1]!);
    if (acquirer && target && !NOT_SUBJECT.test(target) && companyKey(acquirer) !== companyKey(target))
      out.push({ acquirer, target, amount: dealAmount(around(s, offer.index, offer[0].length + 120)), fromTitle, evidence: s });
  }
  const from = s.includes('offer') || s.includes(' bid') ? OFFER_FROM.exec(s) : null;
  if (from && !isRumour(s.slice(Math.max(0, from.index - 40), from.index + from[0].length))) {
    const target = subjectName(s.slice(0, from.index));
    const acquirer = objectName(s.slice(from.index + from[0].length));
    if (acquirer && target && !NOT_SUBJECT.test(target) && companyKey(acquirer) !== companyKey(target))
      out.push({ acquirer, target, amount: dealAmount(around(s, from.index, from[0].length + 160)), fromTitle, evidence: s });
  }
  const ofBy = s.includes(' by ') ? ACQUISITION_OF_BY.exec(s) : null;
  if (ofBy && !isRumour(s) && !/\b(?:proposed|potential|possible|rumou?red|mooted)\s+$/i.test(s.slice(Math.max(0, ofBy.index - 30), ofBy.index))) {
    const target = objectName(ofBy[1]!);
    const acquirer = ownedName(s.slice(ofBy.index + ofBy[0].length));
    if (acquirer && target && companyKey(acquirer) !== companyKey(target))
      out.push({ acquirer, target, amount: dealAmount(around(s, Math.max(0, ofBy.index - 40), ofBy[0].length + 160)), fromTitle, evidence: s });
  }
  // "Thoma Bravo to take Dayforce private in $12.3 billion deal"
  const tp = TAKE_PRIVATE.exec(s);
  if (tp && !isRumour(s.slice(Math.max(0, tp.index - 40), tp.index + tp[0].length))) {
    const acquirer = subjectName(s.slice(0, tp.index));
    const target = objectName(tp[1]!);
    if (acquirer && target && !NOT_SUBJECT.test(acquirer) && companyKey(acquirer) !== companyKey(target))
      out.push({ acquirer, target, amount: dealAmount(around(s, tp.index + tp[0].length, 120)), fromTitle, evidence: s });
  }
  NAMED_DEAL.lastIndex = 0;
  while ((m = NAMED_DEAL.exec(s)) !== null) {
    const prefix = s.slice(0, m.index);
    if (isRumour(s.slice(Math.max(0, m.index - 40), m.index + m[0].length))) continue;
    const named = m[2]!.trim();
    // "closes $20M Series B deal" is a round; "Q3 deal" or "Funding deal" names no company.
    if (detectRound(named) || /^(?:Funding|Financing|Series|Seed|Licensing|Partnership|Distribution|Supply|Q[1-4])\b/.test(named)) continue;
    const acquirer = subjectName(prefix);
    const target = objectName(named);
    if (!acquirer || !target || NOT_SUBJECT.test(acquirer) || companyKey(acquirer) === companyKey(target)) continue;
    out.push({ acquirer, target, amount: m[1] ? dealAmount(m[1] + ' deal') : dealAmount(around(s, m.index + m[0].length, 120)), fromTitle, evidence: s });
  }
  PASSIVE.lastIndex = 0;
  while ((m = PASSIVE.exec(s)) !== null) {
    const prefix = s.slice(0, m.index);
    if (isRumour(s.slice(Math.max(0, m.index - 40), m.index + m[0].length))) continue;
    if (/\b(?:after|since|having|which|that|who|when|while)\s*(?:\w+\s+)?(?:was|been|being)?\s*$/i.test(prefix) && !REPORTED_THAT.test(prefix) && !SPEAKER_IT.test(prefix.trimEnd())) continue;
    // "GitHub, acquired by Microsoft in 2018, now…", "Pipewell, taken private by Vista last year,": a past deal as background.
    if (/,\s*$/.test(prefix) && /^[^,.;]{0,40}?\b(?:in (?:19|20)\d\d|last year|years? ago|earlier this year|previously|in the past)\b/i.test(s.slice(m.index + m[0].length))) continue;
    // "becomes part of Intuit" is a sale only where the sentence speaks of a deal.
    if (/part of/i.test(m[0]) && !/\b(?:acqui|deal|transaction|merger|purchase)/i.test(s)) continue;
    // "Beta Robotics enters agreement to be acquired by Acme"
    const own = prefix.replace(AGREES_TO_BE, '').trimEnd();
    // ("Summify broke its silence to announce that it has been acquired by Twitter": the speaker is the one sold.)
    const speaker = own.endsWith('it') || own.endsWith(' has') || own.endsWith(' had') ? SPEAKER_IT.exec(own) : null;
    const target = subjectName(own) ?? (speaker ? subjectName(speaker[1]!) : null);
    // "taken private by a consortium led by Blackstone", "by Hellman & Friedman-led group": the buyer is the leader.
    const rest = s
      .slice(m.index + m[0].length)
      .replace(BUYER_VEHICLE, '')
      .replace(/^(?:an?\s+|the\s+)?(?:private equity\s+|investor\s+|buyout\s+)?(?:group|consortium)\s+(?:led by|of)\s+/i, '')
      .replace(/^([^,;]{2,60}?)-led\s+(?:private equity\s+|investor\s+|buyout\s+)?(?:group|consortium)\b/i, '$1');
    // "sold to …" reads as a sale of the company only in a headline, and never "to customers".
    if (m[2] && /^(?:sold|sells)/i.test(m[2]) && (!fromTitle || BUYERS_NOT_ACQUIRER.test(rest))) continue;
    const acquirer = objectName(rest);
    if (!acquirer || !target || NOT_SUBJECT.test(target)) continue;
    if (companyKey(acquirer) === companyKey(target)) continue;
    out.push({ acquirer, target, amount: dealAmount(around(rest, 0, 160)), fromTitle, evidence: s });
  }
  // "Monster Beverage ventures into alcoholic beverages with acquisition of CANarchy": the sentence's subject buys.
  const withDeal = s.includes('with ') || s.includes('With ') || s.includes('through ') || s.includes('via ') ? WITH_ACQUISITION.exec(s) : null;
  if (withDeal && out.length === 0 && !isRumour(s)) {
    const head = WITH_DEAL_SUBJECT.exec(s.slice(0, withDeal.index));
    // ("Stripe Sets Sights On Africa With $200M Acquisition Of Nigerian Startup Paystack": a title-case headline's subject.)
    const acquirer = (head ? subjectName(head[1]!) : null) ?? leadingSubject(s) ?? (fromTitle ? titleCaseSubject(s) : null);
    const target = objectName(s.slice(withDeal.index + withDeal[0].length));
    // ("… Expands With Acquisition Of Multi-State Provider": a title-case description, the body names the company.)
    // (Only two title-case words, the first a describing one: "East Coast Box Company" is a name.)
    const described = fromTitle && target !== null && /^(?:\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+|Leading|Major|Regional|National|Local|Global|Digital|Specialty|Independent|Private|Family|Fellow|Rival|Boutique|Software|Tech|Fintech|Healthcare|Logistics|Data|Security)\s(?:Provider|Providers|Startup|Start-up|Company|Firm|Maker|Platform|Business|Developer|Operator|Chain|Brand|Player|Rival|Specialist|Distributor|Manufacturer|Agency)$/u.test(target);
    if (acquirer && target && !described && !NOT_SUBJECT.test(acquirer) && companyKey(acquirer) !== companyKey(target))
      out.push({ acquirer, target, amount: dealAmount(around(s, withDeal.index, withDeal[0].length + 160)), fromTitle, evidence: s });
  }
  // "Zero-Waste-Start-up Wisefood wird von LEEF übernommen": German's passive puts the buyer before the verb.
  const von = s.includes('übernommen') ? VON_UEBERNOMMEN.exec(s) : null;
  if (von && !isRumour(s)) {
    // (A German article and a compound describing word come before the name: "Die …", "Zero-Waste-Start-up …".)
    const target = subjectName(withoutGermanDescriber(s.slice(0, von.index).replace(/^(?:Die|Der|Das)\s+/, '')));
    const acquirer = objectName(von[1]!);
    if (acquirer && target && companyKey(acquirer) !== companyKey(target)) out.push({ acquirer, target, amount: null, fromTitle, evidence: s });
  }
  NOUN_PASSIVE.lastIndex = 0;
  while ((m = NOUN_PASSIVE.exec(s)) !== null) {
    const v = NOUN_PASSIVE_VERB.exec(s.slice(0, m.index));
    if (!v || isRumour(s.slice(0, m.index + m[0].length))) continue;
    const target = subjectName(v[1]!);
    const rest = s.slice(m.index + m[0].length);
    const acquirer = objectName(rest);
    if (!acquirer || !target || NOT_SUBJECT.test(target)) continue;
    if (companyKey(acquirer) === companyKey(target)) continue;
    out.push({ acquirer, target, amount: dealAmount(s.slice(v[0].length, m.index)) ?? dealAmount(around(rest, 0, 160)), fromTitle, evidence: s });
  }
  if (s.includes("'") || s.includes('’')) {
    POSSESSIVE_DEAL.lastIndex = 0;
    while ((m = POSSESSIVE_DEAL.exec(s)) !== null) {
      if (!DONE.test(s) || isRumour(s)) break;
      const acquirer = subjectName(m[1]!.replace(VERB_IN_NAME, ''));
      const target = m[3] ? objectName(m[3]) : objectName(s.slice(m.index + m[0].length));
      if (!acquirer || !target || NOT_SUBJECT.test(acquirer) || companyKey(acquirer) === companyKey(target)) continue;
      out.push({ acquirer, target, amount: m[2] ? dealAmount(m[2] + ' deal') : null, fromTitle, evidence: s });
    }
  }
  TAKES_STAKE.lastIndex = 0;
  while ((m = TAKES_STAKE.exec(s)) !== null) {
    if (!m[2] && !(m[1] && Number(m[1]) > 50)) continue;
    if (isRumour(s.slice(Math.max(0, m.index - 40), m.index + m[0].length))) continue;
    const acquirer = subjectName(s.slice(0, m.index));
    const rest = s.slice(m.index + m[0].length);
    const target = objectName(rest);
    if (!acquirer || !target || NOT_SUBJECT.test(acquirer) || companyKey(acquirer) === companyKey(target)) continue;
    out.push({ acquirer, target, amount: dealAmount(around(rest, 0, 160)), fromTitle, evidence: s });
  }
  SELLS_TO.lastIndex = 0;
  while ((m = SELLS_TO.exec(s)) !== null) {
    if (isRumour(s.slice(Math.max(0, m.index - 40), m.index + m[0].length))) continue;
    // "his refusal to sell the Internet company to Microsoft": a sale that did not happen.
    if (/\b(?:refusal|refused|refuses|declined|declines|rejected|rejects|failed|fails|unwilling|reluctance|reluctant)\s+(?:to\s+)?$/i.test(s.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "Halvorsen Marine Coatings, its marine paints business,": the unit's name before its description.
    let thing = m[1]!.replace(/^(?:its|their|the)\s+/i, '').replace(/,\s+(?:its|their|the|a|an)\s+[^,]{2,60},?$/i, '');
    const pct = /^(?:a\s+)?(\d+(?:\.\d+)?)\s?%\s+(?:stake\s+in|of)\s+/i.exec(thing) ?? /^(?:a\s+)?(majority|controlling)\s+(?:stake|interest)\s+in\s+/i.exec(thing);
    if (pct) {
      if (/^\d/.test(pct[1]!) && Number(pct[1]) <= 50) continue;
      thing = thing.slice(pct[0].length).replace(/^(?:its|their|the)\s+/i, '');
    } else if (GENERIC_OBJECT.test(thing + ' to')) continue;
    // ("to a strategic buyer, CPS Solutions": the buyer's description, then its name.)
    const buyerText = s.slice(m.index + m[0].length).replace(/^(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:buyer|acquirer|firm|group|company|rival|investor|peer|competitor),\s+(?=\p{Lu})/u, '');
    if (BUYERS_NOT_ACQUIRER.test(buyerText)) continue;
    const target = objectName(thing);
    const acquirer = objectName(buyerText);
    if (!acquirer || !target || NOT_SUBJECT.test(acquirer) || companyKey(acquirer) === companyKey(target)) continue;
    out.push({ acquirer, target, amount: dealAmount(around(buyerText, 0, 160)), fromTitle, evidence: s });
  }
  MERGE.lastIndex = 0;
  while ((m = MERGE.exec(s)) !== null) {
    const prefix = s.slice(0, m.index);
    if (isRumour(s.slice(Math.max(0, m.index - 40), m.index + m[0].length))) continue;
    // "… led GeoEye for many years until it merged with DigitalGlobe": a merger as someone's background.
    if (/\b(?:until|before|after|since|when|which|that|who)\s+(?:it|they|\w+)?\s*$/i.test(prefix) && !REPORTED_THAT.test(prefix)) continue;
    // "to combine forces", "combine their data": a partnership, not one company.
    if (/combine/i.test(m[0]) && !m[1] && !/^(?:$|[,.;:—–-]|in\b|to (?:create|form)\b|creating\b|forming\b)/i.test(s.slice(m.index + m[0].length).trimStart())) continue;
    let a: string | null;
    let b: string | null;
    if (m[1]) {
      a = subjectName(prefix);
      // ("merged with its largest shareholder, Fog Cutter Capital,": the name after the description.)
      b = objectName(s.slice(m.index + m[0].length).replace(/^(?:its|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+(?=\p{Lu})/u, ''));
    } else {
      // "Acme and Beta to merge"
      // ("The Baldwin Group and CAC Group announced a definitive agreement to merge")
      const pair = /(.+?)\s+(?:and|&)\s+([^,]+?)\s*$/.exec(prefix.replace(/\s+(?:(?:have|has|today)\s+)*(?:announced|announce|signed|sign|entered into|enter into|reached|reach)\s+(?:an?\s+)?(?:definitive\s+|merger\s+)?agreement\s*$/i, '').replace(/\s+(?:have|has|will|today)\s*$/i, ''));
      a = pair ? subjectName(pair[1]!) : null;
      b = pair ? subjectName(pair[2]!) : null;
    }
    if (!a || !b || companyKey(a) === companyKey(b)) continue;
    out.push({ acquirer: a, target: b, amount: dealAmount(s.slice(m.index)), fromTitle, evidence: s });
  }
}

export function extractAcquisitions(doc: Doc): ExtractedEvent[] {
  // "Prosus terminates $4.7 billion deal to acquire BillDesk": the body retells the deal that ended.
  if (STOPPED.test(doc.title) && DEAL_WORDS.test(doc.title) && !doc.digest) return [];
  const found: Found[] = [];
  const foreign = FOREIGN_DEAL_WORDS.test(doc.title) || FOREIGN_DEAL_WORDS.test(doc.body.slice(0, 300)) || hasForeignDealNouns(doc.title) || hasForeignDealNouns(doc.body.slice(0, 300));
  scan(doc.title, true, found, foreign);
  const titleHad = found.length > 0;
  // What a body's "it" or "the company" refers to, read only when a sentence needs it (and never in a round-up,
  // where each blurb has a company of its own).
  let referent: string | null | undefined;
  const refer = doc.digest
    ? null
    : (): string | null => {
        if (referent === undefined) {
          const named = headlineSubject(doc.title) ?? (doc.sentences[0] ? openingCompany(doc.sentences[0]) : null) ?? siteCompany(doc);
          referent = named && !looksLikePerson(named) && !isAnaphor(named) ? named : null;
        }
        return referent;
      };
  for (const s of doc.digest ? doc.sentences : doc.sentences.slice(0, 10)) {
    if (isBackground(s) && !/\btoday\b|\bannounced\b|\b(?:was|were|has been) (?:revealed|disclosed|confirmed)\b|\b(?:last|this) week (?:revealed|announced|said|confirmed|disclosed)\b|\bsaid (?:(?:last|this) week |on \w+day |\w+day )?(?:that )?it\b|\bsaid on \w+day\b|\bhas (?:acquired|agreed|completed|closed)\b/i.test(s)) continue;
    scan(s, false, found, foreign, refer);
  }
  // "… Growers Holdings has been acquired. The buyer is Israel’s ICL Group": the buyer in a sentence of its own.
  if (found.length === 0 && doc.body.includes('The ')) {
    const sentences = [doc.title, ...doc.sentences.slice(0, 6)];
    for (let k = 0; k + 1 < sentences.length && found.length === 0; k++) {
      const sold = SOLD_NO_BUYER.exec(sentences[k]!);
      const buyer = sold ? BUYER_IS.exec(sentences[k + 1]!) ?? BUYER_IS.exec(sentences[k + 2] ?? '') : null;
      if (!sold || !buyer || isRumour(sentences[k]!)) continue;
      const target = subjectName(withoutDashAside(sentences[k]!.slice(0, sold.index)));
      const acquirer = ownedName(buyer.input.slice(buyer[0].length).split(/\s*[—–]\s*/)[0]!);
      if (target && acquirer && companyKey(target) !== companyKey(acquirer)) found.push({ acquirer, target, amount: null, fromTitle: k === 0, evidence: `${sentences[k]} ${buyer.input}` });
    }
  }
  const out: ExtractedEvent[] = [];
  const byKey = new Map<string, ExtractedEvent>();
  // "The transaction values Helix Data at $1.3 billion", "an equity value of approximately $3.2 billion":
  // the body often states the price in a sentence of its own.
  let bodyValue: Money | null | undefined;
  const valueFromBody = (): Money | null => {
    if (bodyValue !== undefined) return bodyValue;
    bodyValue = null;
    for (const s of doc.sentences.slice(0, 5)) {
      // "The €1.2bn deal was first announced in March": the price in front of the deal.
      const named = NAMED_PRICE.exec(s);
      if (named) {
        const m = dealAmount(named[1]! + ' deal');
        if (m && m.kind === 'amount') return (bodyValue = m);
      }
      // Every statement of value in the sentence: "will pay $24.50 per share …, representing an equity value of $3.2 billion".
      DEAL_VALUES.lastIndex = 0;
      let v: RegExpExecArray | null;
      while ((v = DEAL_VALUES.exec(s)) !== null) {
        const m = dealAmount(around(s, v.index + v[0].length, 60));
        if (m && m.kind === 'amount') return (bodyValue = m);
      }
    }
    return bodyValue;
  };
  // "GitLab Acquires Peach Tech and Fuzzit": two companies when the body names the first on its own
  // ("Peach Tech, a security software firm"); "Bed Bath and Beyond" is only ever written whole.
  for (const f of [...found]) {
    if (!f.also || !doc.body) continue;
    const whole = `${f.target} and ${f.also}`;
    let alone = false;
    for (let at = doc.body.indexOf(f.target); at >= 0 && !alone; at = doc.body.indexOf(f.target, at + 1)) alone = !doc.body.startsWith(whole, at) && !doc.body.startsWith(`${f.target} & ${f.also}`, at);
    if (alone && companyKey(f.also) !== companyKey(f.acquirer)) found.push({ ...f, target: f.also, also: undefined, amount: null });
  }
  for (const f of found) {
    const acquirer = fullestName(doc, cased(doc, f.acquirer, f.fromTitle, true)!);
    const target = fullestName(doc, cased(doc, f.target, f.fromTitle, true)!);
    const ak = companyKey(acquirer);
    const tk = companyKey(target);
    if (!ak || !tk) continue;
    // "The role of CTO will be taken over by Lee Klarich": an office changes hands, not a company.
    if (isOffice(target) || isOffice(acquirer)) continue;
    const key = `${ak}>${tk}`;
    // ("Mako Surgical Corp." and, a sentence later, "Mako": one company bought.)
    const existing = byKey.get(key) ?? [...byKey.values()].find((e) => {
      const ek = companyKey(e.target);
      return ek === tk || (ek !== null && ek.length >= 4 && tk.length >= 4 && (ek.startsWith(tk) || tk.startsWith(ek)) && companyKey(e.company)?.slice(0, 4) === ak.slice(0, 4));
    });
    if (existing) {
      if (!existing.amount && f.amount) setAmount(existing, f.amount);
      if (!f.fromTitle) existing.confidence = clamp(existing.confidence + 0.1);
      continue;
    }
    // A body sentence about some other deal is background when the headline named one.
    if (titleHad && !f.fromTitle) continue;
    const e = blankEvent('acquisition', f.evidence);
    e.company = acquirer;
    e.target = target;
    const amount = f.amount ?? valueFromBody();
    if (amount) setAmount(e, amount);
    e.confidence = clamp((f.fromTitle ? 0.75 : 0.68) + (f.amount ? 0.08 : 0));
    byKey.set(key, e);
    out.push(e);
  }
  return out;
}

// (Only with an office's head word: "Global Payments" and "Digital Media Solutions" are made of title words too.)
// ("Cisco" and "Clio" spell like an office acronym; an acronym counts only in capitals.)
const OFFICE_HEAD = /^(?:chief|officer|president|vice-president|vp|svp|evp|chairman|chairwoman|chair|director|head|manager)$/i;
const TAKES_CONTROL = /\b(takes|took|taken|taking|take|acquires|acquired|acquiring|gains|gained|assumes|assumed) (?:sole |full |majority |outright |a controlling |operational )?control (?:of|over)\b/gi;
const CONTROL_VERB: Record<string, string> = { takes: 'acquires', took: 'acquired', taken: 'acquired', taking: 'acquiring', take: 'acquire', acquires: 'acquires', acquired: 'acquired', acquiring: 'acquiring', gains: 'acquires', gained: 'acquired', assumes: 'acquires', assumed: 'acquired' };
const CONTROL_DEAL = /\b(?:stake|shares|shareholding|deal|transaction|acqui|purchase|bought|takeover|buyout|agreement|shareholder|equity|offer)|[$€£¥₹]/i;
const isOffice = (name: string): boolean => {
  const words = name.split(/\s+/);
  const acronym = (w: string) => /^C(?:E|F|O|T|M|I|R|P|S|HR|IS|C|D|A|L|X|B|G|N)O$/.test(w);
  return words.some((w) => OFFICE_HEAD.test(w) || acronym(w)) && words.every((w) => acronym(w) || (!/^c[a-z]{1,3}o$/i.test(w) && isTitleWord(w)));
};

function setAmount(e: ExtractedEvent, m: Money): void {
  e.amount = m.value;
  e.currency = m.currency;
  e.amountText = m.text;
  e.amountUsd = toUsd(m.value, m.currency);
}
