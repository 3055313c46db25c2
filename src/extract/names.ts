import { isPlace } from './titles.js';
// Where a company or person name starts and stops in news prose. Names are runs of
// capitalised tokens; the hard part is what surrounds them: descriptors ("Berlin-based
// fintech", "AI Startup"), appositives ("Acme, the maker of X,"), tickers and batches
// ("(YC W21)", "(NASDAQ: ACME)"), possessives and title-case headlines where every word
// is capitalised.

// Words inside a name that are not capitalised ("Bank of America", "Jean-Luc Van den Berg").
const CONNECTORS = new Set(['of', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'den', 'da', 'di', 'del', 'della', 'dos', 'das', 'y', 'e', 'ter', 'ten', 'bin', 'binti', 'al', 'el', '&', '+', 'und']);

// Common nouns that describe a company in front of its name. Title-case headlines
// capitalise them, so they are recognised case-insensitively.
const DESCRIPTORS = new Set([
  'startup', 'startups', 'start-up', 'scaleup', 'scale-up', 'company', 'firm', 'unicorn', 'decacorn', 'giant', 'provider',
  'platform', 'maker', 'developer', 'specialist', 'operator', 'marketplace', 'vendor', 'player', 'upstart', 'newcomer',
  'outfit', 'business', 'brand', 'lender', 'neobank', 'retailer', 'manufacturer', 'app', 'leader', 'pioneer', 'challenger',
  'drugmaker', 'chipmaker', 'carmaker', 'automaker',
  'fintech', 'insurtech', 'healthtech', 'proptech', 'edtech', 'legaltech', 'regtech', 'martech', 'adtech', 'biotech',
  'medtech', 'cleantech', 'climatetech', 'agtech', 'agritech', 'foodtech', 'deeptech', 'govtech', 'hrtech', 'traveltech',
  'saas', 'software', 'cybersecurity', 'security', 'analytics', 'logistics', 'robotics', 'ai', 'exclusive', 'breaking',
  'report', 'update', 'stealth', 'darling', 'rival', 'competitor', 'subsidiary', 'spinout', 'spin-off', 'spinoff', 'exec',
  'executive', 'veteran', 'alum', 'alumnus', 'former', 'ex', 'stealthy', 'y-combinator', 'cloud', 'data', 'infrastructure',
  'payments', 'payment', 'crypto', 'web3', 'blockchain', 'defi', 'gaming', 'e-commerce', 'ecommerce', 'delivery', 'mobility',
  'hr', 'tech', 'technology', 'health', 'healthcare', 'insurance', 'energy', 'climate', 'quantum', 'chip', 'chipmaker',
  'semiconductor', 'battery', 'ev', 'automation', 'devops', 'observability', 'compliance', 'banking', 'lending',
  'accounting', 'payroll', 'recruiting', 'commerce', 'retail', 'travel', 'food', 'grocery', 'media', 'video', 'audio',
  'music', 'legal', 'real-estate', 'construction', 'manufacturing', 'defense', 'defence', 'space', 'satellite', 'drone',
  'genomics', 'therapeutics', 'pharma', 'diagnostics', 'b2b', 'b2c', 'd2c', 'dtc', 'open-source', 'opensource', 'edge',
]);

const DEMONYMS = new Set([
  'american', 'british', 'german', 'french', 'swedish', 'israeli', 'indian', 'chinese', 'japanese', 'canadian', 'australian',
  'dutch', 'spanish', 'italian', 'irish', 'nigerian', 'kenyan', 'brazilian', 'mexican', 'singaporean', 'korean', 'danish',
  'finnish', 'norwegian', 'swiss', 'austrian', 'polish', 'estonian', 'european', 'african', 'asian', 'belgian', 'portuguese',
  'turkish', 'emirati', 'saudi', 'egyptian', 'indonesian', 'vietnamese', 'thai', 'filipino', 'argentine', 'chilean',
  'colombian', 'ukrainian', 'czech', 'greek', 'latvian', 'lithuanian', 'hungarian', 'romanian', 'scottish', 'welsh',
  'london', 'berlin', 'paris', 'uk', 'us', 'u.s.', 'eu', 'nordic', 'latam', 'sf', 'nyc', 'bay', 'area', 'silicon', 'valley',
  'new', 'york', 'san', 'francisco', 'boston', 'seattle', 'austin', 'munich', 'stockholm', 'amsterdam', 'toronto', 'bangalore',
  'bengaluru', 'singapore', 'tel', 'aviv', 'dublin', 'lagos', 'nairobi', 'madrid', 'barcelona', 'zurich', 'copenhagen',
  'helsinki', 'oslo', 'tallinn', 'lisbon', 'vienna', 'warsaw', 'prague', 'sydney', 'melbourne', 'tokyo', 'seoul', 'mumbai',
  'delhi', 'dubai', 'chicago', 'denver', 'atlanta', 'miami', 'montreal', 'vancouver', 'hamburg', 'cologne', 'lyon', 'milan',
]);

/** "Irish", "French", "UAE-based": a word that says where something is from, never a name by itself. */
export function onlyWhereFrom(s: string): boolean {
  const t = s.trim();
  return DEMONYMS.has(t.toLowerCase()) || /^\S+-based$/i.test(t);
}

