import type { JobFunction, Seniority } from '../types.js';

// Job titles as written → seniority and function.
// Decisions: "Co-founder & CEO" is founder (founding matters more than the chair they sit
// in); General Counsel and Managing Director are c_level (the top legal officer and, in
// European usage, the company's chief executive); General Manager is vp (owns a P&L below
// the C-suite); board seats are c_level with general_management; "Head of Growth" is
// marketing; an ambiguous acronym takes its most common tech-industry reading (CPO =
// product, CSO = security, CCO = customer success, CDO = data).

const ACRONYMS: Record<string, string> = {
  ceo: 'chief executive officer', cfo: 'chief financial officer', cmo: 'chief marketing officer', cto: 'chief technology officer',
  coo: 'chief operating officer', cro: 'chief revenue officer', cpo: 'chief product officer', ciso: 'chief information security officer',
  cso: 'chief security officer', cio: 'chief information officer', chro: 'chief human resources officer', cdo: 'chief data officer',
  cco: 'chief customer officer', clo: 'chief legal officer', cao: 'chief accounting officer', caio: 'chief ai officer',
  cgo: 'chief growth officer', cbo: 'chief business officer', cxo: 'chief experience officer', cpeo: 'chief people officer',
  cis: 'chief information security', svp: 'senior vice president', evp: 'executive vice president', avp: 'assistant vice president',
  vp: 'vice president', gm: 'general manager', md: 'managing director', sr: 'senior', dir: 'director', mgr: 'manager',
  hr: 'human resources', it: 'information technology', gtm: 'go-to-market', bd: 'business development', ux: 'user experience',
  ml: 'machine learning', ai: 'ai', pr: 'public relations', 'r&d': 'research and development', cx: 'customer experience',
};

/** Lower-case, acronyms spelled out, punctuation as spaces: the form the rules below read. */
export function expandTitle(title: string): string {
  return (
    ' ' +
    title
      .toLowerCase()
      // ("MD/CEO" holds both offices.)
      .replace(/(?<=\w)\/(?=\w)/g, ' and ')
      .replace(/[.,;:()/|–—]+/g, ' ')
      .replace(/\s&\s/g, ' and ')
      .split(/\s+/)
      // "co-CEO", "co-head": a shared office is still the office.
      .map((w) => ACRONYMS[w] ?? (w.startsWith('co-') && w !== 'co-founder' ? ACRONYMS[w.slice(3)] ?? w.slice(3) : w))
      .join(' ') +
    ' '
  );
}

const SENIORITY_RULES: Array<[RegExp, Seniority]> = [
  [/ (?:co-?)?founders? | co founder /, 'founder'],
  // "EVP and Chief Legal Officer": the C-level office outranks the VP grade in front of it.
  [/ chief (?!of staff )(?:[a-z&-]+ ){0,4}officer /, 'c_level'],
  [/ vice president | vice-president /, 'vp'],
  [/ chief of staff /, 'director'],
  [/ board | chair(?:man|woman|person)? | non-executive | independent director /, 'c_level'],
  [/ chief | president | general counsel | managing director | managing partner | general partner | partner | executive director | owner /, 'c_level'],
  [/ country manager | editor-in-chief | editor in chief /, 'head'],
  [/ general manager /, 'vp'],
  [/ head /, 'head'],
  [/ director /, 'director'],
  // Individual-contributor roles that carry the word "manager".
  [/ (?:product|project|account|accounts|customer success|success|community|social media|content|marketing operations|partner|channel|brand|category|campaign|key account|technical account|relationship|solutions|implementation|onboarding|territory|sales operations|revenue operations) manager /, 'individual'],
  [/ manager | lead | team lead | supervisor /, 'manager'],
];

