import { describe, it, expect } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import { renderText } from '../../src/digest/text.js';
import { renderMarkdown, mdEscape, mdLink } from '../../src/digest/markdown.js';
import { renderJson } from '../../src/digest/json.js';
import { renderSlack, slackEscape } from '../../src/digest/slack.js';
import { renderHtml, escapeHtml } from '../../src/digest/html.js';
import { safeLink } from '../../src/digest/common.js';
import { PROSPECTS, EVENTS, NOW, SINCE, prospect, event } from './sample.js';

const d = buildDigest({ prospects: PROSPECTS, events: EVENTS, since: SINCE, now: NOW });
const empty = buildDigest({ prospects: [], events: [], since: '2026-11-22T07:00:00.000Z', now: NOW });
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;

describe('text digest', () => {
  const out = renderText(d, { width: 160 });
  it('has prospects with score, change, trigger, age and warm path, then events by type with links', () => {
    expect(out).toContain('3 new or risen prospects, 4 new events since 2026-11-22 08:00 UTC');
    expect(out).toMatch(/88\s+new\s+Northwind Analytics\s+raised \$28M Series B led by Index Ventures\s+3d\s+via Dana Lee, 1st/);
    expect(out).toMatch(/81\s+up from 64\s+Kestrel Security\s+Marcus Chen, VP of Sales/);
    expect(out.indexOf('Funding (2)')).toBeLessThan(out.indexOf('Job changes (1)'));
    expect(out).toContain('Orbital Freight: raised €4M seed led by Point Nine (2026-11-22, 21h ago)');
    expect(out).toContain('<https://techblog.example.com/2026/11/northwind>');
  });
  it('carries no control characters and lists no javascript: link', () => {
    expect(out).not.toMatch(CONTROL);
    expect(out).not.toMatch(/: javascript:|<javascript:/);
  });
  it('says so in one line when empty', () => {
    expect(renderText(empty)).toBe('nothing new since 2026-11-22 07:00 UTC');
  });
});

describe('markdown digest', () => {
  const out = renderMarkdown(d);
  it('renders a prospects table and linked sources', () => {
    expect(out).toContain('| 88 | new | [Northwind Analytics](https://northwindanalytics.com/) |');
    expect(out).toContain('[raised $28M Series B led by Index Ventures](https://newswire.example.com/northwind-series-b)');
    expect(out).toContain('### Funding (2)');
    expect(out).toContain('[techblog](https://techblog.example.com/2026/11/northwind)');
  });
  it('escapes feed text so it cannot add markup, HTML or links', () => {
    expect(out).not.toContain('<script>');
    expect(out).toContain('\\<script\\>');
    expect(out).toContain('raised \\*$1M\\* \\[click\\](javascript:alert(1)) & more');
    expect(out).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(out).not.toMatch(CONTROL);
  });
  it('escapes table pipes and keeps links whole', () => {
    expect(mdEscape('A | B')).toBe('A \\| B');
    expect(mdLink('Wiki', 'https://en.wikipedia.org/wiki/Acme_(company)')).toBe('[Wiki](https://en.wikipedia.org/wiki/Acme_%28company%29)');
  });
  it('says so in one line when empty', () => {
    expect(renderMarkdown(empty)).toBe('nothing new since 2026-11-22 07:00 UTC');
  });
});

describe('json digest', () => {
  it('is the whole digest as snake_case data, also when empty', () => {
    const j = JSON.parse(renderJson(d));
    expect(j).toMatchObject({ since: SINCE, generated_at: NOW.toISOString(), prospect_count: 3, event_count: 4 });
    expect(j.prospects[0]).toMatchObject({ company: 'Northwind Analytics', score: 88, change: 'new', warm_path: 'via Dana Lee, 1st', top_trigger: { age: '3d' } });
    expect(j.events.map((e: { id: number }) => e.id)).toEqual([4, 1, 2, 3]);
    expect(JSON.parse(renderJson(empty))).toMatchObject({ prospects: [], events: [], prospect_count: 0 });
  });
});

describe('slack message', () => {
  const m = renderSlack(d);
  it('has a text fallback and blocks within Slack limits', () => {
    expect(m.text).toContain('3 new or risen prospects, 4 new events');
    expect(m.text).toContain('Top: Northwind Analytics (88)');
    expect(m.blocks[0]).toMatchObject({ type: 'header' });
    expect(m.blocks.length).toBeLessThanOrEqual(50);
    for (const b of m.blocks) {
      const t = (b as { text?: { text: string } }).text?.text;
      if (t) expect(t.length).toBeLessThanOrEqual(3000);
    }
  });
  it('links prospects and sources in mrkdwn and escapes feed text', () => {
    const all = JSON.stringify(m.blocks);
    expect(all).toContain('<https://northwindanalytics.com/|Northwind Analytics>');
    expect(all).toContain('<https://techblog.example.com/2026/11/northwind|techblog>');
    expect(all).toContain('&lt;script&gt;');
    expect(all).not.toContain('javascript:alert(1)|');
    expect(slackEscape('A & <B>')).toBe('A &amp; &lt;B&gt;');
  });
  it('stays within 50 blocks for a huge digest', () => {
    const many = Array.from({ length: 80 }, (_, i) => prospect({ id: `p${i}`, company: `Company ${i}`, score: 90 - i / 2 }));
    const evs = Array.from({ length: 400 }, (_, i) => event(100 + i, { company: `Company ${i}`, amountText: '$5M', round: 'seed' }, [{ link: `https://news.example.com/${i}` }]));
    const big = renderSlack(buildDigest({ prospects: many, events: evs, since: SINCE, now: NOW }));
    expect(big.blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(big.blocks)).toContain('more prospects');
  });
});

describe('html digest (markup)', () => {
  const out = renderHtml(d);
  it('is self-contained: inline styles, no script, no external assets, no style blocks', () => {
    expect(out).toMatch(/^<!DOCTYPE html>/);
    expect(out).not.toMatch(/<script|<link|<img|<style|@import|url\(/i);
    expect(out).not.toMatch(/\s(src|srcset)=/i);
    expect(out).toContain('<meta charset="utf-8">');
  });
  it('escapes every feed string and only links http(s)', () => {
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).not.toContain('href="javascript:');
    expect(out).not.toMatch(CONTROL);
    expect(escapeHtml(`"O'Brien" & <Co>`)).toBe('&quot;O&#39;Brien&quot; &amp; &lt;Co&gt;');
  });
  it('renders a page even when empty', () => {
    expect(renderHtml(empty)).toContain('nothing new since 2026-11-22 07:00 UTC');
  });
});

describe('safeLink', () => {
  it.each([
    ['https://newswire.example.com/a', 'https://newswire.example.com/a'],
    ['javascript:alert(1)', null],
    ['data:text/html,<script>', null],
    ['file:///etc/passwd', null],
    ['https://bank.example.com@evil.example/', null],
    ['not a url', null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(safeLink(input)).toBe(expected);
  });
});
