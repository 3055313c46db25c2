import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { configError } from '../errors.js';
import { companiesFilePosition, validateRules, type Validated } from './validate.js';
import { formatProblem, type RuleSet } from './types.js';

const missing = (file: string) => configError(`no rule file at ${file} — run \`signals init\` or pass --rules FILE`);

/**
 * Names or domains from an exclusion CSV: the column headed company/name/domain/
 * website when there is a header, else the first column.
 */
export function readCompaniesCsv(text: string): string[] {
  const rows = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  if (rows.length === 0) return [];
  const header = rows[0]!.map((h) => h.toLowerCase());
  const col = header.findIndex((h) => /^(company|company name|name|account name|domain|website|company domain name)$/.test(h));
  const body = col >= 0 ? rows.slice(1) : rows;
  const c = Math.max(0, col);
  return body.map((r) => (r[c] ?? '').trim()).filter(Boolean);
}

/** Read, validate, and resolve the companies_file; every problem is reported, nothing thrown but a missing rule file. */
export function checkRulesFile(file: string): Validated {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw missing(file);
    throw configError(`cannot read rule file ${file}: ${(err as Error).message}`);
  }
  const v = validateRules(text, file);
  const csv = v.rules?.exclude.companiesFile;
  if (v.rules && csv) {
    try {
      v.rules.exclude.companies = readCompaniesCsv(fs.readFileSync(csv, 'utf8'));
    } catch (err) {
      const { line, col } = companiesFilePosition(text);
      const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read: ${(err as Error).message}`;
      return { rules: null, problems: [{ file, line, col, message: `exclude.companies_file ${csv} ${why}` }] };
    }
  }
  return v;
}

/** The rule set, or a config error (exit 78) listing every problem: never a silently empty rule set. */
export function loadRules(file: string): RuleSet {
  const { rules, problems } = checkRulesFile(file);
  if (rules && problems.length === 0) return rules;
  const n = problems.length;
  throw configError(`rule file ${file} has ${n} problem${n === 1 ? '' : 's'} (check with \`signals rules check\`):\n${problems.map((p) => '  ' + formatProblem(p)).join('\n')}`);
}
