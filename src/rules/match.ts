import type { StoredEvent } from '../types.js';
import { operator } from './operators/index.js';
import type { TriggerRule } from './types.js';

/** Does this event satisfy the trigger's type and every condition of its `when`? */
export function matchesTrigger(event: StoredEvent, trigger: TriggerRule): boolean {
  if (event.type !== trigger.type) return false;
  return trigger.conditions.every((c) => operator(c.op)!.test(event, c.param));
}

/** "funding where round is Series A or Series B and amount at least $5M" */
export function describeTrigger(trigger: TriggerRule): string {
  const conds = trigger.conditions.map((c) => operator(c.op)!.describe(c.param));
  return conds.length ? `${trigger.type} where ${conds.join(' and ')}` : `any ${trigger.type} event`;
}
