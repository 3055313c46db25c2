import type { AnyOperator } from './types.js';
// The conditions a trigger's `when` may use. Adding one is a file in this
// folder and a line here; the validator, matcher and explain pick it up.
import round from './round.js';
import amountUsd from './amount-usd.js';
import seniority from './seniority.js';
import jobFunction from './function.js';
import titleMatches from './title-matches.js';
import investorsInclude from './investors-include.js';
import minConfidence from './min-confidence.js';

export const OPERATORS: readonly AnyOperator[] = [round, amountUsd, seniority, jobFunction, titleMatches, investorsInclude, minConfidence];

export const operator = (key: string): AnyOperator | undefined => OPERATORS.find((o) => o.key === key);
