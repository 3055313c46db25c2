import type { ExtractedEvent } from '../types.js';

const ROUND_LABEL: Record<string, string> = {
  pre_seed: 'pre-seed',
  seed: 'seed',
  angel: 'angel round',
  convertible_note: 'convertible note',
  debt: 'debt financing',
  grant: 'grant',
  private_equity: 'private equity',
  corporate: 'strategic round',
  crowdfunding: 'crowdfunding',
  post_ipo: 'post-IPO round',
  unknown: 'round',
};

export function roundLabel(round: string | null, qualifier: string | null = null): string {
  if (!round) return 'round';
  const base = ROUND_LABEL[round] ?? round.replace(/^series_(\w)$/, (_m, l: string) => `Series ${l.toUpperCase()}`);
  return qualifier ? `${base} ${qualifier}` : base;
}

/** Compact money for people: 28000000 USD -> "$28M", 4.5e6 EUR -> "€4.5M". */
export function formatMoney(amount: number | null, currency: string | null): string {
  if (amount === null) return '';
  const sym: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };
  const prefix = currency && sym[currency] ? sym[currency] : currency ? `${currency} ` : '';
  const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 1 : 0).replace(/\.0$/, ''));
  if (amount >= 1e9) return `${prefix}${fmt(amount / 1e9)}B`;
  if (amount >= 1e6) return `${prefix}${fmt(amount / 1e6)}M`;
  if (amount >= 1e3) return `${prefix}${fmt(amount / 1e3)}K`;
  return `${prefix}${amount}`;
}

/** One line a rep reads: "raised $28M Series B led by Index Ventures". */
export function describeEvent(e: ExtractedEvent): string {
  switch (e.type) {
    case 'funding': {
      const money = e.amountText ?? formatMoney(e.amount, e.currency);
      const lead = e.leadInvestors.length ? ` led by ${e.leadInvestors.join(' and ')}` : e.investors.length ? ` from ${e.investors.slice(0, 3).join(', ')}` : '';
      return `raised ${money ? money + ' ' : ''}${roundLabel(e.round, e.roundQualifier)}${lead}`.replace(/\s+/g, ' ').trim();
    }
    case 'job_change': {
      const from = e.previousCompany ? ` (from ${e.previousCompany})` : '';
      return `${e.person ?? 'someone'} joined as ${e.title ?? 'a new hire'}${from}`;
    }
    case 'acquisition': {
      const money = e.amountText ?? formatMoney(e.amount, e.currency);
      return `acquired ${e.target ?? 'a company'}${money ? ` for ${money}` : ''}`;
    }
    case 'departure':
      if (!e.person) return e.title ? `the ${e.title} left` : 'a leader left';
      return `${e.person} left${e.title ? ` (${e.title})` : ''}`;
  }
}
