import type { Command } from 'commander';
import { action, printJson, withDb } from './context.js';
import { SignalsError, EXIT } from '../errors.js';

export function register(program: Command): void {
  program
    .command('explain')
    .description('show why a prospect scores what it does: fit, each trigger with its event and source, decay, warmth, bonus')
    .argument('<prospect>', 'rank (1 = top), prospect id, company name, or a prefix only one prospect has')
    .option('--json', 'print the prospect object with its breakdown as JSON')
    .action(
      action(async (which: string, opts: { json?: boolean }, cmd: Command) => {
        await withDb(cmd, async (db) => {
          const { getProspect, prospectCandidates, prospectToJson } = await import('../store/prospects.js');
          const p = getProspect(db, which);
          if (!p) {
            const { safeText } = await import('../report/safe-text.js');
            const near = prospectCandidates(db, which).slice(0, 5).map((c) => `${c.id} (${safeText(c.company)})`);
            throw new SignalsError(
              near.length > 1
                ? `"${safeText(which)}" matches several prospects: ${near.join(', ')} — give more of the name`
                : `no prospect "${safeText(which)}" — see \`signals prospects\` for ranks and ids`,
              EXIT.DATAERR,
            );
          }
          if (opts.json) return printJson(prospectToJson(p));
          const { safeText } = await import('../report/safe-text.js');
          const { explainTree } = await import('../score/explain-tree.js');
          process.stdout.write(explainTree(p, safeText) + '\n');
        }, false);
      }),
    );
}
