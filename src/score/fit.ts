import type { Account, BreakdownLine, StoredEvent } from '../types.js';
import type { IcpRules } from '../rules/types.js';
import { countryCode, countryFromDomain } from '../rules/countries.js';
import { roundLabel } from '../util/describe-event.js';
import { matchIndustry } from './industry.js';

export interface FitInput {
  company: string;
  domain: string | null;
  account: Account | null;
  events: StoredEvent[]; // every event of the company, newest first
}

const line = (rule: string, points: number, value: number, why: string): BreakdownLine => ({ rule, event_id: null, source_link: null, points, decay: 1, value, why });
const noAccount = (company: string) => `no CRM account for ${company} — import one with \`signals accounts import\``;

/**
 * One line per ICP criterion the rule file sets. A criterion the data cannot
 * decide says "unknown" and scores 0: unknown is not a match, and not a miss either.
 */
export function fitLines(icp: IcpRules, input: FitInput): BreakdownLine[] {
  const out: BreakdownLine[] = [];
  const { account, company } = input;
  const p = icp.points;

  if (icp.industries.length) {
    const rule = 'fit: industry';
    if (!account?.industry) out.push(line(rule, p.industry, 0, `industry unknown (${account ? 'the CRM account has none' : noAccount(company)})`));
    else {
      const hit = matchIndustry(account.industry, icp.industries);
      out.push(hit
        ? line(rule, p.industry, p.industry, `industry "${account.industry}" matches "${hit}"`)
        : line(rule, p.industry, 0, `industry "${account.industry}" is outside your ICP (${icp.industries.join(', ')})`));
    }
  }

  if (icp.employees) {
    const rule = 'fit: employees';
    const { min, max } = icp.employees;
    const range = min !== null && max !== null ? `${min}–${max}` : min !== null ? `${min} or more` : `up to ${max}`;
    const n = account?.employees ?? null;
    if (n === null) out.push(line(rule, p.employees, 0, `employee count unknown (${account ? 'the CRM account has none' : noAccount(company)})`));
    else if ((min === null || n >= min) && (max === null || n <= max)) out.push(line(rule, p.employees, p.employees, `${n} employees is within ${range}`));
    else out.push(line(rule, p.employees, 0, `${n} employees is outside ${range}`));
  }

  if (icp.countries.length) {
    const rule = 'fit: country';
    const fromAccount = countryCode(account?.country ?? null);
    const fromDomain = fromAccount ? null : countryFromDomain(input.domain);
    const code = fromAccount ?? fromDomain;
    const source = fromAccount ? '' : ` (from the domain ${input.domain})`;
    if (!code) out.push(line(rule, p.country, 0, `country unknown (${account ? (account.country ? `"${account.country}" is not a recognisable country` : 'the CRM account has none') : noAccount(company)})`));
    else if (icp.countries.includes(code)) out.push(line(rule, p.country, p.country, `country ${code}${source} is in ${icp.countries.join(', ')}`));
    else out.push(line(rule, p.country, 0, `country ${code}${source} is not in ${icp.countries.join(', ')}`));
  }

  if (icp.fundingStages.length) {
    const rule = 'fit: funding stage';
    const latest = input.events.find((e) => e.type === 'funding' && e.round && e.round !== 'unknown');
    if (!latest || !latest.round) out.push(line(rule, p.funding_stage, 0, 'funding stage unknown (no funding round on record)'));
    else {
      const ok = icp.fundingStages.includes(latest.round);
      const stages = icp.fundingStages.map((r) => roundLabel(r)).join(', ');
      out.push(line(rule, p.funding_stage, ok ? p.funding_stage : 0, `latest round ${roundLabel(latest.round)} (${latest.occurredAt.slice(0, 10)}) ${ok ? 'is' : 'is not'} one of ${stages}`));
    }
  }

  if (icp.keywords.length) {
    const rule = 'fit: keywords';
    const text = [company, account?.industry ?? '', ...input.events.flatMap((e) => [e.evidence, ...e.sources.map((s) => s.title)])].join(' \n ');
    const hits = icp.keywords.filter((k) => new RegExp(`(^|[^\\p{L}\\p{N}])${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'iu').test(text));
    out.push(hits.length
      ? line(rule, p.keywords, p.keywords, `mentions ${hits.map((h) => `"${h}"`).join(', ')}`)
      : line(rule, p.keywords, 0, `none of ${icp.keywords.map((k) => `"${k}"`).join(', ')} in the company's name, industry or news`));
  }
  return out;
}
