import path from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { EventType, Round } from '../types.js';
import { booleanValue, entries, enumList, numberValue, rangeValue, stringList, type ParseCtx } from './parse-ctx.js';
import { OPERATORS, operator } from './operators/index.js';
import { suggest } from './suggest.js';
import { countryCode, COUNTRY_NAMES } from './countries.js';
import { EVENT_TYPES, ROUNDS, VOCAB_HINTS } from './vocab.js';
import {
  DEFAULT_BONUS, DEFAULT_COOLDOWN_DAYS, DEFAULT_FIT_POINTS, DEFAULT_RECENCY, DEFAULT_WARMTH,
  type Condition, type ExcludeRules, type FitPoints, type IcpRules, type RuleProblem, type RuleSet, type TriggerRule,
} from './types.js';

const TOP = ['icp', 'triggers', 'recency', 'exclude', 'warmth', 'multi_trigger_bonus', 'cooldown_days'] as const;
const ICP = ['industries', 'employees', 'countries', 'funding_stages', 'keywords', 'points'] as const;
const FIT = ['industry', 'employees', 'country', 'funding_stage', 'keywords'] as const;
const TRIGGER = ['name', 'when', 'points', 'half_life_days'] as const;
const RECENCY = ['half_life_days', 'max_age_days'] as const;
const EXCLUDE = ['customers', 'competitors', 'do_not_contact', 'companies_file'] as const;
const WARMTH = ['person_is_connection', 'connection_at_company', 'former_colleague'] as const;
const BONUS = ['per_extra_trigger', 'max'] as const;

export interface Validated {
  rules: RuleSet | null;
  problems: RuleProblem[];
}

/**
 * Read a rule file's text and report EVERY problem (YAML syntax, unknown keys
 * with a "did you mean", wrong types, unknown vocabulary, bad regexes, negative
 * points, min > max) positioned as file:line:col. Pure: reading the
 * companies_file is left to loadRules, so this runs on text alone.
 * `rules` is null whenever there is any problem.
 */
