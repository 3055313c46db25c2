import type { EventType, Round } from '../types.js';

/** One problem found in a rule file, positioned for an editor to jump to. */
export interface RuleProblem {
  file: string;
  line: number; // 1-based
  col: number; // 1-based
  message: string;
}

export const formatProblem = (p: RuleProblem): string => `${p.file}:${p.line}:${p.col}: ${p.message}`;

/** A parsed operator condition inside a trigger's `when`. */
export interface Condition {
  op: string; // operator key, e.g. "round"
  param: unknown; // what that operator's parse() returned
}

export interface TriggerRule {
  name: string;
  type: EventType;
  conditions: Condition[];
  points: number;
  halfLifeDays: number; // the trigger's own, or the default from `recency`
  line: number; // where it is defined, for explain and error messages
}

export interface FitPoints {
  industry: number;
  employees: number;
  country: number;
  funding_stage: number;
  keywords: number;
}

export interface IcpRules {
  industries: string[];
  employees: { min: number | null; max: number | null } | null;
  countries: string[]; // ISO alpha-2
  fundingStages: Round[];
  keywords: string[];
  points: FitPoints;
}

export interface ExcludeRules {
  customers: boolean;
  competitors: string[];
  doNotContact: string[]; // company names, person names, domains or emails
  companiesFile: string | null; // absolute path
  companies: string[]; // names or domains read from companiesFile
}

export interface RuleSet {
  file: string;
  icp: IcpRules;
  triggers: TriggerRule[];
  recency: { halfLifeDays: number; maxAgeDays: number };
  exclude: ExcludeRules;
  warmth: { person_is_connection: number; connection_at_company: number; former_colleague: number };
  multiTriggerBonus: { perExtraTrigger: number; max: number };
  cooldownDays: number;
}

export const DEFAULT_FIT_POINTS: FitPoints = { industry: 15, employees: 10, country: 5, funding_stage: 5, keywords: 5 };
export const DEFAULT_RECENCY = { halfLifeDays: 21, maxAgeDays: 120 };
export const DEFAULT_WARMTH = { person_is_connection: 30, connection_at_company: 20, former_colleague: 12 };
export const DEFAULT_BONUS = { perExtraTrigger: 5, max: 10 };
export const DEFAULT_COOLDOWN_DAYS = 30;
