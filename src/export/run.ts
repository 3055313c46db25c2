import type { Command } from 'commander';
import { withDb } from '../commands/context.js';
import { usageError } from '../errors.js';
import { getMeta, setMeta } from '../store/db.js';
import { listProspects, markContacted } from '../store/prospects.js';
import { listContacts } from '../store/contacts.js';
import { now as clockNow } from '../util/clock.js';
import { info } from '../util/log.js';
import { writeFileAtomic, writeStdout } from '../report/output.js';
import { parseMinScore } from '../digest/run.js';
import { PRESETS } from './presets/index.js';
import { toCsv } from './csv.js';
import { toExportRecord } from './record.js';
import { changedSince, exportMark } from './select.js';

export interface ExportOptions {
  preset?: string;
  minScore?: string;
  sinceLast?: boolean;
  out?: string;
  bom?: boolean;
}

/**
 * `signals export`: the ranking as a CRM import file. The since-last mark and
 * the prospects' cool-down start only once the file (or stdout) was written.
 */
export async function runExport(cmd: Command, opts: ExportOptions): Promise<void> {
  const names = [...PRESETS.keys()].join(', ');
  if (!opts.preset) throw usageError(`--preset is required — one of: ${names}`);
  const preset = PRESETS.get(opts.preset.toLowerCase());
  if (!preset) throw usageError(`--preset "${opts.preset}" is not a preset — use one of: ${names}`);
  const minScore = parseMinScore(opts.minScore);
  const now = clockNow();

  await withDb(
    cmd,
    async (db) => {
      const mark = opts.sinceLast ? getMeta(db, exportMark(preset.name)) : null;
      const prospects = changedSince(listProspects(db, { minScore }), mark);
      const contacts = listContacts(db);
      const csv = toCsv(preset, prospects.map((p) => toExportRecord(p, contacts)), { bom: opts.bom });
      if (opts.out) writeFileAtomic(opts.out, csv);
      else await writeStdout(csv);

      setMeta(db, exportMark(preset.name), now.toISOString());
      // The cool-down starts now and applies from the next scan or rescore, so the ranking
      // the rep just exported stays readable until then.
      markContacted(db, prospects.map((p) => p.id), now);
      const what = `${prospects.length} prospect${prospects.length === 1 ? '' : 's'}${mark ? ` new or changed since ${mark.slice(0, 16).replace('T', ' ')}` : ''}`;
      info(opts.out ? `exported ${what} to ${opts.out} (${preset.description})` : `exported ${what}`);
    },
    false,
  );
}