const FUNCTION_RULES: Array<[RegExp, JobFunction]> = [
  [/ security | cyber| trust and safety /, 'security'],
  [/ legal | counsel | compliance | privacy | attorney | lawyer | regulatory /, 'legal'],
  [/ people | human resources | talent | recruit| culture | workforce | employee experience /, 'hr'],
  [/ customer | client success | client services | support | customer experience | experience officer /, 'customer_success'],
  [/ data | analytics | ai | artificial intelligence | machine learning | insights /, 'data'],
  [/ design| user experience | creative /, 'design'],
  [/ communications | comms | public relations | corporate affairs | media relations /, 'communications'],
  [/ marketing | growth | brand | demand gen| content /, 'marketing'],
  // "Field Operations" is the sales organisation in software companies.
  [/ sales | revenue | business development | commercial | partnerships | account executive | account management | channel | go-to-market | field operations /, 'sales'],
  [/ product /, 'product'],
  [/ information technology | information officer /, 'it'],
  // Deal-making heads ("co-head of technology M&A") are corporate development, whatever sector they cover.
  [/ m ?& ?a | m and a | mergers | investment banking /, 'strategy'],
  [/ engineer| technology | technical | software | developer| infrastructure | platform | devops | research and development | architect| scientist | research /, 'engineering'],
  [/ financ| accounting | controller | treasur| investor relations | fp and a | risk /, 'finance'],
  [/ operations | operating | supply chain | logistics | procurement | manufacturing /, 'operations'],
  [/ strategy | strategic | corporate development | business officer /, 'strategy'],
  [/ chief executive | president | general manager | managing director | chair| founder | board | country manager | executive director | partner | owner | non-executive | chief of staff /, 'general_management'],
];

export interface TitleClass {
  seniority: Seniority;
  function: JobFunction;
}

/** Seniority and function of a title as written ("SVP, Engineering" → vp / engineering). */
export function classifyTitle(title: string): TitleClass {
  const t = expandTitle(title);
  let seniority: Seniority = 'individual';
  for (const [re, s] of SENIORITY_RULES)
    if (re.test(t)) {
      seniority = s;
      break;
    }
  let fn: JobFunction = 'other';
  for (const [re, f] of FUNCTION_RULES)
    if (re.test(t)) {
      fn = f;
      break;
    }
  return { seniority, function: fn };
}