export function validateRules(text: string, file: string): Validated {
  const problems: RuleProblem[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => lineCounter.linePos(offset);
  const push = (offset: number, message: string) => {
    const { line, col } = at(Math.max(0, Math.min(offset, text.length)));
    problems.push({ file, line, col, message });
  };
  for (const e of [...doc.errors, ...doc.warnings]) {
    push(e.pos[0], `YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  let lastOffset = 0;
  const ctx: ParseCtx = {
    problem(node, message) {
      const offset = node?.range ? node.range[0] : lastOffset;
      push(offset, message);
    },
  };

  const root = doc.contents as Node | null;
  if (!root || (isScalar(root) && root.value === null)) {
    push(0, 'the rule file is empty — start from `signals init` (it writes a commented starter file)');
    return { rules: null, problems: sortProblems(problems) };
  }
  const top = entries(ctx, root, 'the rule file', TOP);
  if (!top) return { rules: null, problems: sortProblems(problems) };
  const node = (k: (typeof TOP)[number]) => top.get(k)?.value ?? null;

  const recency = readRecency(ctx, node('recency'));
  const icp = readIcp(ctx, node('icp'));
  const triggersNode = node('triggers');
  if (!top.has('triggers')) push(0, 'no `triggers` section — without triggers nothing can score; see `signals init` for examples');
  const triggers = readTriggers(ctx, triggersNode, recency?.halfLifeDays ?? DEFAULT_RECENCY.halfLifeDays);
  const exclude = readExclude(ctx, node('exclude'), file);
  const warmth = readPoints(ctx, node('warmth'), 'warmth', WARMTH, DEFAULT_WARMTH);
  const bonusEntries = entries(ctx, node('multi_trigger_bonus'), 'multi_trigger_bonus', BONUS);
  const perExtra = bonusEntries?.has('per_extra_trigger') ? numberValue(ctx, bonusEntries.get('per_extra_trigger')!.value, 'multi_trigger_bonus.per_extra_trigger', { min: 0 }) : DEFAULT_BONUS.perExtraTrigger;
  const bonusMax = bonusEntries?.has('max') ? numberValue(ctx, bonusEntries.get('max')!.value, 'multi_trigger_bonus.max', { min: 0 }) : DEFAULT_BONUS.max;
  const cooldownDays = top.has('cooldown_days') ? numberValue(ctx, node('cooldown_days'), 'cooldown_days', { min: 0 }) : DEFAULT_COOLDOWN_DAYS;

  if (problems.length > 0 || !recency || !icp || !triggers || !exclude || !warmth || !bonusEntries || perExtra === undefined || bonusMax === undefined || cooldownDays === undefined) {
    return { rules: null, problems: sortProblems(problems) };
  }
  return {
    rules: { file, icp, triggers, recency, exclude, warmth, multiTriggerBonus: { perExtraTrigger: perExtra, max: bonusMax }, cooldownDays },
    problems: [],
  };

  function readTriggers(c: ParseCtx, n: Node | null, defaultHalfLife: number): TriggerRule[] | undefined {
    if (!n || (isScalar(n) && n.value === null)) {
      if (top?.has('triggers')) c.problem(top.get('triggers')!.key, '`triggers` is empty — without triggers nothing can score');
      return undefined;
    }
    if (!isSeq(n)) return void c.problem(n, '`triggers` must be a list of triggers, each starting with `- name: …`');
    if (n.items.length === 0) return void c.problem(n, '`triggers` is empty — without triggers nothing can score');
    const out: TriggerRule[] = [];
    const seen = new Map<string, number>();
    let ok = true;
    for (const item of n.items as Node[]) {
      const t = readTrigger(c, item, defaultHalfLife);
      if (!t) {
        ok = false;
        continue;
      }
      const key = t.name.toLowerCase();
      if (seen.has(key)) {
        c.problem(item, `two triggers are named "${t.name}" (the first is on line ${seen.get(key)}) — names identify triggers in explanations, make them unique`);
        ok = false;
      } else seen.set(key, t.line);
      out.push(t);
    }
    return ok ? out : undefined;
  }

  function readTrigger(c: ParseCtx, n: Node, defaultHalfLife: number): TriggerRule | undefined {
    // Name the trigger in its own problems when it has a readable name.
    const peek = isMap(n) ? n.get('name') : null;
    const label = typeof peek === 'string' && peek.trim() ? `trigger "${peek.trim()}"` : 'a trigger';
    const e = entries(c, n, label, TRIGGER);
    if (!e) return undefined;
    const line = n.range ? at(n.range[0]).line : 0;
    let ok = true;
    let name = '';
    const nameNode = e.get('name')?.value ?? null;
    if (!e.has('name')) (c.problem(n, 'a trigger needs a `name` (shown in every score breakdown)'), (ok = false));
    else if (!isScalar(nameNode) || typeof nameNode.value !== 'string' || !nameNode.value.trim()) (c.problem(nameNode, 'a trigger `name` must be text'), (ok = false));
    else name = nameNode.value.trim();
    const where = name ? `trigger "${name}"` : 'trigger';
    let points: number | undefined;
    if (!e.has('points')) (c.problem(n, `${where} needs \`points\` (how much a fresh event of this kind is worth)`), (ok = false));
    else points = numberValue(c, e.get('points')!.value, `${where}: points`, { min: 0 });
    const halfLife = e.has('half_life_days') ? numberValue(c, e.get('half_life_days')!.value, `${where}: half_life_days`, { positive: true }) : defaultHalfLife;
    let type: EventType | undefined;
    const conditions: Condition[] = [];
    if (!e.has('when')) (c.problem(n, `${where} needs \`when: { type: … }\` (one of ${EVENT_TYPES.join(', ')})`), (ok = false));
    else {
      const whenNode = e.get('when')!.value;
      const known = ['type', ...OPERATORS.map((o) => o.key)];
      const w = entries(c, whenNode, `${where}: when`, known);
      if (!w) ok = false;
      else {
        if (!w.has('type')) (c.problem(whenNode ?? n, `${where}: \`when\` needs a \`type\` (one of ${EVENT_TYPES.join(', ')})`), (ok = false));
        else {
          const types = enumList(c, w.get('type')!.value, 'event type', EVENT_TYPES, VOCAB_HINTS);
          if (types && types.length === 1) type = types[0];
          else if (types) (c.problem(w.get('type')!.value, `${where}: \`type\` takes one event type — write one trigger per type`), (ok = false));
          else ok = false;
        }
        for (const [key, { key: keyNode, value }] of w) {
          if (key === 'type') continue;
          const op = operator(key)!;
          if (type && !op.types.includes(type)) {
            c.problem(keyNode, `${where}: \`${key}\` does not apply to ${type} events (it tests ${op.types.join('/')} events)`);
            ok = false;
            continue;
          }
          const param = op.parse(value, c);
          if (param === undefined) ok = false;
          else conditions.push({ op: key, param });
        }
      }
    }
    if (!ok || points === undefined || halfLife === undefined || !type) return undefined;
    return { name, type, conditions, points, halfLifeDays: halfLife, line };
  }
}

