// The nouns of DESIGN.md as plain data. Every stage takes and returns these.

export type FeedKind = 'funding' | 'jobs' | 'news';
export const FEED_KINDS: readonly FeedKind[] = ['funding', 'jobs', 'news'];

/** A source and its fetch state, as stored. */
export interface Feed {
  id: number;
  url: string; // http(s) URL, file:// URL or absolute local path
  name: string | null;
  kind: FeedKind | null;
  enabled: boolean;
  disabledReason: string | null;
  etag: string | null;
  lastModified: string | null;
  bodyHash: string | null;
  lastStatus: string | null; // "200", "304", "error: …", "disabled: …"
  lastError: string | null;
  lastFetchedAt: string | null; // ISO 8601
  lastNewItemAt: string | null;
  consecutiveErrors: number;
  nextFetchAt: string | null;
  title: string | null; // feed's own title from the document
  createdAt: string;
}

/** One entry as parsed from a feed document (before storage). */
export interface ParsedItem {
  guid: string | null;
  link: string | null;
  title: string | null;
  summary: string | null; // plain or HTML as published
  content: string | null; // full body (content:encoded, atom content, content_html)
  author: string | null;
  published: string | null; // ISO 8601 when parseable
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | null;
  link: string | null;
  items: ParsedItem[];
}

/** A stored item. */
export interface Item extends ParsedItem {
  id: number;
  feedId: number;
  key: string;
  fetchedAt: string;
}

export type EventType = 'funding' | 'job_change' | 'acquisition' | 'departure';

export type Round =
  | 'pre_seed' | 'seed' | 'angel'
  | 'series_a' | 'series_b' | 'series_c' | 'series_d' | 'series_e'
  | 'series_f' | 'series_g' | 'series_h' | 'series_i' | 'series_j'
  | 'convertible_note' | 'debt' | 'grant' | 'private_equity' | 'corporate'
  | 'crowdfunding' | 'post_ipo' | 'unknown';

export type RoundQualifier = 'extension' | 'bridge' | null;

export type Seniority = 'founder' | 'c_level' | 'vp' | 'head' | 'director' | 'manager' | 'individual';

export type JobFunction =
  | 'marketing' | 'sales' | 'engineering' | 'product' | 'finance' | 'operations' | 'hr'
  | 'security' | 'data' | 'customer_success' | 'legal' | 'design' | 'general_management'
  | 'it' | 'communications' | 'strategy' | 'other';

/**
 * What an extractor finds in one item. Fields not relevant to the type are null.
 * `evidence` is the sentence the event was read from (for explain and debugging).
 */
export interface ExtractedEvent {
  type: EventType;
  confidence: number; // 0..1
  company: string | null; // funding: raiser; job_change: new employer; acquisition: acquirer; departure: company left
  round: Round | null;
  roundQualifier: RoundQualifier;
  amount: number | null; // in stated currency
  currency: string | null; // ISO 4217
  amountUsd: number | null;
  amountText: string | null; // exactly as stated, e.g. "$4.5M"
  investors: string[]; // lead investors first
  leadInvestors: string[];
  person: string | null;
  title: string | null;
  seniority: Seniority | null;
  function: JobFunction | null;
  previousCompany: string | null;
  target: string | null; // acquisition target
  evidence: string;
}

/** The input an extractor sees: one item plus the feed kind hint. */
export interface ExtractInput {
  title: string;
  summary: string; // HTML already stripped
  content: string; // HTML already stripped
  author: string | null;
  link: string | null;
  published: string | null;
  feedKind: FeedKind | null;
}

export interface EventSource {
  feed: string; // feed name or url
  title: string;
  link: string | null;
  itemId: number;
  published: string | null;
}

/** A stored, deduplicated event (one real-world event, many sources). */
export interface StoredEvent extends ExtractedEvent {
  id: number;
  companyKey: string | null; // normalised company identity
  occurredAt: string; // ISO 8601, earliest source publication
  createdAt: string; // when we first stored it (digests list what is new since the last one)
  sources: EventSource[];
}

/** A company from the rep's CRM export. */
export interface Account {
  id: number;
  key: string; // normalised name
  name: string;
  domain: string | null;
  industry: string | null;
  employees: number | null;
  country: string | null; // ISO 3166 alpha-2 when recognisable, else as given
  lifecycle: string | null; // lead, customer, … as given
  isCustomer: boolean;
  source: 'hubspot' | 'salesforce' | 'generic';
}

/** A person the rep knows (LinkedIn connection, Google contact, …). */
export interface Contact {
  id: number;
  firstName: string;
  lastName: string;
  fullName: string;
  nameKey: string; // normalised full name
  email: string | null;
  company: string | null;
  companyKey: string | null;
  position: string | null;
  connectedOn: string | null; // ISO date
  url: string | null;
  source: 'linkedin' | 'google' | 'generic';
}

export interface BreakdownLine {
  rule: string; // rule name, e.g. "fit: industry", "Series A/B raised", "warmth: person is a connection"
  event_id: number | null;
  source_link: string | null;
  points: number; // raw points
  decay: number; // 1 when no decay applies
  value: number; // points × decay (after caps)
  why: string; // human sentence
}

export interface WarmPath {
  contact: string; // full name
  contactId: number;
  relation: 'person_is_connection' | 'connection_at_company' | 'former_colleague';
  degree: 1;
  detail: string; // "via Dana Lee, 1st"
}

export interface Prospect {
  id: string; // stable slug, e.g. "acme" or "acme/jane-doe"
  company: string;
  companyKey: string;
  domain: string | null;
  person: string | null;
  title: string | null;
  score: number; // 0..100
  breakdown: BreakdownLine[];
  warmPath: WarmPath | null;
  topTrigger: { event_id: number; type: EventType; summary: string; occurred_at: string; link: string | null } | null;
  eventIds: number[];
}
