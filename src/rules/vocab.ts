import type { EventType, JobFunction, Round, Seniority } from '../types.js';

// The closed vocabularies a rule file may name. They mirror src/types.ts so a
// typo is caught when the file is checked, not by an empty ranking later.
export const EVENT_TYPES: readonly EventType[] = ['funding', 'job_change', 'acquisition', 'departure'];

export const ROUNDS: readonly Round[] = [
  'pre_seed', 'seed', 'angel',
  'series_a', 'series_b', 'series_c', 'series_d', 'series_e',
  'series_f', 'series_g', 'series_h', 'series_i', 'series_j',
  'convertible_note', 'debt', 'grant', 'private_equity', 'corporate',
  'crowdfunding', 'post_ipo', 'unknown',
];

export const SENIORITIES: readonly Seniority[] = ['founder', 'c_level', 'vp', 'head', 'director', 'manager', 'individual'];

export const FUNCTIONS: readonly JobFunction[] = [
  'marketing', 'sales', 'engineering', 'product', 'finance', 'operations', 'hr',
  'security', 'data', 'customer_success', 'legal', 'design', 'general_management',
  'it', 'communications', 'strategy', 'other',
];

/** "Series B", "series-b", "Pre Seed" → the snake_case spelling the vocabularies use. */
export function snake(s: string): string {
  return s.trim().toLowerCase().replace(/[\s\-/]+/g, '_');
}

/** Words reps write that mean a vocabulary value spelled differently (for "did you mean"). */
export const VOCAB_HINTS: Readonly<Record<string, string>> = {
  chief: 'c_level', cxo: 'c_level', c_suite: 'c_level', csuite: 'c_level', executive: 'c_level', clevel: 'c_level',
  vice_president: 'vp', svp: 'vp', evp: 'vp', avp: 'vp', head_of: 'head', lead: 'head',
  ic: 'individual', staff: 'individual', cofounder: 'founder', co_founder: 'founder',
  revenue: 'sales', growth: 'marketing', people: 'hr', human_resources: 'hr', talent: 'hr', tech: 'engineering',
  cs: 'customer_success', support: 'customer_success', ops: 'operations', infosec: 'security', analytics: 'data',
  job: 'job_change', hire: 'job_change', hiring: 'job_change', new_hire: 'job_change', appointment: 'job_change',
  round: 'funding', raise: 'funding', investment: 'funding', acquired: 'acquisition', merger: 'acquisition',
  a: 'series_a', b: 'series_b', c: 'series_c', seed_round: 'seed', preseed: 'pre_seed', ipo: 'post_ipo', pe: 'private_equity',
};