function readRecency(c: ParseCtx, n: Node | null): RuleSet['recency'] | undefined {
  const e = entries(c, n, 'recency', RECENCY);
  if (!e) return undefined;
  const halfLifeDays = e.has('half_life_days') ? numberValue(c, e.get('half_life_days')!.value, 'recency.half_life_days', { positive: true }) : DEFAULT_RECENCY.halfLifeDays;
  const maxAgeDays = e.has('max_age_days') ? numberValue(c, e.get('max_age_days')!.value, 'recency.max_age_days', { positive: true }) : DEFAULT_RECENCY.maxAgeDays;
  if (halfLifeDays === undefined || maxAgeDays === undefined) return undefined;
  return { halfLifeDays, maxAgeDays };
}

function readPoints<K extends string>(c: ParseCtx, n: Node | null, label: string, keys: readonly K[], defaults: Record<K, number>): Record<K, number> | undefined {
  const e = entries(c, n, label, keys);
  if (!e) return undefined;
  const out = { ...defaults };
  let ok = true;
  for (const k of keys) {
    if (!e.has(k)) continue;
    const v = numberValue(c, e.get(k)!.value, `${label}.${k}`, { min: 0 });
    if (v === undefined) ok = false;
    else out[k] = v;
  }
  return ok ? out : undefined;
}

function readIcp(c: ParseCtx, n: Node | null): IcpRules | undefined {
  const e = entries(c, n, 'icp', ICP);
  if (!e) return undefined;
  let ok = true;
  const list = (k: (typeof ICP)[number]) => {
    if (!e.has(k)) return [];
    const v = stringList(c, e.get(k)!.value, `icp.${k}`);
    if (!v) ok = false;
    return v ?? [];
  };
  const industries = list('industries').map((s) => s.toLowerCase());
  const keywords = list('keywords');
  const countries: string[] = [];
  if (e.has('countries')) {
    const node = e.get('countries')!.value;
    const items: Node[] = node && isSeq(node) ? (node.items as Node[]) : node ? [node] : [];
    for (const it of items) {
      const text = isScalar(it) && typeof it.value === 'string' ? it.value : null;
      const code = countryCode(text);
      if (code) countries.push(code);
      else {
        ok = false;
        const near = text ? suggest(text, COUNTRY_NAMES) : null;
        const hint = near ? ` — did you mean \`${near.replace(/\b\w/g, (ch) => ch.toUpperCase())}\` (${countryCode(near)})?` : '';
        c.problem(it, `unknown country \`${text ?? String(isScalar(it) ? it.value : '?')}\` in icp.countries — use ISO codes (US, GB, DE) or names${hint}`);
      }
    }
  }
  let fundingStages: Round[] = [];
  if (e.has('funding_stages')) {
    const v = enumList(c, e.get('funding_stages')!.value, 'round', ROUNDS, VOCAB_HINTS);
    if (!v) ok = false;
    fundingStages = v ?? [];
  }
  let employees: IcpRules['employees'] = null;
  if (e.has('employees')) {
    const r = rangeValue(c, e.get('employees')!.value, 'icp.employees');
    if (!r) ok = false;
    employees = r ?? null;
  }
  const points = readPoints<keyof FitPoints>(c, e.get('points')?.value ?? null, 'icp.points', FIT, DEFAULT_FIT_POINTS);
  if (!points || !ok) return undefined;
  return { industries, employees, countries, fundingStages, keywords, points };
}

function readExclude(c: ParseCtx, n: Node | null, file: string): ExcludeRules | undefined {
  const e = entries(c, n, 'exclude', EXCLUDE);
  if (!e) return undefined;
  const customers = e.has('customers') ? booleanValue(c, e.get('customers')!.value, 'exclude.customers') : true;
  const competitors = e.has('competitors') ? stringList(c, e.get('competitors')!.value, 'exclude.competitors') : [];
  const doNotContact = e.has('do_not_contact') ? stringList(c, e.get('do_not_contact')!.value, 'exclude.do_not_contact') : [];
  let companiesFile: string | null = null;
  if (e.has('companies_file')) {
    const v = e.get('companies_file')!.value;
    if (isScalar(v) && typeof v.value === 'string' && v.value.trim()) companiesFile = path.resolve(path.dirname(path.resolve(file)), v.value.trim());
    else c.problem(v, 'exclude.companies_file must be a path to a CSV file (relative to the rule file)');
  }
  if (customers === undefined || !competitors || !doNotContact || (e.has('companies_file') && !companiesFile)) return undefined;
  return { customers, competitors, doNotContact, companiesFile, companies: [] };
}

function sortProblems(p: RuleProblem[]): RuleProblem[] {
  return p.sort((a, b) => a.line - b.line || a.col - b.col);
}

/** Where `exclude.companies_file` is written in the text (to position problems reading it). */
export function companiesFilePosition(text: string): { line: number; col: number } {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => /^\s*companies_file\s*:/.test(l));
  return i < 0 ? { line: 1, col: 1 } : { line: i + 1, col: lines[i]!.indexOf('companies_file') + 1 };
}

