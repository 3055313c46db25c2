import type { Digest } from './build.js';
import { changeText, formatUtc, headline, isEmptyLine, personLine, safeLink, scoreText } from './common.js';
import { renderTable } from '../report/table.js';
import { safeText } from '../report/safe-text.js';

/** Plain text for a terminal or a cron mail; every feed string goes through safeText. */
export function renderText(d: Digest, opts: { width?: number; colour?: boolean } = {}): string {
  const empty = isEmptyLine(d);
  if (empty) return empty;
  const out: string[] = [`signals digest, ${formatUtc(d.generatedAt)}: ${headline(d)}`];

  if (d.prospects.length > 0) {
    out.push('', `NEW AND RISEN PROSPECTS (${d.prospects.length})`);
    out.push(
      renderTable(
        [
          { header: 'score', align: 'right' },
          { header: 'change' },
          { header: 'company', width: 'flex' },
          { header: 'person', width: 'flex' },
          { header: 'top trigger', width: 'flex' },
          { header: 'age', align: 'right' },
          { header: 'warm path', width: 'flex' },
        ],
        d.prospects.map((p) => [
          scoreText(p.score),
          changeText(p),
          p.company,
          personLine(p),
          p.trigger?.summary ?? '',
          p.trigger?.age ?? '',
          p.warmPath ?? '',
        ]),
        { maxWidth: opts.width, colour: opts.colour ?? false },
      ),
    );
    const links = d.prospects.filter((p) => safeLink(p.trigger?.link));
    if (links.length > 0) {
      out.push('');
      for (const p of links) out.push(`  ${safeText(p.company)}: ${safeLink(p.trigger!.link)}`);
    }
  }

  if (d.eventCount > 0) {
    out.push('', `NEW EVENTS (${d.eventCount})`);
    for (const g of d.groups) {
      out.push('', `${g.label} (${g.events.length})`);
      for (const e of g.events) {
        const who = e.company ? `${safeText(e.company)}: ` : '';
        out.push(`  - ${who}${safeText(e.summary)} (${e.occurredAt.slice(0, 10)}, ${e.age} ago)`);
        for (const s of e.sources) {
          const link = safeLink(s.link);
          out.push(`      ${safeText(s.feed)}: ${safeText(s.title)}${link ? ` <${link}>` : ''}`);
        }
      }
    }
  }
  return out.join('\n');
}
