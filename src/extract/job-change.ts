import type { ExtractedEvent } from '../types.js';
import { companyKey, personKey } from '../resolve/company-key.js';
import { moreSentences, type Doc } from './doc.js';
import { blankEvent, cased, clamp, fullestName, isAnaphor, tailWords } from './event.js';
import { leadingSubject, looksLikePerson, objectName, recase, subjectName, withoutHonorifics } from './names.js';
import { foreignMoves, hasForeignMoveWords } from './moves-foreign.js';
import { isRumour } from './negatives.js';
import { authorCompany, companyAndTitle, employerBefore, findPerson, formerFromDescriptor, ownedName, personAt, plainName, speakerOfIts, trailingPerson } from './people.js';
import { classifyTitle, isOperatingRole, isPlace, isTitleWord, ledRole, readTitle, startsTitle } from './titles.js';

// Job changes, press-release style: "Acme names Jane Doe CMO", "appoints … as", "taps",
// "hires", "promotes X to", "welcomes", "announced the appointment of", "Jane Doe joins
// Acme as …", "Jane Doe has been appointed CFO of Acme"; and first-person career posts
// ("I'm starting a new position as VP of Marketing at Loom!") whose person is the author.

const COMPANY_VERB =
  /\b(?:has\s+|have\s+|had\s+|is\s+)?(?:today\s+)?(names|named|appoints|appointed|appointing|taps|tapped|hires|hired|lands|landed|welcomes|welcomed|welcoming|(?:pleased|excited|delighted|proud|thrilled|happy)\s+to\s+welcome|please\s+welcome|adds|added|promotes|promoted|elevates|elevated|brings on|brought on|brings in|brought in|selects|selected|elects|elected|recruits|recruited|poaches|poached|lures|lured|nabs|nabbed|snags|snagged|grabs|grabbed|ropes in|roped in|onboards|onboarded|brings on board|brought on board|enlists|enlisted|picks|picked|(?:announces|announced|announce|confirms|confirmed|unveils|unveiled|approves|approved|ratifies|ratified)\s+(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\s+)?(?:the\s+)?(?:(?:immediate|planned|upcoming|permanent)\s+)?(?:appointments?|hiring|hires?|promotions?|additions?|nominations?)\s+of|announces|announced|confirms|confirmed|(?:with|through|via|following)\s+the\s+(?:appointments?|hiring|hire|promotions?|additions?)\s+of|(?:with|through|via|following)\s+(?:appointments?|hiring|hire|promotions?|additions?)\s+of|brings back|brought back|rehires|rehired|makes|made)\b/gi;
// Verbs that make a headline ending at the hire's name a move (the title is then in the body).
const BARE_HIRE = /^(?:hires|hired|poaches|poached|lures|lured|taps|tapped|nabs|nabbed|snags|snagged|grabs|grabbed|recruits|recruited|brings on|brought on|appoints|appointed|names|named)$/i;
// "Mastercard announces Michael Miebach as next CEO" (case-sensitive: the name is capitalised).
const ANNOUNCED_AS = /^\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,4}as\s+(?:(?:its|the|our|their)\s+)?(?:(?:new|next|incoming)\s+)?[\p{L}-]/u;
const JOIN_VERB =
  /\b(?:has\s+|have\s+|had\s+)?(?:officially\s+|formally\s+|now\s+)?(joins|joined|will join|will be joining|is joining|to join|rejoins|rejoined|will be rejoining|is rejoining|will rejoin|returns to|moves to|heads to|is heading to|heading to|jumps to|defects to|signs on with|comes aboard|takes the helm at|took the helm at|takes the reins at|took the reins at|starts at|started at|will start at|is starting at|begins at|began at|(?:will|to) (?:lead|head|run)(?=\s[^.;]{1,60}?\sas\s))\b/gi;
const PASSIVE_VERB =
  /\b(?:has been|have been|was|is|gets|got|to be|will be|been)?\s*(named|appointed|announced(?= as )|promoted|tapped|hired|anointed|elected|chosen|selected|elevated|picked|confirmed|installed|(?:is set to|is to|to|will|has) become|becomes|takes over as|took over as|(?:has|have) taken over as|will take over as|to take over as|(?:is )?taking over as|steps up to|stepped up to|steps up as|moves up to|tapped as|named as|(?:takes|took|taken|taking|take) up (?:the )?(?:role|position|post) of|(?:assumes|assumed|has assumed|will assume) (?:the )?(?:role|position|post) of|(?:takes|took|taken|will take|to take) charge as|roped in as|brought on board as|onboarded as|(?:will return|returns|is returning|to return|returned) (?:to the company )?as)\b/gi;

// "President names Marcus Hale as Treasury Secretary": a government, not a prospect.
const PUBLIC_OFFICE = /^(?:(?:the\s+)?President|White House|Prime Minister|Governor|Mayor|Senate|Congress|Parliament|Government|Ministry|Pope|King|Queen|Kremlin|Downing Street|City|County|Town|Village|State|City Council|County Board|Police Department)(?:-elect)?$|^(?:President|Governor|Mayor|Senator|Premier|Chancellor)-elect$/i;
const AWARD = /\b(?:c[a-z]{1,2}o|chief [\w ]{2,30} officer|executive|leader|manager|marketer|founder|entrepreneur|woman|man|person|rookie)s? of the (?:year|month|decade|week|quarter)\b/i;

