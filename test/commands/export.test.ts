import { describe, it, expect, beforeAll, beforeEach, afterEach } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { ensureBuilt, run, scratch } from '../helpers/cli.js';
import { seedDemoDb, readMeta, demoProspects, DEMO_NOW } from '../digest/db-fixture.js';
import { openDb } from '../../src/store/db.js';
import { saveProspects } from '../../src/store/prospects.js';

let s: ReturnType<typeof scratch>;
let env: NodeJS.ProcessEnv;

beforeAll(() => ensureBuilt(), 120_000);
beforeEach(() => {
  s = scratch('signals-export-');
  seedDemoDb(s.db);
  env = { ...s.env, SIGNALS_NOW: DEMO_NOW };
});
afterEach(() => s.cleanup());

const exportCsv = (...args: string[]) => run(['--db', s.db, 'export', ...args], env);
const strict = (csv: string) => parse(csv, { relax_quotes: false, relax_column_count: false, bom: true }) as string[][];

describe('signals export', () => {
  it('writes a HubSpot file atomically with a known connection\'s email, then marks the preset', () => {
    const out = path.join(s.dir, 'exports', 'hubspot.csv');
    const r = exportCsv('--preset', 'hubspot', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('exported 3 prospects');
    const rows = strict(fs.readFileSync(out, 'utf8'));
    expect(rows[0]).toEqual(['First Name', 'Last Name', 'Email', 'Job Title', 'Company Name', 'Company Domain Name', 'Website URL', 'Signal Score', 'Top Trigger', 'Trigger Date', 'Source URL', 'Warm Path']);
    expect(rows[1]).toEqual(['', '', '', '', 'Northwind Analytics', 'northwindanalytics.com', 'https://northwindanalytics.com/', '88', 'raised $28M Series B led by Index Ventures', '2026-11-20', 'https://newswire.example.com/northwind-series-b', 'via Dana Lee, 1st']);
    expect(rows[2]!.slice(0, 5)).toEqual(['Marcus', 'Chen', 'marcus.chen@example.org', 'VP of Sales', 'Kestrel Security']);
    expect(rows).toHaveLength(4);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['hubspot.csv']); // no temp file left behind
    expect(readMeta(s.db, 'last_export_at:hubspot')).toBe(DEMO_NOW);
    expect(readMeta(s.db, 'last_export_at:salesforce')).toBeNull();
    expect(Object.keys(JSON.parse(readMeta(s.db, 'prospects.contacted')!))).toHaveLength(3);
  });

  it('--since-last exports only what is new or changed since that preset\'s last export', () => {
    expect(exportCsv('--preset', 'salesforce', '--out', path.join(s.dir, 'a.csv')).code).toBe(0);
    const again = exportCsv('--preset', 'salesforce', '--since-last');
    expect(again.code, again.stderr).toBe(0);
    expect(strict(again.stdout)).toHaveLength(1); // header only

    // Northwind's score moves in a later rescore: it alone comes back.
    const db = openDb(s.db);
    saveProspects(db, demoProspects(93), new Date('2026-11-24T07:00:00.000Z'));
    db.close();
    const later = run(['--db', s.db, 'export', '--preset', 'salesforce', '--since-last'], { ...env, SIGNALS_NOW: '2026-11-24T08:00:00.000Z' });
    const rows = strict(later.stdout);
    expect(rows.map((r) => r[2])).toEqual(['Company', 'Northwind Analytics']);
    expect(rows[1]![1]).toBe('[not provided]');
    expect(rows[1]![8]).toContain('Signal score 93/100.');
    // Another preset has its own mark: everything is new to it.
    expect(strict(exportCsv('--preset', 'pipedrive', '--since-last').stdout)).toHaveLength(4);
  });

  it('stdout is RFC 4180 with CRLF; --bom and --min-score do what they say', () => {
    const r = exportCsv('--preset', 'generic', '--min-score', '50', '--bom');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.startsWith('\ufeffprospect_id,rank,score,')).toBe(true);
    expect(r.stdout.split('\r\n')).toHaveLength(4); // header, 2 rows, trailing empty
    expect(strict(r.stdout).slice(1).map((row) => row[3])).toEqual(['Northwind Analytics', 'Kestrel Security']);
  });

  it('rejects an unknown or missing preset with a usage error naming the choices', () => {
    const r = exportCsv('--preset', 'zoho');
    expect(r.code).toBe(64);
    expect(r.stderr).toContain('hubspot, salesforce, pipedrive, generic');
    expect(exportCsv().code).toBe(64);
    expect(readMeta(s.db, 'prospects.contacted')).toBeNull();
  });
});
