import type { Command } from 'commander';
import { action, withDb, printJson } from './context.js';
import { info } from '../util/log.js';
import type { Contact } from '../types.js';
import { importCsv } from './import-csv.js';

export function contactToJson(c: Contact) {
  return {
    id: c.id,
    first_name: c.firstName,
    last_name: c.lastName,
    full_name: c.fullName,
    email: c.email,
    company: c.company,
    position: c.position,
    connected_on: c.connectedOn,
    url: c.url,
    source: c.source,
  };
}

export function register(program: Command): void {
  const contacts = program.command('contacts').description('the people you know: warm paths into prospects come from them');

  contacts
    .command('import <csv>')
    .description("import LinkedIn's Connections.csv, a Google Contacts export or a generic name/email/company/title CSV; re-importing updates")
    .option('--json', 'print the import report (rows read, imported, updated, skipped with reasons) as JSON')
    .action(
      action(async (file: string, opts: { json?: boolean }, cmd: Command) => {
        await importCsv(cmd, file, 'contacts', opts.json, async () => {
          const { parseContactsCsv } = await import('../importers/contacts.js');
          const { upsertContacts } = await import('../store/contacts.js');
          return { parse: parseContactsCsv, upsert: upsertContacts };
        });
      }),
    );

  contacts
    .command('list')
    .description('list imported contacts with company, position and when you connected')
    .option('--company <name>', 'only contacts whose company contains this text')
    .option('--json', 'print a JSON array of contact objects')
    .action(
      action(async (opts: { company?: string; json?: boolean }, cmd: Command) => {
        await withDb(
          cmd,
          async (db) => {
            const { listContacts } = await import('../store/contacts.js');
            const needle = opts.company?.toLowerCase();
            const list = listContacts(db).filter((c) => !needle || (c.company ?? '').toLowerCase().includes(needle));
            if (opts.json) return printJson(list.map(contactToJson));
            if (list.length === 0) return info('no contacts match — import your connections with `signals contacts import Connections.csv`');
            const { renderTable } = await import('../report/table.js');
            process.stdout.write(
              renderTable(
                [{ header: 'name', width: 'flex' }, { header: 'company', width: 'flex' }, { header: 'position', width: 'flex' }, { header: 'connected' }, { header: 'source' }],
                list.map((c) => [c.fullName, c.company ?? '', c.position ?? '', c.connectedOn ?? '', c.source]),
              ) + '\n',
            );
          },
          false,
        );
      }),
    );
}
