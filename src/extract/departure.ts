import type { ExtractedEvent } from '../types.js';
import { companyKey } from '../resolve/company-key.js';
import type { Doc } from './doc.js';
import { blankEvent, cased, clamp, fullestName, setTitle } from './event.js';
import { leadingSubject, looksLikePerson, lowerBrand, objectName, possessiveShop, subjectName, withoutHonorifics } from './names.js';
import { authorCompany, companyAndTitle, employerBefore, findPerson, speakerOfIts, trailingPerson } from './people.js';
import { classifyTitle, isOperatingRole, isPlace, readTitle } from './titles.js';

// Departures ("Brightline CFO steps down", "Jane Doe resigns as CMO of Acme", "Acme CEO to
// retire"): reported as their own type with the company left, never as a job change.

const VERB =
  /\b(?:has\s+|had\s+|will\s+|is\s+|to\s+)?((?:was|has been|had been|have been|were)\s+(?:fired|dismissed|sacked|removed|terminated|let go)(?=\s+(?:as|from|by|after|on|in|last|this|earlier|effective)\b|\s*[,.;]|$)|(?:fires|fired|sacks|sacked|dismisses|dismissed|terminates|terminated)(?=\s+(?:its\s+|their\s+)?(?:(?:CEO|CFO|COO|CTO|CMO|CRO|CPO|chief|president|head|founder|co-founder|managing)\b|\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+,\s+(?:its|their|the company['’]s)\s))|is no longer|steps down|stepping down|stepped down|step down|steps aside|stepping aside|stepped aside|step aside|stands down|standing down|stood down|stand down|ceased|ceases|resigns|resigned|departs|departed|departing|depart|leaves|leaving|leave|has left|have left|left (?:the|his|her) (?:company|firm|business|bank|startup|group|role|post|position|agency|organi[sz]ation|retailer|network|brand|hospital)|exits|exiting|exited|exit|retires|retiring|retire|retired(?=\s+(?:as|from|after|in|on|at|this|last|earlier|effective)\b|\s*[,.;]|$)|left|quits|has quit|moves on from|moved on from|is moving on from|ousted|ousts|is out|out as|parts ways with|parting ways with|has parted ways with|(?:the\s+)?(?:retirement|departure|resignation|exit) of|(?:announced|announces|announcing|tendered|tenders|submitted|submits|handed in|hands in|confirmed|confirms)\s+(?:his|her|their)\s+(?:[\p{Ll}-]+\s+)?(?:resignation|retirement|departure|decision to (?:step down|resign|retire|leave)))\b/giu;

// Verbs whose object is the leaver: "Bayside Brewing parts ways with CMO Jake Moran", "Corvane ousts CEO Ryan Cho",
// "announces the retirement of CFO Gary Holt".
const OBJECT_VERB = /^(?:parts ways with|parting ways with|has parted ways with|ousts|fires|fired|sacks|sacked|dismisses|dismissed|terminates|terminated|(?:the\s+)?(?:retirement|departure|resignation|exit) of)$/i;

// "Nimbus denies report that its CTO is leaving": a denial or a rumour is not a departure.
const DENIED = /\b(?:den(?:y|ies|ied)|rejects?|dismisse[sd])\b[^.;]{0,40}\b(?:reports?|rumou?rs?|claims?|speculation)\b|\b(?:is|are) not (?:leaving|stepping down|retiring)\b|\b(?:will not|won['’]t|does not|doesn['’]t|has no plans? to|never)\s+(?:step down|resign|leave|retire|quit|exit)\b/i;

// Industry words a headline uses in place of the company: "Biotech CEO exits".
const GENERIC = /^(?:biotech|fintech|insurtech|proptech|edtech|healthtech|medtech|crypto|tech|startup|unicorn|bank|retailer|automaker|chipmaker|carmaker|airline|telco|carrier|insurer|lender|brewer|drugmaker|pharma|media|software|saas|ai|company|firm|companies|firms|startups|banks|businesses|employers|boards|investors|executives|ceos|cfos|leaders)$/i;

// Words that open a description of the leaver, never a company: "Long-time VP of Engineering Carl Becker".
const DESCRIBER = /^(?:long-?time|long-serving|longstanding|independent|former|outgoing|interim|veteran|current|retiring|departing|founding|acting|embattled|beleaguered)\b/i;

/** A company read from the leaver's clause, unless it is really a title, a person or a describing word. */
const TITLE_CASE_VERB = / (?:Is|Are|Was|Were|Has|Have|Had|Will|Would|To|Gets|Says|Should|Could|May)(?: |$)/;

function plausibleCompany(c: string | null, personShapeOk = false): string | null {
  // "Microsoft Is Quick to Name …": a title-case headline's verb ends the name.
  if (c) c = c.split(TITLE_CASE_VERB)[0]!;
  // ("Embattled Wells Fargo CEO steps down": how the company is doing is not its name.)
  if (c && /^(?:embattled|beleaguered|troubled|struggling|ailing|cash-strapped)\s/i.test(c)) c = c.replace(/^\S+\s+/, '');
  if (!c || !companyKey(c) || /^(?:inc|corp|ltd|llc|plc|co|gmbh|ag|sa|the company)\.?$/i.test(c) || DESCRIBER.test(c) || GENERIC.test(c) || isPlace(c) || (!personShapeOk && looksLikePerson(c)) || readTitle(c) !== null) return null;
  return /\s(?:as|of|at|for|to|in)$/i.test(c) ? null : c;
}

/** The item's own company: the headline's subject, else the body's first sentence's. */
function mainCompany(doc: Doc): string | null {
  const head = doc.title.split(/\s(?:announces|announced|names|appoints|confirms|says|reports|promotes|hires|taps|welcomes|elevates)\s/i);
  // ("Facebook's Chief Technology Officer has announced his resignation": the possessor.)
  const owner = /^([^'’]{2,60}?)['’]s?\s+(?=\S)/.exec(doc.title);
  return (head.length > 1 ? plausibleCompany(subjectName(head[0]!)) : null) ?? plausibleCompany(employerBefore(leadingSubject(doc.title))) ??
    (owner ? plausibleCompany(subjectName(trailingPerson(owner[1]!)?.before || owner[1]!)) : null) ?? (doc.sentences[0] ? plausibleCompany(employerBefore(leadingSubject(doc.sentences[0]))) : null) ?? authorCompany(doc);
}

// A post's author leaving: "After 12 years, I'm leaving Microsoft", "Today was my last day as Director
// of Merchant Success at Shopify", "I was impacted by the layoffs at Wayfair". The employer follows the phrase.
const FP_LEAVE =
  /\b(?:I['’]m leaving|I am leaving|I['’]ve left(?!\s+to\s)|I have left(?!\s+to\s)|said goodbye to (?:my|the)|my role as\s+.{2,80}?\s+(?:at|with)|I['’]m departing|I['’]ve decided to leave|I have decided to leave|my (?:last|final) (?:day|week) (?:working\s+)?(?:at|with)|(?:last|final) day (?:as\s+.{2,80}?\s+)?(?:at|with)|I['’]m moving on from|I am moving on from|impacted by (?:the )?(?:recent )?layoffs at|affected by (?:the )?(?:recent )?layoffs at|laid off (?:from|by))\s+/i;
// "After 7 amazing years at Salesforce, I've decided to move on": the tenure names the employer.
const FP_TENURE = /\b(?:years?|months?) (?:at|with)\s+(?=\p{Lu})/u;
const FP_MOVE_ON = /\b(?:I['’]ve decided to move on|I have decided to move on|I['’]m moving on|I am moving on|(?:is|was) my (?:last|final) day|I['’]m leaving|I am leaving)\b/i;

function authorDeparture(doc: Doc): ExtractedEvent | null {
  const author = doc.author?.replace(/\s*\([^)]*\)/g, '').trim();
  if (!author || !looksLikePerson(author)) return null;
  const text = `${doc.title}. ${doc.sentences.slice(0, 3).join(' ')}`;
  if (!/\b(?:I|my|I['’]m|I['’]ve)\b/.test(text)) return null;
  let company: string | null = null;
  let title: string | null = null;
  const m = FP_LEAVE.exec(text);
  if (m) {
    const rest = text.slice(m.index + m[0].length);
    // "I'm leaving as Vice President, Global Client Partnerships": the office left; the employer from the tenure.
    if (/^as\s/i.test(rest)) {
      title = readTitle(rest.slice(3));
      const t = FP_TENURE.exec(text);
      company = t ? objectName(text.slice(t.index + t[0].length)) : null;
    } else company = objectName(rest);
    const as = /(?:day|role) as\s+(.{2,80}?)\s+(?:at|with)\s+$/i.exec(m[0]);
    if (as) title = readTitle(as[1]!);
  } else if (FP_MOVE_ON.test(text)) {
    const t = FP_TENURE.exec(text);
    if (t) company = objectName(text.slice(t.index + t[0].length));
  }
  if (!company || !companyKey(company) || looksLikePerson(company)) return null;
  const e = blankEvent('departure', m ? text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40).trim() : doc.title);
  e.company = cased(doc, company, false);
  e.person = author;
  setTitle(e, title);
  e.confidence = 0.6;
  return e;
}

export function extractDepartures(doc: Doc): ExtractedEvent[] {
  const own = doc.author ? authorDeparture(doc) : null;
  if (own) return [own];
  // A people-moves round-up: every named leaver, one event each.
  if (doc.digest) {
    const out: ExtractedEvent[] = [];
    for (const [i, s] of [doc.title, ...doc.sentences].entries()) {
      const e = departureIn(doc, s, i === 0);
      if (e?.person && !out.some((o) => o.person === e.person)) out.push(e);
    }
    return out;
  }
  let best: ExtractedEvent | null = null;
  for (const [s, fromTitle] of [[doc.title, true], ...doc.sentences.slice(0, 3).map((x) => [x, false] as const)] as Array<[string, boolean]>) {
    const e = departureIn(doc, s, fromTitle);
    if (!e) continue;
    if (!best) {
      best = e;
      if (e.person) break;
      continue;
    }
    // "Twitch's chief product officer exits" / "…, Owen Gallagher, has left the company": the
    // headline names the role, the body the person. Same office (or none stated): one departure.
    if (e.person && (!e.title || !best.title || sameOffice(e.title, best.title))) {
      best.person = e.person;
      if (!best.title && e.title) Object.assign(best, { title: e.title, seniority: e.seniority, function: e.function });
      if (companyKey(e.company) !== companyKey(best.company) && best.company && GENERIC_LEAD.test(doc.title)) best.company = e.company;
      best.confidence = clamp(best.confidence + 0.05);
      break;
    }
  }
  // ("Carmaker Oriel names …" / "Oriel Motors on Thursday appointed …": the body's fuller name.)
  if (best?.company) best.company = fullestName(doc, best.company);
  return best ? [best] : [];
}

const GENERIC_LEAD = /^\s*(?:biotech|fintech|insurtech|proptech|edtech|healthtech|medtech|crypto|tech|startup|unicorn|bank|retailer|automaker|chipmaker|carmaker|airline|telco|insurer|lender|drugmaker)\b/i;

function sameOffice(a: string, b: string): boolean {
  const x = classifyTitle(a);
  const y = classifyTitle(b);
  return x.seniority === y.seniority && x.function === y.function;
}

const DECISION_TO = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})['’]s?\s+(?:[Rr]ecent\s+|[Ss]udden\s+|[Ss]urprise\s+)?(?:[Dd]ecision|[Pp]lans?|[Ii]ntention|[Ii]ntent)\s+[Tt]o\s+([Rr]etire|[Ss]tep [Dd]own|[Rr]esign|[Ll]eave)\b/u;

// "… that she would (retire)", "… he has (left)": a pronoun and its auxiliary before the leaving verb.
// ("… announced Wednesday that he plans to (retire)")
const pronounWill = (who: string): string => String.raw`(?:${who})(?:\s+(?:would|will|was|is|had|has|plans|intends|is planning|has decided|decided|expects)(?:\s+to)?)?(?:\s+be)?\s*$`;
const SPEAKER_LEAVES = new RegExp(String.raw`^([^,]{3,60}),\s+([^,]{2,120}?),\s+(?:said|says|confirmed|confirms|announced|announces|told)\b[^.;]{0,40}?\bthat\s+` + pronounWill('he|she'), 'i');
const SAID_HE_WOULD = new RegExp(String.raw`\s+(?:said|says|announced|confirmed)(?:\s+(?:on\s+)?(?:today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday))?\s+(?:that\s+)?` + pronounWill('he|she'), 'i');
const WHO_SAID_HE_WOULD = new RegExp(String.raw`,?\s+who\s+(?:has\s+|had\s+)?(?:announced|said|confirmed|revealed)\b[^,;]{0,40}?\b(?:that\s+)?` + pronounWill('he|she|they'), 'i');

const TOWN_STATE = /(\p{Lu}[\p{L}-]+),\s+(?:(?:[A-Z]\.){2}|[A-Z][a-z]{1,4}\.)(?=,|$)/gu;
const TIME_OPENER = /^(?:(?:\w+|a few|several) (?:months|weeks|years|days) ago|in (?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)|around the same time|earlier (?:this|that) (?:year|month|week)|last (?:year|month|week)|meanwhile|separately|previously),\s+/i;
const SUCCESSOR_BEFORE = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:will succeed|is to succeed|to succeed|succeeds|succeeded|will replace|replaces|replaced|is replacing|is succeeding)\s*$/u;

const PRONOUN_END = /\b(?:he|she)(?:\s+(?:was|is|would|will|had|has))?(?:\s+be)?\s*$/i;
const SPEAKER_SAYING = /^(.*?)\s+(?:said|says|announced|confirmed|wrote|posted|told\s[^.;]{0,30}?|released a statement[^.;]{0,40}?saying)\b[^.;]{0,30}?\bthat\s+(?:[^.;,]{0,30}?\s)?(?:he|she)(?:\s+(?:was|is|would|will|had|has))?(?:\s+be)?\s*$/i;

/** The departure one sentence reports, or null. */
function departureIn(doc: Doc, s0: string, fromTitle: boolean): ExtractedEvent | null {
  {
    // "These appointments follow Robert Chiste's decision to retire as Chairman" is read as "…Robert Chiste, who will retire as…".
    const s = s0.includes('decision to') || s0.includes('plans to') || s0.includes('intention to') || /[Ii]ntent to/.test(s0) ? s0.replace(DECISION_TO, (_m, run: string, verb: string) => {
      // Only the person's name is rewritten: "Mead Johnson Announces Steve Golsby’s Intent to Retire".
      const words = run.split(' ');
      let k = 0;
      while (k < words.length - 2 && !looksLikePerson(words.slice(k).join(' '))) k++;
      return `${words.slice(0, k).join(' ')}${k > 0 ? ' ' : ''}${words.slice(k).join(' ')}, who will ${verb.toLowerCase()}`;
    }) : s0;
    if (DENIED.test(s)) return null;
    VERB.lastIndex = 0;
    let m = VERB.exec(s);
    // A bare "left" is a departure only with the company after it ("left Marchmont Ventures"), not
    // "after he left to run…" or "left his home" (checked here: the pattern is case-insensitive).
    while (m && /^left$/i.test(m[1]!) && !/^(?:has|have|had)\s/i.test(m[0]) && !/^\s+\p{Lu}/u.test(s.slice(m.index + m[0].length))) m = VERB.exec(s);
    if (!m) return null;
    // ("Bret Taylor said that he would be leaving": the speaker is the leaver.)
    let prefix = s.slice(0, m.index).replace(/\s*,\s*$/, '').replace(SAID_HE_WOULD, '').replace(/\bwho\s+(?:previously|recently|already|earlier|also)\s+(?=\S+\s*\S*\s*$|\S+\s+(?:his|her|their)\s)/i, 'who ')
      // ("Chuck Callahan announced his plans to leave …")
      .replace(/,?\s+(?:has\s+)?(?:announced|announces|confirmed|confirms|revealed|reveals)\s+(?:his|her|their)\s+(?:plans?|intention|decision)(?:\s+to)?\s*$/i, '').replace(/,?\s+(?:will be|would be|is set|is expected|is poised|plans|intends|has decided|decided|is to)\s*$/i, '').replace(/\s*,\s*$/, '');
    // ("Hershey CFO David Tacka is (to retire)", "Trevor Bish-Jones, was yesterday (ousted)": the auxiliary after a name,
    // but not after a pronoun, which the readers below place.)
    const unaux = prefix.replace(/,?(?:\s+(?:is|was|will|would|has|had|also|now|yesterday|today))+\s*$/i, '');
    if (unaux !== prefix && !/\b(?:he|she|they|it|who|that)\s*$/i.test(unaux)) prefix = unaux.replace(/\s*,\s*$/, '');
    const after = s.slice(m.index + m[0].length);
    // "Fallen leaves and chilly temperatures": a noun, not a verb.
    if (/^leaves?$/i.test(m[1]!) && !/^(?:has|will|is|to)\b/i.test(m[0]) && /^\s*(?:and|or|but|are|were|of|that|which|fall|fell)\b/i.test(after)) return null;
    if (OBJECT_VERB.test(m[1]!)) return objectDeparture(doc, s, fromTitle, prefix, after);
    // "Mike Robbins, Target's senior VP of supply chain, confirmed to Bloomberg that he has (left)": the speaker leaves.
    const spoke = /\b(?:he|she)\s*$/i.test(prefix) ? SPEAKER_LEAVES.exec(prefix) : null;
    const spoken = spoke !== null && looksLikePerson(spoke[1]!);
    // ("Stone Brewing co-founder Greg Koch released a statement on Friday saying that after 19 years he was (stepping down)")
    // (Its costly pattern is tried only where the prefix ends on the pronoun it needs.)
    const saying = !spoken && PRONOUN_END.test(prefix) ? SPEAKER_SAYING.exec(prefix) : null;
    if (spoken) prefix = `${spoke![1]!}, ${spoke![2]!}`;
    else if (saying && trailingPerson(saying[1]!)) prefix = saying[1]!;
    // "… after he was dismissed last week": a pronoun names nobody this sentence can place.
    else if (/\b(?:he|she|they|it)\s*$/i.test(prefix)) return null;
    // A move with its new role is read by the job-change extractor; "leaves to join Meta" names none, so the departure is the news.
    // ("stepped down from Hedron Network to join Broker Investment Group as its new group chief executive")
    if (/^\s*(?:(?:from|at)\s+[^,;.]{2,60}?\s+)?(?:to join|for)\s[^.;]*?\bas\b/i.test(after)) return null;
    // ("Kate Rouch is leaving Facebook in favor of becoming Coinbase’s first CMO": a move, not a departure.)
    if (/^[^.;]{0,60}?\b(?:in favou?r of (?:becoming|joining)|to become|to take (?:up|on) (?:the|a) role)\b/i.test(after)) return null;
    // "Ann Sarnoff, Warner Bros. Chief, Is Set to Leave": the person first, then who they are.
    let heldOffice: string | null = null;
    // ("Two months ago, Sangita Singh, who was executive vice president …, resigned": a time phrase in front.)
    // ("…, president and CEO of State Employees’ Credit Union in Raleigh, N.C., announced …": a state after a town.)
    const pair = /^([^,]{3,60}),\s+([^,]{2,120}),?\s*(?:(?:is|was)\s+(?:set|expected|poised)(?:\s+to)?|will|to)?\s*$/i.exec(prefix.replace(TIME_OPENER, '').replace(TOWN_STATE, '$1'));
    let who = pair?.[1]!.trim() ?? '';
    let what = pair?.[2] ?? '';
    // "The chief executive of Unilever, Paul Polman, will retire": the office first, then the person.
    if (pair && !looksLikePerson(who) && looksLikePerson(what.trim()) && /\s(?:of|at)\s+\p{Lu}/u.test(who)) [who, what] = [what.trim(), who.replace(/^the\s+/i, '')];
    if (pair && looksLikePerson(who)) {
      // "…, who spent nine years as a partner at Calloway Ventures, is leaving": the office the relative clause names.
      // ("Orla Whitfield, the longtime COO of Gantry Health, is stepping down": a describing word before the office.)
      // ("Terry Leahy, the longstanding boss of Tesco, has announced his resignation": a boss of a company holds its top office.)
      const boss = /^(?:the\s+)?(?:(?:longtime|long-time|longstanding|current|outgoing|founding|veteran)\s+)?(?:boss|chief|head)\s+(?:of|at)\s+(\p{Lu}.*)$/u.exec(what.trim());
      const bossOf = boss ? plausibleCompany(objectName(boss[1]!)) : null;
      if (bossOf) return leaverEvent(doc, s, fromTitle, bossOf, cased(doc, who, fromTitle), null);
      const words = what.replace(/\.\s/g, ' ').replace(/^who(?:\s+(?:(?:has\s+)?spent\s+(?:[\w-]+\s+){1,3}as|(?:has\s+)?served\s+as|was|is|has been)|['’]s\s+(?:been|served\s+as))\s+(?:a\s+|an\s+|the\s+)?/i, '').replace(/^(?:the\s+|its\s+)?(?:longtime|long-time|longstanding|current|outgoing|founding|veteran)\s+/i, '');
      // "partner at Calloway Ventures": the office, then where it was held.
      const heldAt = /^(.+?)\s+(?:at|of|with)\s+(\p{Lu}.*)$/u.exec(words);
      const heldTitle = heldAt ? readTitle(heldAt[1]!) : null;
      const { company, title } = heldTitle && heldAt ? { company: objectName(heldAt[2]!), title: heldTitle } : companyAndTitle(words);
      // Without a title the appositive is not a job ("House Republican Who Voted to Impeach Trump").
      // ("Jeffrey Amsel, Chief Financial Officer, has resigned from …": the office alone; the company is read below.)
      const alone = readTitle(words);
      if (alone && alone.length >= words.trim().length - 1) {
        heldOffice = alone;
        prefix = who;
      } else if (title && !company && /\bits\b/.test(words) && /^who\b/i.test(what.trim())) {
        // ("…, who was executive vice president and head of its healthcare business, resigned": the item's company.)
        const own = mainCompany(doc);
        if (own) return leaverEvent(doc, s, fromTitle, own, cased(doc, who, fromTitle), title);
        return null;
      } else if (!company || !title || !companyKey(company)) return null;
      else return leaverEvent(doc, s, fromTitle, company, cased(doc, who, fromTitle), title);
    }
    // "succeeds Harold Kim, who retires from the board": a board seat is not a job.
    if (/^\s*from\s+(?:the|its|their)\s+board\b/i.test(after)) return null;
    // "… today announced that John Jordan, executive vice president and chief financial officer, has decided to retire":
    // the leaver, then the office they hold set off by commas, at the end of a longer clause.
    const lastComma = prefix.lastIndexOf(', ');
    if (lastComma > 0 && !heldOffice) {
      const office = prefix.slice(lastComma + 2).replace(/^(?:the|its|our|their)\s+/i, '');
      const t = readTitle(office);
      if (t && t.length >= office.length - 1 && trailingPerson(prefix.slice(0, lastComma))) {
        heldOffice = t;
        prefix = prefix.slice(0, lastComma);
      }
    }
    // "…, Harold Kim, who is retiring": the person before the relative pronoun.
    // ("…, Paul Keel, who has elected to (step down)": the choice before the verb, too.)
    // ("…, who announced in December that she would (retire)": the person before the relative clause.)
    const tp = trailingPerson(prefix.replace(/,?\s+who(?:\s+(?:is|will|has|had))?(?:\s+(?:elected|decided|chosen|opted|agreed|planning|planned|expected|set)(?:\s+to)?)?\s*$/i, '').replace(WHO_SAID_HE_WOULD, ''));
    // "Snowflake appoints Sridhar Ramaswamy as CEO, Frank Slootman to retire": only the
    // leaver's own clause describes them; the company is then the sentence's subject.
    // "Twilio names Khozema Shipchandler CEO as Jeff Lawson exits": so does a clause opened by "as", "while"….
    const own = tp ? tp.before.replace(/^.*(?:[,;]|\s(?:as|while|after|amid|following))(?:\s+|$)/i, '') : prefix;
    // ("Lonergan succeeds Fernando Aguirre, who …", "Elisabetta will succeed Carla Mahieu, who …": the successor is no company.)
    const successor = tp !== null && SUCCESSOR_BEFORE.test(own);
    let { company, title } = own.trim() && !successor ? companyAndTitle(own) : { company: null, title: null };
    if (heldOffice && !title) title = heldOffice;
    // ("named COO Crystal Long to succeed CEO Harriet May, who is retiring": the office right before the leaver.)
    if (tp && /\s(?:to succeed|to replace|succeeding|replacing|succeeds|replaces)\s/.test(own)) {
      const words = own.trim().split(/\s+/);
      for (let k = Math.min(5, words.length - 1); k >= 1; k--) {
        const tail = words.slice(-k).join(' ');
        if (readTitle(tail) === tail) {
          title = tail;
          break;
        }
      }
    }
    // "The chief executive of Vodafone (Nick Read)": the employer after the office.
    if (!company && title && tp) {
      const of = /^(?:the\s+)?(?:[\p{L}-]+\s+){1,4}(?:of|at)\s+(\p{Lu}.*)$/u.exec(own.trim());
      if (of && readTitle(own.trim().replace(/^the\s+/i, ''))) company = objectName(of[1]!);
    }
    // ("Wells Fargo CEO steps down": a name right before an office is its employer, even one shaped like a person's.)
    // (Only before a top office, and never ending in a place: "Lazada Thailand CEO" is Lazada's country chief.)
    // (And never set off by a comma: "Jeffrey Amsel, Chief Financial Officer, has resigned" names the person.)
    // (With the leaver named after the office, "Chicago Tribune editor Gerould Kern", any office will do.)
    const topOffice = title !== null && company !== null && ((tp !== null && !/\bof\b/i.test(title)) || /\b(?:CEO|CFO|COO|CTO|CMO|CRO|CPO|CIO|chief|president)\b/i.test(title)) && !isPlace(company.split(' ').pop()!) &&
      !/^\s*,/.test(own.slice(own.lastIndexOf(company) + company.length));
    const checked = company ? plausibleCompany(company, topOffice) : null;
    if (checked) company = checked;
    else if (company) {
      // "Long-time VP of Engineering Carl Becker": the title stands; "CFO Alan Marsh": the "company" was the title;
      // "will join Monzo as CCO…, leaving Klarna": a clause, whose title is the new job's.
      if (!DESCRIBER.test(company)) title = readTitle(own.trim());
      company = null;
    }
    // "Our Chief Operating Officer, Tomas Weber, will be leaving": the office in front of the name.
    if (!title && tp && !own.trim() && /,\s*$/.test(tp.before)) title = readTitle(tp.before.replace(/[,\s]+$/, '').split(/[,;]/).pop()!.replace(/^.*\bthat\s+/i, ''));
    if (tp && !own.trim() && own !== tp.before) {
      // (Only words before the leaver: "…, Beth Jacob has resigned as CIO of Target" names the company after the office.)
      const ahead = s.indexOf(tp.name) > 0 ? s.slice(0, s.indexOf(tp.name)) : s;
      const part = ahead.split(/\s(?:names|appoints|taps|hires|promotes|announces|says|confirms)\s/i)[0]!;
      company = employerBefore(leadingSubject(s)) ?? employerBefore(part.trim()) ?? subjectName(part);
      // (An office is no company: "Uber CFO Nelson Chai" leaves "CFO" before the name.)
      const bareOffice = company?.replace(/^(?:our|its|their|the)\s+/i, '').replace(/[,\s]+$/, '');
      if (bareOffice && readTitle(bareOffice) === bareOffice) company = null;
      // ("In June, Reshaad Sha announced that he had resigned as CEO of …": the leader of the sentence is the leaver.)
      if (company && companyKey(company) === companyKey(tp.name)) company = null;
    }
    // "Chewy, Inc., an online retailer, announced on July 20 that its CFO Mario Marte has decided to retire": the speaker's.
    if (!company && tp && /\b(?:its|said|says|announced|confirmed)\s+(?:[\w-]+\s+){0,4}$/i.test(tp.before)) {
      company = plausibleCompany(speakerOfIts(s));
    }
    // ("Photronics, Inc., a leader in photomasks, today announced that John Jordan, … has decided to retire": the speaker.)
    if (!company && tp && heldOffice) {
      const said = /^(.{2,200}?)\s+(?:today\s+|on\s+\w+day\s+)?(?:announced|announces|said|says|confirmed|confirms)(?:\s+(?:on\s+)?(?:today|\w+day))?(?:\s+that)?\s*$/i.exec(tp.before.trim());
      if (said) company = plausibleCompany(subjectName(said[1]!));
    }
    // "Monday.com's data chief departs": the possessor is the company.
    if (!company && !tp) {
      const pos = /^(.{2,60}?)['’]s?\s+((?:[\p{L}-]+\s+){0,3}(?:chief|head|boss|ceo|cfo|cto|coo|cmo|cro|cpo|president|founder|co-founder|director|vp|svp|evp|officer))\s*$/iu.exec(prefix.trim());
      if (pos) {
        company = plausibleCompany(subjectName(pos[1]!));
        title = pos[2]!;
        // "Marlowe's Department Stores CEO": the shop's whole name, then the office.
        const tokens = `${pos[1]!}'s ${pos[2]!}`.split(' ');
        const at = tokens.length - pos[2]!.split(' ').length - 1;
        if (possessiveShop(tokens, at)) {
          const name = /^((?:\p{Lu}[\p{L}-]*\s+){1,3}?)(?=(?:chief|head|boss|ceo|cfo|cto|coo|cmo|cro|cpo|president|founder|co-founder|director|vp|svp|evp|officer)\b)/iu.exec(pos[2]!);
          if (name) {
            company = plausibleCompany(`${pos[1]!}'s ${name[1]!.trim()}`);
            title = pos[2]!.slice(name[0].length);
          }
        }
      }
    }
    // ("stepped down from her role as …", "exit his current position as …", "retiring after a longtime stint as …")
    // ("is no longer CEO of Summit Healthcare": the office follows at once.)
    const as = /^is no longer$/i.test(m[1]!) ? /^\s*(?:the\s+)?/.exec(after) : /^\s*(?:as|from (?:the )?(?:role|position) of|(?:from\s+)?(?:his|her|their|the)\s+(?:current\s+)?(?:role|position|post|job|duties)\s+(?:as|of)|after\s+(?:a|an|his|her|their)?\s*(?:[\w-]+\s+){0,2}?(?:stint|tenure|run|years?|decades?)\s+as)\s+/i.exec(after);
    if (as) {
      const rest = after.slice(as[0].length);
      // "co-founder Jonah Albrecht is stepping down as CEO": the office left, not the founder's description.
      title = (title && !/^(?:co-?founder|founder)$/i.test(title) ? title : null) ?? readTitle(rest) ?? title;
      // "resigns as Acme CFO": the company in front of the office.
      if (!title && !company) {
        const ct = companyAndTitle(rest.split(/[,;.]|\s(?:after|effective|amid|following|to|and|in|on|at)\s/)[0]!);
        if (ct.title && plausibleCompany(ct.company)) ({ company, title } = ct);
      }
      const of = title ? /^\s*,?\s*(?:of|at)\s+/i.exec(rest.slice(rest.indexOf(title) + title.length)) : null;
      if (of && !company) {
        const held = rest.slice(rest.indexOf(title!) + title!.length + of[0].length);
        // ("as CEO of adidas in 2023": a lower-case brand after the office.)
        const lower = /^(\p{Ll}[\p{Ll}\d.]*)(?=[\s,;.]|$)/u.exec(held);
        company = objectName(held) ?? (lower && lowerBrand(lower[1]!) ? lower[1]! : null);
      }
    } else if (!company && /^(?:leaves|leaving|leave|left|has left|have left|quits|has quit|moves on from|moved on from|is moving on from|exits|exiting|exit|departs|departed|departing|parts ways with|parting ways with)$/i.test(m[1]!) && !/^\s*(?:for|to)\s/i.test(after)) {
      company = objectName(after);
      // "left Marchmont Ventures after six years as a general partner": the office held there.
      const held = company ? /^[^.;]{0,80}?\bafter\s+(?:[\w-]+\s+){1,3}(?:as|in the role of)\s+(?:a\s+|an\s+|its\s+|the\s+)?/i.exec(after) : null;
      if (held) title = title ?? readTitle(after.slice(held[0].length));
    }
    // ("has resigned from Acme Corp", "will retire from Halden Bank": the company left, after "from".)
    if (!company && (tp || title) && /^\s*from\s+(?:the\s+)?\p{Lu}/u.test(after) && /^(?:resign|retir|step|stepp|stand|stood|depart|exit)/i.test(m[1]!) && !/^\s*from\s+(?:the\s+)?(?:\p{Lu}\S*\s+){0,5}(?:Board|Council|Senate|Parliament)\b/u.test(after)) company = plausibleCompany(objectName(after.replace(/^\s*from\s+/i, '')));
    // Only the person and role named ("CFO Alan Marsh to step down"): the item's own company.
    if (!company && (tp || title)) company = mainCompany(doc);
    if (title && !isOperatingRole(title)) return null;
    if (!company || !companyKey(company)) return null;
    if (!tp && !title) return null;
    // ("the company's founder, …, has agreed to stand down": without the person, a founder's title says too little.)
    if (!tp && /^(?:co-?)?founder$/i.test(title ?? '')) return null;
    // ("Portel, who helped found the organization in 2001, retired as CEO": a surname the item gives in full is the leaver.)
    if (!tp && !fromTitle && /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(company) && !doc.title.includes(company)) {
      const whole = wholeName(doc, company);
      if (whole !== company && looksLikePerson(whole) && company.length > 3) {
        const own = mainCompany(doc);
        // (Without the item's company, the one a successor's sentence names is read by the predecessor reader.)
        return own && companyKey(own) !== companyKey(company) ? leaverEvent(doc, s, fromTitle, own, whole, title) : null;
      }
    }
    return leaverEvent(doc, s, fromTitle, company, tp ? withoutHonorifics(cased(doc, tp.name, fromTitle)!) : null, title);
  }
}

/** "Mr Sayers would retire": the person's whole name where the item gives it ("company founder Ron Sayers"). */
function wholeName(doc: Doc, surname: string): string {
  const text = `${doc.title} ${doc.body}`;
  for (let at = text.indexOf(` ${surname}`); at >= 0; at = text.indexOf(` ${surname}`, at + 1)) {
    const run = trailingPerson(text.slice(Math.max(0, at - 60), at + 1 + surname.length));
    // (Never across a sentence's end: "… Jewish Quarterly. Vanden Heuvel".)
    if (run && run.name.endsWith(surname) && run.name.includes(' ') && !/[.!?]\s/.test(run.name)) return run.name;
  }
  return surname;
}

/** One departure: the company and office as the item writes them, the office classified; a named leaver is surer. */
function leaverEvent(doc: Doc, s: string, fromTitle: boolean, company: string, person: string | null, title: string | null): ExtractedEvent {
  const e = blankEvent('departure', s);
  e.company = cased(doc, company, fromTitle);
  e.person = person && !person.includes(' ') ? wholeName(doc, person) : person;
  setTitle(e, title ? cased(doc, title, fromTitle) : null);
  e.confidence = clamp((fromTitle ? 0.7 : 0.6) + (person ? 0.05 : 0));
  return e;
}

/** "parts ways with CMO Jake Moran", "announces the retirement of CFO Gary Holt": the leaver follows the verb. */
function objectDeparture(doc: Doc, s: string, fromTitle: boolean, prefix: string, after: string): ExtractedEvent | null {
  const text = after.split(/[;:]|,\s+(?:and|who|effective)\b/)[0]!.trim().replace(/^(?:(?:its|their|the company['’]s|longtime|long-time|founding|embattled|outgoing|departing|retiring|beleaguered)\s+)+/i, '');
  const title = readTitle(text);
  const p = findPerson(title ? text.slice(text.indexOf(title) + title.length).replace(/^\s*,?\s*/, '') : text, 0);
  if (!p || p.run.start !== 0) return null;
  if (title && !isOperatingRole(title)) return null;
  // The subject that parts ways with someone is the employer, even when its name reads like a person's ("Maple Grocers").
  // ("X has been appointed … following the resignation of Y": the words before the preposition are another clause.)
  const clause = /\b(?:following|after|amid|upon|since|despite|over|in the wake of|due to|because of)\s*(?:the\s+)?$/i.test(prefix);
  const subject = clause ? null : subjectName(prefix.replace(/\s+(?:today\s+)?(?:announces|announced|confirms|confirmed|reports|reported|disclosed|has|have)\s*$/i, ''));
  const company = (subject && !GENERIC.test(subject) && !DESCRIBER.test(subject) && readTitle(subject) === null ? subject : null) ?? mainCompany(doc);
  if (!company || !companyKey(company)) return null;
  return leaverEvent(doc, s, fromTitle, company, cased(doc, p.run.name.replace(/[,;:]$/, ''), fromTitle), title);
}