// Words after a name that end it even when capitalised (title-case headlines).
const STOPWORDS = new Set([
  'c-suite', 'expands', 'strengthens', 'bolsters', 'promotes', 'welcomes', 'elevates', 'unveils', 'reports', 'completes', 'for', 'in', 'to', 'from', 'für', 'pour', 'por', 'para', 'pelo', 'pela', 'as', 'at', 'with', 'after', 'amid', 'over', 'on', 'by', 'into', 'via', 'under', 'ahead', 'despite',
  'following', 'led', 'backed', 'and', 'or', 'but', 'its', 'their', 'his', 'her', 'the', 'a', 'an', 'is', 'are', 'was', 'were',
  'has', 'have', 'had', 'will', 'would', 'raises', 'raised', 'secures', 'secured', 'lands', 'closes', 'acquires', 'acquired',
  'buys', 'names', 'appoints', 'hires', 'taps', 'joins', 'announces', 'announced', 'today', 'this', 'that', 'which', 'who',
  'deal', 'round', 'funding', 'series', 'seed', 'pre-seed', 'worth', 'valued', 'said', 'says', 'also', 'than', 'while', 'where',
  // ("Once Miller steps down, …": a conjunction opening the sentence is no first name.)
  'once', 'until', 'unless', 'whereas', 'although', 'though',
  // ("Earlier this January, Paystack …", "Another deal for Deel: …": a sentence's opening adverb is no company.)
  'earlier', 'later', 'another', 'yet', 'meanwhile', 'separately', 'elsewhere', 'recently', 'previously', 'however', 'instead',
  'finally', 'additionally', 'moreover', 'furthermore', 'similarly', 'likewise', 'having',
  // ("Explore the strategy of Ireland’s new CEO": a headline's imperative is no company; not "Read", a surname too.)
  'explore', 'discover', 'learn', 'listen',
  // ("Moves this week", "People moves": a column's name.)
  'moves',
  // ("Shares of Illumina were sinking after the company announced the departure of …": the stock, not a company.)
  'shares',
  // "Anthropic said on Tuesday it raised…": a day or a month is never the company.
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'tomorrow', 'tonight',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

// Words that make a capitalised run a company, not a person.
const COMPANY_WORDS = new Set([
  'inc', 'inc.', 'llc', 'ltd', 'ltd.', 'corp', 'corp.', 'co', 'co.', 'gmbh', 'ag', 'sa', 'plc', 'labs', 'lab', 'analytics',
  'security', 'health', 'data', 'capital', 'ventures', 'venture', 'partners', 'group', 'ai', 'technologies', 'technology',
  'systems', 'pay', 'software', 'bank', 'robotics', 'logistics', 'freight', 'hr', 'cloud', 'bio', 'networks', 'solutions',
  'energy', 'media', 'studio', 'studios', 'games', 'foods', 'motors', 'therapeutics', 'pharma', 'finance', 'financial',
  'insurance', 'fund', 'holdings', 'global', 'international', 'digital', 'mobile', 'works', 'hub', 'platform', 'app', 'apps',
  'tech', 'company', 'university', 'institute', 'collaborative', 'cooperative', 'coalition', 'alliance', 'society', 'consortium', 'foundation', 'association', 'council', 'agency', 'ministry', 'exchange',
  'authority', 'hospital', 'clinic', 'center', 'centre', 'district', 'transit', 'school', 'college', 'commission',
  'markets', 'commerce', 'retail', 'care', 'medical', 'genomics', 'space', 'aerospace', 'automotive', 'mobility', 'power',
  'solar', 'airlines', 'brands', 'systems', 'industries', 'sciences', 'network', 'payments', 'wallet', 'money', 'credit',
  'chief', 'officer', 'vp', 'president', 'director', 'head', 'manager', 'ceo', 'cfo', 'cmo', 'cto', 'coo', 'cro', 'cpo', 'cio', 'ciso', 'chro', 'cdo', 'cso', 'cco', 'svp', 'evp', 'engineering',
  'marketing', 'sales', 'product', 'operations', 'series', 'seed', 'round', 'funding', 'million', 'billion', 'the', 'new',
  'board', 'team', 'vice', 'senior', 'general', 'counsel', 'founder', 'co-founder', 'cofounder', 'officers', 'investors',
  'dynamics', 'robotics', 'devices', 'interactive', 'consulting', 'advisors', 'management', 'services', 'grid', 'stack',
  'cyber', 'quantum', 'wind', 'materials', 'semiconductor', 'semiconductors', 'diagnostics', 'biosciences', 'reuters', 'news',
  'wire', 'newswire', 'businesswire', 'prnewswire', 'today', 'weekly', 'daily', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'ventures', 'fintech', 'startup', 'exclusive', 'publishing', 'publications', 'press',
  'entertainment', 'pictures', 'records', 'farms', 'hospitality', 'hotels', 'resorts', 'airways', 'pharmaceuticals',
  'wines', 'winery', 'wineries', 'vineyards', 'vineyard', 'brewery', 'breweries', 'brewing', 'distillery', 'cellars',
  'mutual', 'trust', 'realty', 'properties', 'homes', 'construction', 'manufacturing', 'transport', 'shipping', 'marine',
  'utilities', 'telecom', 'communications', 'wireless', 'electronics', 'instruments', 'optics', 'photonics', 'clinics',
  'hospital', 'hospitals', 'healthcare', 'dental', 'learning', 'education', 'academy', 'school', 'schools', 'college',
  'sports', 'fitness', 'apparel', 'fashion', 'beauty', 'cosmetics', 'brewing', 'coffee', 'kitchen', 'partners', 'bio',
  'robotics', 'aviation', 'motors', 'automation', 'intelligence', 'compute', 'computing', 'research', 'foundry',
  // "Comcast Corporation", "Diageo North America": a legal form or a region ends a company, never a person.
  'corporation', 'incorporated', 'limited', 'bancorp', 'independent', 'development', 'affairs', 'relations', 'programs', 'partnerships',
  // Descriptions in a title-case headline: "Ex-Spotify Marketer Cara Lindqvist", "Vertex Vet Anita Bose".
  'marketer', 'exec', 'vet', 'banker', 'dealmaker', 'alum', 'insider', 'enterprises', 'worldwide', 'america', 'americas', 'emea', 'apac',
  'europe', 'asia', 'africa',
  // Industries in a company's name ("Tillbury Stores", "Delta Air Lines", "Pilbara Minerals").
  'stores', 'store', 'supermarkets', 'grocers', 'restaurants', 'railways', 'rail', 'steel', 'mining', 'minerals', 'oil', 'gas',
  'petroleum', 'chemicals', 'textiles', 'beverages', 'brewery', 'distillery', 'insurers', 'lines', 'air', 'industry', 'creative', 'nutrition', 'resources', 'products', 'supply', 'logistics',
]);

const PARTICLES = new Set(['van', 'von', 'zur', 'zu', 'vom', 'de', 'der', 'den', 'da', 'di', 'del', 'della', 'dos', 'das', 'du', 'la', 'le', 'bin', 'binti', 'al', 'el', 'y', 'ter', 'ten', 'mac', 'st.']);

const UPPER_START = /^["“'‘(]?[\p{Lu}\p{N}]/u;
const INNER_UPPER = /^\p{Ll}{1,3}\p{Lu}/u; // eBay, iCapital, dbtLabs
const DOMAINISH = /^\p{L}[\p{L}\d-]*\.(?:ai|io|com|co|app|dev|xyz|so|tech|net|org|me|gg|fm|tv|to|sh|cc|us|uk|de|fr|eu|health|bio|finance)$/iu;
// ("65-person indie digital shop Firstborn", "a 200-bed hospital": a size describes what follows.)
const HYPHEN_DESCRIPTOR = /-(?:based|backed|appointed|named|elected|installed|minted|headquartered|born|founded|focused|native|powered|owned|led|funded|listed|registered|centric|first|style|driven|like|inspired|esque|person|people|employee|employees|member|strong|year-old|bed|room|store|location|seat|acre|up|thirsty|hungry|rich|strapped|making|heavy|happy)$/i;
// ("For Rs 120 Cr", "for US$8 million", "For INR 50 Crore": a currency word before the number too.)
const MONEYISH = /^[$€£¥₹]|^\d[\d.,]*[kmb]n?$|^\d[\d.,]*$|^(?:Rs\.?|INR|USD|US\$.*|EUR|GBP|CAD|AUD|SGD|CHF|Rp|RM|R\$.*|C\$.*|A\$.*|S\$.*|HK\$.*)$/i;

function isNameToken(t: string): boolean {
  if (!t) return false;
  // Times, dates and decimals ("14:24:16.572", "11/23") are not names.
  if (/^\d+[:./,]\d/.test(t)) return false;
  if (/^I(?:['’](?:m|ve|ll|d))?[,.!?]?$/.test(t)) return false;
  if (HYPHEN_DESCRIPTOR.test(t)) return false;
  if (MONEYISH.test(t) && !/^\d+[a-z]/i.test(t)) return false;
  // ("project44", "web3studio"): a lower-case brand with digits in it.
  return UPPER_START.test(t) || INNER_UPPER.test(t) || DOMAINISH.test(t) || /^\d+\p{L}/u.test(t) || /^\p{Ll}{3,}\d+\p{Ll}*[,.;:]?$/u.test(t);
}

const bare = (t: string) => t.toLowerCase().replace(/^["“'‘(]+|["”'’),.;:!?]+$/g, '');

/** A person's name as reported: without honorifics ("Dr. Laura van der Meer" → "Laura van der Meer"). */
export const withoutHonorifics = (name: string): string => name.replace(/^(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame|Gen|Adm|Col|Lt|Hon|Rev)\.?\s+)+/, '');

/** Remove surrounding quotes, a possessive and trailing punctuation from a name. */
export function tidyName(s: string): string {
  return s
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/[™®©]/g, '')
    .replace(/^[\s"“'‘(«]+|[\s"”'’)»,.;:!?–—-]+$/g, '')
    .replace(/['’]s$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// Descriptors that only ever stand in front of a name ("AI Startup Acme"); sector nouns
// like "Data" or "Health" are cut only when such a word follows them, since "Health
// Catalyst" and "Data Robot" are names.
const STRONG = new Set([
  'startup', 'startups', 'start-up', 'scaleup', 'scale-up', 'company', 'firm', 'unicorn', 'decacorn', 'giant', 'provider',
  'platform', 'maker', 'developer', 'specialist', 'operator', 'marketplace', 'vendor', 'player', 'upstart', 'newcomer',
  'outfit', 'business', 'lender', 'neobank', 'retailer', 'manufacturer', 'leader', 'pioneer', 'challenger', 'exclusive',
  'breaking', 'report', 'update', 'stealth', 'darling', 'rival', 'competitor', 'subsidiary', 'spinout', 'spin-off', 'spinoff',
  'drugmaker', 'chipmaker', 'carmaker', 'automaker',
  'exec', 'executive', 'veteran', 'alum', 'alumnus', 'former', 'ex', 'chipmaker', 'stealthy',
]);
const ANYWHERE = new Set(['startup', 'start-up', 'maker', 'rival', 'competitor', 'subsidiary', 'spinout', 'unicorn', 'chipmaker', 'upstart', 'scaleup', 'scale-up']);
// ("FMCG Major Suryoday", "IT Giant Softvista", "Cloud Consultancy Nimbus Labs", "Budgeting App Paisa Track" too.)
const KIND_AFTER_FIRST = new Set(['platform', 'brand', 'insurer', 'lender', 'retailer', 'provider', 'operator', 'marketplace', 'developer', 'major', 'giant', 'consultancy', 'agency', 'app']);
const LEGAL_TAIL = /^(?:inc|corp|ltd|llc|gmbh|ag|sa|plc|bv|nv|ab|as|oy|co)\.?,?$/i;
// (Also a subordinating word opening a sentence: "As Wayfarer Health enters its next phase, …".)
const LEAD_CONJ = /^(?:and|but|also|meanwhile|plus|elsewhere|finally|separately|then|so|or|while|yet|still|now|as|when|since|because|although|though|once)$/;
const PRONOUN = /^(?:(?:i|we|they|he|she|it|you)(?:['’](?:ve|re|ll|d|m|s))?|our|my|their|this|that|these|those|there|here|us|me)$/i;
const isStrong = (b: string) => STRONG.has(b) || (/tech$/.test(b) && b.length > 5 && DESCRIPTORS.has(b));

// Nouns that make "<Name>'s <Noun>" one shop's name ("Dick's Sporting Goods", "O'Malley's Bakehouse",
// "Marlowe's Department Stores") rather than an owner and its company ("Google's DeepMind").
const VENUE = new Set(['goods', 'shop', 'shops', 'sandwich', 'sandwiches', 'subs', 'tacos', 'cookies', 'coffee', 'pies', 'wings', 'stores', 'store', 'department', 'bakehouse', 'bakery', 'kitchen', 'kitchens', 'restaurant', 'restaurants',
  'pizza', 'pizzeria', 'furniture', 'pharmacy', 'brewery', 'brewing', 'farms', 'garage', 'diner', 'cafe', 'café', 'market', 'markets',
  'outfitters', 'supply', 'hardware', 'crafts', 'toys', 'tavern', 'pub', 'grill', 'deli', 'bagels', 'donuts', 'creamery', 'steakhouse',
  'chicken', 'burgers', 'sporting', 'jewelers', 'jewellers', 'boutique', 'bistro', 'club', 'clubs', 'warehouse', 'wholesale', 'gym', 'gyms', 'fitness', 'salon', 'spa',
  // Place-like nouns that end a name ("Hudson's Bay", "Victoria's Secret", "The Children's Place").
  'bay', 'place', 'landing', 'harbor', 'harbour', 'wharf', 'corner', 'creek', 'secret', 'choice', 'hospital',
  // ("Southern Glazer's Wine & Spirits", "Nature's Touch", "Hershey's Foods")
  'wine', 'wines', 'spirits', 'touch', 'foods', 'beverages', 'garden', 'gardens', 'harvest', 'pantry', 'table', 'kitchenware']);
// A legal form right after the possessive: "Moody's Corporation", "McDonald's Holdings" (not "PC Mall's Sarcom Inc.").
const LEGAL_AFTER_POSSESSIVE = new Set(['corporation', 'corp', 'inc', 'company', 'holdings', 'plc', 'ltd', 'limited', 'llc']);

/** Token i ends in "'s" and the capitalised words after it make one shop's name with it. */
export function possessiveShop(tokens: string[], i: number): boolean {
  if (!/^\p{Lu}[\p{L}'’.-]*['’]s$/u.test(tokens[i] ?? '')) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
    const t = tokens[k]!;
    if (!/^\p{Lu}/u.test(t)) return false;
    if (VENUE.has(bare(t)) || (k === i + 1 && LEGAL_AFTER_POSSESSIVE.has(bare(t)))) return true;
  }
  return false;
}

/** Drop descriptors, demonyms and hyphenated "-based" words from the front of a capitalised run. */
function dropLeadingDescriptors(tokens: string[]): string[] {
  let cut = -1;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    const b = bare(t);
    if (HYPHEN_DESCRIPTOR.test(b) || (/['’]s$/.test(t) && !possessiveShop(tokens, i))) cut = i;
  }
  for (let i = 0; i < tokens.length - 1; i++) {
    const b = bare(tokens[i]!);
    // ("South African Fintech Stitch": a compass word in front of a nationality.)
    const compass = /^(?:south|north|east|west|central|latin|southeast|southern|northern|eastern|western)$/.test(b) && DEMONYMS.has(bare(tokens[i + 1]!));
    if (!(DESCRIPTORS.has(b) || DEMONYMS.has(b) || HYPHEN_DESCRIPTOR.test(b) || compass || i <= cut)) break;
    if (isStrong(b)) cut = Math.max(cut, i);
  }
  // "Smart Lock Maker Latchkey", "Fieldwire Competitor SiteLog": these nouns never sit inside a name.
  for (let i = cut + 1; i < tokens.length - 1; i++) if (ANYWHERE.has(bare(tokens[i]!)) && !LEGAL_TAIL.test(tokens[i + 1]!)) cut = i;
  // "Resale Platform ThredLoop", "D2C Brand Kurtaa", "Italian Insurer Ignis": a title-case headline's kind-of-company
  // noun after a first word (as the first word it may be the name: "Platform Science").
  for (let i = Math.max(1, cut + 1); i < tokens.length - 1; i++) if (KIND_AFTER_FIRST.has(bare(tokens[i]!)) && !LEGAL_TAIL.test(tokens[i + 1]!) && /^\p{Lu}/u.test(tokens[i + 1]!)) cut = i;
  // "Robo-advisor Kapital": a hyphenated common noun in front of the name.
  if (cut < 0 && tokens.length > 1 && /^\p{Lu}\p{Ll}+-\p{Ll}{3,}$/u.test(tokens[0]!)) cut = 0;
  // "Swedish Einride raises…": a nationality in front of a one-word name, unless the pair is
  // itself the name of an old national firm ("American Express", "British Airways", "Swiss Re").
  if (cut < 0 && tokens.length === 2 && isNationality(bare(tokens[0]!)) && !NATIONAL_FIRM_WORD.test(tokens[1]!)) cut = 0;
  let rest = tokens.slice(cut + 1);
  while (rest.length > 1 && LEAD_CONJ.test(bare(rest[0]!))) rest = rest.slice(1);
  // A run cannot start with a connector: "of Acme" → "Acme".
  while (rest.length > 1 && CONNECTORS.has(bare(rest[0]!))) rest = rest.slice(1);
  return rest;
}

const DESCRIBED_BY = /^(?:startup|start-up|company|firm|maker|makers|creator|creators|developer|developers|owner|parent|team|people|founders|builder|builders|operator)$/;
const DESCRIPTION_OPENS = /^(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:startup|start-up|company|firm|maker|creator|developer|owner|parent|operator|provider|publisher|producer|manufacturer)\s+(?:of|behind)\s/iu;
const NATIONAL_FIRM_WORD =
  /^(?:Airways|Airlines|Air|Express|Telecom|Telekom|Petroleum|Steel|Gas|Gold|Silver|Mining|Oil|Resources|Solar|Pacific|Tire|Financial|Bancorp|Utilities|Rail|Railways|Bank|Banking|Insurance|Match|Re|Post|Mail|Water|Power|Energy|Motors|Tobacco|Sugar|Broadcasting|Shipping|Lines|Standard|Eagle|Apparel|Family|Century|Tower|Capital|Ventures|Equity|Holdings|Group)\b/;
const ROLE_WORD = /^(?:CEO|CFO|CTO|CMO|COO|CRO|CPO|CIO|CISO|VP|SVP|EVP|Chief|Head|Director|President|Manager|Partner|Board)\b/;
// A nationality adjective ("Swedish", "Kenyan"), not a place word that also starts names ("New", "San").
const isNationality = (b: string): boolean => DEMONYMS.has(b) && (b === 'swiss' || b === 'thai' || (/(?:ish|ese|ian|ean|an|ic|ch|i)$/.test(b) && b !== 'san' && b !== 'munich'));
const NAME_OPENERS = new Set(['new', 'general', 'first', 'next', 'united', 'open', 'global', 'national', 'royal', 'true', 'blue', 'red']);
const LEGAL_AFTER_COMMA = /,\s+(Inc|LLC|L\.L\.C|Ltd|Corp|Co|plc|PLC|GmbH|AG|SA|S\.A|N\.V|B\.V|SE|AB|Oy|Pty Ltd|Limited)\b\.?(?=[\s,)]|$)/g;
const SEPARATOR_CHAR = /[:;|—–-]/;
// "Acme said Monday it would…": the words between a subject and its verb, including when it was said.
// A US state as newspapers write it (AP style or postal), or any country or region the title reader knows.
const US_STATE =
  /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo|D\.C|[A-Z]{2}|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)\.?$/;
const isRegion = (s: string): boolean => US_STATE.test(s) || isPlace(s);
const PLACE_AFTER = /\s+(in|of|from)\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)(,\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?,?$/u;
const AUX_TAIL = /(?:\s+(?:has|have|had|is|are|was|were|will|would|today|officially|just|also|finally|reportedly|now|quietly|recently|successfully|formally|announced|announces|confirmed|confirms|said|says|that|it|to|set|agrees|agreed|plans|moves|on|yesterday|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|,)|\s+(?:today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday),|\s+(?:on\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)+\s*$/i;

/**
 * The company that is the subject at the end of `prefix` (the words before a verb):
 * "Berlin-based fintech Ferrum Pay" → "Ferrum Pay", "Acme, the maker of X," → "Acme",
 * "Exclusive: Acme" → "Acme", "Acme (YC W21)" → "Acme".
 */
const CITY_BEFORE_BASED = /(?:^|(?<=\s))(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?-based)\s+/u;
const LOWER_BRAND = /^\p{Ll}[\p{Ll}\d]*(?:\.[\p{Ll}]{2,})?$/u;
const NOT_BRAND = /^(?:today|yesterday|meanwhile|separately|however|also|now|here|there|still|instead|finally|additionally|plus|then|so|first|second|third|next|last|overall|together|earlier|later|recently|currently|previously|elsewhere|similarly|notably|importantly|indeed|instead|initially|ultimately)$/;

/**
 * A lower-case word that can be a brand ("tink", "relayr", "e.fundamentals"), not a common noun that says what a
 * company is ("chipmaker", "startup", "distributor").
 */
export function lowerBrand(t: string): boolean {
  const b = t.toLowerCase();
  if (b.length < 3 || STOPWORDS.has(b) || NOT_BRAND.test(b) || DESCRIPTORS.has(b) || STRONG.has(b)) return false;
  return /[.\d]/.test(b) || !/(?:er|or|ist|ant|ent|ing|tion|ity|ics|ies|ness|ship|ware|tech|co)$/.test(b);
}

const SUBORDINATE = /^(?:Despite|Although|Though|While|Whilst|After|Before|Amid|Since|Following|Because|Unlike|During|Thanks to|In the wake of|Even as|As part of)\s/;

export function subjectName(prefix: string, verbFollows = true): string | null {
  // ", Inc." after a name is part of it, not an appositive: "Cisco Systems, Inc. (NASDAQ: CSCO)".
  // (Each rewrite only when its characters are there: this runs for every verb of every sentence.)
  let p = prefix.includes('(') ? prefix.replace(/\([^)]*\)/g, ' ') : prefix;
  if (/\s\s|[^\S ]/.test(p)) p = p.replace(/\s+/g, ' ');
  if (p.includes(',')) p = p.replace(LEGAL_AFTER_COMMA, ' $1');
  // An unsplit earlier sentence ("…a SEK 85m Series A. Danish Flexa was acquired") is not part of the name.
  // (Spaces are single here, so a sentence break needs ". "; the regex is costly on long prefixes.)
  const stop = p.includes('. ') ? /^.*(?:\b\p{Ll}{2,}|\bSeries [A-J]|\d)\.\s+(?=\p{Lu})/u.exec(p) : null;
  if (stop) p = p.slice(stop[0].length);
  // (Searching for the dashes is slow on plain-ASCII text, so look only when one is there.)
  const cut = SEPARATOR_CHAR.test(p)
    ? Math.max(p.lastIndexOf(': '), p.lastIndexOf('; '), p.lastIndexOf(' -- '), p.lastIndexOf(' — '), p.lastIndexOf(' – '), p.lastIndexOf(' | '), p.lastIndexOf(' - '))
    : -1;
  // "Carbo Culture — a startup that … — has raised": a dash appositive closed right before the verb.
  // ("Vance Publishing -- home of such B2B publications as the Packer -- has named": two hyphens for a dash.)
  const closing = cut >= 0 ? /\s(?:[—–]|--)\s*$/.exec(p.replace(AUX_TAIL, '')) : null;
  if (closing) {
    const open = p.search(/\s(?:[—–]|--)\s/);
    if (open > 0 && open < closing.index && /^\s(?:[—–]|--)\s+(?:a|an|the|which|who|one|formerly|previously|known|home|maker|owner|parent|publisher|operator|developer|provider)\b/i.test(p.slice(open))) return subjectName(p.slice(0, open), verbFollows);
  }
  if (cut >= 0) p = p.slice(cut + 2);
  p = p.replace(AUX_TAIL, '').trim();
  if (GERMAN_NOUN.test(p)) p = p.replace(GERMAN_DESCRIBER, '');
  // "PC Mall's Sarcom Inc. subsidiary (has acquired …)": what the company is to its owner, after its name.
  if (/\s(?:subsidiary|unit|arm|division|affiliate)$/.test(p)) p = p.replace(/\s+(?:subsidiary|unit|arm|division|affiliate)$/, '');
  // "AI Writer Startup Gets $21 Million": a title-case headline's kind-of-company word after the name.
  if (/\s(?:Startup|Start-up)$/.test(p)) p = p.replace(/\s+(?:Startup|Start-up)$/, '');
  // "…, Smart, aka SmartPension," / "Acme (formerly Beta)": another name for the same company closes the subject.
  if (/\b(?:aka|a\.k\.a\.|also known as|formerly known as)\s/.test(p)) p = p.replace(/,?\s+(?:aka|a\.k\.a\.|also known as|formerly known as)\s+[^,]{1,40},?$/, ',').replace(/,$/, '').trim();
  // "Today Zapier announced…", "On Monday, Acme said…": a time in front is not part of the name.
  if (/^(?:Today|Yesterday|On \w+day|This week|Earlier today|Last week|Meanwhile|Separately|Elsewhere|Additionally|Also|Plus|Finally),?\s/.test(p)) p = p.replace(/^(?:Today|Yesterday|On \w+day|This week|Earlier today|Last week|Meanwhile|Separately|Elsewhere|Additionally|Also|Plus|Finally),?\s+/, '');
  // "El Segundo, California-based Bastion Dynamics": the city before the state's "-based" is not a name.
  // ("Omooma, UAE-based online platform," is a name and its description: no name follows "-based".)
  if (p.includes('-based ')) {
    const c = CITY_BEFORE_BASED.exec(p);
    if (c && /(?:^|\s)[\p{Lu}\d][^\s,]*,?$/u.test(p.slice(c.index + c[0].length).split(/,\s/)[0]!.trim())) p = p.slice(0, c.index) + c[1] + ' ' + p.slice(c.index + c[0].length);
  }
  // "Once Upon a Farm in the US", "Arkeon Biotechnologies of Vienna, Austria": where the company is, after its name
  // ("Bank of America" keeps its "of": only "City, Country" after "of" is a place).
  if (p.includes(' in ') || p.includes(' of ') || p.includes(' from ')) {
    const loc = PLACE_AFTER.exec(p);
    const region = loc?.[3]?.replace(/^,\s+/, '');
    // ("United Bankshares in Charleston, W.Va.": any town, when a state or country follows it.)
    // ("Ronin Equity Partners of New York": after a firm's own last word, "of" a place is where it is.)
    const firmOf = loc?.[1] === 'of' && /\s(?:Partners|Group|Capital|Holdings|Ventures|Advisors|Management|Investments|Equity)$/.test(p.slice(0, loc.index));
    if (loc && loc.index > 0 && (region === undefined ? (loc[1] !== 'of' || firmOf) && isRegion(loc[2]!) : isRegion(region))) p = p.slice(0, loc.index);
  }
  // An appositive closes with a comma: "Acme, the maker of X," — the name is before it.
  // A relative clause ("Acme, which acquired…") is background, not the news.
  if (/\b(?:which|who|that|whose)$/i.test(p)) return null;
  // "In Italy, Lexroom, a Milan-based startup founded in 2023, (secured …)", "While …, HyperionDev, a Cape Town ed-tech
  // startup, (raised …)": an opening phrase, then the name and its appositive.
  const opened = p.endsWith(',') && p.indexOf(',') < p.length - 1 ? /,\s+(?:a|an|the|one)\s[^,]*,$/.exec(p) : null;
  if (opened && opened.index > p.indexOf(',')) {
    const named = p.slice(p.lastIndexOf(', ', opened.index - 1) + 2, opened.index);
    if (/^\p{Lu}/u.test(named) && !/\s\p{Ll}/u.test(named)) p = `${named},${p.slice(opened.index + 1)}`;
  }
  if (p.endsWith(',')) {
    const first = p.indexOf(',');
    // "The Bucharest-founded FlowX.ai that helps businesses …, has raised": a relative clause closes with the comma.
    // (Only after a name: "announced that Jane Roe, its COO," is a complement.)
    const before = p.slice(0, first);
    const rel = before.includes(' that ') || before.includes(' which ') || before.includes(' who ') ? /(?<=\s\p{Lu}\S*)\s(?:that|which|who)\s/u.exec(before) : null;
    const head = rel ? p.slice(0, rel.index) : p.slice(0, first);
    // "brevy, the note-taking app for lawyers, raises…": a lower-case brand, named as such by its appositive.
    if (LOWER_BRAND.test(head) && /^,\s+(?:the|a|an)\s/i.test(p.slice(first)) && !STOPWORDS.has(head) && !NOT_BRAND.test(head)) return head;
    if (first > 0 && /\S/.test(head)) {
      // "Swedish online grocery, and of course delivery service, Mathem, has raised": the description
      // came first and the name closes it.
      const lastPart = p.slice(p.lastIndexOf(',', p.length - 2) + 1, -1).trim();
      // (Cheap tests first: a description has a lower-case word after its first.)
      // ("FirstRand subsidiary, Ashburton Investments, has acquired": the unit is named after what it is to its owner.)
      // ("The operator of crypto derivatives exchange BitMEX, 100x Group, has hired": a description that opens on
      // what the company is, whatever it names inside.)
      p = lastPart !== head && /^[\p{Lu}\d]/u.test(lastPart) && /\s\p{Ll}/u.test(head) && (/\s(?:subsidiary|unit|arm|division|affiliate)$/.test(head) || DESCRIPTION_OPENS.test(head) || subjectName(head, verbFollows) === null) ? lastPart : head;
      // ("… revealed one of its spinoff companies, cloud disaster recovery group Yuruware, had been purchased by …":
      // a reporting clause, then what the company is and its name.)
      if (p === head && lastPart !== head && /^\p{Ll}/u.test(lastPart) && /\s\p{Lu}[\p{L}\d.&-]*$/u.test(lastPart) && /\s(?:revealed|said|announced|confirmed|reported|disclosed)\s/.test(head)) p = lastPart;
    } else return null;
  } else if (p.includes(', ') && (SUBORDINATE.test(p) || /^Having\s/.test(p))) {
    // "Despite a pandemic that dampened consumption, the operator of … Market Kurly (has attracted…)": the clause before the comma is not the subject.
    p = p.slice(p.lastIndexOf(', ') + 2);
  } else if (p.includes(', ')) {
    // "Acme, a Berlin-based startup" (no closing comma before the verb); "Klarna, Sweden-based BNPL
    // player" (a description ends in a common noun, a name does not).
    const first = p.indexOf(', ');
    const after = p.slice(first + 2);
    if (/^(?:a|an|the|which|who|one|formerly|previously|maker|developer|provider|creator|operator|backed|based|headquartered)\b/i.test(after) || (/^\S+-based\s/.test(after) && /\s\p{Ll}[\p{Ll}-]+$/u.test(after)))
      p = p.slice(0, first);
    else p = after.includes(', ') ? after.slice(after.lastIndexOf(', ') + 2) : after;
  }
  const tokens = p.split(' ').filter(Boolean);
  let i = tokens.length;
  while (i > 0) {
    const t = tokens[i - 1]!;
    if (isNameToken(t)) i--;
    else if (t === 'The' && i > 2 && i < tokens.length && bare(tokens[i - 2]!) === 'of' && isNameToken(tokens[i - 3]!)) i--; // "Bank of The Bahamas"
    else if (i === tokens.length && i > 1 && LEGAL_TAIL.test(t) && isNameToken(tokens[i - 2]!)) i--; // "Allegion plc"
    else if (CONNECTORS.has(bare(t)) && i < tokens.length && i > 1 && isNameToken(tokens[i - 2]!)) i--;
    // "Analytics 4 Life": a small number between two words of one name.
    else if (/^\d{1,3}$/.test(t) && i < tokens.length && i > 1 && /^\p{Lu}\p{Ll}/u.test(tokens[i - 2]!) && /^\p{Lu}\p{Ll}/u.test(tokens[i]!)) i--;
    else break;
  }
  // "The startup behind Claude", "Maker of ChatGPT": the name is a product the subject is described by.
  for (let k = Math.max(1, i - 1); k < tokens.length - 1; k++)
    if (/^(?:behind|of|from)$/.test(bare(tokens[k]!)) && DESCRIBED_BY.test(bare(tokens[k - 1]!))) return null;
  // "shopping platform tink has raised", "Berlin-based powerdata acquired by": a lower-case brand right
  // after the word that says what it is.
  if (i === tokens.length && i > 1 && verbFollows) {
    const t = tokens[i - 1]!;
    const before = bare(tokens[i - 2]!);
    if (LOWER_BRAND.test(t) && lowerBrand(t) && (STRONG.has(before) || /-based$/.test(before))) return t;
  }
  const run = dropLeadingDescriptors(tokens.slice(i));
  // ("OHIO'S FIRST DEFIANCE FINANCIAL TO ACQUIRE …", "Berlin's Parloa raises …": a place's possessive describes the name.)
  if (run.length > 1 && /['’][sS]$/.test(run[0]!) && isPlace(run[0]!.slice(0, -2))) run.shift();
  if (run.length === 0) return null;
  // ("Startup raises $5M": a word that says what a company is, not which.)
  if (run.length === 1 && DESCRIPTORS.has(bare(run[0]!))) return null;
  let name = tidyName(run.join(' '));
  // "Macy's names…", "Trader Joe's raises…": a subject that ends in "'s" right before its verb owns nothing;
  // the "'s" is its name's.
  const last = run[run.length - 1]!;
  if (verbFollows && name && /^\p{Lu}[\p{L}.-]*['’]s$/u.test(last) && !/['’]s$/.test(name)) name += last.slice(-2);
  return name && !STOPWORDS.has(name.toLowerCase()) && !PRONOUN.test(name) && !HEADLINE_OPENER.test(name) ? name : null;
}

// Words a verbless headline opens with ("Two announcements", "Big news", "Personal update"): never a company alone.
const HEADLINE_OPENER = /^(?:Please|Welcoming|Join|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Big|Some|Personal|Welcome|Exciting|Great|Huge|Important|Quick|Latest|Breaking|Update|Updates|News|Announcing|Introducing|Meet|Say|Thrilled|Excited|Proud|Happy|Delighted|Pleased|Honou?red|Humbled|Grateful|Today)$/;

/**
 * The name a sentence-case sentence opens with, when a lower-case word (its verb) follows:
 * "Datadog expands leadership team" → "Datadog", "Berlin's Parloa bags…" → "Parloa".
 * Title-case headlines give nothing: there the name's end cannot be seen.
 */
const FAMILY_FIRM = /^(?:Sons?|Daughters?|Brothers|Bros\.?|Company|Co\.?|Associates|Partners)[,.;]?$/;
const HEADLINE_VERB = /^(?:Names|Appoints|Hires|Taps|Promotes|Elevates|Welcomes|Selects|Adds|Announces|Confirms|Picks|Unveils|Makes)$/;
export function leadingSubject(text: string): string | null {
  const tokens = text.trim().split(/\s+/, 8);
  // ("Once Miller steps down, …": a sentence that opens on a subordinate clause has its subject later.)
  if (/^(?:Once|When|After|Before|While|If|As|Since|Until|Although|Though|Because|Unless)$/.test(tokens[0] ?? '')) return null;
  let i = 0;
  while (i < tokens.length && isNameToken(tokens[i]!)) i++;
  // ("Bank of America names …", "Procter & Gamble has …": a connector inside one name, where the verb then follows.)
  if (i > 0 && i < tokens.length - 1 && CONNECTORS.has(tokens[i]!)) {
    let k = i + 1;
    while (k < tokens.length && isNameToken(tokens[k]!)) k++;
    if (k > i + 1 && k < tokens.length && k <= 5 && /^\p{Ll}/u.test(tokens[k]!)) i = k;
  }
  // ("Brewer and bar operator BrewDog has …": a list of what the company is, its name after it.)
  if (i > 0 && tokens[i] === 'and' && /^\p{Ll}/u.test(tokens[i + 1] ?? '')) return null;
  // ("Old Dominion Freight Line President and CEO Greg Gantt will retire": the company ends where an office starts.)
  // (In prose only: a title-case headline capitalises its verbs, "Brantley Foods Names Renata Sokolova President".)
  const office = tokens.findIndex((t, k) => k > 1 && k < i && ROLE_WORD.test(t) && t !== 'Board');
  if (office > 0 && tokens.slice(i).some((t) => /^\p{Ll}/u.test(t)) && !tokens.slice(0, office).some((t) => HEADLINE_VERB.test(t))) {
    const named = subjectName(tokens.slice(0, office).join(' '), false);
    if (named) return named;
  }
  if (i === 0 || i >= tokens.length || i > 5 || !/^\p{Ll}/u.test(tokens[i]!)) return null;
  // (The lower-case word may be what a possessive owns: "Nine's chief digital officer".)
  const words = tokens.slice(0, i).join(' ');
  // "Apple’s Board of Directors today announced …": the board speaks for its company.
  const board = /^(.+?)['’]s?\s+Board(?:\s+of\s+Directors)?$/i.exec(words);
  return subjectName(board ? board[1]! : words, false);
}

// Verbs a title-case headline puts right after its subject ("Harmonic Builds Momentum … with $120 Million Series C").
const TITLE_VERB = /^(?:Builds|Expands|Accelerates|Fuels|Powers|Boosts|Bolsters|Strengthens|Gears|Doubles|Triples|Grows|Scales|Emerges|Exits|Launches|Debuts|Unveils|Enters|Takes|Makes|Moves|Aims|Looks|Eyes|Sets|Charts|Pushes|Heads|Arms|Adds|Gets|Wins|Hits|Reaches|Kicks|Steps|Tackles|Targets|Bets|Joins|Goes|Comes|Returns|Plans|Prepares|Readies|Continues)$/;

/** The name a title-case headline opens with, when one of the usual headline verbs follows it. */
export function titleCaseSubject(text: string): string | null {
  const tokens = text.trim().split(/\s+/, 8);
  const at = tokens.findIndex((t) => TITLE_VERB.test(t));
  if (at < 1 || at > 5) return null;
  return subjectName(tokens.slice(0, at).join(' '), false);
}

/**
 * The name at the start of `text` (an object after a verb), skipping lower-case
 * descriptors: "AI startup Helix Data for $250M" → "Helix Data".
 */
// In sentence-case prose a capitalised "In" or "For" belongs to a name ("Tuned In Media");
// in a title-case headline it is just a word.
function isTitleCase(tokens: string[]): boolean {
  let caps = 0;
  let words = 0;
  for (const t of tokens.slice(0, 14)) {
    if (!/^\p{L}{4,}/u.test(t)) continue;
    words++;
    if (/^\p{Lu}/u.test(t)) caps++;
  }
  return words >= 3 && caps / words > 0.6;
}

const BEHIND = /^\s*(?:the\s+)?(?:(?:team|people|company|startup|firm)\s+behind|makers?\s+of|developers?\s+of|creators?\s+of)\s+/i;

export function objectName(text: string): string | null {
  // Tickers and asides: "Splunk Inc. (NASDAQ: SPLK) for $157…"
  if (text.includes('(')) text = text.replace(/\s*\([^)]*\)/g, '');
  // "to buy U.S. drugmaker Alexion Pharmaceuticals": a country's abbreviation describes the name after it.
  if (/^\s*(?:U\.S\.|U\.K\.|U\.A\.E\.)\s+\p{Ll}/u.test(text)) text = text.replace(/^\s*\S+\s+/, '');
  // "San Francisco, Calif.-based biotech company InterMune": the city before a state's "-based".
  // ("Urbvan, Mexico-based shared mobility platform, for …" is a name and its description: no name follows "-based".)
  if (text.includes('-based ')) {
    const c = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*,\s+(?=\S+-based\s)/u.exec(text);
    if (c && /\s\p{Lu}/u.test(text.slice(c[0].length).split(',')[0]!.replace(/^\S+-based/, ''))) text = text.slice(c[0].length);
    // "Chapel Hill-based UNC Health Care": a place of several words before "-based".
    const place = /^\s*(?:\p{Lu}[\p{L}.'’]*\s+){1,2}\p{Lu}[\p{L}.'’]*-based\s+(?=\p{Lu})/u.exec(text);
    if (place) text = text.slice(place[0].length);
  }
  // "Queensland based G&S Engineering": the hyphen left out.
  if (text.includes(' based ')) text = text.replace(/^\s*(?:\p{Lu}[\p{L}.'’]*\s+){0,2}\p{Lu}[\p{L}.'’]*\s+based\s+(?=\p{Lu})/u, '');
  // "acqui-hires the team behind budgeting app Paisa Track": the product names the company.
  if (/behind|makers? of|developers? of|creators? of/i.test(text)) text = text.replace(BEHIND, '');
  const tokens = text.trim().split(/\s+/);
  const titleCase = isTitleCase(tokens);
  // (A capitalised "For" before an amount ends the name in any case: "Acquires Harappa Education For $40 Mn".)
  const stop = (t: string, k = -1) => STOPWORDS.has(bare(t)) && (titleCase || !/^\p{Lu}/u.test(t) || ['the', 'a', 'an', 'and', 'or'].includes(bare(t)) || (k >= 0 && MONEYISH.test(tokens[k + 1] ?? '')));
  let i = 0;
  for (let attempt = 0; attempt < 3; attempt++) {
    // Skip the descriptor phrase in front ("data observability startup", "rival", "Berlin-based").
    while (i < tokens.length && i < 10) {
      const t = tokens[i]!;
      // ("acquired by French-based employee fintech firm, Edenred": a describing noun, a comma, then the name.)
      // (Not "of the company and its subsidiary, Harbor Trust Bank": another company, not a description.)
      if (t && /,$/.test(t) && (DESCRIPTORS.has(bare(t)) || STRONG.has(bare(t))) && i + 1 < tokens.length && isNameToken(tokens[i + 1]!) && !tokens.slice(0, i).some((w) => /^(?:its|their|our|and|the|company)$/i.test(w))) {
        i++;
        continue;
      }
      // ("a $23 million investment in relayr, a Berlin-based startup": a lower-case brand its appositive names as such.)
      if (t && i === 0 && LOWER_BRAND.test(t.replace(/,$/, '')) && t.endsWith(',') && /^(?:a|an|the)$/i.test(tokens[1] ?? '') && !STOPWORDS.has(t.slice(0, -1)) && !NOT_BRAND.test(t.slice(0, -1))) return t.slice(0, -1);
      // "acquired the UK-based digital shelf analytics provider e.fundamentals": a lower-case brand after what it is.
      // (Only a word no dictionary has, with a dot or a digit in it: "UK-based textile maker" is a description.)
      if (t && i > 0 && /^\p{Ll}[\p{Ll}\d]*(?:\.[\p{Ll}\d]+)+[,;:]?$|^\p{Ll}+\d[\p{Ll}\d]*[,;:]?$/u.test(t) && (STRONG.has(bare(tokens[i - 1]!)) || /-based$/.test(tokens[i - 1]!)) && lowerBrand(t.replace(/[,.;:]$/, '')))
        return t.replace(/[,.;:]$/, '');
      if (!t || (/[,.;:!?)]$/.test(t) && !isNameToken(t))) return null;
      // ("smaller U.S. rival DCT Industrial Trust": a country's abbreviation describing the name after it.)
      if (i > 0 && /^(?:U\.S\.|U\.K\.|U\.A\.E\.)$/.test(t) && /^\p{Ll}/u.test(tokens[i + 1] ?? '')) {
        i++;
        continue;
      }
      if (isNameToken(t) && !STOPWORDS.has(bare(t))) break;
      // In sentence case a capitalised "New" or "General" mid-sentence starts a name ("New Relic", "General Catalyst").
      if (!titleCase && NAME_OPENERS.has(bare(t)) && /^\p{Lu}/u.test(t) && i + 1 < tokens.length && isNameToken(tokens[i + 1]!) && !ROLE_WORD.test(tokens[i + 1]!)) break;
      if (MONEYISH.test(t)) return null;
      // A preposition ends the object phrase: "joins stealth startup as CEO" names no company.
      if (i > 0 && /^(?:as|for|in|at|from|to|with|by|on|into|after|over)$/i.test(t)) return null;
      i++;
    }
    const run: string[] = [];
    let j = i;
    for (; j < tokens.length; j++) {
      const t = tokens[j]!;
      const b = bare(t);
      // ("Greco and Sons", "Barnes & Noble and Co": a family firm's "and Sons" is part of its name.)
      if (run.length > 0 && b === 'and' && FAMILY_FIRM.test(tokens[j + 1] ?? '')) {
        run.push(t);
        continue;
      }
      // ("merged with Modular Power and Data, an electrical equipment provider": a name with "and" that its appositive closes.)
      if (run.length > 0 && b === 'and' && /^\p{Lu}[\p{L}\d&.-]*,$/u.test(tokens[j + 1] ?? '') && /^(?:a|an)$/i.test(tokens[j + 2] ?? '')) {
        run.push(t);
        continue;
      }
      // ("Bank of The Bahamas": a capitalised article after "of" inside one name.)
      if (t === 'The' && run.length > 1 && bare(tokens[j - 1]!) === 'of' && isNameToken(tokens[j + 1] ?? '')) {
        run.push(t);
        continue;
      }
      if (run.length > 0 && stop(t, j) && !CONNECTORS.has(b)) break;
      if (isNameToken(t) || (run.length > 0 && CONNECTORS.has(b) && j + 1 < tokens.length && isNameToken(tokens[j + 1]!))) {
        run.push(t);
        // A name ends at punctuation attached to its last word: "Helix Data, the…", "Acme's".
        if (/[,;:!?)]$|\.$|['’]s$/.test(t) && !possessiveShop(tokens, j) && !/^(?:\p{Lu}\.)+$/u.test(t) && !/^(?:inc|corp|co|ltd|jr|sr|st)\.$/i.test(t) && !(/^(?:Dr|Mr|Mrs|Ms|Mt|Ft)\.$/.test(t) && run.length === 1)) {
          j++;
          break;
        }
      } else break;
    }
    if (run.length === 0) return null;
    // "AI startup Klaus", "Swedish gaming startup Frostbyte": the first run modifies a later name.
    if (!/[,;:!?)]$|\.$/.test(run[run.length - 1]!)) {
      let k = j;
      let sawDescriptor = false;
      while (k < tokens.length && k < j + 6 && !isNameToken(tokens[k]!)) {
        const b = bare(tokens[k]!);
        // ("the Finnish container shipping and logistics business Containerships": "and" between two describing words.)
        if ((STOPWORDS.has(b) && !(b === 'and' && k > j && /^\p{Ll}/u.test(tokens[k + 1] ?? ''))) || /[,.;:!?]$/.test(tokens[k]!)) break;
        if (DESCRIPTORS.has(b) || STRONG.has(b)) sawDescriptor = true;
        k++;
      }
      // A run that is only a nationality or sector word ("Dutch", "AI", "SMS") modifies the next name too.
      // ("Northeastern carrier Metropolitan Trucking": a region's adjective, too.)
      const modifierOnly = run.every((t) => DEMONYMS.has(bare(t)) || DESCRIPTORS.has(bare(t)) || /^\p{Lu}{2,4}$/u.test(t)) || (run.length === 1 && isPlace(run[0]!));
      if ((sawDescriptor || modifierOnly) && k > j && k < tokens.length && isNameToken(tokens[k]!)) {
        i = k;
        continue;
      }
    }
    // "Hyderabad's DataKraft", "Berlin's Tier": a place's possessive describes the company after it.
    if (/['’]s$/.test(run[run.length - 1]!) && isPlace(tidyName(run.join(' '))) && j < tokens.length) {
      i = j;
      continue;
    }
    const trimmed = dropLeadingDescriptors(run);
    // A lone sector word or acronym ("B2B", "AI") is a modifier, not a company.
    if (trimmed.every((t) => DESCRIPTORS.has(bare(t)) || DEMONYMS.has(bare(t)))) return null;
    let name = tidyName(trimmed.join(' '));
    // "CEO of Trader Joe’s, effective July 2": a possessive that owns nothing after it is the name's own.
    const last = trimmed[trimmed.length - 1]!;
    if (name && trimmed.length > 1 && /^\p{Lu}[\p{L}.-]*['’]s[,;.]$/u.test(last) && !/['’]s$/.test(name)) name += last.slice(-3, -1);
    return name && !STOPWORDS.has(name.toLowerCase()) && !PRONOUN.test(name) ? name : null;
  }
  return null;
}

/** Plausibly a person's name: two to five capitalised words, no company or title words. */
export function looksLikePerson(s: string | null): boolean {
  if (!s) return false;
  // ("returns to the United States to become…": a country is nobody.)
  if (isPlace(s)) return false;
  const tokens = s.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5) return false;
  let capitals = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // A middle initial ("David A. Dodge") is not the article "a".
    if (k > 0 && k < tokens.length - 1 && /^\p{Lu}\.$/u.test(t)) continue;
    const b = bare(t);
    // "Will Zemp steps down": a capitalised "Will" opening a name is the first name, not the auxiliary.
    if (k === 0 && t === 'Will' && /^\p{Lu}\p{Ll}/u.test(tokens[1] ?? '') && !STOPWORDS.has(bare(tokens[1]!))) {
      capitals++;
      continue;
    }
    // ("Theresa May", "Harriet May": a surname that is also a month.)
    if (b === 'may' && k === tokens.length - 1 && k > 0 && t === 'May') {
      capitals++;
      continue;
    }
    if (COMPANY_WORDS.has(b) || DESCRIPTORS.has(b) || STOPWORDS.has(b)) return false;
    if (/\d|[&@/$]/.test(t)) return false;
    // ("Anti-Money Laundering", "Cross-Border Payments": a prefixed word is a subject, never a name.)
    if (t.includes('-') && /^(?:Anti|Non|Multi|Cross|Self|Post|Pre|Inter|Counter|Cyber|Ultra|Hyper|Semi|Trans|Sub|Over|Under|Re)-/.test(t)) return false;
    // "Why I left Salesforce": a bare "I" is the pronoun, never an initial (those carry a full stop).
    if (t === 'I') return false;
    // "Marlowe's Department Stores": a possessive inside the run makes it a shop's name.
    if (k < tokens.length - 1 && /['’]s$/.test(t)) return false;
    // A particle only leads into a surname ("van der Berg"); a capitalised last word ("Rohan Das", "Ana De") is the surname.
    if (PARTICLES.has(b) && !(k === tokens.length - 1 && /^\p{Lu}/u.test(t))) continue;
    if (!/^[\p{Lu}]/u.test(t) && !/^(?:o['’]|d['’]|mc|mac)/i.test(t)) return false;
    if (!/^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u.test(t)) return false;
    // "DeepMind", "PayPal": an inner capital marks a brand, unless it is a surname prefix (McCarthy, O'Neil, DeSantis).
    if (/\p{Ll}\p{Lu}/u.test(t) && !/^(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Du|Fitz)\p{Lu}/u.test(t)) return false;
    capitals++;
  }
  // An all-caps run is an acronym-style company unless it is short initials.
  if (/^[\p{Lu}\s.'-]+$/u.test(s) && s.replace(/[^\p{L}]/gu, '').length > 4) return false;
  return capitals >= 2;
}

/** Title Case for an all-caps name when the body never spells it out. */
function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase())
    // ("OHIO'S" → "Ohio's", not "Ohio'S")
    .replace(/(?<=\p{L})(['’])S\b/gu, '$1s')
    .replace(/\b(Ai|Hr|Io|Vc|Uk|Us|Eu|Ev|Xr|Ar|Vr)\b/g, (w) => w.toUpperCase());
}

const reEsc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name read from an all-caps headline, in the casing the body uses ("NORTHWIND ANALYTICS" → "Northwind Analytics"). */
export function recase(name: string, body: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  if (body) {
    const re = new RegExp(`(?<![\\p{L}\\d])${reEsc(name).replace(/\s+/g, '\\s+')}(?![\\p{L}\\d])`, 'giu');
    let m: RegExpExecArray | null;
    while ((m = re.exec(body)) !== null) if (/\p{Ll}/u.test(m[0])) return m[0].replace(/\s+/g, ' ');
    // The body may spell it the same way in caps ("IBM") — then that is its casing.
    re.lastIndex = 0;
    if (re.test(body)) return name;
  }
  return name.length <= 4 && !name.includes(' ') ? name : titleCase(name);
}

// "Münchner Softwarekonzern Celonis", "Zero-Waste-Start-up Wisefood": German puts a capitalised describing
// noun (and a city's adjective) before the name.
// ("Der Wiener Internet-Marktplatz Refurbed", "Der US-amerikanische Garnproduzent AlgiKnit")
const GERMAN_DESCRIBER = /^(?:(?:Der|Die|Das)\s+)?(?:\p{Lu}\p{Ll}+er\s+|(?:[\p{L}]+-)?\p{Ll}+sche[rn]?\s+)?\S*(?:[Kk]onzern|[Uu]nternehmen|[Aa]nbieter|[Hh]ersteller|[Ff]irma|[Ss]tart-?up|[Pp]lattform|[Mm]arktplatz|[Pp]roduzent|[Bb]etreiber|[Zz]ulieferer|[Dd]ienstleister|[Ss]pezialist|[Hh]ändler|[Ee]ntwickler|[Vv]ersicherer)\s+(?=\p{Lu})/u;
const GERMAN_NOUN = /(?:konzern|nternehmen|nbieter|ersteller|irma|tart-?up|lattform|arktplatz|roduzent|etreiber|ulieferer|ienstleister|pezialist|ändler|ntwickler|ersicherer)\s/;
export const withoutGermanDescriber = (name: string): string => name.replace(GERMAN_DESCRIBER, '');

const ABOUT_VERB = /\s(?:is|was|has|will|continues|plans|wants|aims|bets|eyes|looks|makes|takes|turns|uses|offers|builds|opens|enters|debuts|unveils|launches|expands|grows|doubles|sets)\s/;
/** The company a headline is about ("Paris-based biotech Woodoo is turning wood into …"): what a body's "it" refers to. */
export function headlineSubject(title: string): string | null {
  const v = ABOUT_VERB.exec(title);
  const name = v && v.index <= 90 ? subjectName(title.slice(0, v.index)) : leadingSubject(title);
  return name && !looksLikePerson(name) ? name : null;
}

/** The company a sentence opens on, clause by clause ("Earlier this January, Paystack, the Nigerian payments company, …"). */
export function openingCompany(sentence: string): string | null {
  for (const clause of sentence.split(/[,:;]\s+/).slice(0, 4)) {
    // (A clause that is only a name, before its description: "Paystack, the Nigerian payments company, …".)
    const name = headlineSubject(clause) ?? titleCaseSubject(clause) ?? (clause.split(' ').length <= 4 && clause.split(' ').every(isNameToken) ? subjectName(clause, false) : null);
    if (name) return looksLikePerson(name) ? null : name;
  }
  return null;
}
