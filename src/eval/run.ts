import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractEvents } from '../extract/index.js';
import { htmlToText } from '../extract/text.js';
import { companyKey, personKey } from '../resolve/company-key.js';
import { SignalsError, usageError } from '../errors.js';
import type { ExtractInput } from '../types.js';
import { SCORED_TYPES, type LocatedItem } from './corpus.js';
import { CORPUS_DIR, loadCorpus } from './load.js';
import { evaluate, FIELDS, type EvalReport, type ItemResult } from './metrics.js';

// `npm run eval`: the extractor measured against the labelled corpus. A report, not a
// gate: it exits 0 whatever the scores, and 65 only when the corpus itself is broken.

interface Options {
  verbose: boolean;
  json: boolean;
  file: string | null;
}

const HELP = `usage: npm run eval -- [--verbose] [--json] [--file NAME]
  --verbose    list every false positive, false negative and field mismatch with the item id
  --json       print the metrics object as JSON instead of the table
  --file NAME  score one corpus file only (e.g. newswire or newswire.jsonl)
`;

function parseArgs(argv: readonly string[]): Options | null {
  const o: Options = { verbose: false, json: false, file: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--verbose' || a === '-v') o.verbose = true;
    else if (a === '--json') o.json = true;
    else if (a === '--help' || a === '-h') return null;
    else if (a === '--file' || a.startsWith('--file=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) throw usageError('--file needs a corpus file name, e.g. --file newswire');
      o.file = v;
    } else throw usageError(`unknown option "${a}" — try --verbose, --json or --file NAME`);
  }
  return o;
}

export function toInput(it: LocatedItem): ExtractInput {
  return {
    title: htmlToText(it.title),
    summary: htmlToText(it.summary),
    content: htmlToText(it.content),
    author: it.author,
    link: null,
    published: null,
    feedKind: it.feedKind,
  };
}

const pct = (x: number | null) => (x === null ? '   n/a' : (x * 100).toFixed(1).padStart(5) + '%');

function table(r: EvalReport, files: string[], ms: number): string {
  const lines: string[] = [];
  lines.push(`corpus: ${r.items} items (${r.negatives} negatives) from ${files.join(', ')}; extracted in ${ms.toFixed(0)} ms`);
  lines.push('');
  lines.push(`${'type'.padEnd(12)} ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'FN'.padStart(5)}  precision  recall      F1`);
  for (const t of SCORED_TYPES) {
    const s = r.types[t];
    lines.push(`${t.padEnd(12)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}     ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}`);
  }
  const ign = Object.entries(r.ignored);
  if (ign.length > 0) lines.push(`not scored (the corpus does not label them): ${ign.map(([t, n]) => `${n} ${t}`).join(', ')}`);
  lines.push('');
  lines.push(`${'field'.padEnd(17)} ${'correct'.padStart(8)} ${'of'.padStart(6)}  accuracy`);
  for (const f of FIELDS) {
    const s = r.fields[f];
    lines.push(`${f.padEnd(17)} ${String(s.correct).padStart(8)} ${String(s.total).padStart(6)}    ${pct(s.accuracy)}`);
  }
  return lines.join('\n') + '\n';
}

function main(argv: readonly string[]): number {
  let opts: Options | null;
  let items: LocatedItem[];
  try {
    opts = parseArgs(argv);
    if (opts === null) {
      process.stdout.write(HELP);
      return 0;
    }
    items = loadCorpus(CORPUS_DIR, opts.file);
  } catch (e) {
    if (e instanceof SignalsError) {
      process.stderr.write(`signals eval: ${e.message}\n`);
      return e.exitCode;
    }
    throw e;
  }
  const inputs = items.map(toInput);
  const t0 = performance.now();
  const predicted = inputs.map((input) => extractEvents(input));
  const ms = performance.now() - t0;
  const results: ItemResult[] = items.map((it, i) => ({ id: it.id, expected: it.expected, predicted: predicted[i]! }));
  const report = evaluate(results, { company: companyKey, person: personKey });
  const files = [...new Set(items.map((i) => path.basename(i.file)))];
  if (opts.json) {
    const { problems, ...metrics } = report;
    process.stdout.write(JSON.stringify(opts.verbose ? report : { ...metrics, problem_count: problems.length }, null, 2) + '\n');
    return 0;
  }
  process.stdout.write(table(report, files, ms));
  if (opts.verbose) {
    for (const kind of ['fn', 'fp', 'field'] as const) {
      const ps = report.problems.filter((p) => p.kind === kind);
      if (ps.length === 0) continue;
      process.stdout.write(`\n${kind === 'fn' ? 'false negatives' : kind === 'fp' ? 'false positives' : 'field mismatches'} (${ps.length}):\n`);
      for (const p of ps) process.stdout.write(`  ${p.what}\n`);
    }
  } else if (report.problems.length > 0) {
    process.stderr.write(`${report.problems.length} problems; --verbose lists them with item ids\n`);
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
