import type { Digest } from './build.js';
import { changeText, domainUrl, formatUtc, headline, isEmptyLine, personLine, safeLink, scoreText } from './common.js';
import { safeText } from '../report/safe-text.js';

// Backslash-escape what Markdown (CommonMark/GFM) reads as inline markup,
// including < and > so a title cannot smuggle raw HTML into a rendered digest,
// and & only where it would start an entity. Line-start markup (#, -, +) cannot
// occur: feed text never begins a line here.
export function mdEscape(s: string | null | undefined): string {
  return safeText(s)
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

/** A link whose URL cannot end early: parentheses and spaces percent-encoded. */
export function mdLink(text: string, url: string | null | undefined): string {
  const safe = safeLink(url);
  if (!safe) return mdEscape(text);
  return `[${mdEscape(text) || 'link'}](${safe.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20')})`;
}

/** GitHub-flavoured Markdown: for a file, a chat, or a README-style mail. */
export function renderMarkdown(d: Digest): string {
  const empty = isEmptyLine(d);
  if (empty) return empty;
  const out: string[] = [`# Signals digest, ${formatUtc(d.generatedAt)}`, '', `${headline(d)}.`];

  if (d.prospects.length > 0) {
    out.push('', '## New and risen prospects', '');
    out.push('| Score | Change | Company | Person | Top trigger | Age | Warm path |', '|---:|---|---|---|---|---:|---|');
    for (const p of d.prospects) {
      const site = domainUrl(p.domain);
      const trigger = p.trigger ? mdLink(p.trigger.summary, p.trigger.link) : '';
      out.push(
        `| ${scoreText(p.score)} | ${changeText(p)} | ${site ? mdLink(p.company, site) : mdEscape(p.company)} | ${mdEscape(personLine(p))} | ${trigger} | ${p.trigger?.age ?? ''} | ${mdEscape(p.warmPath)} |`,
      );
    }
  }

  if (d.eventCount > 0) {
    out.push('', `## New events (${d.eventCount})`);
    for (const g of d.groups) {
      out.push('', `### ${g.label} (${g.events.length})`, '');
      for (const e of g.events) {
        const who = e.company ? `**${mdEscape(e.company)}**: ` : '';
        const sources = e.sources.map((s) => mdLink(s.feed || s.title, s.link)).join(', ');
        out.push(`- ${who}${mdEscape(e.summary)} (${e.occurredAt.slice(0, 10)}, ${e.age} ago)${sources ? `. Sources: ${sources}` : ''}`);
      }
    }
  }
  return out.join('\n');
}
