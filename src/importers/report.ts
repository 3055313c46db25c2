/** A row the importer could not use, and why, by the line it starts on in the file. */
export interface RowNote {
  row: number;
  reason: string;
}

/**
 * What an import did. read = imported + updated + unchanged + skipped: each data
 * row is counted once. `notes` are rows that were used but deserve a look
 * (merged by domain, a later row for the same company, an unreadable head-count).
 */
export interface ImportReport {
  kind: 'accounts' | 'contacts';
  file: string | null;
  layout: string; // hubspot, salesforce, linkedin, google, generic
  read: number;
  imported: number;
  updated: number;
  unchanged: number;
  skipped: RowNote[];
  notes: RowNote[];
}

export function emptyReport(kind: ImportReport['kind'], layout: string, file: string | null = null): ImportReport {
  return { kind, file, layout, read: 0, imported: 0, updated: 0, unchanged: 0, skipped: [], notes: [] };
}

/** The parse report (rows read, rows skipped while reading) joined with what the store did. */
export function combineReports(parsed: ImportReport, stored: ImportReport): ImportReport {
  return {
    ...parsed,
    imported: stored.imported,
    updated: stored.updated,
    unchanged: stored.unchanged,
    skipped: [...parsed.skipped, ...stored.skipped].sort((a, b) => a.row - b.row),
    notes: [...parsed.notes, ...stored.notes].sort((a, b) => a.row - b.row),
  };
}

const LAYOUT_LABELS: Record<string, string> = {
  hubspot: 'HubSpot',
  salesforce: 'Salesforce',
  linkedin: 'LinkedIn Connections',
  google: 'Google Contacts',
  generic: 'generic',
};

/** The stderr summary: one headline, then one line per skipped or noteworthy row. */
export function formatReport(r: ImportReport): string[] {
  const where = r.file ? ` from ${r.file}` : '';
  const lines = [
    `${r.kind}: read ${r.read} row${r.read === 1 ? '' : 's'}${where} (${LAYOUT_LABELS[r.layout] ?? r.layout} layout): ` +
      `${r.imported} imported, ${r.updated} updated, ${r.unchanged} unchanged, ${r.skipped.length} skipped`,
  ];
  for (const s of r.skipped) lines.push(`  skipped row ${s.row}: ${s.reason}`);
  for (const n of r.notes) lines.push(`  note row ${n.row}: ${n.reason}`);
  return lines;
}