// Everything up to "… announced (today) that": the news that follows names the person.
const UP_TO_SAID_THAT = /^.*\b(?:announced|announces|said|says|confirmed|confirms|shared|shares)\s+(?:(?:on\s+)?(?:today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?(?:that\s+)?/i;

const ROLE_INTRO =
  /^\s*,?\s*(?:as|to serve as|to be(?=\s+(?:its|the|their|our)\s)|to be(?=\s+(?:group|global|interim|acting|chief|the|its|new)\b)|to(?: (?:the |a )?(?:newly[\s-]created\s+|new\s+|additional\s+|expanded\s+|combined\s+)?(?:role|position|post) of)?|in the (?:newly[\s-]created\s+|new\s+|additional\s+|expanded\s+|combined\s+)?(?:role|position) of|into the (?:newly[\s-]created\s+|new\s+|additional\s+|expanded\s+|combined\s+)?(?:role|position) of|for the (?:role|position) of)\s+(?:(?:its|the|our|their|the (?:company|firm|shop|agency|bank|group)['’]s)\s+(?=(?:new|next|incoming|first)\s))?(?:(?:new|next|incoming|first)\s+)?/i;
const AT_COMPANY = /^\s*,?\s*(?:of|at|for|with|@)\s+/i;

/** "… as VP of Sales at Loomly": the company named right after the office in `text`, or null. */
function companyAfter(text: string, title: string, read: (s: string) => string | null = objectName): string | null {
  const end = text.indexOf(title) + title.length;
  const at = AT_COMPANY.exec(text.slice(end));
  if (!at) return null;
  const object = text.slice(end + at[0].length);
  const name = read(object);
  // "head of the AntiTrust division", "vice president of the Alabama Division": a unit, not the employer.
  if (name && (/\s(?:Division|Department|Unit)$/.test(name) || UNIT_AFTER.test(object.slice(object.indexOf(name) + name.length)))) return null;
  return name;
}
const UNIT_AFTER = /^\s+(?:division|department|unit|practice|team|segment|business unit)\b/;

const SPEAKER = /^(.{2,80}?)\s+(?:today\s+|on\s+\w+day\s+|\w+day\s+)?(?:announced|announces|said|says|confirmed|confirms|disclosed)\s+(?:(?:on\s+)?\w+day\s+)?(?:that\s+)?(?:it|we|they)\s*$/i;
const SHARED_SUBJECT =
  /^(.{2,60}?)\s+(?:invests|invested|acquires|acquired|buys|bought|raises|raised|launches|launched|opens|opened|expands|expanded|cuts|lays off|laid off|reports|reported|posts|posted|signs|signed|partners with|teams up with|announces|announced|unveils|unveiled)\b[^,]*,\s*(?:and\s+)?$/i;
// "hires Amir Haddad to run product": the work the hire will do (lower case: "to Lead Designer" is a title).
const TO_DO_WORK = /^\s*,?\s*to\s+(?:lead|run|oversee|helm|spearhead|steer|build|drive|scale)\s/;
const HIRED_FROM =
  /^(?:(?:[Aa]|[Aa]n|[Tt]he|[Ll]ong-?time|[Tt]op|[Vv]eteran|[Ss]enior|[Ff]ormer|[Ee]x)\s+|[Ee]x-)*((?:\p{Lu}[\p{L}\d.&-]*\s+){0,2}\p{Lu}[\p{L}\d.&-]*)\s+(?:[\p{Ll}-]+\s+)?(?:(?:co-founder|cofounder|founder) and )?(?:exec|execs|executive|veteran|leader|VP|SVP|EVP|C[A-Z]{1,2}O|head|chief|director|engineer|alum|president|partner|boss|co-founder|cofounder|founder|manager|banker|dealmaker|rainmaker|researcher|scientist|analyst|trader|designer|marketer|lawyer|vet|Exec|Executive|Marketer|Veteran|Vet|Chief|Banker)$/u;

interface Found {
  person: string; // '' when the headline names the role but not the person (filled from the body)
  title: string;
  company: string | null; // null: the item's main company
  previous: string | null;
  fromTitle: boolean;
  firstPerson: boolean;
  evidence: string;
  led?: string; // "to lead its sales team" → "Head of Sales": used when the body states no title
}

const PLEASED_TO = /\s+(?:is|are|was|were)\s+(?:very\s+|so\s+)?(?:pleased|delighted|excited|proud|thrilled|happy|honou?red)\s+to\s*$/i;
const COMPANY_BOARD = /(?<=\p{L})['’]s?\s+board(?:\s+of\s+directors)?(?=(?:\s+(?:has|have|had|today|also|unanimously|formally|on\s+\w+day))*\s*$)/iu;
const UNITS_NEW = /^\s*,?\s*as\s+((?:\p{Lu}[\p{L}\d.&-]*\s+){0,5}\p{Lu}[\p{L}\d.&-]*)['’]s\s+(?:new|next|first|incoming)\s+(?=\p{L})/u;
const BOARD_OF = /^(?:.*?[,;:]\s+)?(?:the\s+)?board(?:\s+of\s+(?:directors|trustees|governors))?\s+(?:of|at)\s+(?!(?:directors|trustees|governors)\b)(?:the\s+)?(?=\p{Lu})/iu;
const ITS_BOARD = /\bits\s+board(?:\s+of\s+directors)?\s+(?:has\s+|have\s+)?(?:(?:on\s+)?(?:today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?$/i;
const SUBJECT_VERB = /\s(?:(?:has|have)\s+)?(?:strengthens|bolsters|expands|builds out|grows|deepens|boosts|rounds out|completes|enhances|reinforces|bulks up|adds to|strengthened|bolstered|expanded|built out|grew|grown|deepened|boosted|rounded out|completed|enhanced|reinforced|bulked up|added to)\s/i;

/** "<Company> names <Person> <Title>" and its variants. */
const NEW_OFFICE_AFTER = /^\s*,?\s*(?:the|its|their|our)\s+(?:new|next|incoming)\s+/i;

function companyFirst(s: string, fromTitle: boolean, out: Found[]): void {
  COMPANY_VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COMPANY_VERB.exec(s)) !== null) {
    // "Newly-appointed Premier League chief executive …": a verb inside a hyphenated word describes someone.
    if (m.index > 0 && s[m.index - 1] === '-') continue;
    // A bare "announces" is an appointment only as "announces <Person> as <Title>".
    // ("Microsoft announced its new head of marketing today, Chris Capossela": its new office, then the person.)
    if (/^(?:announces|announced|confirms|confirmed)$/i.test(m[1]!) && !ANNOUNCED_AS.test(s.slice(m.index + m[0].length)) && !/^\s+(?:(?:its|their|our|a)\s+)?new\s/i.test(s.slice(m.index + m[0].length))) continue;
    let prefix = s.slice(0, m.index);
    // "AccorHotels is pleased to announce the appointment of …": the company that is pleased.
    if (/\bto\s*$/.test(prefix)) prefix = prefix.replace(PLEASED_TO, ' ');
    // "Micron Technology's board appointed …": the board acts for its company.
    // ("The board of directors of the Philippine Stock Exchange unanimously elected …": so does "the board of".)
    if (prefix.includes('board') || prefix.includes('Board')) prefix = prefix.replace(COMPANY_BOARD, '').replace(BOARD_OF, '').replace(/\s+(?:unanimously|today|yesterday|also|formally)\s*$/i, ' ');
    // '"…strong margins," added Chief Financial Officer Raj Malhotra': a quote's attribution, not a hire.
    if (/^add/i.test(m[1]!) && /[”"’'],?\s*$/.test(prefix)) continue;
    // "Rohan Das has been roped in as CFO by Meesho": passive voice, read below.
    // ("Alistair Machoka was recently named CEO of …": an adverb between the auxiliary and the verb.)
    const plain = prefix.replace(/\s+(?:recently|just|now|officially|also|formally)\s*$/i, ' ');
    if (/\b(?:has been|have been|had been|was|were|is|are|be|been|being)\s*$/i.test(plain) && /(?:ed|in|on|on board)$/i.test(m[1]!)) continue;
    // "Jane Doe named CMO of Acme" is passive (read below); "Acme has named Jane Doe" is not.
    if (!/^(?:has|have)\b/i.test(m[0]) && trailingPerson(prefix) && /^named|^appointed|^promoted|^tapped|^hired|^elevated|^selected|^elected|^picked/i.test(m[1]!) && !personThenRole(s.slice(m.index + m[0].length))) continue;
    // ("…; Bunch elected CEO": in a headline the past tense straight before an office is passive.)
    if (fromTitle && !/^(?:has|have)\b/i.test(m[0]) && /^(?:named|appointed|promoted|elevated|elected|selected|picked|tapped)$/i.test(m[1]!) && readTitle(s.slice(m.index + m[0].length).replace(/^\s*(?:as|to)\s+/i, '')) !== null) continue;
    if (isRumour(s.slice(Math.max(0, m.index - 40), m.index + m[0].length))) continue;
    // "Acme today announced that it has appointed…": "it" is the speaker, named in the same sentence.
    const speaker = /\b(?:it|we|they)\s*$/i.test(prefix.trim()) ? SPEAKER.exec(prefix) : null;
    // "Thrilled to welcome Ibrahim Conteh as our new COO", "Please welcome our new CFO, …": the poster's own company.
    const ownWelcome = /welcome$|^welcoming$/i.test(m[1]!) && /^(?:(?:we['’]re|we are|so|very|really|we|i['’]m|i am)\s*)*$/i.test(prefix.trim());
    // ("According to the release, the company has appointed…": the clause after the comma.)
    // ("SouthGobi Resources Monday said that its board has appointed …": the board speaks for the company that said so.)
    const itsBoard = ITS_BOARD.test(prefix);
    const anaphor = !speaker && (ownWelcome || itsBoard || isAnaphor(tailWords(prefix.slice(prefix.lastIndexOf(',') + 1), 4)) || /\b(?:it|we|we['’]re|we are|we['’]ve|we have)(?:\s+(?:also|so|very|really|all))?\s*$/i.test(prefix.trim()));
    // "Acme strengthens leadership with appointment of…", "Acme expands C-suite, hires…": the subject opens the clause.
    const opener = anaphor ? null : leadingSubject(prefix);
    // "FAVO Capital Strengthens Executive Team With Appointments of …": the subject is before its own verb.
    const ownVerb = anaphor ? null : SUBJECT_VERB.exec(prefix);
    if (ownVerb) prefix = prefix.slice(0, ownVerb.index);
    // "Meta invests $14.3B in Scale AI, hires CEO Alexandr Wang": the first clause's subject hires.
    const shared = !anaphor && prefix.includes(',') ? SHARED_SUBJECT.exec(prefix) : null;
    const company = anaphor ? (itsBoard ? speakerOfIts(prefix) : null) : (speaker ? subjectName(speaker[1]!) : null) ?? (shared ? subjectName(shared[1]!) : null) ?? subjectName(prefix) ?? (opener && !looksLikePerson(opener) ? opener : null);
    if (!company && !anaphor) continue;
    const rest = s.slice(m.index + m[0].length);
    // Title first: "names new CMO Jane Doe", "appoints Chief Marketing Officer Jane Doe".
    let lead = rest.replace(/^\s*(?:its|our|a|the|as)\s+/i, '').replace(/^(?:new|first-ever|first)\s+/i, '');
    // "appointed three new general partners — Katie Haun, Connie Chan, and Angela Strange —": each takes the office.
    const many = PLURAL_OFFICES.exec(lead);
    if (many) lead = `${many[1]}${many[2]!.replace(/s$/, '')} ${lead.slice(many[0].length).replace(/^\s*[—–:]\s*/, '')}`;
    const t0 = readTitle(lead);
    if (t0 && many) {
      const names: string[] = [];
      let more = lead.slice(lead.indexOf(t0) + t0.length).trim();
      for (let k = 0; k < 6; k++) {
        const q = findPerson(more, 0);
        if (!q || q.run.start !== 0) break;
        names.push(q.run.name.replace(/[,;:]$/, ''));
        more = q.tokens.slice(q.run.end).join(' ').replace(/^\s*(?:,\s*)?(?:and\s+)?/, '');
      }
      if (names.length >= 2) {
        for (const name of names) out.push({ person: name, title: t0, company, previous: null, fromTitle, firstPerson: false, evidence: s });
        continue;
      }
    }
    if (t0) {
      const after = lead.slice(lead.indexOf(t0) + t0.length).replace(/^\s*,?\s*/, '').replace(/^(?:today|yesterday|on \w+day),?\s+/i, '');
      const p = findPerson(after, 0);
      if (p) {
        // "elevates CRO Tim Berg to CEO": the title in front is the one the person leaves.
        // (A name closed by ";" ends its clause: "…Tully Blalock; Founding executive Stan Allen to retire".)
        const rest1 = /[;:]$/.test(p.tokens[p.run.end - 1] ?? '') ? '' : p.tokens.slice(p.run.end).join(' ');
        // "… Lisa Moreno to succeed him as Chief Executive Officer": the office comes after the one replaced.
        // ("names COO Crystal Long to succeed CEO Harriet May": the office of the one succeeded.)
        const succeeded = /^\s*,?\s*to\s+(?:succeed|replace)\s+(?:(?:its|the|longtime|long-time|outgoing|retiring|current)\s+)*/i.exec(rest1);
        const t1 = succeeded && !/\sas\s/.test(rest1.slice(0, 80)) ? readTitle(rest1.slice(succeeded[0].length))
          : /^\s*,?\s*(?:to|as)\s/i.test(rest1) ? readTitle(rest1.replace(/^\s*,?\s*to\s+(?:succeed|replace)\s+[^,.;]{1,40}?\s+(?=as\s)/i, '').replace(ROLE_INTRO, ''))
          // ("named director Robert Switz the new chairman of the board": the new office after the name.)
          : NEW_OFFICE_AFTER.test(rest1) ? readTitle(rest1.replace(NEW_OFFICE_AFTER, ''))
          // ("elected outside director John K. Wulff Chairman of the Board": an office right after the name.)
          : /^\s*\p{Lu}/u.test(rest1) ? readTitle(rest1) : null;
        out.push({ person: p.run.name, title: t1 ?? t0, company, previous: null, fromTitle, firstPerson: false, evidence: s });
        continue;
      }
    }
    let p = findPerson(rest, 7, true);
    // "Names Former Rockwell Collins Chief Kelly Ortberg as CEO": a name-shaped employer, a describing noun, then the hire.
    // ("has named Delta Air Lines CFO Paul Jacobson chief financial officer": an office acronym, too.)
    const hired = p ? employerThenPerson(p, (w) => /^(?:chief|exec|executive|veteran|vet|banker|alum|insider|founder|co-founder|cofounder|boss)$/i.test(w) || /^C[A-Z]{1,3}O$/.test(w)) ?? employerInRun(p) : null;
    const employerRun = hired?.employer ?? null;
    if (hired) p = hired.person;
    // "hires Vireo Beverages CMO as its first chief brand officer": a name-shaped employer and its office,
    // with nobody named after them; the hire is the person the body names.
    if (p && !employerRun && fromTitle) {
      const afterRun = p.tokens.slice(p.run.end);
      if (afterRun.length > 2 && (startsTitle(afterRun[0]!) || /^(?:exec|executive|veteran|vet|alum|boss)$/i.test(afterRun[0]!)) && !findPerson(afterRun.slice(1).join(' '), 3)) {
        // Only with a second office after "as": "names Marcus Chen VP of Sales" names the hire.
        const asAt = afterRun.findIndex((t) => /^as$/i.test(t));
        const slotText = asAt > 0 && asAt <= 3 ? afterRun.slice(asAt + 1).join(' ') : '';
        // ("… as its first chief brand officer": the office the company fills; "… as founder steps back" is a clause.)
        const slot = /^(?:its|their|the|a|an)\s/i.test(slotText) ? readTitle(slotText.replace(/^(?:its|their|the|a|an)\s+(?:new\s+|first\s+)?/i, '')) : null;
        if (slot) {
          out.push({ person: '', title: slot, company, previous: p.run.name, fromTitle, firstPerson: false, evidence: s });
          continue;
        }
      }
    }
    // "appoints Aadit Palicha's former colleague Kaivalya Vohra as CTO": the possessor is not the hire.
    // ("has hired Freshfields Bruckhaus Deringer's Jonathan Reeve": a firm's name right before the hire is the
    // employer they leave.)
    let possessor: string | null = null;
    if (p && /(?:['’]s|s['’])$/.test(p.tokens[p.run.end - 1] ?? '')) {
      const after = p.tokens.slice(p.run.end).join(' ');
      const next = findPerson(after, 4);
      if (next && next.run.start === 0) possessor = p.run.name.replace(/['’]s?$/, '');
      p = next ? { ...next, before: '' } : p;
    }
    if (!p) {
      // "Anthropic hires former Salesforce marketing chief as CMO": the role now, the person from the body.
      const as = /\s(?:as|to)\s+/i.exec(rest);
      const slotTitle = t0 ?? (as ? readTitle(rest.slice(as.index + as[0].length)) : null);
      if (fromTitle && slotTitle) out.push({ person: '', title: slotTitle, company, previous: formerFromDescriptor(as ? rest.slice(0, as.index) : ''), fromTitle, firstPerson: false, evidence: s });
      continue;
    }
    // "nabs Coinbase exec John Smith", "recruits Meta VP Sam Lee": the hire's employer until now.
    let previous = employerRun ?? possessor ?? formerFromDescriptor(p.before) ?? (p.before ? HIRED_FROM.exec(p.before)?.[1] ?? null : null);
    // "Thrilled to welcome Anders Ebbesen to our team as Head of Data at Trellisway!"
    let tail = p.tokens.slice(p.run.end).join(' ').replace(/^\s*to\s+(?:our|the)\s+(?:team|company|family|crew)\s+(?=as\s)/i, '');
    // "hired Sarah Lindqvist from Lemonade as Director of Data Science"
    const from = /^,?\s*from\s+/i.exec(tail);
    if (from) {
      const prev = objectName(tail.slice(from[0].length));
      const as = /\s(?:as|to)\s+/i.exec(tail);
      if (prev && as) {
        previous = previous ?? prev;
        tail = tail.slice(as.index);
      }
    }
    // "has promoted Nadia Okonkwo-Hale, Samuel Trinh and Sofia Petrakis to partner": several people, one title.
    // (The first name's comma stays on its last word: the list then goes on with the next name.)
    const alsoNamed: string[] = [];
    {
      const names: string[] = [];
      let rest2 = p.run.comma ? ', ' + tail : tail;
      for (let k = 0; k < 6 && /^\s*(?:,\s*(?:and\s+)?|and\s+)\p{Lu}/u.test(rest2); k++) {
        const q = findPerson(rest2.replace(/^\s*(?:,\s*(?:and\s+)?|and\s+)/, ''), 0);
        if (!q || q.run.start !== 0) break;
        names.push(q.run.name);
        rest2 = q.tokens.slice(q.run.end).join(' ');
        if (!/^\s*(?:,|and\s)/.test(rest2)) break;
      }
      // ("adds A and B to its executive team" names no office.)
      if (names.length > 0 && /^\s*(?:to|as)\s/i.test(rest2) && !/^\s*(?:to|as)\s+(?:its|the|our|their)\s/i.test(rest2)) {
        alsoNamed.push(...names);
        tail = rest2;
        p = { ...p, run: { ...p.run, comma: false } };
      }
    }
    if (/^(?:makes|made)$/i.test(m[1]!)) {
      // "Acme makes Jane Doe its first Chief AI Officer"; "makes Jane Doe a partner" is no hire.
      const its = /^\s*(?:its|their|the company['’]s)\s+(?:new\s+|first\s+|next\s+|first-ever\s+)?/i.exec(tail);
      if (!its) continue;
      tail = 'as ' + tail.slice(its[0].length);
    }
    if (p.run.comma) {
      // An appositive: "Jane Doe, former Stripe exec, as CMO" / "Jane Doe, who most recently…, as".
      // The appositive closes with a comma before "as"/"to": "Gorka, formerly deputy assistant to President Trump, as a strategist".
      const as = /,\s+(?:as|to)\s+/i.exec(tail) ?? /,?\s+(?:as|to)\s+/i.exec(tail);
      if (as) {
        previous = previous ?? formerFromDescriptor(tail.slice(0, as.index));
        tail = tail.slice(as.index);
      }
    }
    // "to lead new AI unit" is the work, not a title that happens to start with "lead".
    // Lower-case only: "promotes Jane Doe to Lead Designer" is a title.
    const led = ledRole(tail) ?? undefined;
    const work = led !== undefined || TO_DO_WORK.test(tail);
    // ("… as Henry Ford Allegiance Medical Group’s new Chief Medical Officer": the office of a named unit.)
    const unit = work ? null : UNITS_NEW.exec(tail);
    if (unit) tail = 'as ' + tail.slice(unit[0].length);
    const unitCompany = unit ? subjectName(unit[1]!) : null;
    const title = work ? null : readTitle(tail.replace(ROLE_INTRO, ''));
    if (!title) {
      // "Checkout.com hires Revolut's Amir Haddad to run product": the body gives the title.
      if ((fromTitle || led) && (TO_DO_WORK.test(tail) || /^(?:to|as)\s+head\b/i.test(tail))) out.push({ person: p.run.name, title: '', company, previous, fromTitle, firstPerson: false, evidence: s, led });
      // "Ardent Legal poaches Baker McKenzie's Olivia Grant" ends at the name: the body gives the
      // title ("Grant will join … as head of disputes"), or the headline reads as no move at all.
      else if (fromTitle && BARE_HIRE.test(m[1]!)) {
        const bare = /^(?:,?\s*from\s+(.+))?$/i.exec(tail.trim());
        if (bare) out.push({ person: p.run.name, title: '', company, previous: previous ?? (bare[1] ? objectName(bare[1]) : null), fromTitle, firstPerson: false, evidence: s });
      }
      continue;
    }
    // "We're delighted to welcome Jane Okafor as our new VP of Sales at Loomly": the employer after the title.
    let employer = unitCompany ?? company;
    if (!employer) {
      employer = companyAfter(tail.replace(ROLE_INTRO, ''), title);
    }
    out.push({ person: p.run.name, title, company: employer, previous, fromTitle, firstPerson: false, evidence: s });
    for (const name of alsoNamed) out.push({ person: name, title, company: employer, previous: null, fromTitle, firstPerson: false, evidence: s });
    // "the appointments of Maria Lopez as CMO and Kenji Tanaka as CTO"
    let more = tail.replace(ROLE_INTRO, '');
    for (let k = 0; k < 4; k++) {
      const t = readTitle(more);
      if (!t) break;
      more = more.slice(more.indexOf(t) + t.length).replace(/^\s*,?\s*(?:and\s+)?/, '');
      const next = findPerson(more, 0);
      if (!next) break;
      const rest2 = next.tokens.slice(next.run.end).join(' ');
      const intro = ROLE_INTRO.exec(rest2);
      // "the promotions of Diane Carver to CCO and Sanjay Mehta to CSO": "to" in a list of promotions, "as" elsewhere.
      // "Lattice Names Sofia Marquez CRO, Tom Reilly CFO": the title right after the second name, too.
      const t2 = intro && (/\bas\b/i.test(intro[0]) || (/^promot/i.test(m[1]!.replace(/^.*\b(?=promot)/i, '')) && /\bto\b/i.test(intro[0])))
        ? readTitle(rest2.slice(intro[0].length))
        : !intro ? readTitle(rest2) : null;
      if (!t2) break;
      out.push({ person: next.run.name, title: t2, company, previous: null, fromTitle, firstPerson: false, evidence: s });
      more = intro ? rest2.slice(intro[0].length) : rest2;
    }
  }
}

/**
 * The person a move is about, from the words before its verb: "Jane Doe (has)", "Yuki Tanaka
 * left Figma (to join)" (with the employer left), "Lauren Castellanos, who spent four years as
 * Salesforce's CMO, (joins)", "Datadog today announced that Jane Marsh, formerly of AWS, (has joined)".
 */
// (Only right after a name, and never a person: "He takes on the role from Carlton Ervin".)
const FROM_PLACE = /(?<=\p{Lu}[\p{L}'’-]*)\s+(?:from|of)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s*$/u;
function personBefore(prefix: string): { tp: { name: string; before: string }; previous?: string | null } | null {
  // ("a new pipeline leader in David Weinreich, who (is joining …)": the relative pronoun after the name.)
  // ("Aung San Maung from Myanmar (has been appointed …)", "Jane Doe from Stripe (has joined …)": where the person
  // comes from is not part of the name; a company there is the one left.)
  let fromOrg: string | null = null;
  const bare = prefix.replace(/\s+(?:has|have|had|will|today|officially)\s*$/i, '').replace(/,?\s+who\s*$/i, '').replace(FROM_PLACE, (m, place: string) => {
    if (isPlace(place)) return '';
    if (looksLikePerson(place) || !/^from$/i.test(m.trim().split(/\s+/)[0]!)) return m;
    fromOrg = place;
    return '';
  });
  // "Jin Ha-eun is leaving Blueprint Korea (to become…)": the leaver first, else the company left
  // (whose name may be shaped like a person's) is taken for the person.
  const left = LEAVER_HINT.test(bare) ? leaverBefore(bare) : null;
  if (left) return left;
  // ("Miroslaw Stachowicz, an independent director of Stock Spirits, (will serve …)": the name, then its appositive,
  // whose last words may be shaped like a name.)
  if (bare.trimEnd().endsWith(',')) {
    const opener = findPerson(bare, 0);
    const rest = opener?.run.comma ? bare.slice(bare.indexOf(',') + 1) : '';
    if (opener && /^\s*(?:a|an|the|its|their|our|who|currently|formerly|former|previously|most recently|longtime|long-time)\s/i.test(rest)) return { tp: { name: opener.run.name, before: rest } };
  }
  const tp = trailingPerson(bare.replace(/\b(?:announced|announces|said|says|confirmed)\s+(?:that\s+)?$/i, '').trim());
  if (tp) return fromOrg ? { tp, previous: fromOrg } : { tp };
  // ("Once Miller steps down, A. Dwight Utz, who joined the bank as COO in 2015, (will take over …)": the name before
  // a relative clause that closes right before the verb.)
  const who = bare.trimEnd().endsWith(',') ? bare.lastIndexOf(', who ') : -1;
  const named = who > 0 ? trailingPerson(bare.slice(0, who)) : null;
  if (named) return { tp: named };
  const said = UP_TO_SAID_THAT.exec(bare);
  const clause = said ? bare.slice(said[0].length) : bare;
  const lead = findPerson(clause, 0);
  if (lead && lead.run.comma && /,\s*$/.test(clause)) return { tp: { name: lead.run.name, before: clause.slice(clause.indexOf(',') + 1) } };
  return null;
}

const LEAVER_VERBS = 'left|leaves|is leaving|departed|departs|is departing|quit|quits|exited|exits|(?:is stepping|steps|stepped|will step) down|resigned|resigns|(?:has|will) resign';
// The cheap test in front of LEAVER (a lazy pattern anchored at the start is costly on long prefixes).
const LEAVER_HINT = new RegExp(`\\b(?:${LEAVER_VERBS})\\b`);
const LEAVER = new RegExp(`^(.*?)\\s+(?:has\\s+)?(?:${LEAVER_VERBS})(?:\\s+(.+?))?\\s*$`);

/** "Yuki Tanaka left Figma" (before "to join…" / "to become…"): the person, and the employer left. */
function leaverBefore(prefix: string): { tp: { name: string; before: string }; previous: string | null } | null {
  const m = LEAVER.exec(prefix);
  if (!m) return null;
  // "Ian Mercer, a vice president at Google DeepMind, has left (to join…)": an appositive closes with a
  // comma and the name opens the clause (its last words, "Condé Nast,", are the employer, not the person).
  let tp: { name: string; before: string } | null = null;
  if (/,\s*$/.test(m[1]!)) {
    const lead = findPerson(m[1]!, 0);
    if (lead && lead.run.start === 0 && lead.run.comma) tp = { name: lead.run.name, before: '' };
  }
  tp ??= trailingPerson(m[1]!);
  return tp ? { tp, previous: m[2] ? officeLeft(m[2]) : null } : null;
}

/** What follows a leaver's verb: "Figma", or the office left ("as CFO of Stripe", "as Stripe's CFO"). */
function officeLeft(words: string): string | null {
  const as = /^as\s+(?:the\s+)?/i.exec(words);
  if (!as) return objectName(words);
  const office = words.slice(as[0].length);
  const of = /\s(?:of|at)\s+(?=[\p{Lu}\d])/u.exec(office);
  if (of) return objectName(office.slice(of.index + of[0].length));
  const owner = /^((?:[\p{Lu}][\p{L}\d.&-]*\s+){0,3}[\p{Lu}][\p{L}\d.&-]*)['’]s?\s/u.exec(office);
  return owner ? owner[1]! : employerBefore(office);
}

/** "<Person> joins <Company> as <Title>". */
function personJoins(s: string, fromTitle: boolean, out: Found[]): void {
  JOIN_VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = JOIN_VERB.exec(s)) !== null) {
    const prefix = s.slice(0, m.index);
    // ("A. Dwight Utz, who joined the bank as COO in 2015, will take over as CEO": a past move in a relative clause.)
    if (/^(?:joined|rejoined|had joined)$/i.test(m[1]!) && /,\s*who\s+(?:had\s+)?$/i.test(prefix)) continue;
    // ("… comes two months after Bell Sports veteran John Doerr joined the company as its new COO": background.)
    if (/^(?:joined|rejoined)$/i.test(m[1]!) && /\b(?:after|since|before|when)\s+(?:\S+\s+){1,6}$/i.test(prefix) && !/[,;]\s/.test(prefix.slice(prefix.search(/\b(?:after|since|before|when)\s+(?:\S+\s+){1,6}$/i)))) continue;
    const subject = personBefore(prefix);
    let tp = subject?.tp ?? null;
    const left = subject?.previous !== undefined ? subject : null;
    if (!tp && fromTitle) {
      // "Personio's former HR chief joins Pleo as Chief People Officer": the person comes from the body.
      const rest = s.slice(m.index + m[0].length);
      const company = objectName(rest);
      const as = /\sas\s+/i.exec(rest);
      const title = company && as ? readTitle(rest.slice(as.index + as[0].length)) : null;
      if (company && title) out.push({ person: '', title, company, previous: formerFromDescriptor(prefix) ?? HIRED_FROM.exec(prefix.trim())?.[1] ?? null, fromTitle, firstPerson: false, evidence: s });
      continue;
    }
    if (!tp) continue;
    let rest = s.slice(m.index + m[0].length);
    let company: string | null = null;
    // "Goldman Sachs partner Thomas Reilly is leaving the bank to join Apollo": the subject's employer until now.
    let previous = left?.previous ?? formerFromDescriptor(tp.before) ?? (tp.before ? HIRED_FROM.exec(tp.before.trim())?.[1] ?? null : null);
    if (/^\s*(?:as|in the role of)\b/i.test(rest) || /^\s*(?:us\b|(?:the|our)\s+(?:company|team|firm|startup|bank|business|organi[sz]ation|group|leadership team|executive team|management team)\b)/i.test(rest)) {
      rest = rest.replace(/^\s*(?:us\b|(?:the|our)\s+(?:company|team|firm|startup|bank|business|organi[sz]ation|group|leadership team|executive team|management team)\b)/i, '');
      // "Pinterest said Wednesday that Caroline Ahmed … will join the company": the speaker is the company.
      // ("Cortexa Health is proud to announce that Dr. Priyanka Sethi has joined us as …" too.)
      const speaker = /^(.{2,80}?)\s+(?:today\s+)?(?:announced|announces|said|says|confirmed|confirms|is (?:proud|pleased|excited|delighted|thrilled|happy) to (?:announce|share|welcome))\b/i.exec(prefix);
      company = speaker ? subjectName(speaker[1]!) : null;
    } else {
      company = objectName(rest);
      if (!company) continue;
      const at = rest.indexOf(company.split(' ').pop()!);
      rest = rest.slice(at + company.split(' ').pop()!.length).replace(/^['’]s?\s+(?:[\w-]+\s+){0,3}?(?:team|board)\b/i, '');
      // "joined Fieldstone Labs, a stealth infrastructure startup, as CEO"
      rest = rest.replace(/^,\s+(?:a|an|the)\s+[^,]{1,80},(?=\s+as\b)/i, '');
    }
    const from = /^\s*,?\s*from\s+/i.exec(rest);
    if (from) {
      const prev = objectName(rest.slice(from[0].length));
      if (prev) {
        previous = previous ?? prev;
        rest = rest.slice(from[0].length + rest.slice(from[0].length).indexOf(prev) + prev.length);
      }
    }
    const intro = ROLE_INTRO.exec(rest);
    if (!intro || !/\bas\b|role|position|post/i.test(intro[0])) {
      // "Jane Doe joins Acme to lead its sales team"; "Ashurst partner Claire Tomlinson moves to Allens":
      // a headline move whose title the body gives ("Tomlinson will join Allens as a Partner").
      const led = company ? ledRole(rest) : null;
      if (led || (fromTitle && company && !/^\s*from\b/i.test(s.slice(m.index + m[0].length)))) out.push({ person: tp.name, title: '', company, previous, fromTitle, firstPerson: false, evidence: s, led: led ?? undefined });
      continue;
    }
    const title = readTitle(rest.slice(intro[0].length));
    if (!title) continue;
    const after = rest.slice(intro[0].length + rest.slice(intro[0].length).indexOf(title) + title.length);
    const fromAfter = /^\s*,?\s*(?:from|after\s+(?:\w+\s+){0,3}(?:at|with))\s+/i.exec(after);
    if (fromAfter && !previous) previous = objectName(after.slice(fromAfter[0].length));
    out.push({ person: tp.name, title, company, previous, fromTitle, firstPerson: false, evidence: s });
  }
}

// "Ingrid Halvorsen (ex-Tesla) is Kestrel Robotics' new COO", "Kristjan Tamm will become Vinted's Head of Growth"
const POSSESSIVE_NEW = /\s(?:is|will be|becomes|will become|has become|to become|(?:named|appointed|confirmed|announced|unveiled)(?:\s+as)?|as)\s+((?:[\p{Lu}][\p{L}\d.&-]*\s+){0,3}[\p{Lu}][\p{L}\d.&-]*)['’]s?\s+(?:new\s+|next\s+|first\s+|incoming\s+)?/gu;

function personPossessive(s: string, fromTitle: boolean, out: Found[]): void {
  POSSESSIVE_NEW.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = POSSESSIVE_NEW.exec(s)) !== null) {
    // ("Sonia Aggarwal was announced as Energy Innovation’s new CEO": the auxiliary before the verb.)
    const prefix = s.slice(0, m.index).replace(/\s*\([^)]*\)\s*$/, '').replace(/\s+(?:was|is|has been|have been|had been|will be|were)$/, '');
    const tp = trailingPerson(prefix) ?? (() => {
      const lead = findPerson(prefix, 0);
      return lead && lead.run.comma ? { name: lead.run.name, before: '' } : null;
    })();
    if (!tp) continue;
    // ("Gareth Manderson will replace Stephen Biggins as Core Lithium’s new CEO": the one replaced is not the hire.)
    if (/\b(?:replace|replaces|replacing|replaced|succeed|succeeds|succeeding|succeeded)\s*$/i.test(tp.before)) continue;
    const title = readTitle(s.slice(m.index + m[0].length));
    if (!title) continue;
    const paren = /\(([^)]*)\)\s*$/.exec(s.slice(0, m.index));
    const previous = formerFromDescriptor(tp.before) ?? (paren ? formerFromDescriptor(paren[1]!.replace(/^ex-\s*/i, 'former ') + ' exec') : null);
    out.push({ person: tp.name, title, company: m[1]!, previous, fromTitle, firstPerson: false, evidence: s });
  }
}

// "Brian Van Wagener will succeed Tim Cabral as chief financial officer"
const SUCCEEDS = /\b(?:will succeed|to succeed|succeeds|succeeded|is succeeding|replaces|will replace|to replace|replaced)\s+/gi;

// "Tesco CEO Terry Leahy will be succeeded by Philip Clarke"
// ("Chicago Tribune editor Gerould Kern is retiring and will be replaced immediately by … Bruce Dold")
const SUCCEEDED_BY = /\b(?:will be|is to be|is being|was|has been|is|to be)\s+(?:succeeded|replaced)\s+(?:(?:immediately|temporarily|on an interim basis|in the interim)\s+)?(?:(?:as\s+|in\s+(?:the|that)\s+(?:role|post|position)\s+)[^,;.]{2,60}?\s+)?by\s+/gi;
// "Jane Roe will retire as CEO of Acme and will be succeeded by …": the office the predecessor leaves, after the name.
const LEAVING_AND = /^(.{4,120}?)\s+(?:is|will|has|plans to|is to|is set to|is going to)\s+(?:be\s+)?(?:retiring|retire|stepping down|step down|leaving|leave|resigning|resign|departing|depart)\b[^;]{0,100}?,?\s+and\s*$/i;
const LEAVES_AS = /\bas\s+(?:(?:its|the|their)\s+)?([^,;]{2,80}?)\s*,?\s*(?:and\s*)?$/i;

function predecessorOffice(between: string): { company: string | null; title: string | null } {
  const as = LEAVES_AS.exec(between);
  const title = as ? readTitle(as[1]!) : null;
  return title ? { company: officeLeft(`as ${as![1]!}`), title } : { company: null, title: null };
}

/**
 * "Acme CEO Jane Roe will be succeeded by COO John Smith": the successor takes the office the
 * predecessor's description names, or the one stated after the name ("… by John Smith as CEO").
 */
function succeededBy(s: string, fromTitle: boolean, out: Found[]): void {
  SUCCEEDED_BY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SUCCEEDED_BY.exec(s)) !== null) {
    const prefix = s.slice(0, m.index);
    // ("Jane Roe will retire as CEO of Acme and will be succeeded by …": the leaver is the subject of the first verb.)
    const leaving = LEAVING_AND.exec(prefix);
    const tp = leaving ? trailingPerson(leaving[1]!) : personBefore(prefix.replace(/,?\s+who\s*$/i, '').replace(/\s*,\s*$/, ''))?.tp;
    if (!tp) continue;
    const rest = s.slice(m.index + m[0].length);
    // "by current COO John Smith", "by its chief operating officer, John Smith".
    const who = findPerson(rest, 6);
    if (!who || !/^\s*(?:(?:its|the|their|current|longtime|long-time|[a-z][\p{Ll}-]*(?:['’]s)?|C[A-Z]{1,3}O|Chief|Officer|President|Head|of|[\p{Lu}][\p{L}&-]*),?\s+)*$/u.test(who.before + ' ')) continue;
    const tail = who.tokens.slice(who.run.end).join(' ');
    const as = /^,?\s*as\s+(?:(?:its|the|our)\s+)?(?:new\s+)?/i.exec(tail);
    // "Acme CEO Jane Roe", "Acme said its chief financial officer, Mary Lee,": the office the predecessor holds.
    const desc = tp.before.replace(/[,\s]+$/, '').replace(/^.*[,;:]\s*/, '');
    const its = /\b(?:its|their)\s+(?:(?:longtime|long-time|longstanding|current|outgoing|retiring)\s+)?(?=\S)/i.exec(desc);
    let held = its ? { company: speakerOfIts(s), title: readTitle(desc.slice(its.index + its[0].length)) } : companyAndTitle(desc.replace(/^(?:the\s+)?(?:longtime|long-time|longstanding|current|outgoing|retiring)\s+/i, ''));
    if (!held.title) {
      const left = predecessorOffice(s.slice(s.lastIndexOf(tp.name, m.index) + tp.name.length, m.index));
      if (left.title) held = { company: left.company ?? held.company, title: left.title };
    }
    // ("Jane Roe, who has led Acme since 2012, will be succeeded by …": the sentence's subject is the predecessor, not the company.)
    if (!held.company && looksLikePerson(leadingSubject(s))) continue;
    const stated = m[0].match(/\bas\s+([^,;.]{2,60}?)\s+by\s+$/i);
    const title = (as ? readTitle(tail.slice(as[0].length)) : null) ?? (stated ? readTitle(stated[1]!) : null) ?? held.title;
    if (!title) continue;
    out.push({ person: who.run.name, title, company: held.company && companyKey(held.company) && !looksLikePerson(held.company) ? held.company : null, previous: null, fromTitle, firstPerson: false, evidence: s });
  }
}

// "IDA Ireland has appointed a new chief executive, with Michael Lohan taking up the role next month."
const UNNAMED_THEN_WITH =
  /^(.{2,80}?)\s+(?:has\s+|have\s+)?(?:appointed|named|hired|selected|chosen|picked|tapped)\s+(?:a|its)\s+(?:new\s+|first\s+|permanent\s+)?(.{2,60}?),\s+with\s+/i;
const TAKING_ROLE = /^\s*(?:taking up|taking over|stepping into|assuming|filling)\s+(?:the\s+)?(?:role|post|position|job)\b/i;

function unnamedThenWith(s: string, fromTitle: boolean, out: Found[]): void {
  const m = UNNAMED_THEN_WITH.exec(s);
  const title = m ? readTitle(m[2]!) : null;
  const company = title ? subjectName(m![1]!) : null;
  const p = company ? findPerson(s.slice(m![0].length), 0) : null;
  if (p && title && company && TAKING_ROLE.test(p.tokens.slice(p.run.end).join(' '))) out.push({ person: p.run.name, title, company, previous: null, fromTitle, firstPerson: false, evidence: s });
}

const SPEAKS = /^(?:,?[^,]{0,80},\s*)?(?:said|says|added|adds|commented|noted|stated|explained|told)\b/i;
const UNNAMED_IN_LEAD = /^(.{2,140}?)\s+(?:has|have)\s+(?:appointed|hired|recruited|named|welcomed)\s+(?:a|an|its)\s+(?:new\s+)?(?=\p{Lu}|[a-z])/u;

/** A lead that names the office but not the person: the role waits for the body's next name (as a headline's does). */
function unnamedInLead(s: string, out: Found[]): void {
  const m = UNNAMED_IN_LEAD.exec(s);
  if (!m) return;
  let rest = s.slice(m[0].length);
  // ("has appointed a professor of psychology as its new vice-chancellor": the office after the description.)
  const described = /^(?:[\p{L}-]+\s+){1,5}?as\s+(?:its|the|their)\s+(?:new\s+|next\s+|first\s+)?(?=\S)/u.exec(rest);
  if (described) rest = rest.slice(described[0].length);
  const title = readTitle(rest);
  // (Only an office followed by the end of the clause, not "a new team of engineers".)
  if (!title || !/^\s*(?:[.,;]|$|as part of|to (?:lead|oversee|head|run|drive)|for its|in its|who|based|following|after|amid)/i.test(rest.slice(rest.indexOf(title) + title.length)) || findPerson(rest, 6)) return;
  const company = subjectName(m[1]!);
  if (company && !looksLikePerson(company)) out.push({ person: '', title, company, previous: null, fromTitle: false, firstPerson: false, evidence: s });
}

/** "<Person> will succeed <Person> as <Title>": the successor's move (the company is the item's). */
function personSucceeds(s: string, fromTitle: boolean, out: Found[]): void {
  if (/(?:succeeded|replaced) (?:immediately |temporarily |on an interim basis |in the interim )?by/i.test(s)) succeededBy(s, fromTitle, out);
  SUCCEEDS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SUCCEEDS.exec(s)) !== null) {
    // "Yamini Rangan, currently Chief Customer Officer, will succeed…": the appositive is skipped.
    const tp = personBefore(s.slice(0, m.index))?.tp;
    if (!tp) {
      replacedWith(s, m, fromTitle, out);
      continue;
    }
    const rest = s.slice(m.index + m[0].length);
    // ("Kevin Freeman … will succeed him in the roles of president and CEO": the predecessor named before.)
    const him = /^(?:him|her)\s+(?:as|in\s+(?:the|both|those|these)\s+(?:roles?|posts?|positions?)\s+of)\s+(?:(?:its|the|our)\s+)?/i.exec(rest);
    if (him) {
      const title = readTitle(rest.slice(him[0].length));
      if (title) out.push({ person: tp.name, title, company: null, previous: null, fromTitle, firstPerson: false, evidence: s });
      continue;
    }
    // "will succeed co-founder Tom Hale", "succeeds longtime CEO Ann Roe": the predecessor's description.
    const who = findPerson(rest, 4);
    if (!who || !/^(?:(?:the\s+)?(?:[a-z][\p{Ll}-]*|C[A-Z]{1,3}O)(?:\s+|$))*$/u.test(who.before)) continue;
    const tail = who.tokens.slice(who.run.end).join(' ');
    const as = /^,?\s*(?:as\s+)(?:(?:its|the|our)\s+)?/i.exec(tail);
    if (!as) continue;
    let title = readTitle(tail.slice(as[0].length));
    let company: string | null = null;
    // "will replace Stephen Biggins as Core Lithium’s new CEO"
    const owner = title ? null : /^((?:\p{Lu}[\p{L}\d.&-]*\s+){0,3}\p{Lu}[\p{L}\d.&-]*)['’]s?\s+(?:new\s+|next\s+|incoming\s+)?/u.exec(tail.slice(as[0].length));
    if (owner) {
      title = readTitle(tail.slice(as[0].length + owner[0].length));
      company = title ? owner[1]! : null;
    }
    if (!title) {
      // "succeeds John Roe as Acme CEO"
      const ct = companyAndTitle(tail.slice(as[0].length).split(/[,;.]/)[0]!);
      if (!ct.title || !ct.company) continue;
      title = ct.title;
      company = ct.company;
    } else {
      company = companyAfter(tail.slice(as[0].length), title);
    }
    out.push({ person: tp.name, title, company, previous: formerFromDescriptor(tp.before), fromTitle, firstPerson: false, evidence: s });
  }
}

function nameAsInBody(doc: Doc, name: string): string {
  const tokens = name.split(' ');
  if (tokens.length < 3 || !doc.body || doc.body.includes(name)) return name;
  for (let k = 1; k <= tokens.length - 2; k++) {
    const tail = tokens.slice(k).join(' ');
    const at = doc.body.indexOf(tail);
    // (The words dropped must sit before it in lower case: "renowned identity expert Vittorio Bertocci".)
    if (at > 0 && doc.body.slice(Math.max(0, at - 40), at).toLowerCase().includes(tokens.slice(0, k).join(' ').toLowerCase())) return tail;
  }
  return name;
}

type PersonFound = NonNullable<ReturnType<typeof findPerson>>;

/**
 * "Delta Air Lines CFO Paul Jacobson", "Chipotle Mexican Grill head Brian Niccol": a run read as a person is a
 * name-shaped employer when an office word (`isOffice`) and another person follow it.
 */
function employerThenPerson(p: PersonFound, isOffice: (word: string) => boolean): { employer: string; person: PersonFound } | null {
  const afterRun = p.tokens.slice(p.run.end);
  if (afterRun.length <= 2 || !isOffice(afterRun[0]!)) return null;
  // ("McKinney Executive Creative Director Peter Nicholson": the whole office before the person.)
  const office = readTitle(afterRun.join(' '));
  const skip = office && office.split(' ').length > 1 ? office.split(' ').length : 1;
  const next = findPerson(afterRun.slice(skip).join(' '), 0) ?? (skip > 1 ? findPerson(afterRun.slice(1).join(' '), 0) : null);
  if (!next || next.run.start !== 0) return null;
  const used = next.tokens.length === afterRun.length - skip ? skip : 1;
  return { employer: p.run.name, person: { ...next, before: `${p.before} ${p.run.name} ${afterRun.slice(0, used).join(' ')}`.trim() } };
}

/**
 * "appointed the chief executive of Young Scot Louise Macdonald as national director": after "<office> of" the
 * name-shaped words run the employer and the person together; the person is the last two.
 */
function employerInRun(p: PersonFound): { employer: string; person: PersonFound } | null {
  const words = p.run.name.split(' ');
  if (words.length < 3 || !/\b(?:of|at)$/i.test(p.before)) return null;
  const office = p.before.replace(/\s+(?:of|at)$/i, '').replace(/^.*?\b(?:the|its|their|a|an)\s+/i, '');
  const person = words.slice(-2).join(' ');
  if (!readTitle(office) || !looksLikePerson(person)) return null;
  const employer = words.slice(0, -2).join(' ');
  return { employer, person: { ...p, run: { ...p.run, name: person }, before: `${p.before} ${employer}` } };
}

/** "The coffee giant replaced Laxman Narasimhan with Chipotle head Brian Niccol as its CEO": the company's move. */
function replacedWith(s: string, m: RegExpExecArray, fromTitle: boolean, out: Found[]): void {
  if (!/^replace/i.test(m[0])) return;
  // ("replaced CEO Karen Lynch with company veteran David Joyner": the office held may come before the name.)
  const old = findPerson(s.slice(m.index + m[0].length), 3);
  if (!old) return;
  const heldOffice = old.before ? readTitle(old.before.replace(/^(?:its|their|the)\s+/i, '')) : null;
  if (old.before && !heldOffice) return;
  // ("replaced CEO Mark Schneider, who led the company for eight years, with …": the relative clause is skipped.)
  const tail = old.tokens.slice(old.run.end).join(' ').replace(/^,?\s*who\b[^,]{2,100},\s*/i, '');
  const w = /^with\s+/i.exec(tail);
  let p = w ? findPerson(tail.slice(w[0].length), 5) : null;
  if (!p) return;
  // "with Chipotle Mexican Grill head Brian Niccol": a name-shaped employer and its office come first.
  const hired = employerThenPerson(p, (w) => /^(?:head|chief|exec|executive|boss|president|veteran|founder|co-founder|C[A-Z]{1,3}O)$/.test(w));
  if (hired) p = hired.person;
  const as = /^,?\s*as\s+(?:(?:its|the|their|our)\s+)?(?:new\s+)?/i.exec(p.tokens.slice(p.run.end).join(' '));
  const title = (as ? readTitle(p.tokens.slice(p.run.end).join(' ').slice(as[0].length)) : null) ?? heldOffice;
  if (!title) return;
  const prefix = s.slice(0, m.index).trim().replace(/\s+(?:has|have|had)$/i, '').replace(/\s+(?:in|on|last)\s+(?:\p{Lu}\p{Ll}+|week|month|year)$/u, '');
  const company = isAnaphor(tailWords(prefix, 4)) ? null : subjectName(prefix);
  out.push({ person: p.run.name, title, company, previous: p.before ? HIRED_FROM.exec(p.before)?.[1] ?? formerFromDescriptor(p.before) : null, fromTitle, firstPerson: false, evidence: s });
}

// "Jane Doe is now CMO at Loom", "Priya Raman (ex-Okta) is the new Head of Sales at Vanta"
// ("Misha Shubert has started as CEO of …", "Burkhard Eling took the helm as chief executive officer of …")
const IS_NOW = /\s(?:is now|is the new|is the next|will be the new|will be the next|is now the|has become|became|is joining as|joins as|has started as|started as|starts as|will start as|(?:has started|started|starts|will start) (?:on )?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.) \d{1,2}(?:, \d{4})?,? as|(?:has\s+)?(?:started|starts|begins|began|has begun)\s+(?:a|her|his|their)\s+new\s+(?:position|role|job)\s+as|took the helm as|takes the helm as|took the reins as|takes the reins as|has taken the helm as)\s+(?:the\s+)?(?:new\s+)?/gi;

function personIsNow(s: string, fromTitle: boolean, out: Found[]): void {
  IS_NOW.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IS_NOW.exec(s)) !== null) {
    const prefix = s.slice(0, m.index);
    const paren = /\(([^)]*)\)\s*$/.exec(prefix);
    // ("Aldemir Bendine, a leading banker, is the new chief executive of …": the appositive is skipped.)
    const tp = trailingPerson(prefix) ?? (prefix.trimEnd().endsWith(',') ? personBefore(prefix)?.tp : null);
    if (!tp) continue;
    const rest = s.slice(m.index + m[0].length);
    const title = readTitle(rest);
    if (!title) continue;
    // ("… of Brazil’s scandal-hit oil giant Petrobras": the company a place owns.)
    const company = companyAfter(rest, title, ownedName);
    if (!company) continue;
    const previous = formerFromDescriptor(tp.before) ?? (paren ? formerFromDescriptor(paren[1]!.replace(/^ex-\s*/i, 'former ') + ' exec') : null);
    out.push({ person: tp.name, title, company, previous, fromTitle, firstPerson: false, evidence: s });
  }
}

// "Tim Cahill moves from head of KPMG’s higher education practice to MD of Research Strategies Australia."
const MOVES_FROM = /\s(?:moves|moved|is moving|has moved|will move|switches|switched)\s+from\s+(.{2,90}?)\s+to\s+(?:(?:be|become|the role of|the post of)\s+)?(?:the\s+)?(?:new\s+)?/gi;

function personMovesFrom(s: string, fromTitle: boolean, out: Found[]): void {
  MOVES_FROM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MOVES_FROM.exec(s)) !== null) {
    const tp = trailingPerson(s.slice(0, m.index));
    if (!tp) continue;
    const rest = s.slice(m.index + m[0].length);
    const title = readTitle(rest);
    const company = title ? companyAfter(rest, title, ownedName) : null;
    if (!title || !company) continue;
    // ("from head of KPMG’s higher education practice": the firm the old office was at.)
    const from = m[1]!;
    const previous = formerFromDescriptor(`former ${from}`) ?? (/^\p{Lu}/u.test(from) ? objectName(from) : null);
    out.push({ person: tp.name, title, company, previous, fromTitle, firstPerson: false, evidence: s });
  }
}

// "Jordan Blake will step into the CPO role", "CFO Marcus Trent will serve as interim chief executive": a move
// inside the item's company (named after the title when it is another one). "serves as" is a state, not a move.
// ("JD Finley … has stepped in to serve as interim CEO", "Gordon Brooks will step up to the plate as interim CFO")
const STEPS_INTO = /\s(?:will step into|steps into|stepped into|to step into|will serve as|to serve as|will (?:now |also )?serve in the capacity (?:as|of)|will take on the role of|takes on the role of|has taken on the role of|have taken on the role of|took on the role of|will assume the role of|assumes the role of|(?:will step|steps|stepped|to step) (?:in|up)(?: to the plate)?(?: to serve)? as)\s+(?:the\s+)?(?:role\s+of\s+)?/gi;

function personStepsInto(s: string, fromTitle: boolean, out: Found[]): void {
  STEPS_INTO.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STEPS_INTO.exec(s)) !== null) {
    const prefix = s.slice(0, m.index);
    // ("David Lee has resigned as CFO of Zynga and Chief Accounting Officer Michelle Quejado will serve as …":
    // the name right before the verb is who serves, whoever left earlier in the sentence.)
    const last = / and /.test(prefix) ? trailingPerson(prefix) : null;
    const subject = last ? { tp: last } : personBefore(prefix);
    if (!subject) continue;
    const rest = s.slice(m.index + m[0].length);
    const title = readTitle(rest);
    if (!title) continue;
    // "CFO Dana Kim and COO Luis Ortega will serve as interim co-CEOs": both take the (shared) office.
    const one = title.replace(/\b(C[A-Z]{1,3}O)s\b/, '$1');
    const before = subject.tp.before.trim();
    const pair = /\band$/i.test(before.replace(/\s+(?:[A-Z]{2,4}|[Cc]hief [\w ]+? [Oo]fficer|[Pp]resident)$/, '')) && one !== title
      ? trailingPerson(before.replace(/\s+(?:[A-Z]{2,4}|[Cc]hief [\w ]+? [Oo]fficer|[Pp]resident)$/, '').replace(/\s+and$/i, ''))
      : null;
    const atCompany = AT_COMPANY.test(rest.slice(rest.indexOf(title) + title.length));
    const company = atCompany ? companyAfter(rest, title) : employerBefore(pair ? pair.before : before);
    if (pair) out.push({ person: pair.name, title: one, company, previous: null, fromTitle, firstPerson: false, evidence: s });
    out.push({ person: subject.tp.name, title: one, company, previous: null, fromTitle, firstPerson: false, evidence: s });
  }
}

// "Acme's new CEO is Jane Doe", "Acme hands CEO role to Jane Doe": the role first, the person last.
// ("Amazon.com’s new chief executive, Andy Jassy, is …": the person in an appositive after the office.)
const ROLE_IS = /^((?:[\p{Lu}][\p{L}\d.&'’-]*\s+){0,3}[\p{Lu}][\p{L}\d.&-]*)['’]s?\s+(?:new|next|incoming|first)\s+(.{2,60}?)(\s+(?:is|will be)|\s*:|,)\s+/u;
const NEW_ROLE_FOR = /^(?:a\s+)?(?:new|next|incoming)\s+(.{2,40}?)\s+(?:for|at)\s+([^:—–]{2,60}?)\s*[:—–]\s+/i;
const HANDS_ROLE = /\b(?:hands|handed|gives|gave)\s+(?:the\s+)?(.{2,50}?)\s+(?:role|job|post|reins|title|baton)\s+to\s+/i;

function roleThenPerson(s: string, fromTitle: boolean, out: Found[]): void {
  // "New CFO for Mollie: Jane Kramer joins from Adyen"
  const nf = NEW_ROLE_FOR.exec(s);
  if (nf) {
    const title = readTitle(nf[1]!);
    const company = title ? subjectName(nf[2]!) : null;
    const p = company ? findPerson(s.slice(nf[0].length), 0) : null;
    if (title && p && p.run.start === 0) out.push({ person: p.run.name, title, company, previous: null, fromTitle, firstPerson: false, evidence: s });
    return;
  }
  const r = ROLE_IS.exec(s);
  if (r) {
    const title = readTitle(r[2]!);
    const p = title ? findPerson(s.slice(r.index + r[0].length), 0) : null;
    if (title && p && (r[3] !== ',' || p.run.comma)) out.push({ person: p.run.name, title, company: r[1]!, previous: formerFromDescriptor(p.before), fromTitle, firstPerson: false, evidence: s });
    return;
  }
  const h = HANDS_ROLE.exec(s);
  if (h) {
    const title = readTitle(h[1]!);
    // "Veltrix founder Tom Hale hands CEO role to Dana Lee": the giver's employer, not the giver.
    const giver = trailingPerson(s.slice(0, h.index).trim());
    const company = giver ? employerBefore(giver.before) : subjectName(s.slice(0, h.index));
    const p = title && company ? findPerson(s.slice(h.index + h[0].length), 0) : null;
    if (title && p) out.push({ person: p.run.name, title, company, previous: formerFromDescriptor(p.before), fromTitle, firstPerson: false, evidence: s });
  }
}

/** "named Laura Simmons chief marketing officer", "appointed Jane Doe as CFO": a person, then the role. */
function personThenRole(rest: string): boolean {
  const p = findPerson(rest, 0);
  if (!p || p.run.start !== 0) return false;
  const after = p.tokens.slice(p.run.end).join(' ');
  return /^,?\s*(?:as|to)\s/i.test(after) || readTitle(after.replace(/^,\s*/, '')) !== null;
}

// "announced four additions to its executive team: Dr. Alan Mercer as Chief Medical Officer, Nicole Fairbanks as
// Chief Financial Officer and Omar Haddad as Chief Technology Officer": a list of moves after a colon.
// "Announces Two Executive Appointments", "Strengthens Leadership Team with Three Senior Appointments".
const SEVERAL_MOVES = /\b(?:two|three|four|five|six|several|multiple|key|senior|executive|leadership)\s+(?:(?:new|senior|executive|key|leadership)\s+)*(?:appointments|hires|additions|promotions|executives|leaders)\b|\bappointments\s+to\s+(?:its|the)\b|\b(?:leadership|executive|management|personnel|senior|top|c-suite)\s+(?:changes|shake-?up|reshuffle|moves|transitions)\b/i;
const UNNAMED_HIRE = /\b(?:appoints|names|hires|taps|adds|welcomes)\s+(?:a\s+|an\s+|its\s+)?(?:new|interim|first|permanent)\s+\S/i;
const TITLE_VERB = /\s(?:names|appoints|hires|taps|welcomes|promotes|announces|adds|brings on|strengthens|bolsters|expands|unveils|builds|grows|deepens)\s/i;

const PRONOUN_SUCCEEDED = /^(?:He|She)\s+(?=(?:will be|is to be|was|is|has been)\s+(?:succeeded|replaced)\s+by\s)/;
const OWNER_OPENS = /^((?:\p{Lu}[\p{L}\d.&-]*\s+){0,2}\p{Lu}[\p{L}\d.&-]*)['’]s\s+(?=\p{Lu})/u;
/** The company a headline is about: the words before its verb, or the name the body opens with when the headline starts with it. */
/** "Intel CEO" → "Intel": the employer in front of an office a headline's subject ends with. */
const withoutOffice = (name: string | null): string | null => (name && name.includes(' ') && startsTitle(name.split(' ').pop()!) ? employerBefore(name) : name);

function titleSubject(doc: Doc): string | null {
  const lead = doc.sentences[0] ? leadingSubject(doc.sentences[0]) : null;
  if (lead && doc.title.startsWith(lead + ' ')) return lead;
  const parts = doc.title.split(TITLE_VERB);
  // ("Hy-Vee's Ric Jurgens to Retire": without a hiring verb, the owner of the person the headline opens on.)
  if (parts.length === 1) {
    const own = OWNER_OPENS.exec(doc.title);
    if (own && findPerson(doc.title.slice(own[0].length), 0)?.run.start === 0) return own[1]!;
  }
  let name = subjectName(parts[0]!);
  name = withoutOffice(name);
  // "… as CEO of Tidewater Logistics": the company the office is of.
  const of = name && readTitle(name) ? /\sof\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(name) : null;
  if (of) name = of[1]!;
  // "Introducing our new Chief Product Officer and VP of Engineering": an office, not a company; nor is
  // the person a verbless headline ends with ("Please welcome our new CFO, Rosa Delgado-Hart!").
  return name && !readTitle(name) && !startsTitle(name.split(' ')[0]!) && (parts.length > 1 || !looksLikePerson(name)) ? name : null;
}

// (A newswire subject carries a long appositive: "Cajuí, a digital lender serving …, today announced".)
const LIST_SPEAKER = /^(.{2,200}?)\s+(?:today\s+|on \w+day\s+)?(?:announced|announces|named|names|unveiled|unveils|introduced|introduces|appointed|appoints)\b/i;
// "…, appointing Jess Pemberton as Chief Customer Officer and Ravi Naidu as …": the list after a participle.
const LIST_PARTICIPLE = /,\s+(?:appointing|naming|hiring|welcoming|promoting|adding)\s+(?=\p{Lu})/u;

function personList(s: string, fromTitle: boolean, out: Found[]): void {
  const colon = s.indexOf(': ');
  const participle = colon < 0 ? LIST_PARTICIPLE.exec(s) : null;
  const at = colon >= 0 ? colon : participle ? participle.index : -1;
  if (at < 0) return;
  const speaker = LIST_SPEAKER.exec(s.slice(0, at));
  const company = speaker ? subjectName(speaker[1]!) : null;
  if (!company) return;
  let rest = s.slice(colon >= 0 ? colon + 2 : at + participle![0].length);
  for (let k = 0; k < 6; k++) {
    const p = findPerson(rest.replace(/^(?:and\s+)?(?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?/, ''), 0);
    if (!p || p.run.start !== 0) return;
    const after = p.tokens.slice(p.run.end).join(' ');
    const as = /^,?\s*as\s+(?:(?:its|the|our)\s+)?(?:new\s+)?/i.exec(after);
    const title = as ? readTitle(after.slice(as[0].length)) : null;
    if (!title) return;
    out.push({ person: p.run.name, title, company, previous: null, fromTitle, firstPerson: false, evidence: s });
    const tail = after.slice(as![0].length);
    const next = /^.*?(?:,\s+(?:and\s+)?|\s+and\s+)(?=(?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?\p{Lu})/u.exec(tail.slice(tail.indexOf(title) + title.length));
    if (!next) return;
    rest = tail.slice(tail.indexOf(title) + title.length + next[0].length);
  }
}

/** "<Person> (has been) named|appointed <Title> of|at <Company>". */
function personPassive(s: string, fromTitle: boolean, out: Found[]): void {
  PASSIVE_VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PASSIVE_VERB.exec(s)) !== null) {
    const prefix = s.slice(0, m.index + (m[0].length - m[0].trimStart().length));
    // ("Arvind Krishna … was announced as the company’s new CEO": only after "was", "is" or "been".)
    if (m[1] === 'announced' && !/\b(?:was|been|is)\s*$/i.test(prefix) && !/^\s*(?:was|been|is)\b/i.test(m[0])) continue;
    // ("The Institute of Directors Scotland has appointed the chief executive of …": "has appointed" is active.)
    if (/\b(?:has|have|had)\s*$/i.test(prefix) && /^\s*(?:named|appointed|promoted|tapped|hired|elected|chosen|selected|elevated|picked)\b/i.test(m[0])) continue;
    const subject = personBefore(prefix.replace(/\s+(?:has been|have been|had been|was|were|is|are)\s+(?:immediately|unanimously|formally|officially|just|now|recently|also)\s*$/i, '').replace(/\s+(?:has|have|was|were|is|had)\s+(?:just|now|officially|recently|also)\s*$/i, '').replace(/\s+(?:has been|have been|was|is|gets|got|to be|will be)\s*$/i, ''));
    const tp = subject?.tp;
    const left = subject?.previous !== undefined ? subject : null;
    if (!tp) continue;
    if (isRumour(s.slice(Math.max(0, m.index - 40), m.index + m[0].length))) continue;
    // "… who were at the helm since Manu Jain was elevated to Group Vice President last year": a past move as background.
    if (/\b(?:since|until|before)\s*$/i.test(tp.before)) continue;
    // "Diageo North America named Laura Simmons CMO": a person right after the verb makes it active.
    if (!/\b(?:been|was|is|be|gets|got)\s*$/i.test(prefix) && personThenRole(s.slice(m.index + m[0].length))) continue;
    // "Software executive Leo Apotheker named to head HP": the company to head; the body gives the office.
    const toHead = /^\s*to\s+(?:head|lead|run|helm|steer)\s+(?=\p{Lu})/u.exec(s.slice(m.index + m[0].length));
    if (toHead) {
      const object = s.slice(m.index + m[0].length + toHead[0].length);
      const headed = objectName(object);
      // "Stephanie Pope has been appointed to lead BCA as new president and CEO": the office after the company.
      const rest = headed ? object.slice(object.indexOf(headed) + headed.length) : '';
      const as = /^\s*,?\s*as\s+(?:(?:its|the|our|their)\s+)?(?:new\s+)?/i.exec(rest);
      const title = as ? readTitle(rest.slice(as[0].length)) : null;
      if (headed && (title || fromTitle)) out.push({ person: tp.name, title: title ?? '', company: headed, previous: left?.previous ?? null, fromTitle, firstPerson: false, evidence: s });
      continue;
    }
    const rest = s.slice(m.index + m[0].length).replace(ROLE_INTRO, ' ');
    let title = readTitle(rest);
    let company: string | null = null;
    if (!title) {
      // "tapped as Acme CFO", "succeeds … as Acme CEO": the company in front of the title.
      const ct = companyAndTitle(rest.trim().split(/[,;.]/)[0]!);
      if (!ct.title || !ct.company) continue;
      title = ct.title;
      company = ct.company;
    }
    const after = rest.slice(rest.indexOf(title) + title.length);
    const at = AT_COMPANY.exec(after) ?? (/^(?:roped|brought|onboarded|hired|poached)/i.test(m[1]!) ? /^\s*,?\s*by\s+/i.exec(after) : null);
    if (at && !company) {
      // ("named president with Siva Kumar appointed chief strategy officer": "with" a person opens another appointment.)
      const named = objectName(after.slice(at[0].length));
      company = named && /with/i.test(at[0]) && looksLikePerson(named) ? null : named;
    }
    // "Acme CFO Jane Doe promoted to CEO": the company before the person's current title.
    if (!company && tp.before) {
      // ("April West is appointed VP of HR, while Don Graham is named …": only the clause of the one named.)
      const clause = tp.before.replace(/^.*(?:[,;]\s+(?:while|and|but|whereas)|;)(?:\s+|$)/i, '');
      const own = companyAndTitle(clause.trim());
      // ("Dr. Henrik Solberg, Senior Vice President of …": "Senior" is part of the title, not a company.)
      if (own.title && own.company && !startsTitle(own.company.split(' ')[0]!)) company = own.company;
    }
    // "David Asamoah, the Deputy Managing Director … at the Electricity Company of Ghana, has been appointed
    // acting Managing Director": an internal appointment at the employer the appositive names.
    let internal = false;
    if (!company && tp.before && /,\s*$/.test(tp.before)) {
      // (The office's own area is not the employer: "Senior Vice President of Clinical Development,".)
      const office = tp.before.replace(/^\s*(?:the|a|an|its|their)\s+/i, '');
      const held = readTitle(office);
      const rest = held ? office.slice(office.indexOf(held) + held.length) : '';
      const at = /^\s*(?:at|of|with)\s+(?:the\s+)?(?=\p{Lu})/u.exec(rest);
      if (at) company = objectName(rest.slice(at[0].length));
      internal = company !== null;
    }
    // ("calming down at The New Republic, where acting Editorial Director Chris Lehmann was anointed …": the place "where".)
    if (!company && prefix.includes('where')) {
      const where = /\b(?:at|in)\s+((?:the\s+)?\p{Lu}[^,;]{1,60}),\s+where\s/iu.exec(prefix);
      if (where) company = objectName(where[1]!);
    }
    // "Acme's Jane Doe promoted to COO"
    if (!company) {
      const pos = /([\p{Lu}][\p{L}\d&.-]*(?:\s+[\p{Lu}][\p{L}\d&.-]*){0,3})['’]s?\s*$/u.exec(tp.before);
      if (pos) company = pos[1]!;
    }
    let previous = internal ? null : left?.previous ?? formerFromDescriptor(tp.before.replace(/[\p{Lu}][\p{L}\d&.-]*['’]s?\s*$/u, ''));
    // "Longtime Stripe executive Jo Park is leaving to become CEO of Clearco": the employer in the
    // descriptor is the one left (when it is the new one, "Acme CFO Jo Park named CEO", a promotion).
    if (!previous && !internal && company && tp.before) {
      const was = HIRED_FROM.exec(tp.before.trim())?.[1] ?? null;
      if (was && companyKey(was) !== companyKey(company)) previous = was;
    }
    // ("Michael Ward and John Lauck have been appointed co-chief executive officers": both take the office.)
    const pair = /\band$/i.test(tp.before.trim()) && /\b(?:have|were|are)\b/i.test(m[0] + prefix.slice(-30)) ? trailingPerson(tp.before.trim().replace(/\s+and$/i, '')) : null;
    if (pair) out.push({ person: pair.name, title, company, previous: null, fromTitle, firstPerson: false, evidence: s });
    out.push({ person: tp.name, title, company, previous, fromTitle, firstPerson: false, evidence: s });
  }
}

// First-person career posts.
// Phrases after which a job title comes, then "at <Company>".
const FP_TITLE_AT = new RegExp(
  [
    String.raw`\b(?:new|my) (?:position|role|job|post|chapter|adventure) as\s+`,
    String.raw`\b(?:his|her|their) new (?:position|role|job|post)(?: as)?\s+`,
    String.raw`\b(?:start|started|starting|begin|began|beginning|step into|stepping into|stepped into|accept(?:ed|ing)?|take on|taking on|took on|assume[ds]?|assuming|move into|moving into|moved into)\s+(?:(?:today|tomorrow|monday|tuesday|wednesday|thursday|friday|next week|this week|next month|soon)\s+)?(?:(?:a|an|the|my)\s+)?(?:new\s+)?(?:(?:role|position|job|post|seat)\s+(?:as|of)\s+|as\s+)`,
    String.raw`\b(?:I['’]m|I am|I['’]ve been|I have been)\s+(?:now\s+|officially\s+)?(?:the\s+)?(?:new\s+)?(?:promoted to\s+|appointed(?: as)?\s+|named(?: as)?\s+)?(?=(?:chief|vp|svp|evp|head|director|senior|general|c[a-z]{1,3}o|co-?founder|founder|president|principal|staff|managing|vice|regional|global|group|area|district|country|associate|assistant|lead|manager|interim|acting|deputy|executive|partner)\b)`,
    String.raw`\b(?:I['’]ve|I have|I)\s+(?:officially\s+|just\s+)?(?:joined|rejoined)\s+as\s+`,
    String.raw`\b(?:my first (?:day|week|month)|[Dd]ay (?:one|1)|[Ff]irst day) as\s+`,
    String.raw`\b(?:serving|working) as\s+`,
    // "Day 1 at Databricks ✨ Joining as Senior AE", "Rejoining as Group PM", "new gig: CRO @ Hightouch".
    String.raw`\b(?:[Jj]oining|[Rr]ejoining|[Rr]ejoined) as\s+`,
    String.raw`\bnew (?:gig|role|job|position)\s*[:—–-]\s+`,
    // "Promoted to Regional Sales Director! 🎉"
    String.raw`(?:^|[.!?]\s+)[Pp]romoted to\s+`,
    // "Honored to be appointed CEO of Kinetica", "Proud to have been promoted to VP".
    String.raw`\b(?:honou?red|humbled|proud|thrilled|excited|delighted|happy) to (?:be|have been) (?:appointed|named|promoted to|elevated to)(?: as)?\s+`,
  ].join('|'),
  'gi',
);
const FP_COMPANY_AS = /\b(?:I['’]ve|I have|I)\s+(?:officially\s+|just\s+|recently\s+|finally\s+)?(?:joined|started at|started with|rejoined)\s+(?:the\s+(?:[\w-]+\s+)?team\s+(?:at|of)\s+)?|\bnew (?:role|position|job|chapter) (?:at|with)\s+|\b(?:I['’]m|I am|I['’]ll be|I will be|I)\s+(?:now\s+|officially\s+)?(?:joining|starting at|moving to|moving on to|heading to|returning to)\s+|\b(?:[Tt]oday|[Tt]omorrow|[Nn]ext week|[Tt]his week)\s+I\s+(?:start|begin)\s+(?:at|with)\s+|\b(?:to join|joining|to be joining|to have joined|to officially join)\s+(?:the\s+(?:[\w-]+\s+){0,2}?team\s+(?:at|of)\s+)?(?=[\p{Lu}])|\baccepted (?:a|an|the)\s+(?:new\s+)?(?:role|position|offer)\s+(?:at|with|from)\s+|\bsigned (?:my|an|the) offer (?:with|from|at)\s+|\b(?:I|I['’]ve|I have)\s+(?:have\s+)?join\s+|\b(?:I['’]m|I am) back at\s+|\b(?:will be|I['’]ll be)\s+working (?:in|at|for|with)\s+|\b(?:I['’]ll be|I will be|I['’]m)\s+(?:leading|heading|running)\s+(?:[\w-]+\s+){1,3}?(?:at|for)\s+(?=\p{Lu})|(?:^|[,.;:!]\s*)[Jj]oined\s+(?=\p{Lu})|\bmy first (?:day|week) at\s+/giu;
// Where a post names the company when the title sentence does not ("Day one at Intercom! I've joined as…").
const FP_CONTEXT_COMPANY = /\b(?:[Dd]ay one|[Dd]ay 1|[Bb]ack at|[Ff]irst day|[Ff]irst week|[Jj]oined|[Jj]oining|to join|to start|[Ss]tarted|[Ss]tarting|[Cc]o-?founded|[Ff]ounded|to build)\s+(?:at\s+|with\s+)?(?=[\p{Lu}])/gu;
// First person, stated or implied by a subjectless opener ("Excited to start as…").
const FP_PRONOUN = /\b(?:I|[Mm]y|[Mm]e)\b/;
// (An emoji ends a post's first line as a full stop would: "Officially a Stripe-r 💜 Thrilled to…". Matched as
// surrogate pairs: the Unicode flag makes the whole pattern slower.)
const FP_OPENER_WORDS = String.raw`(?:so\s+|very\s+|really\s+)?(?:excited|thrilled|happy|delighted|proud|honou?red|humbled|pleased|grateful|starting|started|joined|joining|today|new (?:role|job|chapter|position|gig))\b`;
const FP_OPENER = new RegExp(String.raw`(?:^|[.!?:]\s+)${FP_OPENER_WORDS}|\bjoined \S+ as\b`, 'i');
// Lower-case "i'm" and an opener after an emoji are rare: tested only when the cheap patterns fail.
const FP_OPENER_AFTER_EMOJI = new RegExp(String.raw`(?:[\uD83C-\uD83E][\uDC00-\uDFFF]|[\u2600-\u27BF])\uFE0F?\s*${FP_OPENER_WORDS}`, 'i');
const FP_CONTEXT = {
  test: (t: string): boolean =>
    FP_PRONOUN.test(t) || FP_OPENER.test(t) || t.includes("i'm ") || t.includes('i’m ') || (/[\uD800-\uDBFF\u2600-\u27BF]/.test(t) && FP_OPENER_AFTER_EMOJI.test(t)),
};

const FP_POSSESSIVE = /\b(?:I['’]m|I am)\s+(?:now\s+|officially\s+)?((?:[\p{Lu}][\p{L}\d.&-]*\s+){0,3}[\p{Lu}][\p{L}\d.&-]*)['’]s?\s+(?:new|next|first|incoming)\s+/u;

// "Congratulations to Kwame Mensah on his new role…": a post about someone else's move.
const THIRD_PARTY =
  /\b(?:congratulations|congrats|kudos|shout[- ]?out|huge welcome|a warm welcome|please (?:join me in )?welcom(?:e|ing)|welcome to the team,?|welcome)\s+(?:to\s+)?(?:(?:my|our) (?:friend|colleague|former colleague|mentor|teammate|former teammate|manager|former manager)\s+)?/gi;

const THIRD_PARTY_HINT = /congrat|kudos|shout|welcom/i;

function firstPerson(doc: Doc, text: string, out: Found[]): void {
  if (!doc.author && !THIRD_PARTY_HINT.test(text)) return;
  let person: string | null = null;
  let afterPerson = ''; // what follows a welcomed person's name ("… to Nubank as our new Head of Design")
  THIRD_PARTY.lastIndex = 0;
  let tm: RegExpExecArray | null;
  while ((tm = THIRD_PARTY.exec(text)) !== null && !person) {
    const p = findPerson(text.slice(tm.index + tm[0].length), 0);
    if (p) {
      person = p.run.name;
      afterPerson = p.tokens.slice(p.run.end).join(' ');
    }
  }
  if (!person) {
    // The context test first: most items are not first-person posts, and it is the cheaper test.
    if (!doc.author || !FP_CONTEXT.test(text)) return;
    if (!looksLikePerson(doc.author.replace(/\s*\([^)]*\)/g, ''))) return;
    person = doc.author.replace(/\s*\([^)]*\)/g, '').trim();
  }
  let title: string | null = null;
  let company: string | null = null;
  let titledEmployer = false;
  let evidence = '';
  FP_TITLE_AT.lastIndex = 0;
  let m = FP_TITLE_AT.exec(text);
  // "Five years ago I joined as an SDR": a look back on an anniversary, not a move.
  while (m && (/\b(?:years?|months?) ago\b|\bback in\b|\bin (?:19|20)\d\d\b|\bwhen I\b/i.test(text.slice(Math.max(0, m.index - 30), m.index + 2)) || /^[^.!?]{0,120}\b(?:was|were|has been|got) (?:eliminated|cut|made redundant)\b/i.test(text.slice(m.index)))) m = FP_TITLE_AT.exec(text);
  for (; m && !company; m = FP_TITLE_AT.exec(text)) {
    if (/^[^.!?]{0,120}\b(?:was|were|has been|got) (?:eliminated|cut|made redundant)\b/i.test(text.slice(m.index))) continue;
    const rest = text.slice(m.index + m[0].length);
    const t = readTitle(rest);
    if (t) {
      title = t;
      const after = rest.slice(rest.indexOf(title) + title.length);
      // "… as Partner Development Manager for our ISV ecosystem": "our" is the poster's own employer, unnamed here.
      const at = /^\s*,?\s*(?:for|with)\s+(?:our|my|their|the)\b/i.test(after) ? null : AT_COMPANY.exec(after);
      if (at) company = objectName(after.slice(at[0].length)) ?? lowerBrandAtEnd(after.slice(at[0].length), text);
      // "Chief Executive Officer of Wave Senegal": a name read right after the title is the employer, whatever its shape.
      titledEmployer = company !== null;
      if (!company) {
        FP_CONTEXT_COMPANY.lastIndex = 0;
        let c: RegExpExecArray | null;
        while (!company && (c = FP_CONTEXT_COMPANY.exec(text)) !== null) company = objectName(text.slice(c.index + c[0].length));
      }
      evidence = text.slice(m.index, m.index + 200);
    }
  }
  if (!company && afterPerson) {
    // "So excited to welcome Ana Souza to Nubank as our new Head of Product Design"
    const to = /^,?\s*(?:to|at)\s+(?:the\s+)?/i.exec(afterPerson);
    const c = to ? objectName(afterPerson.slice(to[0].length)) : null;
    const rest = c ? afterPerson.slice(afterPerson.indexOf(c) + c.length) : '';
    const as = /^(?:['’]s\s+(?:[\w-]+\s+){0,2}?team\s+)?,?\s*as\s+(?:(?:a|an|the|its|our|their)\s+)?(?:new\s+)?/i.exec(rest);
    let t = as ? readTitle(rest.slice(as[0].length)) : null;
    // "welcoming Naledi Khumalo to the Umoya Insurance leadership team! Naledi joins us as Chief People Officer…"
    if (c && !t && person && /^\s+(?:[\w-]+\s+){0,2}?team\b/i.test(rest)) {
      const first = escapeRe(person.split(' ')[0]!);
      const joins = new RegExp(`\\b${first}\\s+(?:joins|will join|is joining|has joined)(?:\\s+us|\\s+the team)?\\s+as\\s+(?:(?:our|the|a|an)\\s+)?(?:new\\s+)?`).exec(text);
      if (joins) t = readTitle(text.slice(joins.index + joins[0].length));
    }
    if (c && t) {
      company = c;
      title = t;
      titledEmployer = true;
      evidence = text.slice(0, 200);
    }
  }
  if (!company) {
    // "I'm Datadog's new Director of Product Marketing"
    const pos = FP_POSSESSIVE.exec(text);
    const t = pos ? readTitle(text.slice(pos.index + pos[0].length)) : null;
    if (pos && t) {
      company = pos[1]!;
      title = t;
      titledEmployer = true;
      evidence = text.slice(pos.index, pos.index + 200);
    }
  }
  if (!company) {
    FP_COMPANY_AS.lastIndex = 0;
    while ((m = FP_COMPANY_AS.exec(text)) !== null) {
      // "Five years ago I joined Datadog as an SDR": a look back, not this move.
      if (/\b(?:years?|months?) ago\b|\bback in\b|\bin (?:19|20)\d\d\b/i.test(text.slice(Math.max(0, m.index - 30), m.index + 2))) continue;
      const rest = text.slice(m.index + m[0].length);
      if (/^(?:as|in)\b/i.test(rest)) continue;
      // "join the board of the Lagos Business School alumni association": a seat, not a job.
      if (/^(?:the\s+)?(?:board|advisory board|council|committee|steering committee)\s+(?:of|at)\b/i.test(rest)) continue;
      const c = objectName(rest);
      if (!c) continue;
      const afterC = rest.slice(rest.indexOf(c) + c.length);
      // ("I am joining Muv and will be their Director of Software Development")
      const as = /^\s*(?:['’]s\s+(?:[\w-]+\s+){0,3}?team\s+)?,?\s*(?:as|in the role of|[—–:-]|and\s+will\s+(?:be|serve\s+as))\s+(?:(?:a|an|the|its|our|their)\s+)?(?:new\s+|first\s+)?/i.exec(afterC);
      let t = as ? readTitle(afterC.slice(as[0].length)) : null;
      if (!t && title) t = title;
      // "I'm joining Vercel to lead developer relations"
      if (!t) t = ledRole(afterC);
      if (!t) {
        // "…joined Figma this week. I'll be leading growth as Head of Growth" — look once more nearby.
        const near = /\bas\s+(?:(?:a|an|the|its|our)\s+)?(?:new\s+)?/i.exec(afterC.slice(0, 160));
        if (near) t = readTitle(afterC.slice(near.index + near[0].length));
      }
      if (!t) continue;
      company = c;
      title = t;
      // "I'm joining Osprey Hill as VP of Sales": the name joined "as" a title is the employer, whatever its shape.
      titledEmployer = as !== null && !/['’]s\s/.test(as[0]);
      evidence = text.slice(m.index, m.index + 200);
      break;
    }
  }
  if (!title || !company || (!titledEmployer && looksLikePerson(company))) return;
  const previous: string | null = null;
  out.push({ person, title, company, previous, fromTitle: true, firstPerson: true, evidence });
}

/** "… as Head of Growth at brevy!": a lower-case brand that ends the poster's sentence is their employer. */
function lowerBrandAtEnd(text: string, post: string): string | null {
  const m = /^(\p{Ll}[\p{Ll}\d]*(?:\.[\p{Ll}]{2,})?)\s*(?:[!.]|$|\s+(?:🎉|🚀|🙌|✨))/u.exec(text);
  if (!m || m[1]!.length < 3 || /^(?:the|a|an|our|my|their|home|work|last|this|that|all|scale|large)$/.test(m[1]!)) return null;
  // The post may spell it capitalised elsewhere ("at cal.com … Cal.com 📅 open source scheduling").
  const at = post.toLowerCase().indexOf(m[1]!);
  for (let i = at; i >= 0; i = post.toLowerCase().indexOf(m[1]!, i + 1)) if (/\p{Lu}/u.test(post[i]!)) return post.slice(i, i + m[1]!.length);
  return m[1]!;
}

// Where the new hire worked before, as newswire bodies and posts say it. Each pattern
// leads to the employer's name; the first that reads one wins, in this order.
const ROLE_THEN_AT =
  /\b(?:previously|formerly|most recently|prior to (?:this|that|joining[^,.;]{0,60}),?|before (?:that|this|joining[^,.;]{0,60}),?|until recently)\s*,?\s*(?:(?:she|he|they|I)\s+)?(?:was|were|served|serving|worked|working|held|holding|led|ran|headed|built|oversaw)?\s*(?:as\s+)?(?:the\s+|a\s+|an\s+)?/giu;
const SIMPLE_PREVIOUS: RegExp[] = [
  // "the new CFO of Kestrel Compute (from Twilio)"
  /\((?:from|ex-|formerly (?:at|of|with)|prev\.|previously(?: at| with)?)\s*(?=\p{Lu})/gu,
  /\b(?:joins|joined|joining|comes|arrives|arrived|moves|came|moving|coming)\s+(?:[\p{L}\d_-]+\s+){0,6}?from\s+/giu,
  /\bafter\s+(?:[\w-]+\s+){0,4}?(?:years?|months?|decade|stint|tenure|career|run|time)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:at|with)\s+/giu,
  // "…'s new Head of Customer Success, from Gainsight": a trailing origin after the role.
  /,\s+(?:(?:she|he|they)\s+)?(?:coming\s+|arriving\s+|joining\s+)?from\s+(?=\p{Lu})(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/gu,
  // "spent the last six years building logistics infrastructure at Flexport"
  /\bspent\s+(?:[\w-]+\s+){0,4}?(?:years?|months?|decade)\s+(?:[\p{Ll}-]+\s+){0,5}?(?:at|with)\s+/giu,
  /\b(?:[Ll]eaves?|[Ll]eaving|[Ll]eft|[Dd]eparting|[Dd]eparts)\s+(?=[\p{Lu}])/gu,
  /\b(?:[Tt]hanks?|[Tt]hank you|[Gg]rateful|[Gg]ratitude)\s+to\s+(?:the\s+|my\s+|everyone\s+at\s+|all\s+at\s+)?(?=[\p{Lu}])/gu,
  /\b(?:everyone|all|colleagues|friends|folks|teammates|team) at\s+/gi,
  /\b(?:my time|years?|months?) at\s+/gi,
];
const TEAM_OF = /\b(?:the|my|our)\s+([\p{Lu}][\p{L}\d.&'’-]*(?:\s[\p{Lu}][\p{L}\d.&'’-]*){0,2})\s+(?:[\p{Ll}]+\s+)?(?:team|family|crew|colleagues|folks|people|gang)\b/u;
const ROLE_NOUNS = ['boss', 'head', 'chief', 'lead', 'leader', 'exec', 'executive', 'vp', 'svp', 'cmo', 'cfo', 'cto', 'coo', 'cro', 'cpo', 'ciso', 'director', 'president', 'veteran', 'alum', 'engineer', 'manager', 'marketer', 'deputy', 'general'];
const ROLE_ALT = ROLE_NOUNS.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}|${w.toUpperCase()}`).join('|');
const POSSESSIVE_ROLE = new RegExp(
  `([\\p{Lu}][\\p{L}\\d.&'-]*(?:\\s[\\p{Lu}][\\p{L}\\d.&'-]*){0,2})['’]s\\s+(?:former\\s+|ex-\\s*|top\\s+|longtime\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${ROLE_ALT})\\b`,
  'u',
);
// "Adeleke was CISO at Twilio": a past role stated plainly, read only in sentences about the person.
const WAS_ROLE = /\b(?:was|served as|worked as|had been)\s+(?:the\s+|a\s+|an\s+)?/g;
// "Senior Vice President of Clinical Development": a department, not an employer ("Microsoft Research" is one).
const DEPARTMENT = /^(?:[\p{Lu}][\p{L}&-]*\s+){0,2}(?:Development|Operations|Research|Engineering|Sales|Marketing|Finance|Strategy|Affairs|Relations|Resources|Programs|Partnerships|Success|Technology|Product|Products)$/u;
const isDepartment = (c: string): boolean => DEPARTMENT.test(c) && c.split(' ').slice(0, -1).every((w) => isTitleWord(w));
const GENERIC_PREV = /^(?:industry|the industry|hr|it|ai|data|product|engineering|growth|tech|technology|fintech|marketing|sales|finance|enterprise|software|saas|startup|security|cybersecurity|government|academia|consulting|banking|design|hardware|retail|media|advertising|adtech|ad tech|crypto|biotech|healthcare|health|payments|gaming|cloud|legal|people|talent|operations|insurance|semiconductor|chip|automotive|auto|energy|climate|wall street|silicon valley|hollywood|big tech|private equity|venture|vc)$/i;

// Offices held "of" an organisation: "President of Tessaract Cloud" names the employer, "President of Sales" an area.
const OF_ORG = /^(?:(?:co-)?president|(?:co-)?founder|ceo|chief executive(?: officer)?|managing director|general manager)\s+of\s+(?:the\s+)?(.+)$/i;

function nameAfterRole(rest: string): string | null {
  if (/^(?:at|with|of)\s/i.test(rest)) return objectName(rest.replace(/^(?:at|with|of)\s+/i, ''));
  // "led Marlow Engineering as Chief Executive Officer": the organisation, then the office held there.
  const ledAs = /^(\p{Lu}[\p{L}\d.&'’-]*(?:\s+(?:\p{Lu}[\p{L}\d.&'’-]*|&|and|of)){0,5})\s+as\s+(?:its\s+|the\s+)?/u.exec(rest);
  if (ledAs && readTitle(rest.slice(ledAs[0].length))) return objectName(ledAs[1]!);
  const title = readTitle(rest);
  if (title) {
    const after = rest.slice(rest.indexOf(title) + title.length);
    const ofOrg = OF_ORG.exec(title);
    if (ofOrg && !AT_COMPANY.test(after) && !ofOrg[1]!.split(' ').every((w) => isTitleWord(w))) return objectName(ofOrg[1]!);
    // "President of Oscar Health's provider business", "General Manager of Panasonic Energy's
    // Nevada plant": the possessor is the employer, wherever the title reading stopped.
    const owner = rest.includes("'") || rest.includes('’')
      ? /^[^.;,'’]{0,80}?\s(?:of|at)\s+([\p{Lu}][\p{L}\d.&-]*(?:\s+[\p{Lu}][\p{L}\d.&-]*){0,3})['’]s\s+(?:[\p{Lu}][\p{L}-]*\s+)*\p{Ll}/u.exec(rest)
      : null;
    if (owner) return owner[1]!;
    const at = AT_COMPANY.exec(after);
    // "President of the provider business at Oscar Health": a unit, then the employer.
    const named = at ? objectName(after.slice(at[0].length)) : null;
    if (named) return named;
  }
  const clause = /^[^.;]{0,100}/.exec(rest)![0];
  const at = /\b(?:at|with)\s+(?=[\p{Lu}\d])/u.exec(clause);
  return at ? objectName(clause.slice(at.index + at[0].length)) : null;
}

/** The employer an appositive or an elliptic "from" gives this person: "Ko, a director at Apple," / "and Raman from NetApp". */
function namedPrevious(s: string, surname: string): string | null {
  // Both patterns need the name followed by a comma or by "from"; most sentences have neither.
  const comma = s.includes(surname + ',');
  const at = s.indexOf(surname + ' ');
  const fromNear = at >= 0 && s.slice(at, at + surname.length + 16).includes(' from ');
  if (!comma && !fromNear) return null;
  const name = escapeRe(surname);
  const app = comma && new RegExp(`\\b${name},\\s+((?:a|an|the)\\s+|who\\s+(?:was|ran|led|headed|oversaw|ran|built|spent)\\s+)?([^,;.]{2,90}?)\\s+(?:at|of|with)\\s+(?=\\p{Lu})`, 'u').exec(s);
  // "Pamela Drew, chief business officer at Condé Nast,": without an article the words must be a title.
  if (app && !/\b(?:years?|months?|decades?)$/.test(app[2]!) && (app[1] || readTitle(app[2]!) === app[2]!.trim())) {
    const c = objectName(s.slice(app.index + app[0].length));
    if (c) return c;
  }
  const from = fromNear ? new RegExp(`\\b${name}\\s+(?:(?:joins|joined|comes|came|arrives|moves)\\s+)?from\\s+(?=\\p{Lu})`, 'u').exec(s) : null;
  return from ? objectName(s.slice(from.index + from[0].length)) : null;
}

const FP_PREVIOUS =
  /(?:^|[\s(])ex-(?=\p{Lu})|\b(?:thank you|thanks),\s+(?=\p{Lu}[^,]{1,40},)|\bmy (?:manager|boss|mentor|team|teammates|colleagues) at\s+|\b(?:gracias|obrigad[oa]|merci|danke)\s+(?:a\s+|à\s+|ao\s+|an\s+)?(?:todo el equipo de\s+|toda la familia de\s+|al equipo de\s+|toute l['’]équipe d['’]\s*|toute l['’]équipe\s+|l['’]équipe d['’]\s*|l['’]équipe\s+|time da\s+|time do\s+|equipe da\s+|das ganze Team von\s+|dem Team von\s+|team von\s+)?/iu;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The previous employer, in the fullest spelling a role sentence uses: a headline's "former Panasonic executive" is the body's "of Panasonic Energy's plant". */
function previousFrom(sentences: string[], person: string, company: string | null, firstPerson: boolean, others: readonly string[] = []): string | null {
  const c = firstPreviousFrom(sentences, person, company, firstPerson, others);
  if (!c) return c;
  let re: RegExp | null = null;
  for (const s of sentences) {
    if (!s.includes(c + ' ')) continue;
    re ??= new RegExp(`\\b(?:at|of|from|with)\\s+(${escapeRe(c)}(?:\\s+[\\p{Lu}][\\p{L}\\d&-]*){1,2})(?=['’]s\\b|['’]\\s|[,.;]|\\s+\\p{Ll}|$)`, 'u');
    const m = re.exec(s);
    if (m) return m[1]!;
  }
  return c;
}

function namesSomeoneElse(s: string, pk: string | null): boolean {
  const tokens = s.split(/\s+/);
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!/^\p{Lu}/u.test(tokens[i]!) || !/^\p{Lu}/u.test(tokens[i + 1]!)) continue;
    // Only where a capitalised run starts: "Straits Lines" inside "from Pacific Straits Lines" is not a name of its own.
    if (i > 0 && /^\p{Lu}/u.test(tokens[i - 1]!) && !/[,.;:!?]$/.test(tokens[i - 1]!)) continue;
    // After "at", "of", "from"… a capitalised pair is an employer ("unit at Siemens Healthineers").
    // So is one an executive "led", "ran" or "founded" ("He most recently led Calder Forge as CEO").
    if (i > 0 && /^(?:at|of|from|with|for|by|to|in|on|the|and|led|ran|headed|founded|co-founded|built|joined|left|runs|leads)$/i.test(tokens[i - 1]!)) continue;
    const run = personAt(tokens, i);
    if (run && personKey(run.name) !== pk) return true;
  }
  return false;
}

function firstPreviousFrom(sentences: string[], person: string, company: string | null, firstPerson: boolean, others: readonly string[]): string | null {
  const surname = person.split(' ').pop()!;
  const first = person.split(' ')[0]!;
  const ck = companyKey(company);
  const pk = personKey(person);
  // Not "I'm Datadog" (a post's own new employer) nor "CEO Following Founder" (a title-case headline's words).
  const ok = (c: string | null): c is string =>
    c !== null && !GENERIC_PREV.test(c) && !isDepartment(c) && !/^(?:I|We|You|They|He|She)['’]\p{L}+\s/u.test(c) && !startsTitle(c.split(' ')[0]!) && companyKey(c) !== null && companyKey(c) !== ck && personKey(c) !== pk && !/^(?:the|this|that|her|his|their|my)$/i.test(c) && !first.startsWith(c);
  for (let i = 0; i < sentences.length; i++) {
    let s = sentences[i]!;
    // Several people in one release: a sentence (or clause) about someone else is not about this person
    // ("Whitfield joins from Zendesk. … Haddad previously led engineering at Cityblock, and Lowry was SVP at agilon").
    if (i > 0 && others.length > 0 && others.some((o) => s.includes(o))) {
      if (!s.includes(surname)) continue;
      s = s.split(/,\s+(?:and|while|whereas)\s+|;\s+/).find((c) => c.includes(surname)) ?? s;
    }
    // "HashiCorp co-founder joins stealth startup as CEO": the headline describes the hire by the old employer.
    if (i === 0 && !firstPerson) {
      const jm = /^(.{2,60}?)\s+(?:joins|joined|to join|moves to|heads to|jumps to|defects to)\b/i.exec(s);
      const c = jm ? HIRED_FROM.exec(jm[1]!.replace(/^.*[:—–]\s+/, ''))?.[1] ?? null : null;
      if (ok(c)) return c;
    }
    // A pronoun speaks of this person only where the sentence names nobody else ("… named Laura Simmons CMO; she joins from Unilever").
    // …and the sentence before it spoke of this person ("Priya Raman joined Loopwise. She was previously at Okta.").
    const about = i === 0 || firstPerson || s.includes(surname) || s.includes(first) ||
      (/\b(?:she|he|they|her|his|their)\b/i.test(s) && !namesSomeoneElse(s, pk) && (i === 1 || sentences[i - 1]!.includes(surname)));
    // "Hannah Ko, a senior director of design at Apple, has joined", "Raman from NetApp": said of this person by name.
    if (about && s.includes(surname)) {
      const c = namedPrevious(s, surname);
      if (ok(c)) return c;
    }
    if (firstPerson) {
      // "ex-Atlassian", "Merci à l'équipe Dataiku", "Obrigado ao time da Stone", "Thank you, RD Station, for…".
      const fp = FP_PREVIOUS.exec(s);
      const c = fp ? objectName(s.slice(fp.index + fp[0].length)) : null;
      if (ok(c)) return c;
    }
    if (!about || !PREVIOUS_WORDS.test(s.toLowerCase())) continue;
    let m: RegExpExecArray | null;
    ROLE_THEN_AT.lastIndex = 0;
    while ((m = ROLE_THEN_AT.exec(s)) !== null) {
      const c = nameAfterRole(s.slice(m.index + m[0].length));
      if (ok(c)) return c;
    }
    for (const re of SIMPLE_PREVIOUS) {
      re.lastIndex = 0;
      while ((m = re.exec(s)) !== null) {
        const c = objectName(s.slice(m.index + m[0].length).replace(/^the\s+/, ''));
        if (ok(c)) return c;
      }
    }
    const f = /\b(?:former|ex-)\s*(?=[\p{Lu}])/u.exec(s) ?? /\b[Ff]ormer\s+(?=[\p{Lu}])/u.exec(s);
    if (f) {
      const c = formerFromDescriptor(s.slice(f.index, f.index + 80));
      if (ok(c)) return c;
    }
    if (i > 0 && (s.includes(surname) || /^(?:she|he|they)\b/i.test(s))) {
      WAS_ROLE.lastIndex = 0;
      while ((m = WAS_ROLE.exec(s)) !== null) {
        const rest = s.slice(m.index + m[0].length);
        if (!readTitle(rest)) continue;
        const c = nameAfterRole(rest);
        if (ok(c)) return c;
      }
    }
    {
      const pr = !/['’]s\s/.test(s)
        ? null
        : POSSESSIVE_ROLE.exec(s) ?? new RegExp(`([\\p{Lu}][\\p{L}\\d.&'-]*(?:\\s[\\p{Lu}][\\p{L}\\d.&'-]*){0,2})['’]s\\s+${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').exec(s);
      if (pr && ok(pr[1]!)) return pr[1]!;
    }
    // "Swiggy, it's been a great ride": a farewell addressed to the old employer.
    if (firstPerson && s.includes('been')) {
      const bye = /(?:^|[.!]\s+)([\p{Lu}][\p{L}\d.&-]*(?:\s[\p{Lu}][\p{L}\d.&-]*){0,2}),\s+(?:it['’]s|it has|what a|you['’]ve|you have)\s+(?:been\s+)?/u.exec(s);
      if (bye && ok(bye[1]!)) return bye[1]!;
    }
    if (firstPerson && /\b(?:grateful|thank|thanks|miss|farewell|goodbye|proud|cảm ơn|gracias|merci|danke)\b/i.test(s)) {
      const t = TEAM_OF.exec(s);
      if (t && ok(t[1]!)) return t[1]!;
    }
  }
  return null;
}

// Cheap test before the full patterns: the verbs every appointment sentence carries.
// Both gates read the lower-cased sentence: case-sensitive patterns run about twice as fast.
const MOVE_VERBS = /\b(?:lure|onboard|(?:lands|landed) (?![$€£¥₹\d]|us\$|rs |inr |a \$|an? (?:fresh |new )?(?:\$|€|£|funding|investment|deal|contract|round))|charge as|take up|heading to|rejoin|start(?:s|ed)? (?:at|as) |will start |begins at|began at|helm as|reins as|step into|steps into|stepped into|step in |steps in |stepped in |step up to the plate|(?:will|to) serve as|take on|takes on|taken on|took on|nab|snag|grab|(?:to|will) lead|become|became|is now|is the new|is the next|will be the new|will be the next|takes up|took up|taken up|assume|helm|reins|hands|handed|succe|replac|rehire|ma(?:kes|de) (?:\S+ ){1,4}(?:its|their) |takes over|took over|take over|taken over|taking over|steps up|stepped up|moves up|nam|appoint|tap|hire|welcom|add|promot|elevat|join|select|recruit|poach|enlist|bring|brought|rope|pick|confirm|install|elect|chosen|return|move|head|jump|defect|sign|aboard|unveil|announce|anoint|new (?:position|role|job) as|serve in the capacity|start(?:s|ed)? (?:on )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z.]* \d)/;
const MOVE_POSSESSIVE = /['’]s? (?:new|next|first|incoming) /;
const hasMoveWords = (low: string, foreign: boolean): boolean =>
  MOVE_VERBS.test(low) || ((low.includes("'") || low.includes('’')) && MOVE_POSSESSIVE.test(low)) || (foreign && hasForeignMoveWords(low));
// Words that can introduce a previous employer; sentences without any are skipped.
const PREVIOUS_WORDS = /previous|prev\.|former|prior|before|until|from|after|recently|spent|leav|left|depart|thank|grateful|gratitude|(?:everyone|all|team|time|years?|months?|colleagues|friends|folks|teammates) at |['’]s |was |served|worked|had been|ex-|team|family|crew|folks/;

const NEXT_MOVE = /,\s+(?=(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,3}(?:to become|to be named|is named|named|appointed|becomes|will become|to take over|takes over|to serve as|will serve as|moves up|steps up)\b)/u;

const WITH_APPOINTMENT = /^(?:With|Following)\s+the\s+appointment\s+of\s+([^,]{3,120}?\s+as\s+[^,]{2,80}?),\s+((?:(?:the\s+)?\p{Lu}[\p{L}\d.&'’-]*\s+){1,5})(?:has|have|is|will)\b/u;
const JOIN_WHERE = /(\b(?:join|joins|joined|joining)\s+[^,;.]{2,80}?)(?:\s+(?:next|this|later this|early next)\s+(?:month|week|year)|\s+in\s+\p{Lu}\p{Ll}+)?,\s+where\s+(?:he|she|they)\s+will\s+(?:be|serve as|become|work as)\s+(?:the\s+|an?\s+)?/u;
const OFFICE_ROLE_AT = /\b(assumes?|assumed|assuming|will assume|to assume|(?:has |have |will )?(?:taken|took|takes|take|taking) on) the ((?:[\w&-]+ ){1,4}?)(?:role|position|post|job) (at|of|with) /gi;

// (A person-shaped name is a person when the sentence gives it "his" or "her" or has it resign: "Eli Lilly said"
// is a company. An office in front is a person's: "Chief Accounting Officer Michelle Quejado".)
// One person within an item, however the headline and the body spell the name ("Veronica Hagen" and
// "Veronica “Ronee” M. Hagen").
const oneManKey = (name: string): string | null => personKey(plainName(name));

// ("Harbor Ledger editor Gerald Kemp is retiring": an office after the name makes it the employer.)
// ("April West is appointed Vice President …", "Alphonzo Samuels, a 30-year veteran at Telkom, has been appointed …":
// the one appointed is a person.)
const APPOINTED_NEXT = /^(?:\s*,[^,]{3,80},)?\s+(?:is|was|has been|have been|will be)\s+(?:appointed|named|promoted|hired|elected|tapped)\b|^\s+(?:joins|joined|will join)\b/;
function notPerson(name: string | null, sentence: string): string | null {
  if (!name || startsTitle(name.split(' ')[0]!)) return null;
  const after = sentence.slice(sentence.indexOf(name) + name.length);
  if (APPOINTED_NEXT.test(after)) return null;
  if (!looksLikePerson(name)) return name;
  if (!/\b(?:his|her|resign(?:s|ed)?|retir(?:es|ed|ing)|step(?:s|ped)? down)\b/i.test(sentence)) return name;
  const next = /^\s*(\S+)/.exec(after);
  return next && startsTitle(next[1]!) ? name : null;
}

// "Alphonzo Samuels, a 30-year veteran at Telkom, has been appointed as the company’s new CTO": the company the
// appointee has served.
const VETERAN_AT = /\b(?:veteran|employee|executive|stalwart|insider|lifer)\s+(?:at|of|with)\s+(?=\p{Lu})/u;
function veteranAt(sentence: string): string | null {
  const m = VETERAN_AT.exec(sentence);
  return m ? objectName(sentence.slice(m.index + m[0].length)) : null;
}

/** "David Lee has resigned as CFO of Zynga and …": the company an office in the lead is of. */
function officeOf(sentence: string): string | null {
  for (let at = sentence.indexOf(' as '); at >= 0; at = sentence.indexOf(' as ', at + 4)) {
    const rest = sentence.slice(at + 4).replace(/^(?:the|its)\s+/i, '');
    const title = readTitle(rest);
    const of = title ? /^\s*(?:of|at)\s+(?=\p{Lu})/u.exec(rest.slice(rest.indexOf(title) + title.length)) : null;
    if (of) return objectName(rest.slice(rest.indexOf(title!) + title!.length + of[0].length));
  }
  return null;
}

// ("Brewer and bar operator BrewDog has strengthened …": the subject of a perfect verb, after what it is.)
const HAS_DONE = /^(.{2,80}?)\s+(?:has|have)\s+(?:\p{Ll}+ed|grown|built|taken|made)\b/u;
const openerWithVerb = (s: string): string | null => {
  const m = HAS_DONE.exec(s);
  return m ? subjectName(m[1]!) : null;
};
const PLURAL_OFFICES = /^\s*(?:two|three|four|five|six|several)\s+(?:new\s+)?((?:[\p{L}-]+\s+){0,3}?)(partners|principals|directors|managing directors|vice presidents|officers|managers|executives|heads)\b(?=\s*[—–:]|\s*,?\s+\p{Lu})/u;
const BY_THE_BOARD = /\b(appointed|named|elected|selected|chosen|confirmed|promoted|hired)\s+by\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:board|trustees|directors)(?:\s+of\s+(?:directors|trustees))?\s+(?=as\b|to\b)/i;
const GERUND_HIRE = /\s(?:by|for|after)\s+(?:naming|appointing|hiring|tapping|promoting|recruiting)\s+(?=\S+(?:\s+\S+){0,6}?\s+as\s)/;

export function extractJobChanges(doc: Doc): ExtractedEvent[] {
  const found: Found[] = [];
  // Appointments in other languages are read only where the item has their verbs (one test per item, not per sentence).
  const foreign = hasForeignMoveWords(doc.title) || hasForeignMoveWords(doc.body.slice(0, 300));
  const scan = (s0: string, fromTitle: boolean) => {
    // "will assume the CEO role at Foot Locker" is read as "will assume the role of CEO at Foot Locker".
    // (So is "has taken on the CEO role at ChemX".)
    let s = (s0.includes('assum') || s0.includes(' on the ')) && (s0.includes(' role ') || s0.includes(' position ')) ? s0.replace(OFFICE_ROLE_AT, '$1 the role of $2$3 ') : s0;
    // "With the appointment of Joanna Gunn as Chief Brand Officer, Rosewood Hotel Group has added …" is read as
    // "Rosewood Hotel Group has appointed Joanna Gunn as Chief Brand Officer".
    const wa = s.startsWith('With') || s.startsWith('Following') ? WITH_APPOINTMENT.exec(s) : null;
    if (wa) s = `${wa[2]!.trim()} has appointed ${wa[1]!}.`;
    // "… to join New South Wales Treasury next month, where she will be associate director" is read as "… to join
    // New South Wales Treasury as associate director".
    if (s.includes(', where ')) s = s.replace(JOIN_WHERE, '$1 as ');
    // "Paddy Hayes has been appointed by the board as the new chief executive": who appointed is no part of the move.
    if (s.includes(' by ') && BY_THE_BOARD.test(s)) s = s.replace(BY_THE_BOARD, '$1 ');
    // "Celadon Group continued a revamp of its executive suite by naming Paul Svindland as CEO", "(Ups) to University
    // Circle Inc. for hiring Terri Brown as its president" are read as "<subject> has appointed …".
    const gerund = s.includes('ing ') ? GERUND_HIRE.exec(s) : null;
    if (gerund) {
      const prefix = s.slice(0, gerund.index);
      const verbAt = /\s(?:\w+ed|has|have|is|was|will|continues|makes|made)\s/.exec(prefix);
      const subject = subjectName(prefix) ?? (verbAt ? subjectName(prefix.slice(0, verbAt.index)) : null);
      if (subject && !looksLikePerson(subject)) s = `${subject} has appointed ${s.slice(gerund.index + gerund[0].length)}`;
    }
    const low = s.toLowerCase();
    const newRole = fromTitle && /^(?:a )?(?:new|next|incoming) /.test(low);
    if (!newRole && !hasMoveWords(low, foreign)) return;
    const before = found.length;
    companyFirst(s, fromTitle, found);
    // A body sentence may list several moves in clauses of different shapes ("A has been appointed COO,
    // B has been promoted to CTO, and C has joined as SVP"): each reader runs on it.
    const several = !fromTitle && (s.includes(', ') || s.includes(' and that '));
    if (found.length === before || several) personJoins(s, fromTitle, found);
    if (found.length === before || several) personPassive(s, fromTitle, found);
    if (found.length === before) personPossessive(s, fromTitle, found);
    if (found.length === before && /succe|replac/.test(s)) personSucceeds(s, fromTitle, found);
    // (No gate of its own: the reader's one pattern scan is the test.)
    if (found.length === before) personIsNow(s, fromTitle, found);
    if (found.length === before && /\b(?:step|serve|take on|taken on|took on|takes on|assume)/.test(low)) personStepsInto(s, fromTitle, found);
    if (found.length === before && / from /.test(s) && / to /.test(s)) personMovesFrom(s, fromTitle, found);
    if (found.length === before && (s.includes(': ') || s.includes('ing ')) && s.includes(' as ')) personList(s, fromTitle, found);
    if (found.length === before && (newRole || /['’]s? (?:new|next|incoming|first) |\b(?:hands|handed|gives|gave)\b/.test(s))) roleThenPerson(s, fromTitle, found);
    if (found.length === before && s.includes(', with ')) unnamedThenWith(s, fromTitle, found);
    // "CHORLEY Group … has appointed a Group Property Manager as part of its expansion plans." (the next sentence names them)
    if (found.length === before && !fromTitle && s === doc.sentences[0]) unnamedInLead(s, found);
    if (found.length === before && foreign && hasForeignMoveWords(low))
      for (const f of foreignMoves(s)) found.push({ ...f, previous: null, fromTitle, firstPerson: false, evidence: s });
    // The evidence a rep reads is the sentence as written.
    if (s !== s0) for (let k = before; k < found.length; k++) if (found[k]!.evidence === s) found[k]!.evidence = s0;
  };
  // "PagerDuty names Jennifer Tejada chair; Jeff Hausman to become CEO", "Elastic appoints Ash
  // Kulkarni CEO, Shay Banon to become CTO": each clause is read on its own.
  const clauses = doc.title.includes(';') ? doc.title.split(/\s*;\s+/) : [doc.title];
  // A comma clause is split off only after a company's own appointment, which names the company for both.
  for (const clause of clauses) {
    const parts = clause.includes(', ') ? clause.split(NEXT_MOVE) : [clause];
    const before = found.length;
    scan(parts[0]!, true);
    if (parts.length === 1) continue;
    if (found.length > before && found[found.length - 1]!.company) for (const part of parts.slice(1)) scan(part, true);
    else {
      found.length = before;
      scan(clause, true);
    }
  }
  // A release announcing several appointments gives each its own paragraph, further down than one move would.
  // So does a headline whose role the body names further down ("… and Appoints New CFO").
  const several = SEVERAL_MOVES.test(`${doc.title} ${doc.sentences[0] ?? ''}`) || found.some((f) => !f.person && f.title) || UNNAMED_HIRE.test(doc.title);
  const bodySentences = doc.digest ? doc.sentences : several ? moreSentences(doc, 16) : doc.sentences.slice(0, 10);
  // "Douglas will retire as president of CCNA. He will be succeeded by Jim Dinkins": the two sentences are read as one.
  bodySentences.forEach((s, k) => scan(k > 0 && PRONOUN_SUCCEEDED.test(s) ? `${bodySentences[k - 1]!.replace(/[.!?]+$/, '')} and ${s.replace(PRONOUN_SUCCEEDED, '')}` : s, false));
  firstPerson(doc, `${doc.title}${/[.!?]$/.test(doc.title) ? '' : '.'} ${doc.sentences.slice(0, 3).join(' ')}`, found);
  // "brings on former Goldman Sachs partner as president": the name after "former" is the
  // old employer, and the hire is the person the body names.
  for (const f of found) {
    if (!f.person || !(f.evidence.includes('former') || f.evidence.includes('ex-') || f.evidence.includes('Former'))) continue;
    if (new RegExp(`\\b(?:[Ff]ormer|ex-)\\s*${escapeRe(f.person)}\\s+\\p{Ll}`, 'u').test(f.evidence)) {
      f.previous = f.person;
      f.person = '';
    }
  }

  // A headline move whose person only the body names still tells which company the item is about.
  const firstNamedCompany = found.find((f) => f.company)?.company ?? null;
  // The item's main company: the first company named with a verb in the headline or lead.
  // A headline role without a name takes the first person the body opens a sentence with.
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (f.person) continue;
    // The same move already read with its person (a first-person post's headline, say):
    // merge into it rather than guess a name from the body.
    const fk = companyKey(f.company);
    const named = fk ? found.find((g) => g.person && companyKey(g.company) === fk) : undefined;
    if (named) {
      named.previous = named.previous ?? f.previous;
      continue;
    }
    let filled: string | null = null;
    // A sentence opening with the person first; then (second pass) one naming them after its speaker:
    // "HubSpot said Jennifer Alvarez, who spent 14 years at Microsoft, starts on Monday".
    const candidates = [...doc.sentences.slice(0, 4), ...doc.sentences.slice(0, 4).map((s0) => {
      const said = UP_TO_SAID_THAT.exec(s0);
      return said && said[0].length < 60 ? s0.slice(said[0].length) : '';
    })];
    for (const s of candidates) {
      if (!s) continue;
      const p = findPerson(s, 0);
      // A full name ("Dr. Zhang" or "Ní Mhurchú" alone is a later mention of someone already named).
      const words = p ? p.run.name.split(' ').filter((w) => !/^(?:dr|mr|mrs|ms|prof)\.?$/i.test(w) && !/^(?:van|von|de|der|den|da|di|del|ní|nic|ó|ua|bin|al|el|la|le)$/i.test(w)) : [];
      // (For a lead's unnamed office, never a speaker: "John Smith, the CEO, said …" is not the hire.)
      if (!f.fromTitle && p && SPEAKS.test(p.tokens.slice(p.run.end).join(' '))) continue;
      // (Nor the company itself, name-shaped: "Dubai Airports has appointed its first chief executive …".)
      if (p && ((f.company && companyKey(p.run.name) === companyKey(f.company)) || /^(?:has\s+|have\s+)?(?:appointed|named|hired|appoints|names|hires|promoted|promotes|announced|announces)\b/i.test(p.tokens.slice(p.run.end).join(' ')))) continue;
      if (p && p.run.start === 0 && words.length >= 2) {
        filled = p.run.name;
        break;
      }
    }
    if (filled && !found.some((g) => g.person && personKey(g.person) === personKey(filled))) f.person = filled;
    else if (filled) {
      const g = found.find((x) => x.person && personKey(x.person) === personKey(filled))!;
      g.previous = g.previous ?? f.previous;
      g.company = g.company ?? f.company;
    }
  }
  for (let i = found.length - 1; i >= 0; i--) if (!found[i]!.person) found.splice(i, 1);
  // A headline hire without a title ("… to run product") takes the title the body gives the person.
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    if (f.title) continue;
    const surname = f.person.split(' ').pop()!;
    for (const [k, s] of doc.sentences.slice(0, 4).entries()) {
      // The sentence right after the headline may speak of the hire as "she" or "he".
      const pronoun = k === 0 && f.fromTitle ? /^(?:She|He|They)\s/.exec(s) : null;
      const at = pronoun ? 0 : s.indexOf(surname);
      if (at < 0) continue;
      const from = pronoun ? pronoun[0].length - 1 : at + surname.length;
      // ("… as CFO", "Brandt will be Corvex’s chief executive")
      const as = /^[^.;]{0,60}?\b(?:as|(?:role|position|post) of|will be(?:come)?|becomes)\s+(?:(?:its|the|our|their|\p{Lu}[\p{L}.&-]*['’]s?)\s+)?(?:new\s+)?/u.exec(s.slice(from));
      const t = as ? readTitle(s.slice(from + as[0].length)) : null;
      if (t) {
        f.title = t;
        break;
      }
    }
    if (!f.title && f.led) f.title = f.led;
    if (!f.title) found.splice(i, 1);
  }
  // "Identity Expert Vittorio Bertocci Joins Auth0" / "renowned identity expert Vittorio Bertocci": a title-case
  // headline's description is not part of the name the body gives.
  for (const f of found) if (f.fromTitle) f.person = nameAsInBody(doc, f.person);
  // ("25-year veteran Samir Kumar", "the 222-room property": a previous employer has a name.)
  for (const f of found) if (f.previous && !/\p{Lu}/u.test(f.previous)) f.previous = null;

  let main: string | null | undefined;
  const mainCompany = (): string | null =>
    main !== undefined
      ? main
      : (main =
          found.find((f) => f.company)?.company ??
          firstNamedCompany ??
          titleSubject(doc) ??
          // "Datadog expands leadership team" / "Datadog today announced that…"
          // ("Alphonzo Samuels, a 30-year veteran at Telkom, has been appointed …" opens on the one appointed.)
          withoutOffice(notPerson(leadingSubject(doc.title), doc.title)) ??
          officeOf(doc.title) ??
          // ("Thomas Hallam ceased his duties as CEO …": a lead that opens on a person names no company.)
          (doc.sentences[0] ? notPerson(leadingSubject(doc.sentences[0]), doc.sentences[0]) ?? officeOf(doc.sentences[0]) ?? veteranAt(doc.sentences[0]) : null) ??
          // ("Brewer and bar operator BrewDog has strengthened …": the name after what the company is.)
          (doc.sentences[0] && !doc.digest ? notPerson(openerWithVerb(doc.sentences[0]), doc.sentences[0]) : null) ??
          // A company's own blog: the feed names the company as the post's author.
          authorCompany(doc) ??
          null);

  const events = new Map<string, ExtractedEvent>();
  const order: string[] = [];
  for (const f of found) {
    // Names are reported without honorifics ("Dr. Laura van der Meer" → "Laura van der Meer").
    const person = withoutHonorifics(cased(doc, f.person, f.fromTitle)!);
    const pk = oneManKey(person);
    if (!pk) continue;
    let company = f.company ?? (f.firstPerson ? null : mainCompany());
    if (!company) continue;
    company = f.firstPerson ? cased(doc, company, f.fromTitle, true)! : fullestName(doc, cased(doc, company, f.fromTitle, true)!);
    if (companyKey(company) === null || personKey(company) === pk || PUBLIC_OFFICE.test(company)) continue;
    const title = cased(doc, f.title, f.fromTitle)!;
    if (!isOperatingRole(title)) continue;
    // "named CEO of the Year": an award, not a job.
    if (AWARD.test(f.evidence)) continue;
    const existing = events.get(pk);
    if (existing) {
      // The body often spells out what the headline abbreviates ("CMO" → "Chief Marketing Officer").
      existing.confidence = clamp(existing.confidence + 0.08);
      if (!existing.previousCompany && f.previous) existing.previousCompany = cased(doc, f.previous, f.fromTitle);
      if (existing.company && companyKey(company)?.startsWith(companyKey(existing.company)!) && company.length > existing.company.length) existing.company = company;
      continue;
    }
    // A headline that only titles the firm (“Acme names Jane Doe to board”) was already refused by readTitle.
    const cls = classifyTitle(title);
    const e = blankEvent('job_change', f.evidence);
    e.person = person;
    e.company = company;
    e.title = title;
    e.seniority = cls.seniority;
    e.function = cls.function;
    e.previousCompany = f.previous ? cased(doc, f.previous, f.fromTitle) : null;
    e.confidence = f.firstPerson ? 0.78 : f.fromTitle ? 0.8 : 0.72;
    events.set(pk, e);
    order.push(pk);
  }
  const out: ExtractedEvent[] = [];
  const all = [doc.title, ...doc.sentences];
  const firstPersonKeys = new Set(found.filter((f) => f.firstPerson).map((f) => oneManKey(f.person)));
  for (const pk of order) {
    const e = events.get(pk)!;
    // ("Mr. Bird was appointed Chief Executive Officer" after "appointed Richard A. Bird … as Chief Executive Officer": one man.)
    if (!e.person!.includes(' ') && order.some((k) => k !== pk && events.get(k)!.person!.endsWith(` ${e.person}`) && companyKey(events.get(k)!.company) === companyKey(e.company))) continue;
    const others = order.filter((k) => k !== pk).map((k) => events.get(k)!.person!.split(' ').pop()!);
    const fromBody = previousFrom(all, e.person!, e.company, firstPersonKeys.has(pk), others);
    const prevKey = companyKey(e.previousCompany);
    if (!e.previousCompany || GENERIC_PREV.test(e.previousCompany) || (fromBody && prevKey && companyKey(fromBody)?.startsWith(prevKey))) e.previousCompany = fromBody;
    // ("Aung San Maung from Myanmar": a country is where the person comes from, not an employer.)
    if (e.previousCompany && isPlace(e.previousCompany)) e.previousCompany = null;
    if (e.previousCompany && doc.shout) e.previousCompany = recase(e.previousCompany, doc.body);
    // "Axiom CEO Daniel Ohana" after "acquired Axiom Security,": the spelling the body uses as a name.
    if (e.previousCompany) e.previousCompany = fullestName(doc, e.previousCompany);
    // (Nor a piece of the new employer's own name: "Allegiance Medical Group" in "Henry Ford Allegiance Medical Group".)
    const pk2 = companyKey(e.previousCompany);
    const ck2 = companyKey(e.company);
    if (e.previousCompany && (pk2 === ck2 || (pk2 && ck2 && pk2.length > 5 && ck2.endsWith(pk2)))) e.previousCompany = null;
    // (Nor the person's own name read with an office in front: "Finance Secretary Ernest Lau".)
    const surname = e.person?.split(' ').pop();
    if (e.previousCompany && surname && surname.length > 2 && e.previousCompany.split(' ').includes(surname)) e.previousCompany = null;
    e.confidence = clamp(e.confidence + (e.seniority !== 'individual' ? 0.05 : -0.1));
    out.push(e);
  }
  return out;
}