// Words a title is made of. Reading stops at the first word that is not one of these,
// so "CMO of Acme" yields "CMO" and "VP of Sales" stays whole.
const TITLE_WORDS = new Set(
  (
    'chief officer vp svp evp avp vice president head director manager lead general counsel senior sr junior jr executive gm md area management ' +
    'ae aes csm tam pmm sre swe key pre-sales presales client clients independent ' +
    'managing partner principal founder co-founder cofounder founding chair chairman chairwoman chairperson board member ' +
    'global regional group associate assistant deputy interim acting fractional staff engineer engineering marketing sales product ' +
    'products finance financial operations operating operational technology technical revenue growth people talent hr human ' +
    'resources security information data analytics ai artificial intelligence machine learning ml customer customers success ' +
    'experience support legal design creative brand communications comms strategy strategic business development ' +
    'partnerships corporate digital commercial international emea apac asia-pacific americas north south america europe european us uk ' +
    'worldwide field enterprise channel demand generation gen content platform infrastructure research science scientist ' +
    'architect advisor adviser controller treasurer secretary accounting investor relations public policy affairs government ' +
    'compliance risk privacy trust safety procurement supply chain manufacturing quality it devops software cloud innovation ' +
    'transformation medical clinical regulatory scientific editor publisher account accounts representative specialist coordinator ' +
    'consultant analyst administrator recruiter recruiting recruitment gtm go-to-market ux ui user bd r&d rd cx pr mid-market ' +
    'smb strategic commercial solutions solution alliances ecosystem developer developers relations partner community ' +
    'culture workplace payroll total rewards benefits diversity inclusion dei learning enablement ops revops salesops ' +
    'finops secops sre reliability site mobile web frontend backend full-stack fullstack stack applied foundation foundational ' +
    'models model insights intelligence threat detection response identity privacy pricing monetization monetisation ' +
    'acquisition retention lifecycle performance paid social media events field experiential demand product-led plg ' +
    'expansion new partnerships partner channels inside outbound inbound customer-facing services professional delivery ' +
    'implementation onboarding care service tax audit fp&a investor ir treasury legal litigation ip counsel employment ' +
    'executive-in-residence eir entrepreneur-in-residence distinguished fellow officer-in-charge country east west central asia ' +
    'pacific africa middle latam latin nordics dach benelux iberia france germany india china japan canada australia brazil ' +
    'mexico spain italy netherlands ireland singapore apj anz emeia na ww management program programme programs project planning designer writer marketer researcher accountant strategist producer evangelist advocate owner technologist economist journalist reporter intern sdr bdr ae csm pm engineer-in-chief editor-in-chief ' +
    'national surveyor planner attorney lawyer auditor actuary underwriter nurse nursing physician pharmacist professor dean provost ' +
    'superintendent curator chef chancellor vice-chancellor pro-vice-chancellor rector headteacher headmaster headmistress registrar bursar property facilities district division branch territory store investment wealth asset meeting meetings hospitality'
  ).split(' '),
);
// Regions and countries a title can be scoped to ("Country Manager, Vietnam", "Head of Legal for Iberia").
const GEO = new Set(
  (
    'emea apac americas north south east west central america europe european us uk asia pacific africa middle latam latin nordics ' +
    'nordic dach benelux iberia france germany india china japan canada australia brazil mexico spain italy netherlands ireland ' +
    'singapore apj anz emeia na ww northwest northeast southwest southeast midwest northern southern eastern western vietnam ' +
    'indonesia thailand philippines malaysia korea poland sweden norway denmark finland switzerland austria belgium portugal ' +
    'israel turkey uae saudi arabia nigeria kenya egypt argentina chile colombia peru gcc mena sea ssa cee dach uki anzac coast uk&i ireland scotland wales england britain ukraine russia iran iraq syria israel gaza palestine lebanon jordan qatar kuwait bahrain oman yemen pakistan bangladesh afghanistan taiwan hungary greece romania bulgaria serbia croatia czechia slovakia slovenia estonia latvia lithuania iceland luxembourg morocco algeria tunisia ghana ethiopia tanzania uganda rwanda senegal venezuela ecuador bolivia uruguay paraguay cuba ' +
    'northeastern southeastern northwestern southwestern midwestern asia-pacific myanmar cambodia laos nepal sri lanka mongolia kazakhstan uzbekistan azerbaijan georgia armenia belarus moldova albania macedonia montenegro bosnia kosovo cyprus malta zambia zimbabwe mozambique angola namibia botswana cameroon ivory côte madagascar mauritius sudan somalia libya panama guatemala honduras nicaragua salvador jamaica bahamas bermuda trinidad haiti dominican fiji papua zealand brunei hong kong macau ' +
    // Cities a regional role is scoped to ("GM, Sydney", "head of global banking, Hong Kong").
    'hyderabad chennai pune kolkata gurugram gurgaon noida ahmedabad jaipur kochi lagos nairobi cairo johannesburg karachi lahore dhaka jakarta manila bangkok kuala lumpur istanbul warsaw prague vienna lisbon barcelona copenhagen oslo helsinki brussels geneva hamburg frankfurt cologne lyon edinburgh glasgow tel aviv bogota lima santiago buenos aires são sao paulo ' +
    'carolina texas california virginia ohio florida arizona nevada oregon michigan illinois massachusetts colorado utah georgia tennessee kentucky indiana wisconsin minnesota missouri iowa kansas nebraska dakota montana idaho wyoming alabama mississippi louisiana arkansas oklahoma maine vermont connecticut jersey delaware maryland pennsylvania alaska hawaii ' +
    // More cities a company is described by ("San Diego’s CyberFlow", "Bristol's Lanternfish"); first names ("Austin", "Sofia") left out.
    'san diego francisco jose antonio los angeles york las vegas denver atlanta miami dallas houston philadelphia pittsburgh detroit nashville minneapolis baltimore raleigh tampa sacramento boulder ' +
    'cambridge oxford bristol leeds birmingham belfast cardiff ottawa calgary waterloo tallinn vilnius riga kyiv bucharest budapest athens rome turin marseille toulouse nantes bordeaux rotterdam utrecht eindhoven antwerp ghent stuttgart düsseldorf dusseldorf leipzig dresden gothenburg malmö malmo aarhus espoo basel lausanne zug luxembourg porto valencia seville bilbao krakow kraków wroclaw brno belgrade zagreb ljubljana accra kigali kampala casablanca tunis abuja doha jeddah amman beirut taipei osaka kyoto busan hangzhou guangzhou chengdu adelaide canberra medellín medellin quito montevideo guadalajara monterrey ' +
    'united states kingdom arab emirates ' +
    'greater hong kong sydney melbourne brisbane perth auckland london manchester dublin paris berlin munich amsterdam stockholm madrid milan zurich tokyo seoul shanghai beijing shenzhen dubai riyadh mumbai bangalore bengaluru delhi toronto vancouver montreal chicago boston seattle'
  ).split(' '),
);
const C_SUITE = /^c[a-z]{1,3}o$/;
const DANGLING = new Set(['head', 'vp', 'president', 'director', 'chief', 'svp', 'evp', 'manager', 'lead']);
const TITLE_STOP = new Set([
  'at', 'for', 'from', 'effective', 'to', 'where', 'who', 'which', 'in', 'after', 'with', 'replacing', 'succeeding', 'starting',
  'beginning', 'reporting', 'based', 'following', 'on', 'alongside', 'joining', 'is', 'was', 'will', 'has', 'had', 'since', 'as',
  'by', 'amid', 'before', 'while', 'when', 'until', 'bringing', 'taking', 'leading', 'overseeing', 'responsible',
]);
const CORE_ROLE = /^(?:partner|director|manager|lead|counsel|editor|producer|principal)$/;
// A practitioner's role, which an open-vocabulary word in front of it specialises ("building surveyor").
const PRACTICE_ROLE = /^(?:surveyor|engineer|architect|planner|designer|consultant|analyst|specialist|coordinator|attorney|lawyer|accountant|scientist|technician|inspector|estimator|nurse|physician|underwriter|actuary|auditor|strategist|economist)$/;
const GRADE = /^(?:senior|sr|junior|jr|associate|assistant|deputy|interim|acting|staff|principal|lead|chief)$/;
// Words that end the open area after "head of": function words and reporting verbs.
const AREA_STOP = new Set([
  'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'said', 'says', 'according', 'and', 'or',
  'of', 'the', 'but', 'than', 'then', 'also', 'now', 'today', 'yesterday', 'previously', 'most', 'recently', 'currently',
  'are', 'be', 'been', 'being', 'were', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'did', 'does', 'do',
  'years', 'months', 'weeks', 'team', 'company', 'business', 'unit', 'division', 'group', 'organization', 'organisation',
  // "as head of disputes next month", "head of growth later this year": when, not what.
  'next', 'last', 'later', 'earlier', 'soon', 'immediately', 'effective', 'starting', 'beginning', 'week', 'month', 'year', 'quarter',
]);
const LEADING_FILLER = new Set(['a', 'an', 'the', 'its', 'our', 'their', 'his', 'her', 'my', 'new', 'next', 'latest', 'incoming', 'first-ever', 'first', 'woman', 'female', 'permanent', 'substantive', 'company’s', "company's"]);

