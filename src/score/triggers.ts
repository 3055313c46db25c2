import type { BreakdownLine, StoredEvent } from '../types.js';
import type { RuleSet, TriggerRule } from '../rules/types.js';
import { matchesTrigger } from '../rules/match.js';
import { describeEvent } from '../util/describe-event.js';
import { ageDays, ageText, decayFactor, round1, round2 } from './decay.js';

export interface TriggerHit {
  trigger: TriggerRule;
  event: StoredEvent;
  line: BreakdownLine;
  counted: boolean;
}

/** "Northwind Analytics raised $28M Series B led by Index Ventures" */
export function eventSentence(e: StoredEvent): string {
  const d = describeEvent(e);
  if (e.type === 'job_change' || e.type === 'departure') return e.company ? `${d} at ${e.company}` : d;
  return e.company ? `${e.company} ${d}` : d;
}

export const sourceLink = (e: StoredEvent): string | null => e.sources.find((s) => s.link)?.link ?? null;

/**
 * Trigger lines for one company. An event counts once, under the trigger that
 * values it most; a trigger counts once per company, for its best event. The
 * rest stay in the breakdown at 0 so the rep sees what was considered.
 */
export function triggerHits(events: StoredEvent[], rules: RuleSet, now: Date): TriggerHit[] {
  const candidates: Array<{ trigger: TriggerRule; event: StoredEvent; decay: number; value: number; age: number }> = [];
  for (const event of events) {
    const age = ageDays(event.occurredAt, now);
    if (age > rules.recency.maxAgeDays) continue;
    let best: (typeof candidates)[number] | null = null;
    for (const trigger of rules.triggers) {
      if (!matchesTrigger(event, trigger)) continue;
      const decay = decayFactor(age, trigger.halfLifeDays);
      const value = round1(trigger.points * decay);
      if (!best || value > best.value) best = { trigger, event, decay, value, age };
    }
    if (best) candidates.push(best);
  }
  candidates.sort((a, b) => b.value - a.value || a.event.id - b.event.id);
  const countedBy = new Map<string, StoredEvent>();
  return candidates.map(({ trigger, event, decay, value, age }) => {
    const earlier = countedBy.get(trigger.name);
    const counted = !earlier;
    if (counted) countedBy.set(trigger.name, event);
    const d = round2(decay);
    const base = `${trigger.name}: ${eventSentence(event)} on ${event.occurredAt.slice(0, 10)}, ${ageText(age)}, half-life ${trigger.halfLifeDays}d → ×${d.toFixed(2)}`;
    const why = counted ? base : `${base}; not counted — "${trigger.name}" already counts event #${earlier!.id} (a trigger counts once per company)`;
    return {
      trigger,
      event,
      counted,
      line: { rule: trigger.name, event_id: event.id, source_link: sourceLink(event), points: trigger.points, decay: d, value: counted ? value : 0, why },
    };
  });
}
