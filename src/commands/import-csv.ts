import type { Command } from 'commander';
import { printJson, withDb } from './context.js';
import { dataError } from '../errors.js';
import { info } from '../util/log.js';
import type { DB } from '../store/db.js';
import type { ImportReport } from '../importers/report.js';

export interface CsvImporter<Row> {
  parse(text: string, file: string): { report: ImportReport; rows: Row[] };
  upsert(db: DB, rows: Row[], nowIso: string): ImportReport;
}

/**
 * The shared shape of `accounts import` and `contacts import`: read the export, parse it,
 * upsert, rescore (new firmographics or connections change fit and warmth), then report.
 * The importer is loaded lazily so command registration stays light.
 */
export async function importCsv<Row>(
  cmd: Command,
  file: string,
  what: 'accounts' | 'contacts',
  json: boolean | undefined,
  load: () => Promise<CsvImporter<Row>>,
): Promise<void> {
  const { readExportFile } = await import('../importers/read-text.js');
  const { combineReports, formatReport } = await import('../importers/report.js');
  const { now } = await import('../util/clock.js');
  const importer = await load();
  const parsed = importer.parse(readExportFile(file, what), file);
  const report = await withDb(cmd, async (db) => {
    const stored = combineReports(parsed.report, importer.upsert(db, parsed.rows, now().toISOString()));
    const { afterScan } = await import('../scan/after-scan.js');
    await afterScan(db, undefined, undefined, false);
    return stored;
  });
  for (const line of formatReport(report)) info(line);
  if (json) printJson(report);
  if (report.read === 0) throw dataError(`${report.file} has a header but no data rows — export it again with its records`);
  if (report.imported + report.updated + report.unchanged === 0) {
    throw dataError(`no usable rows in ${report.file} — every row was skipped (reasons above)`);
  }
}
