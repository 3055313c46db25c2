import type { ExtractInput } from '../types.js';
import { headlineCase, isShouting, splitSentences, stripDateline } from './text.js';

// One item prepared for reading: the headline, then the body's leading sentences.
// Facts sit at the top of news copy, so only the first few sentences are read; that
// also keeps extraction cheap on long articles.

const MAX_BODY_CHARS = 3000;
const MAX_SENTENCES = 8;

export interface Doc {
  title: string;
  shout: boolean; // the headline is in all caps
  body: string;
  sentences: string[]; // body sentences, dateline removed
  author: string | null;
}

const trimSummary = (summary: string) => summary.trim().replace(/\s*(?:\[(?:…|\.\.\.)\]|…|\.\.\.)\s*$/, '');

/** Feeds often repeat the summary as the opening of the content, or truncate it: then only the content is read. */
export function summaryAddsNothing(summary: string, content: string): boolean {
  const s = trimSummary(summary);
  const c = content.trim();
  return c !== '' && (s === '' || c.includes(s.slice(0, 60)));
}

function joinBody(summary: string, content: string): string {
  const s = trimSummary(summary);
  const c = content.trim();
  if (summaryAddsNothing(s, c)) return c;
  if (!c) return s;
  return `${s}${/[.!?]$/.test(s) ? '' : '.'} ${c}`;
}

// "joining @Acme as Head of Sales": a social handle names the company.
const HANDLE = /(^|[\s(])@(?=[\p{Lu}\d])/gu;
const unhandle = (s: string) => (s.includes('@') ? s.replace(HANDLE, '$1') : s);

export function makeDoc(input: ExtractInput): Doc {
  const title = unhandle(stripDateline((input.title ?? '').trim()).replace(/\s+/g, ' '));
  let body = unhandle(joinBody(input.summary ?? '', input.content ?? ''));
  if (body.length > MAX_BODY_CHARS) body = body.slice(0, MAX_BODY_CHARS);
  const sentences = splitSentences(stripDateline(body), MAX_SENTENCES).map((s) => stripDateline(s));
  const shout = isShouting(title);
  // An all-caps wire headline with no prose to copy the casing from is read re-cased:
  // names are only recognised by their capitals.
  if (shout && !/\p{Ll}/u.test(body)) return { title: headlineCase(title), shout: false, body, sentences, author: input.author?.trim() || null };
  return { title, shout, body, sentences, author: input.author?.trim() || null };
}
