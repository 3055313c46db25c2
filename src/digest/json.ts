import type { Digest } from './build.js';

/** The digest as data (snake_case like every other --json), always a full object, even when empty. */
export function digestToJson(d: Digest): Record<string, unknown> {
  return {
    since: d.since,
    generated_at: d.generatedAt,
    prospect_count: d.prospects.length,
    event_count: d.eventCount,
    prospects: d.prospects.map((p) => ({
      id: p.id,
      rank: p.rank,
      company: p.company,
      domain: p.domain,
      person: p.person,
      title: p.title,
      score: p.score,
      previous_score: p.previousScore,
      change: p.change,
      top_trigger: p.trigger
        ? { type: p.trigger.type, summary: p.trigger.summary, occurred_at: p.trigger.occurredAt, age: p.trigger.age, link: p.trigger.link }
        : null,
      warm_path: p.warmPath,
    })),
    events: d.groups.flatMap((g) =>
      g.events.map((e) => ({
        id: e.id,
        type: e.type,
        company: e.company,
        summary: e.summary,
        occurred_at: e.occurredAt,
        age: e.age,
        sources: e.sources,
      })),
    ),
  };
}

export function renderJson(d: Digest): string {
  return JSON.stringify(digestToJson(d), null, 2);
}
