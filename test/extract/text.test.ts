import { describe, expect, it } from 'vitest';
import { htmlToText, splitSentences, stripDateline } from '../../src/extract/text.js';

describe('htmlToText', () => {
  it.each([
    // A block ends a sentence; an inline tag does not.
    ['<p>Acme raises <b>$20M</b></p><p>Led by Index.</p>', 'Acme raises $20M. Led by Index.'],
    ['<p>Existing investors also joined:</p><ul><li><a href="#">Cherry Ventures</a></li><li>Visionaries Club</li></ul><p>Founded in 2021.</p>', 'Existing investors also joined: Cherry Ventures, Visionaries Club. Founded in 2021.'],
    ['<figcaption>Image Credits: Tessellate</figcaption><p><a href="#">Tessellate</a>, a startup</p>', 'Image Credits: Tessellate. Tessellate, a startup.'],
    ['Some personal news!<br><br>I joined Acme', 'Some personal news! I joined Acme'],
    ['<script>var x = "<p>no</p>";</script>Kept &amp; decoded &euro;5M&nbsp;now', 'Kept & decoded €5M now'],
    ['<style>p{color:red}</style><!-- hidden --><div>Text</div>', 'Text.'],
    ['a < b and &#8364;3 &#x2014; done', 'a < b and €3 — done'],
    ['<![CDATA[Raw <i>text</i>]]>', 'Raw text'],
    ['line\n\n  breaks\tand  spaces', 'line breaks and spaces'],
    [null, ''],
  ])('%s', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('sentences and datelines', () => {
  it('does not split on Inc., Nov. or U.S.', () => {
    expect(splitSentences('Acme Inc. raised $5M on Nov. 12. The U.S. team grows. Next.')).toEqual([
      'Acme Inc. raised $5M on Nov. 12.',
      'The U.S. team grows.',
      'Next.',
    ]);
  });

  it('splits after a round letter, but not after an initial', () => {
    expect(splitSentences('Acme closed an $18.5 million Series A. Sequoia Capital led the round with J. Smith Ventures.')).toEqual([
      'Acme closed an $18.5 million Series A.',
      'Sequoia Capital led the round with J. Smith Ventures.',
    ]);
  });

  it.each([
    ['SAN FRANCISCO, Nov. 12, 2026 /PRNewswire/ -- Northwind Analytics, the leader', 'Northwind Analytics, the leader'],
    ['NEW YORK--(BUSINESS WIRE)--Ledgerly, an AI-native platform', 'Ledgerly, an AI-native platform'],
    ['BENGALURU, India, Nov. 10, 2026 /PRNewswire/ -- Finbridge', 'Finbridge'],
    ['Tokyo, Feb. 25 (Jiji Press)--Kanto Denki Co., a Japanese maker', 'Kanto Denki Co., a Japanese maker'],
    // A title-case place needs both a date and a wire's name.
    ['Paris, France - Acme raises $5M', 'Paris, France - Acme raises $5M'],
    ['Acme raises $5M', 'Acme raises $5M'],
  ])('%s', (text, rest) => {
    expect(stripDateline(text)).toBe(rest);
  });
});

describe('splitSentences with a limit', () => {
  it('stops after the first sentences, which match the unlimited split', () => {
    const text = 'Acme Inc. raised $5M on Nov. 12 in new funding. The U.S. team grows to forty people. Next comes hiring in Berlin. Then offices.';
    const all = splitSentences(text);
    expect(all).toHaveLength(4);
    expect(splitSentences(text, 2)).toEqual(all.slice(0, 2));
  });

  it('does not count short headings against the limit', () => {
    const text = 'Venture deals. Acme raised $5M in seed funding from Index. Private equity deals. Thoma Bravo agreed to acquire Verint Pulse.';
    expect(splitSentences(text, 2)).toHaveLength(4);
  });
});

describe('lists in HTML', () => {
  it('joins short list items (names) into one sentence and ends long ones (blurbs) each', () => {
    expect(htmlToText('<p>Investors in the round:</p><ul><li>Cherry Ventures</li><li>Visionaries Club</li></ul>')).toBe('Investors in the round: Cherry Ventures, Visionaries Club.');
    expect(htmlToText('<ul><li>Ana Ruiz &mdash; new CTO at Parcelwise (prev. Shipgrid)</li><li>Leo Brandt &mdash; joined Cobaltix as Chief People Officer</li></ul>')).toBe(
      'Ana Ruiz — new CTO at Parcelwise (prev. Shipgrid). Leo Brandt — joined Cobaltix as Chief People Officer.',
    );
  });
});

describe('Google News item lists', () => {
  it('keeps each outlet name out of the headline before it', () => {
    expect(htmlToText('<ol><li><a href="https://news.google.com/x">Orrery raises $90 million led by Kestrel Growth</a>&nbsp;&nbsp;<font color="#6f6f6f">TechCrunch</font></li></ol>')).toBe('Orrery raises $90 million led by Kestrel Growth. TechCrunch.');
  });
});
