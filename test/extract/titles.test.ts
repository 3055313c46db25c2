import { describe, expect, it } from 'vitest';
import { classifyTitle, isOperatingRole, readTitle } from '../../src/extract/titles.js';

describe('title → seniority and function', () => {
  it.each([
    ['CMO', 'c_level', 'marketing'],
    ['Chief Marketing Officer', 'c_level', 'marketing'],
    ['Chief Revenue Officer', 'c_level', 'sales'],
    ['SVP, Engineering', 'vp', 'engineering'],
    ['EVP, Chief Legal Officer', 'c_level', 'legal'],
    ['Vice President and Chief of Staff', 'vp', 'general_management'],
    ['VP of Sales', 'vp', 'sales'],
    ['Vice President, Supply Chain', 'vp', 'operations'],
    ['Head of Growth', 'head', 'marketing'],
    ['Director of Talent', 'director', 'hr'],
    ['CISO', 'c_level', 'security'],
    ['General Counsel', 'c_level', 'legal'],
    ['Co-founder & CEO', 'founder', 'general_management'],
    ['Co-founder & CTO', 'founder', 'engineering'],
    ['Chief People Officer', 'c_level', 'hr'],
    ['Chief Data Officer', 'c_level', 'data'],
    ['Chief Information Officer', 'c_level', 'it'],
    ['Chief Strategy Officer', 'c_level', 'strategy'],
    ['Chief Risk Officer', 'c_level', 'finance'],
    ['Chief Customer Officer', 'c_level', 'customer_success'],
    ['VP of Customer Success', 'vp', 'customer_success'],
    ['Head of Investor Relations', 'head', 'finance'],
    ['Country Manager, Vietnam', 'head', 'general_management'],
    ['Editor-in-Chief', 'head', 'other'],
    ['Senior Director, Brand Marketing', 'director', 'marketing'],
    ['Engineering Manager', 'manager', 'engineering'],
    ['Product Manager', 'individual', 'product'],
    ['Customer Success Manager', 'individual', 'customer_success'],
    ['Marketing Operations Manager', 'individual', 'marketing'],
    ['Staff Software Engineer', 'individual', 'engineering'],
    ['Senior Product Designer', 'individual', 'design'],
    ['Head of Communications', 'head', 'communications'],
    ['President', 'c_level', 'general_management'],
    ['Chief Scientist', 'c_level', 'engineering'],
    ['President of Worldwide Field Operations', 'c_level', 'sales'],
    ['VP - Supply Chain', 'vp', 'operations'],
  ])('%s', (title, seniority, fn) => {
    expect(classifyTitle(title)).toEqual({ seniority, function: fn });
  });
});

describe('reading a title out of prose', () => {
  it.each([
    ['Chief Marketing Officer at Lumen Health!', 'Chief Marketing Officer'],
    ['CMO of Acme, effective December 1', 'CMO'],
    ['VP of Sales. Chen was previously at Okta', 'VP of Sales'],
    ['Vice President, Sales, joining from Okta', 'Vice President, Sales'],
    ['its new Head of Growth in January', 'Head of Growth'],
    ['Head of Ecosystem at Figma', 'Head of Ecosystem'],
    ['Director of Product Management at TerraPay', 'Director of Product Management'],
    // A region scopes the title after a comma or "for"; a dash joins title words.
    ['Country Manager, Vietnam, effective May 1', 'Country Manager, Vietnam'],
    ['Sales Director, Pacific Northwest at Cascade', 'Sales Director, Pacific Northwest'],
    ['Head of Legal for Iberia at Glovo', 'Head of Legal for Iberia'],
    ['VP - Supply Chain. Previously with Flipkart', 'VP - Supply Chain'],
    // …but not a company's name after "of".
    ['CEO of Western Digital', 'CEO'],
    ['CEO of Southwest Airlines', 'CEO'],
  ])('%s', (text, title) => {
    expect(readTitle(text)).toBe(title);
  });

  it.each([['the company to grow faster'], ['Stripe for six years']])('no title in: %s', (text) => {
    expect(readTitle(text)).toBeNull();
  });

  it('board seats and advisers are not operating roles', () => {
    expect(isOperatingRole('Independent Director')).toBe(false);
    expect(isOperatingRole('Advisor')).toBe(false);
    expect(isOperatingRole('board of directors')).toBe(false);
    expect(isOperatingRole('Chairman and CEO')).toBe(true);
    expect(isOperatingRole('VP of Sales')).toBe(true);
  });
});

describe('when a move happens is not part of the title', () => {
  it.each([
    ['head of disputes next month after nine years', 'head of disputes'],
    ['head of growth later this year', 'head of growth'],
    ['head of payments effective immediately', 'head of payments'],
    ['head of year-end planning', 'head of year-end planning'],
  ])('%s', (text, title) => {
    expect(readTitle(text)).toBe(title);
  });
});

describe('a joint title whose second role has a describing word', () => {
  it.each([
    ['Senior Vice President & National Director at Egis', 'Senior Vice President & National Director'],
    ['Senior Vice President and Regional Manager at Halden', 'Senior Vice President and Regional Manager'],
    ['Senior Vice President & National Director Structures at Egis', 'Senior Vice President & National Director Structures'],
    // A capitalised word after the role that "at" does not follow is not part of it.
    ['Senior Vice President and Jane Doe will lead sales', 'Senior Vice President'],
  ])('%s', (text, title) => {
    expect(readTitle(text)).toBe(title);
  });
});

describe('a practitioner role specialised by a word of its own', () => {
  it.each([
    ['senior building surveyor based at its Manchester office', 'senior building surveyor'],
    ['a lead structural engineer in the Leeds studio', 'lead structural engineer'],
    ['quantity surveyor from Arcadis', 'quantity surveyor'],
    ['senior paediatric nurse at the trust', 'senior paediatric nurse'],
  ])('%s', (text, title) => {
    expect(readTitle(text)).toBe(title);
  });
  // Only right before the role: the word alone, or a grade and the word, are no title.
  it.each([['the building is finished'], ['senior thinking about growth'], ['building bridges']])('no title in: %s', (text) => {
    expect(readTitle(text)).toBeNull();
  });
});

describe('"chief" reaches its officer only when one is ahead', () => {
  it.each([
    ['chief executive a day after the crash', 'chief executive'],
    ['chief people and culture officer at Acme', 'chief people and culture officer'],
    ['Chief Marketing & Communications Officer', 'Chief Marketing & Communications Officer'],
  ])('%s', (text, title) => {
    expect(readTitle(text)).toBe(title);
  });
});

describe('"New" after "of", slashes and hyphens', () => {
  it('reads "New" as the start of a name unless an office word follows', () => {
    expect(readTitle('editor-in-chief of The New Republic on Monday.')).toBe('editor-in-chief');
    expect(readTitle('VP of New Business Development')).toBe('VP of New Business Development');
  });
  it('reads offices joined by a slash, and "vice-president"', () => {
    expect(readTitle('President/CEO.')).toBe('President/CEO');
    expect(readTitle('CEO/GM of Snohomish County PUD.')).toBe('CEO/GM');
    expect(readTitle('vice-president international affairs at Etihad')).toBe('vice-president international affairs');
    expect(readTitle('and/or')).toBeNull();
  });
});
