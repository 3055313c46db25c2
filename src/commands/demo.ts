import type { Command } from 'commander';
import { action } from './context.js';
import { SignalsError, EXIT } from '../errors.js';

// The demo is a scripted walk through the real commands, against the bundled
// fixtures and a fresh local database: nothing here is special-cased.
const DEMO_NOW = '2026-11-23T08:00:00Z';

function kindFor(file: string): string {
  if (/people|career|moves|jobs/i.test(file)) return 'jobs';
  if (/fund|newsletter|wire|crunch/i.test(file)) return 'funding';
  return 'news';
}

export function register(program: Command): void {
  program
    .command('demo')
    .description('run the whole daily loop offline on the bundled fixtures (scan, events, prospects, digest, export) into ./.signals-demo')
    .option('--dir <dir>', 'where the demo database and exports go (default: .signals-demo in the project folder)')
    .action(
      action(async (opts: { dir?: string }) => {
        const fs = await import('node:fs');
        const path = await import('node:path');
        const { fileURLToPath } = await import('node:url');
        const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
        const fixtures = path.join(root, 'fixtures');
        const dir = path.resolve(opts.dir ?? path.join(root, '.signals-demo'));
        fs.rmSync(dir, { recursive: true, force: true });
        fs.mkdirSync(dir, { recursive: true });
        const db = path.join(dir, 'signals.db');
        process.env.SIGNALS_NOW ??= DEMO_NOW;
        process.env.SIGNALS_RULES = path.join(fixtures, 'rules.yaml');

        const feeds = fs
          .readdirSync(path.join(fixtures, 'feeds'))
          .filter((f) => /\.(xml|rss|atom|json)$/i.test(f))
          .sort();
        const rel = (p: string) => path.relative(process.cwd(), p) || p;
        const steps: string[][] = [
          ...feeds.map((f) => ['feeds', 'add', rel(path.join(fixtures, 'feeds', f)), '--kind', kindFor(f), '--name', f.replace(/\.\w+$/, '')]),
          ['accounts', 'import', rel(path.join(fixtures, 'accounts', 'hubspot-companies.csv'))],
          ['contacts', 'import', rel(path.join(fixtures, 'contacts', 'Connections.csv'))],
          ['scan'],
          ['feeds', 'list'],
          ['events'],
          ['prospects'],
          ['explain', '1'],
          ['digest', '--format', 'text'],
          ['export', '--preset', 'hubspot', '--out', rel(path.join(dir, 'hubspot-import.csv'))],
        ];
        const { buildProgram } = await import('../cli.js');
        process.stderr.write(`signals demo: offline, on the bundled fixtures, clock pinned to ${process.env.SIGNALS_NOW}, database ${rel(db)}\n`);
        for (const step of steps) {
          process.stderr.write(`\n$ signals ${step.join(' ')}\n`);
          await buildProgram().parseAsync(['node', 'signals', '--db', db, ...step]);
          if (process.exitCode && process.exitCode !== 0) {
            throw new SignalsError(`demo stopped: \`signals ${step.join(' ')}\` failed (exit ${process.exitCode})`, process.exitCode as typeof EXIT.SOFTWARE);
          }
        }
        process.stderr.write(
          `\ndone. Try: SIGNALS_DB=${rel(db)} SIGNALS_RULES=${rel(process.env.SIGNALS_RULES)} SIGNALS_NOW=${process.env.SIGNALS_NOW} node bin/signals prospects --json\n` +
            `The HubSpot import file is ${rel(path.join(dir, 'hubspot-import.csv'))}.\n`,
        );
      }),
    );
}