// "co-CEO", "co-head", "co-president": read as the office they share.
// "co-CEOs" for two people sharing the office reads as the office.
const coless = (b: string) => (b.startsWith('co-') && b.length > 4 && b !== 'co-founder' ? b.slice(3).replace(/^(c[a-z]{1,3}o)s$/, '$1') : b);
const stripPunct = (t: string) => t.replace(/^["“'‘(]+|["”'’),.;:!?]+$/g, '');
/** "Indonesia", "Hong Kong": a place, never a company. */
export const isPlace = (s: string): boolean => s.split(/\s+/).every((w) => GEO.has(stripPunct(w).toLowerCase().replace(/\./g, '')));
export const isTitleWord = (w: string): boolean => titleWordKey(coless(stripPunct(w).toLowerCase()));
// ("President/CEO", "vice-president": offices joined by a slash, or "vice" joined by a hyphen.)
function titleWordKey(b: string): boolean {
  if (TITLE_WORDS.has(b) || C_SUITE.test(b)) return true;
  if (b.includes('/')) return b.split('/').every((x) => x !== '' && (TITLE_WORDS.has(coless(x)) || C_SUITE.test(coless(x))));
  return b.startsWith('vice-') && TITLE_WORDS.has(b.slice(5));
}

/** True when the word can open a job title ("Chief", "VP", "Head", "CMO", "Senior"…). */
export function startsTitle(w: string): boolean {
  const b = stripPunct(w).toLowerCase();
  // "Cho", "Cao": a capitalised surname that merely spells like an office ("CHO", "CAO").
  return /^(?:chief|vp|svp|evp|avp|vice|president|head|director|general|senior|sr|global|executive|managing|interim|acting|fractional|deputy|group|regional|founding|co-founder|cofounder|founder|chair|chairman|chairwoman|principal|partner|lead|associate|assistant|country|staff|editor|publisher|editor-in-chief|co-(?:ceo|cto|coo|cfo|president|head|chair|lead))$/.test(b) || (C_SUITE.test(b) && b !== 'co' && !/^\p{Lu}\p{Ll}+$/u.test(stripPunct(w)));
}

/**
 * The job title at the start of `text`, read word by word; stops at the first word that
 * cannot be part of a title (so "Chief Marketing Officer at Lumen Health" → "Chief Marketing Officer").
 */
/** The capitalised words from k on name an employer: not only places ("North America") or title words. */
function employerAhead(tokens: string[], k: number): boolean {
  let named = false;
  let j = k;
  for (; j < tokens.length && j < k + 6 && /^\p{Lu}/u.test(tokens[j]!); j++) {
    const b = stripPunct(tokens[j]!).toLowerCase();
    if (!GEO.has(b) && !TITLE_WORDS.has(b)) named = true;
    if (/[,;:.!?)]$/.test(tokens[j]!)) return named;
  }
  // ("President of Global Merchant Solutions at Fiserv": a division, when "at" names the company after it.)
  // ("Vice President of Warehouse Management Services for APL Logistics": so does "for" and a name that is no place.)
  if (/^for$/i.test(tokens[j] ?? '') && /^\p{Lu}/u.test(tokens[j + 1] ?? '') && !GEO.has(stripPunct(tokens[j + 1]!).toLowerCase()) && !/^(?:The|Its|Our|Their)$/.test(tokens[j + 1]!)) return false;
  return named && !/^(?:at|@)$/i.test(tokens[j] ?? '');
}

export function readTitle(text: string): string | null {
  const tokens = text.trim().split(/\s+/);
  const out: string[] = [];
  let i = 0;
  // ("the school’s next president", "the bank's new CFO": what the office is of, then the office.)
  while (i < tokens.length && (LEADING_FILLER.has(stripPunct(tokens[i]!).toLowerCase()) || (i > 0 && /^[\p{Ll}-]+['’]s$/u.test(tokens[i]!) && /^the$/i.test(tokens[i - 1]!))) && out.length === 0) i++;
  let inChief = false;
  let area = -1; // words read of the area after "<role> of"; -1 before it
  // After ", " or "for", region words scope the title ("Country Manager, Vietnam", "Head of Legal for
  // Iberia"); elsewhere they may start a company's name ("CEO of Western Digital").
  let scoped = false;
  const geoNext = () => GEO.has(stripPunct(tokens[i + 1] ?? '').toLowerCase());
  for (; i < tokens.length; i++) {
    const raw = tokens[i]!;
    const w = stripPunct(raw);
    const b = coless(w.toLowerCase());
    if (!w) break;
    if (/^[("“]/.test(raw)) break;
    if (scoped && GEO.has(b)) {
      out.push(raw);
      if (/[,;:!?.)]$/.test(raw)) break;
      continue;
    }
    scoped = false;
    if (b === 'for' && out.length > 0 && geoNext()) {
      out.push(raw);
      scoped = true;
      continue;
    }
    // "VP - Supply Chain": a lone dash between title words.
    if (/^[-–—]$/.test(raw) && out.length > 0 && isTitleWord(tokens[i + 1] ?? '')) {
      out.push(raw);
      continue;
    }
    if (TITLE_STOP.has(b) && !(b === 'as' && out.length === 0)) break;
    // "Sales Team Lead": "team" only in front of a lead or manager.
    if (b === 'team' && out.length > 0 && /^(?:lead|leader|manager)$/.test(stripPunct(tokens[i + 1] ?? '').toLowerCase())) {
      out.push(raw);
      continue;
    }
    // "Key Account Manager DACH", "Implementation Manager SSB at Rippling": a region or segment acronym right after the role.
    // ("National Director Structures at Egis": a capitalised area word, when "at" follows it.)
    if (out.length > 0 && (/^[A-Z]{2,5}$/.test(w) && GEO.has(b) || /^(?:[A-Z]{2,5}|\p{Lu}\p{Ll}+)$/u.test(raw) && /^(?:at|@)$/.test(tokens[i + 1] ?? '')) && /^(?:manager|director|lead|head|vp|executive|ae|partner|officer|president)$/i.test(stripPunct(out[out.length - 1]!))) {
      out.push(raw);
      if (/[,;:!?.)]$/.test(raw)) break;
      continue;
    }
    // "deals partner", "audit partner", "agency director": an open-vocabulary practice word in front of a core role.
    // ("senior building surveyor", "lead structural engineer": after a grade, before a practitioner's role.)
    if ((out.length === 0 || out.every((o) => GRADE.test(stripPunct(o).toLowerCase()))) && !TITLE_WORDS.has(b) && /^[a-z][a-z-]{2,}$/.test(w) && !AREA_STOP.has(b) && !TITLE_STOP.has(b) &&
        (CORE_ROLE.test(stripPunct(tokens[i + 1] ?? '').toLowerCase()) || PRACTICE_ROLE.test(stripPunct(tokens[i + 1] ?? '').toLowerCase()))) {
      out.push(raw);
      continue;
    }
    // "private equity partner", "real estate partner": a two-word practice in front of the role.
    if (out.length === 0 && /^(?:private|real|capital|venture|growth|public|corporate|tax|litigation|intellectual)$/.test(b) && /^[a-z][a-z-]{2,}$/.test(tokens[i + 1] ?? '') && CORE_ROLE.test(stripPunct(tokens[i + 2] ?? '').toLowerCase())) {
      out.push(raw, tokens[i + 1]!);
      i++;
      continue;
    }
    // "chief financial officer of cloud storage provider Nimbuslane": after a whole office, "of" names the employer.
    if (b === 'of' && out.length > 0 && /^(?:officer|c[a-z]{1,3}o)$/.test(coless(stripPunct(out[out.length - 1]!).toLowerCase()))) break;
    // "General Manager of Vancouver Pile Driving", "Managing Director of Halden & Co": a whole office, then its
    // employer ("General Manager of North America" is a region; "Director of Sales", an area).
    // ("global brand president of American Eagle Outfitters": a president of a company, too.)
    if (b === 'of' && out.length > 0 && (/^(?:president|md|gm)$/i.test(stripPunct(out[out.length - 1]!)) || (out.length > 1 && /^(?:general manager|managing director|executive director)$/i.test(`${stripPunct(out[out.length - 2]!)} ${stripPunct(out[out.length - 1]!)}`))) &&
        /^\p{Lu}/u.test(tokens[i + 1] ?? '') && employerAhead(tokens, i + 1)) break;
    if (b === 'of' || b === 'and' || b === '&' || b === 'the') {
      const next = tokens[i + 1] ? stripPunct(tokens[i + 1]!).toLowerCase() : '';
      // ("Senior Vice President & National Director": a describing word, then a role, after the joint.)
      // ("CEO and member of its board": a board seat beside the office is not part of it.)
      const okNext = (TITLE_WORDS.has(next) && !(next === 'member' && b !== 'of') && !(next === 'new' && !TITLE_WORDS.has(stripPunct(tokens[i + 2] ?? '').toLowerCase()))) || C_SUITE.test(next) || (next === 'the' && b === 'of');
      const described = !okNext && (b === 'and' || b === '&') && out.length > 0 && /^\p{Lu}\p{Ll}+$/u.test(tokens[i + 1] ?? '') && !TITLE_STOP.has(next) && CORE_ROLE.test(stripPunct(tokens[i + 2] ?? '').toLowerCase());
      if (described) {
        out.push(raw, tokens[i + 1]!);
        i++;
        continue;
      }
      const last = out.length > 0 ? coless(stripPunct(out[out.length - 1]!).toLowerCase()) : '';
      // "Head of Ecosystem": a role word still waiting for its area takes the next capitalised word.
      const dangling = b === 'of' && DANGLING.has(last) && (/^\p{Lu}/u.test(tokens[i + 1] ?? '') || (/^[a-z][a-z-]*[,.;]?$/.test(tokens[i + 1] ?? '') && !AREA_STOP.has(next) && !TITLE_STOP.has(next)));
      if (out.length > 0 && (okNext || dangling)) {
        out.push(raw);
        continue;
      }
      break;
    }
    const prevOf = out.length > 1 && /^of$/i.test(out[out.length - 1]!) && DANGLING.has(coless(stripPunct(out[out.length - 2]!).toLowerCase()));
    if (prevOf) area = 0;
    // "head of advertising sales", "co-head of West Coast technology M&A": the area a role heads is
    // open vocabulary, so after "<role> of" lower-case words (and regions, acronyms) continue it.
    if (area >= 0 && area < 4 && !TITLE_WORDS.has(b) && !C_SUITE.test(b) && !AREA_STOP.has(b) && !TITLE_STOP.has(b) &&
        (/^[a-z][a-z-]*$/.test(w) || GEO.has(b) || /^[A-Z][A-Z&]{1,5}$/.test(w) || (/^[A-Z][a-z-]+$/.test(w) && TITLE_WORDS.has(stripPunct(tokens[i + 1] ?? '').toLowerCase())))) {
      area++;
      out.push(raw);
      if (raw.endsWith(',') && geoNext()) {
        scoped = true;
        continue;
      }
      if (/[,;:!?.)]$/.test(raw)) break;
      continue;
    }
    // "Software Engineer II", "Product Manager 3", "Engineer L5": a level after the role.
    if (out.length > 0 && /^(?:II|III|IV|V|L[1-9]|[1-9])$/.test(w) && /^(?:engineer|manager|analyst|scientist|designer|developer|associate|specialist|consultant|representative|accountant|architect|researcher|writer|administrator|coordinator)$/.test(stripPunct(out[out.length - 1]!).toLowerCase())) {
      out.push(raw);
      if (/[,;:!?.)]$/.test(raw)) break;
      continue;
    }
    // ("chief executive a day after …": "chief" reaches an "officer" still ahead, else the title ends.)
    const chiefGoesOn = inChief && tokens.slice(i, i + 5).some((t) => /^(?:officers?|executive)$/i.test(stripPunct(t)));
    // ("editor-in-chief of The New Republic": "New" opens a name unless an office word follows, "New Business Development".)
    if (b === 'new' && !titleWordKey(stripPunct(tokens[i + 1] ?? '').toLowerCase())) break;
    if (titleWordKey(b) || chiefGoesOn || prevOf) {
      if (b === 'chief') inChief = true;
      if (b === 'officer') inChief = false;
      out.push(raw);
      if (/[,;:!?.)]$/.test(raw)) {
        // "Vice President, Sales" continues after the comma; "CMO, effective…" does not.
        const next = tokens[i + 1] ? stripPunct(tokens[i + 1]!).toLowerCase() : '';
        const next2 = tokens[i + 2] ? stripPunct(tokens[i + 2]!).toLowerCase() : '';
        // "senior vice president, seller growth": a lower-case area word, then a function word.
        const areaNext = /^[A-Za-z][a-z-]+$/.test(stripPunct(tokens[i + 1] ?? '')) && !AREA_STOP.has(next) && !TITLE_STOP.has(next) && TITLE_WORDS.has(next2) && !TITLE_STOP.has(next2);
        // "names COO Dana Lee as CEO, founder Tom Hale moves to…": a role word then a name opens the next clause.
        const nameAt = (k: number) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(stripPunct(tokens[k] ?? '')) && !TITLE_WORDS.has(stripPunct(tokens[k]!).toLowerCase()) && !GEO.has(stripPunct(tokens[k]!).toLowerCase());
        const nextClause = nameAt(i + 2) && nameAt(i + 3);
        const continues = raw.endsWith(',') && ((TITLE_WORDS.has(next) || C_SUITE.test(next)) || areaNext) && !TITLE_STOP.has(next) && next !== 'and' && !nextClause;
        if (raw.endsWith(',') && geoNext()) {
          scoped = true;
          continue;
        }
        if (!continues) break;
        if (areaNext) area = 0;
      }
      continue;
    }
    break;
  }
  while (out.length > 0 && /^(?:of|and|&|the|,)$/i.test(stripPunct(out[out.length - 1]!) || ',')) out.pop();
  if (out.length === 0) return null;
  const title = out.join(' ').replace(/[,;:!?.]+$/, '').trim();
  // A title needs a word that names a role, not just "Global" or "Senior".
  if (!/\b(?:chief|officer|vp|svp|evp|avp|vice|president|head|director|manager|lead|counsel|executive|partner|principal|founder|co-founder|cofounder|chair\w*|engineer|scientist|architect|advisor|adviser|controller|treasurer|secretary|editor|publisher|representative|specialist|coordinator|consultant|analyst|administrator|recruiter|member|fellow|assistant|surveyor|planner|attorney|lawyer|auditor|actuary|underwriter|nurse|physician|pharmacist|professor|dean|provost|superintendent|curator|chef|chancellor|vice-chancellor|pro-vice-chancellor|rector|headteacher|headmaster|headmistress|registrar|bursar|c[a-z]{1,3}os?|gm|md|eir|designer|writer|marketer|researcher|accountant|strategist|producer|evangelist|advocate|owner|technologist|economist|journalist|reporter|intern|sdr|bdr|ae|csm|tam|pmm|sre|swe|editor-in-chief)\b/i.test(title))
    return null;
  return title;
}

// Board seats, advisers and part-time roles are not operating jobs (no buying power to sell to).
// (A university's chancellor is its ceremonial head; the vice-chancellor runs it.)
const NON_OPERATING =
  /\b(?:advis[eo]r|advisory|board|(?<![-\w])chancellor|independent|lead director|non-executive|chair(?:man|woman|person)?(?! and)|venture partner|strategic partner|observer|mentor|entrepreneur[- ]in[- ]residence|ambassador|fellow|trustee)\b/i;
// ("will become a consultant to STAAR": a retiring chief's advisory role.)
const ADVISORY_ONLY = /^(?:an?\s+)?consultant$/i;
export const isOperatingRole = (title: string): boolean => !ADVISORY_ONLY.test(title.trim()) && isOperating(title);
const isOperating = (title: string): boolean => !NON_OPERATING.test(title) || /\b(?:chief|ceo|cfo|coo|cto|cmo|president)\b/i.test(title.replace(/\bchair\w*\b/gi, '').replace(/\bboard\b.*$/i, ''));

// "hires Jane Doe to lead its sales team", "I'm joining Vercel to lead developer relations":
// the role stated as the work. Read as "Head of …" only when every word is an area a title
// names, so "to lead the company" or "to lead the charge" give nothing.
const LED_ROLE =
  /^\s*,?\s*to\s+(?:lead|run|head|oversee|helm|spearhead|steer)\s+(?!of\b)(?:(?:its|the|our|their|his|her|a|an)\s+)?((?:[\p{L}&-]+\s+){0,4}?[\p{L}&-]+)(?=\s*(?:[,.;:!?)]|$)|\s+(?:at|in|for|from|after|and|as|with|across|while|amid|following|effective|starting|based|where|who|which|—|–)\s)/iu;
const LED_FILLER = new Set(['new', 'newly', 'newly-formed', 'newly-created', 'newly-launched', 'entire', 'whole', 'growing', 'company’s', "company's"]);
const LED_UNIT = new Set(['team', 'teams', 'unit', 'division', 'group', 'organization', 'organisation', 'org', 'business', 'efforts', 'function', 'practice', 'arm', 'department']);
const UPPER = new Set(['ai', 'hr', 'it', 'ux', 'ui', 'gtm', 'pr', 'ml', 'bd', 'cx', 'emea', 'apac', 'us', 'uk', 'dach', 'latam', 'anz', 'apj', 'smb', 'plg', 'r&d']);

export function ledRole(text: string): string | null {
  const m = LED_ROLE.exec(text);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  while (words.length > 0 && LED_FILLER.has(words[0]!.toLowerCase())) words.shift();
  while (words.length > 1 && LED_UNIT.has(words[words.length - 1]!.toLowerCase())) words.pop();
  if (words.length === 0 || words.length > 3 || !words.every((w) => TITLE_WORDS.has(w.toLowerCase()))) return null;
  const area = words.join(' ');
  // A role word is a title of its own ("to lead engineer"?), not an area.
  if (readTitle(area) !== null) return null;
  return 'Head of ' + words.map((w) => (UPPER.has(w.toLowerCase()) ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1))).join(' ');
}
