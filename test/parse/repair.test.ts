import { describe, it, expect } from 'vitest';
import {
  declaredEntities,
  dropAfterRoot,
  dropIllegalChars,
  fixAtomDates,
  fixEntities,
  repairXml,
  trimAfterRoot,
  unprefixRoot,
  wrapMarkupInText,
} from '../../src/parse/repair.js';

describe('XML repairs', () => {
  it('fixEntities escapes bare &, maps HTML names, keeps XML and numeric references', () => {
    expect(fixEntities('<t>M&A & R&D: &amp; &lt; &#8217; &#x2014; &nbsp;&eacute;&mdash;</t>')).toBe(
      '<t>M&amp;A &amp; R&amp;D: &amp; &lt; &#8217; &#x2014; &#160;&#233;&#8212;</t>',
    );
  });

  it('fixEntities keeps unknown names literal, drops references to forbidden characters, skips CDATA and comments', () => {
    expect(fixEntities('<t>&bogus; &#1; &#x0; ok</t>')).toBe('<t>&amp;bogus;   ok</t>');
    expect(fixEntities('<![CDATA[a & b &nbsp;]]><!-- x & y --><t>c & d</t>')).toBe('<![CDATA[a & b &nbsp;]]><!-- x & y --><t>c &amp; d</t>');
  });

  it('fixEntities expands DOCTYPE-declared entities, escaped, one level deep', () => {
    const doc = '<!DOCTYPE rss [<!ENTITY co "Ferrum Pay & Co"><!ENTITY loop "&loop;">]><rss><t>&co; &loop;</t></rss>';
    const declared = declaredEntities(doc);
    expect([...declared]).toEqual([['co', 'Ferrum Pay & Co'], ['loop', '&loop;']]);
    expect(fixEntities('<t>&co; &loop;</t>', declared)).toBe('<t>Ferrum Pay &amp; Co &amp;loop;</t>');
  });

  it('dropIllegalChars removes C0 controls and unpaired surrogates but keeps tab, newline and emoji', () => {
    expect(dropIllegalChars('a\u0000b\u0008c\td\ne\uD83D\uDE80f\uD800g\uFFFE')).toBe('abc\td\ne\uD83D\uDE80fg');
  });

  it('wrapMarkupInText wraps raw markup in title and description, leaves clean and xhtml ones', () => {
    expect(wrapMarkupInText('<title>Q3 <b>results</title><title>plain</title>')).toBe(
      '<title><![CDATA[Q3 <b>results]]></title><title>plain</title>',
    );
    expect(wrapMarkupInText('<description>a<br>b ]]> c</description>')).toBe(
      '<description><![CDATA[a<br>b ]]]]><![CDATA[> c]]></description>',
    );
    const xhtml = '<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">A <b>B</b></div></title>';
    expect(wrapMarkupInText(xhtml)).toBe(xhtml);
    expect(wrapMarkupInText('<title><![CDATA[<b>x</b>]]></title>')).toBe('<title><![CDATA[<b>x</b>]]></title>');
  });

  it('trimAfterRoot completes a cut-off end tag and drops trailing junk', () => {
    expect(trimAfterRoot('<rss><channel/></rss', 'rss')).toBe('<rss><channel/></rss>');
    expect(trimAfterRoot('<rss><channel/></rss>\n<script>x</script>', 'rss')).toBe('<rss><channel/></rss>');
    expect(trimAfterRoot('<rss><channel>', 'rss')).toBe('<rss><channel>');
  });

  it('dropAfterRoot leaves a clean document as the same string', () => {
    const doc = '<feed><entry/></feed>\n\n';
    expect(dropAfterRoot(doc, 'feed')).toBe(doc);
    expect(dropAfterRoot(doc + '<!-- served by cache -->', 'feed')).toBe('<feed><entry/></feed>');
  });

  it('fixAtomDates rewrites dates Date cannot read, into ISO or empty', () => {
    expect(fixAtomDates('<published>2026-11-20 10:00:00 CEST</published><updated>soon</updated><updated>2026-11-20T10:00:00Z</updated>')).toBe(
      '<published>2026-11-20T08:00:00.000Z</published><updated></updated><updated>2026-11-20T10:00:00Z</updated>',
    );
  });

  it('unprefixRoot turns prefixed Atom into plain elements', () => {
    expect(unprefixRoot('<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>T</a:title></a:feed>', 'a')).toBe(
      '<feed xmlns:a="http://www.w3.org/2005/Atom"><title>T</title></feed>',
    );
  });

  it('repairXml leaves a well-formed document unchanged', () => {
    const doc = '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire &amp; Co</title><item><title><![CDATA[<b>x</b>]]></title></item></channel></rss>';
    expect(repairXml(doc, 'rss')).toBe(doc);
  });
});
