import type { Command } from 'commander';
import { action } from './context.js';

export function register(program: Command): void {
  program
    .command('export')
    .description('write the ranked prospects as a CSV that HubSpot, Salesforce or Pipedrive imports without re-mapping (exported prospects start their cool-down)')
    .option('-p, --preset <name>', 'column layout: hubspot|salesforce|pipedrive|generic')
    .option('--min-score <n>', 'only prospects scoring at least N (0-100)')
    .option('--since-last', 'only prospects new or changed since the previous export with this preset')
    .option('-o, --out <file>', 'write to FILE (atomically: temp file + rename) instead of stdout')
    .option('--bom', 'start the file with a UTF-8 byte order mark so Excel reads accents correctly')
    .action(
      action(async (opts: { preset?: string; minScore?: string; sinceLast?: boolean; out?: string; bom?: boolean }, cmd: Command) => {
        const { runExport } = await import('../export/run.js');
        await runExport(cmd, opts);
      }),
    );
}
