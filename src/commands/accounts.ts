import type { Command } from 'commander';
import { action, withDb, printJson } from './context.js';
import { info } from '../util/log.js';
import type { Account } from '../types.js';
import { importCsv } from './import-csv.js';

export function accountToJson(a: Account) {
  return {
    id: a.id,
    key: a.key,
    name: a.name,
    domain: a.domain,
    industry: a.industry,
    employees: a.employees,
    country: a.country,
    lifecycle: a.lifecycle,
    is_customer: a.isCustomer,
    source: a.source,
  };
}

export function register(program: Command): void {
  const accounts = program.command('accounts').description('the companies in your CRM: firmographics for ICP fit, and which are customers');

  accounts
    .command('import <csv>')
    .description('import a CRM company export (HubSpot, Salesforce or a generic CSV; layout detected from the header); re-importing updates')
    .option('--json', 'print the import report (rows read, imported, updated, skipped with reasons) as JSON')
    .action(
      action(async (file: string, opts: { json?: boolean }, cmd: Command) => {
        await importCsv(cmd, file, 'accounts', opts.json, async () => {
          const { parseAccountsCsv } = await import('../importers/accounts.js');
          const { upsertAccounts } = await import('../store/accounts.js');
          return { parse: parseAccountsCsv, upsert: upsertAccounts };
        });
      }),
    );

  accounts
    .command('list')
    .description('list imported accounts with domain, industry, size, country and customer flag')
    .option('--customers', 'only accounts marked as customers (they never rank as prospects)')
    .option('--json', 'print a JSON array of account objects')
    .action(
      action(async (opts: { customers?: boolean; json?: boolean }, cmd: Command) => {
        await withDb(
          cmd,
          async (db) => {
            const { listAccounts } = await import('../store/accounts.js');
            const list = listAccounts(db).filter((a) => !opts.customers || a.isCustomer);
            if (opts.json) return printJson(list.map(accountToJson));
            if (list.length === 0) return info('no accounts yet — import your CRM export with `signals accounts import <csv>`');
            const { renderTable } = await import('../report/table.js');
            process.stdout.write(
              renderTable(
                [
                  { header: 'name', width: 'flex' },
                  { header: 'domain', width: 'flex' },
                  { header: 'industry', width: 'flex' },
                  { header: 'employees', align: 'right' },
                  { header: 'country' },
                  { header: 'lifecycle', width: 'flex' },
                  { header: 'customer' },
                  { header: 'source' },
                ],
                list.map((a) => [
                  a.name,
                  a.domain ?? '',
                  a.industry ?? '',
                  a.employees === null ? '' : String(a.employees),
                  a.country ?? '',
                  a.lifecycle ?? '',
                  a.isCustomer ? 'yes' : '',
                  a.source,
                ]),
              ) + '\n',
            );
          },
          false,
        );
      }),
    );
}
