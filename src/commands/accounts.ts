import type { Command } from 'commander';
import { action, withDb, printJson } from './context.js';
import { dataError } from '../errors.js';
import { info } from '../util/log.js';
import type { Account } from '../types.js';
import type { ImportReport } from '../importers/report.js';

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

/** Print an import's summary (stderr) and, with --json, the report (stdout); refuse a file that gave nothing. */
export async function finishImport(report: ImportReport, json: boolean | undefined): Promise<void> {
  const { formatReport } = await import('../importers/report.js');
  for (const line of formatReport(report)) info(line);
  if (json) printJson(report);
  if (report.read === 0) throw dataError(`${report.file} has a header but no data rows — export it again with its records`);
  if (report.imported + report.updated + report.unchanged === 0) {
    throw dataError(`no usable rows in ${report.file} — every row was skipped (reasons above)`);
  }
}

export function register(program: Command): void {
  const accounts = program.command('accounts').description('the companies in your CRM: firmographics for ICP fit, and which are customers');

  accounts
    .command('import <csv>')
    .description('import a CRM company export (HubSpot, Salesforce or a generic CSV; layout detected from the header); re-importing updates')
    .option('--json', 'print the import report (rows read, imported, updated, skipped with reasons) as JSON')
    .action(
      action(async (file: string, opts: { json?: boolean }, cmd: Command) => {
        const { readExportFile } = await import('../importers/read-text.js');
        const { parseAccountsCsv } = await import('../importers/accounts.js');
        const { combineReports } = await import('../importers/report.js');
        const parsed = parseAccountsCsv(readExportFile(file, 'accounts'), file);
        const report = await withDb(cmd, async (db) => {
          const { upsertAccounts } = await import('../store/accounts.js');
          const report = combineReports(parsed.report, upsertAccounts(db, parsed.rows, (await import('../util/clock.js')).now().toISOString()));
          // New firmographics or connections change fit and warmth: keep the ranking current.
          const { afterScan } = await import('../scan/after-scan.js');
          await afterScan(db, undefined, undefined, false);
          return report;
        });
        await finishImport(report, opts.json);
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
