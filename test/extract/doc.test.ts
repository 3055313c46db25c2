import { describe, expect, it } from 'vitest';
import { makeDoc, moreSentences } from '../../src/extract/doc.js';

const doc = (title: string, body: string) => makeDoc({ title, summary: '', content: body, author: null, link: null, published: null, feedKind: null });

describe('makeDoc', () => {
  it('drops a newswire "About" section written as a heading line of its own', () => {
    const d = doc('Pellwood raises $20M', 'Pellwood today announced a $20 million Series A led by Fernbank Capital. The company makes inventory software for independent pharmacies and will use the money to hire engineers. "We are ready to grow," said the CEO.\n\nAbout Pellwood\nFounded in 2019, Pellwood is backed by Marsh Angels and Harbor Seed.');
    expect(d.body).not.toContain('Marsh Angels');
    expect(d.body).toContain('Fernbank Capital');
  });

  it('drops a newsletter\'s country flags and a round-up\'s item number', () => {
    const d = doc('2) Nokia announced plans to acquire Withings', 'Kapital 🇲🇽 raised a $20 Million Series A led by Tribe Capital 🇺🇸 and Niya Partners 🇺🇸. Great news 🎉 for Mexico.');
    expect(d.title).toBe('Nokia announced plans to acquire Withings');
    expect(doc('BRIEF-Office Depot announces retirement of CEO', '').title).toBe('Office Depot announces retirement of CEO');
    expect(d.sentences[0]).toBe('Kapital raised a $20 Million Series A led by Tribe Capital and Niya Partners.');
    expect(d.body).toContain('🎉');
  });

  it('drops post-nominal letters, and the comma inside "City, N.C.-based", from headline and body', () => {
    const d = doc('Lena Morrow, BSN, RN, plans to retire as CEO of Atlantic City, N.J.-based ShoreCare', 'Rod Haskins, MD, is preparing to retire as president of Renton, Wash.-based Cascade Health.');
    expect(d.title).toBe('Lena Morrow plans to retire as CEO of Atlantic City-based ShoreCare');
    expect(d.sentences[0]).toBe('Rod Haskins is preparing to retire as president of Renton-based Cascade Health.');
  });

  it('drops a newswire media marker, a person\'s age between commas, and spells "per cent" as "%"', () => {
    const d = doc('Walmart news', 'Dana Moll, 59, who has been CEO since 2014, will retire. Greg Brand, 47, currently the president, was named CEO. (Logo: http://www.newscom.com/logo.jpg) Marico acquired a 54 per cent stake in True Elements.');
    expect(d.sentences).toEqual(['Dana Moll, who has been CEO since 2014, will retire.', 'Greg Brand, currently the president, was named CEO.', 'Marico acquired a 54% stake in True Elements.']);
  });

  it('reads further down a long release on request, the first sentences unchanged', () => {
    const body = Array.from({ length: 14 }, (_, i) => `Paragraph number ${i + 1} of the Pellwood release says something long enough.`).join('\n\n');
    const d = doc('Pellwood names three executives', body);
    const more = moreSentences(d, 16);
    expect(d.sentences.length).toBeLessThan(more.length);
    expect(more.slice(0, d.sentences.length)).toEqual(d.sentences);
    expect(more).toHaveLength(14);
  });
});
