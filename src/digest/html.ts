import type { Digest, DigestEvent, DigestProspect } from './build.js';
import { changeText, domainUrl, formatUtc, headline, isEmptyLine, personLine, safeLink, scoreText } from './common.js';
import { safeText } from '../report/safe-text.js';

// Mail clients (Outlook's Word engine, Gmail) ignore <style> blocks, flexbox and
// external CSS, so: nested tables, inline styles, bgcolor/width attributes, web-safe
// fonts, no images, no scripts. Every feed string is escaped after safeText.

export function escapeHtml(s: string | null | undefined): string {
  return safeText(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const FONT = "font-family:Arial,Helvetica,sans-serif;";
const INK = '#1f2933';
const MUTED = '#616e7c';
const ACCENT = '#0b63ce';

function link(text: string, url: string | null | undefined, style = ''): string {
  const safe = safeLink(url);
  const label = escapeHtml(text) || 'link';
  return safe ? `<a href="${escapeHtml(safe)}" style="color:${ACCENT};text-decoration:underline;${style}">${label}</a>` : label;
}

function scoreBadge(score: number): string {
  const bg = score >= 70 ? '#0e7c3a' : score >= 40 ? '#b76e00' : '#616e7c';
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" width="40" bgcolor="${bg}" style="${FONT}background-color:${bg};color:#ffffff;font-size:15px;font-weight:bold;padding:6px 0;border-radius:4px;">${scoreText(score)}</td></tr></table>`;
}

function prospectRow(p: DigestProspect): string {
  const site = domainUrl(p.domain);
  const company = site ? link(p.company, site, `color:${INK};font-weight:bold;text-decoration:none;`) : `<strong>${escapeHtml(p.company)}</strong>`;
  const who = personLine(p);
  const trigger = p.trigger
    ? `<div style="${FONT}font-size:14px;color:${INK};padding-top:4px;">${link(p.trigger.summary, p.trigger.link)} <span style="color:${MUTED};">(${escapeHtml(p.trigger.age)} ago)</span></div>`
    : '';
  const warm = p.warmPath ? `<div style="${FONT}font-size:13px;color:#0e7c3a;padding-top:4px;">Warm path: ${escapeHtml(p.warmPath)}</div>` : '';
  return `<tr data-prospect="${escapeHtml(p.id)}">
<td width="56" valign="top" style="padding:12px 0 12px 16px;border-top:1px solid #e4e7eb;">${scoreBadge(p.score)}</td>
<td valign="top" style="${FONT}padding:12px 16px;border-top:1px solid #e4e7eb;">
<div style="${FONT}font-size:16px;color:${INK};">${company} <span style="font-size:12px;color:${MUTED};">${escapeHtml(changeText(p))}</span></div>
${who ? `<div style="${FONT}font-size:14px;color:${MUTED};padding-top:2px;">${escapeHtml(who)}</div>` : ''}
${trigger}
${warm}
</td>
</tr>`;
}

function eventRow(e: DigestEvent): string {
  const sources = e.sources.map((s) => link(s.feed || s.title, s.link, 'font-size:12px;')).join(' &middot; ');
  return `<tr data-event="${e.id}"><td style="${FONT}font-size:14px;color:${INK};padding:6px 16px;">
${e.company ? `<strong>${escapeHtml(e.company)}</strong>: ` : ''}${escapeHtml(e.summary)} <span style="color:${MUTED};">(${escapeHtml(e.occurredAt.slice(0, 10))}, ${escapeHtml(e.age)} ago)</span>
${sources ? `<div style="${FONT}font-size:12px;color:${MUTED};padding-top:2px;">${sources}</div>` : ''}
</td></tr>`;
}

function section(title: string): string {
  return `<tr><td style="${FONT}font-size:13px;font-weight:bold;letter-spacing:1px;text-transform:uppercase;color:${MUTED};padding:24px 16px 8px;">${escapeHtml(title)}</td></tr>`;
}

/** A complete, self-contained HTML mail body. */
export function renderHtml(d: Digest): string {
  const title = `Signals digest, ${formatUtc(d.generatedAt)}`;
  const empty = isEmptyLine(d);
  const rows: string[] = [];
  if (empty) {
    rows.push(`<tr><td style="${FONT}font-size:15px;color:${INK};padding:16px;">${escapeHtml(empty)}</td></tr>`);
  } else {
    if (d.prospects.length > 0) {
      rows.push(section(`New and risen prospects (${d.prospects.length})`));
      rows.push(`<tr><td><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">${d.prospects.map(prospectRow).join('\n')}</table></td></tr>`);
    }
    if (d.eventCount > 0) {
      rows.push(section(`New events (${d.eventCount})`));
      for (const g of d.groups) {
        rows.push(`<tr><td style="${FONT}font-size:15px;font-weight:bold;color:${INK};padding:12px 16px 4px;">${escapeHtml(g.label)} (${g.events.length})</td></tr>`);
        rows.push(`<tr><td><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">${g.events.map(eventRow).join('\n')}</table></td></tr>`);
      }
    }
  }
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(title)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f5f7fa;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f5f7fa" style="background-color:#f5f7fa;">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="width:100%;max-width:640px;background-color:#ffffff;border:1px solid #e4e7eb;">
<tr><td bgcolor="${INK}" style="${FONT}background-color:${INK};color:#ffffff;font-size:20px;font-weight:bold;padding:16px;">${escapeHtml(title)}</td></tr>
<tr><td style="${FONT}font-size:14px;color:${MUTED};padding:12px 16px 0;">${escapeHtml(empty ? '' : headline(d))}</td></tr>
${rows.join('\n')}
<tr><td style="${FONT}font-size:11px;color:${MUTED};padding:24px 16px 16px;">Generated by signals. Scores and triggers come from public feeds; check the source before you call.</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}
