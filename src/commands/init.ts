import type { Command } from 'commander';
import { action, dbPath, withDb } from './context.js';
import { info } from '../util/log.js';

export function register(program: Command): void {
  program
    .command('init')
    .description('create the database and a commented starter rule file, and add a default list of public feeds')
    .option('--rules <file>', 'where to write the starter rule file (default: $XDG_CONFIG_HOME/signals/rules.yaml)')
    .option('--no-default-feeds', 'do not add the default public funding and people-moves feeds')
    .action(
      action(async (opts: { rules?: string; defaultFeeds: boolean }, cmd: Command) => {
        const fs = await import('node:fs');
        const path = await import('node:path');
        const { rulesPath } = await import('../config/paths.js');
        const { STARTER_RULES_YAML } = await import('../rules/starter.js');
        const rules = rulesPath(opts.rules);
        if (fs.existsSync(rules)) info(`rule file ${rules} already exists — left as it is`);
        else {
          fs.mkdirSync(path.dirname(rules), { recursive: true });
          fs.writeFileSync(rules, STARTER_RULES_YAML);
          info(`wrote starter rule file ${rules} — edit it, then check it with \`signals rules check\``);
        }
        await withDb(cmd, async (db) => {
          info(`database ready at ${dbPath(cmd)}`);
          if (!opts.defaultFeeds) return;
          const { addFeed } = await import('../store/feeds.js');
          const { DEFAULT_FEEDS } = await import('../config/default-feeds.js');
          let added = 0;
          for (const f of DEFAULT_FEEDS) if (addFeed(db, f).added) added++;
          info(`added ${added} default feeds (${DEFAULT_FEEDS.length - added} already present) — see \`signals feeds list\``);
        });
        info('next: `signals accounts import <crm-export.csv>`, `signals contacts import Connections.csv`, then `signals scan`');
      }),
    );
}
