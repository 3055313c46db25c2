// Static conversion to US dollars, so rules can say "amount_usd ≥ 5M" across currencies.
// Rates are US dollars per one unit of the currency, as of 2026-11-02 (rounded mid-market,
// refreshed by hand). A trigger filter needs the order of magnitude, not today's tick,
// and a static table keeps extraction pure and reproducible: the same item always gives
// the same amount_usd.
export const FX_AS_OF = '2026-11-02';

const USD_PER_UNIT: Record<string, number> = {
  USD: 1,
  EUR: 1.08,
  GBP: 1.27,
  CHF: 1.13,
  JPY: 0.0067,
  CNY: 0.139,
  INR: 0.0119,
  AUD: 0.66,
  CAD: 0.73,
  NZD: 0.6,
  HKD: 0.128,
  SGD: 0.75,
  BRL: 0.18,
  TWD: 0.031,
  MXN: 0.055,
  SEK: 0.094,
  NOK: 0.093,
  DKK: 0.145,
  PLN: 0.25,
  CZK: 0.043,
  HUF: 0.0027,
  RON: 0.217,
  KRW: 0.00073,
  ILS: 0.27,
  AED: 0.2723,
  SAR: 0.2667,
  ZAR: 0.055,
  TRY: 0.029,
  NGN: 0.00065,
  KES: 0.0077,
  IDR: 0.000063,
  EGP: 0.0205,
  PHP: 0.0172,
  MYR: 0.225,
  THB: 0.029,
  VND: 0.0000395,
  MAD: 0.1,
};

/** The amount in US dollars (whole dollars), or null for a currency the table lacks. */
export function toUsd(amount: number | null, currency: string | null): number | null {
  if (amount === null || currency === null) return null;
  const rate = USD_PER_UNIT[currency.toUpperCase()];
  return rate === undefined ? null : Math.round(amount * rate);
}

export const SUPPORTED_CURRENCIES: readonly string[] = Object.keys(USD_PER_UNIT);
