import { usageError } from '../errors.js';

export interface CronSpec {
  at: string; // HH:MM
  node: string; // absolute path to node
  cli: string; // absolute path to bin/signals
  db: string; // absolute database path
  rules: string | null; // absolute rule file, when one is in use
  format: 'text' | 'markdown' | 'html' | 'json';
  logFile: string;
  digestDir: string;
}

const EXT: Record<CronSpec['format'], string> = { text: 'txt', markdown: 'md', html: 'html', json: 'json' };

/** "06:30" → [30, 6]; anything else is a usage error naming the flag. */
export function parseAt(at: string): { minute: number; hour: number } {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(at.trim());
  if (!m) throw usageError(`--at "${at}" is not a time of day — use HH:MM, e.g. 06:30`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

/** POSIX shell single-quoting: safe for any path, spaces and quotes included. */
export function shQuote(s: string): string {
  return /^[A-Za-z0-9_./:=@+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * The crontab lines (comment + entry). Absolute paths everywhere because cron
 * runs with a bare PATH and none of the rep's XDG variables; `%` is escaped
 * because crontab turns a bare one into a newline. The digest runs even when the
 * scan reported feed errors (`;`, not `&&`): what did arrive is still news, and
 * the scan's complaint is in the log.
 */
export function cronEntry(spec: CronSpec): string {
  const { hour, minute } = parseAt(spec.at);
  const signals = [shQuote(spec.node), shQuote(spec.cli), '--db', shQuote(spec.db)].join(' ');
  const log = shQuote(spec.logFile);
  const rules = spec.rules ? ` --rules ${shQuote(spec.rules)}` : '';
  const out = `${shQuote(spec.digestDir)}/digest-$(date +%F).${EXT[spec.format]}`;
  const command =
    `${signals} scan --quiet${rules} >> ${log} 2>&1; ` +
    `${signals} digest --since-last --format ${spec.format} --out ${out} >> ${log} 2>&1`;
  return [
    `# signals: scan the feeds at ${spec.at} every day, then write what is new to ${spec.digestDir}/digest-YYYY-MM-DD.${EXT[spec.format]} (log: ${spec.logFile}).`,
    '# Install: run `crontab -e` and paste the next line at the end (crontab -l shows it afterwards).',
    `${minute} ${hour} * * * ${command.replace(/%/g, '\\%')}`,
  ].join('\n');
}
