import type { Digest } from './build.js';
import { changeText, domainUrl, formatUtc, headline, isEmptyLine, personLine, safeLink, scoreText } from './common.js';
import { safeText } from '../report/safe-text.js';

// Slack incoming webhooks take { text, blocks }: `text` is the notification and
// fallback, blocks the message. Limits (Block Kit reference): 50 blocks per message,
// 3000 characters per section text, 150 per header. mrkdwn needs &, <, > escaped,
// and a link label cannot contain "|" or ">".

const MAX_PROSPECTS = 15;
const MAX_SECTION = 3000;

export interface SlackBlock {
  type: string;
  [key: string]: unknown;
}
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

export function slackEscape(s: string | null | undefined): string {
  return safeText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function slackLink(text: string, url: string | null | undefined): string {
  const safe = safeLink(url);
  const label = slackEscape(text).replace(/\|/g, '¦');
  return safe ? `<${safe.replace(/\|/g, '%7C').replace(/>/g, '%3E')}|${label || 'link'}>` : label;
}

const mrkdwn = (text: string): SlackBlock => ({ type: 'section', text: { type: 'mrkdwn', text: clip(text, MAX_SECTION) } });
const context = (text: string): SlackBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text: clip(text, MAX_SECTION) }] });

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}

/** Lines packed into sections no longer than Slack allows. */
function packLines(lines: string[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  let cur = '';
  for (const line of lines) {
    if (cur && cur.length + 1 + line.length > MAX_SECTION) {
      blocks.push(mrkdwn(cur));
      cur = '';
    }
    cur = cur ? `${cur}\n${line}` : line;
  }
  if (cur) blocks.push(mrkdwn(cur));
  return blocks;
}

export function renderSlack(d: Digest): SlackMessage {
  const empty = isEmptyLine(d);
  const title = `Signals digest, ${formatUtc(d.generatedAt)}`;
  if (empty) return { text: `${title}: ${empty}`, blocks: [mrkdwn(slackEscape(empty))] };

  const blocks: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(title, 150), emoji: false } },
    context(slackEscape(headline(d))),
  ];
  const shown = d.prospects.slice(0, MAX_PROSPECTS);
  for (const p of shown) {
    const lines = [`*${scoreText(p.score)}*  *${slackLink(p.company, domainUrl(p.domain))}*  _${slackEscape(changeText(p))}_`];
    const who = personLine(p);
    if (who) lines.push(slackEscape(who));
    if (p.trigger) lines.push(`${slackLink(p.trigger.summary, p.trigger.link)} (${slackEscape(p.trigger.age)} ago)`);
    if (p.warmPath) lines.push(`Warm path: ${slackEscape(p.warmPath)}`);
    blocks.push(mrkdwn(lines.join('\n')));
  }
  if (d.prospects.length > shown.length) blocks.push(context(`…and ${d.prospects.length - shown.length} more prospects (run \`signals prospects\`)`));

  if (d.eventCount > 0) {
    blocks.push({ type: 'divider' });
    const lines: string[] = [];
    for (const g of d.groups) {
      lines.push(`*${slackEscape(g.label)} (${g.events.length})*`);
      for (const e of g.events) {
        const src = e.sources.map((s) => slackLink(s.feed || s.title, s.link)).join(', ');
        lines.push(`• ${e.company ? `*${slackEscape(e.company)}*: ` : ''}${slackEscape(e.summary)} (${e.age} ago)${src ? `  ${src}` : ''}`);
      }
    }
    // Leave room for the blocks above; a digest longer than a Slack message says where the rest is.
    const room = 50 - blocks.length - 1;
    const packed = packLines(lines);
    blocks.push(...packed.slice(0, room));
    if (packed.length > room) blocks.push(context('…more events than one Slack message holds (run `signals events`)'));
  }

  const top = d.prospects[0];
  const text = `${title}: ${safeText(headline(d))}${top ? `. Top: ${safeText(top.company)} (${scoreText(top.score)})` : ''}`;
  return { text, blocks };
}
