import type { Command } from 'commander';
import { action, withDb, printJson } from './context.js';
import { info } from '../util/log.js';

export function register(program: Command): void {
  program
    .command('resolve')
    .description('check how event companies and people line up with your accounts and contacts; --review lists the ambiguous ones')
    .option('--review', 'list every ambiguous match (near-identical names, shared domains, weak person matches) for you to check')
    .option('--json', 'print JSON: with --review an array of review items, otherwise the summary object')
    .action(
      action(async (opts: { review?: boolean; json?: boolean }, cmd: Command) => {
        await withDb(
          cmd,
          async (db) => {
            const { listEvents } = await import('../store/events.js');
            const { listAccounts } = await import('../store/accounts.js');
            const { listContacts } = await import('../store/contacts.js');
            const review = await import('../resolve/review.js');
            const events = listEvents(db, {});
            const accounts = listAccounts(db);
            const contacts = listContacts(db);
            if (!opts.review) {
              const s = review.summarizeResolution(events, accounts, contacts);
              if (opts.json) {
                return printJson({
                  companies: { total: s.companies.total, linked: s.companies.linked, by_key: s.companies.byKey, by_domain: s.companies.byDomain, by_name: s.companies.byName, review: s.companies.review, unmatched: s.companies.unmatched },
                  people: s.people,
                  shared_domains: s.sharedDomains,
                });
              }
              process.stdout.write(
                [
                  `companies in events: ${s.companies.total} — ${s.companies.linked} linked to accounts (${s.companies.byKey} by name, ${s.companies.byDomain} by domain, ${s.companies.byName} by close name), ${s.companies.review} to review, ${s.companies.unmatched} not in your accounts`,
                  `people in events:    ${s.people.total} — ${s.people.connections} in your contacts, ${s.people.review} to review, ${s.people.unknown} unknown`,
                  `accounts sharing a domain: ${s.sharedDomains}`,
                ].join('\n') + '\n',
              );
              if (s.companies.review + s.people.review + s.sharedDomains > 0) info('run `signals resolve --review` to see the ambiguous matches');
              return;
            }
            const items = review.buildReview(events, accounts, contacts);
            if (opts.json) return printJson(items.map(review.reviewItemToJson));
            if (items.length === 0) return info('nothing to review: every match is either confident or absent');
            const lines: string[] = [];
            for (const item of items) {
              lines.push(`${item.kind.replace(/_/g, ' ')}: ${item.subject}`);
              lines.push(`  ${item.detail}`);
              for (const c of item.candidates) lines.push(`  - ${c.name} [${c.kind} ${c.id}] ${Math.round(c.confidence * 100)}%: ${c.reason}`);
              if (item.eventIds.length) lines.push(`  events: ${item.eventIds.join(', ')} (signals events --json)`);
            }
            process.stdout.write(lines.join('\n') + '\n');
          },
          false,
        );
      }),
    );
}
