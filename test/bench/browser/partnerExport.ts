import * as XLSX from 'xlsx';
import {
  buildPartnerBase,
  hasExportRows,
  partnerWorkbookSpec,
  type SheetSpec,
  type WorkbookCell,
} from '../../../shared/exchange';
import {
  createRegiaDatabase,
  openRegiaDatabase,
  type RegiaDatabase,
  type RepositoryContext,
} from '../../../renderer/db';
import { exportPartnerWorkbooks } from '../../../renderer/features/exchange/export/exportWorkbooks';
import type { ExportRequest, ExportTiming, Timing } from '../benchApi';

async function withDatabase<T>(work: (db: RegiaDatabase) => Promise<T>): Promise<T> {
  const db = createRegiaDatabase();
  await openRegiaDatabase(db);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

async function exportBatchIds(db: RegiaDatabase, networkId: string): Promise<Set<string>> {
  const keys = await db.exchangeBatches
    .where('networkId')
    .equals(networkId)
    .filter((batch) => batch.direction === 'export')
    .primaryKeys();
  return new Set(keys);
}

/**
 * The exchange feature's export of partner workbooks, whole: reading the network's records,
 * one workbook per partner, the files handed to the host (in a tab: one zip downloaded) and
 * one export batch per partner with its base snapshot. The batches a run adds are removed
 * afterwards, untimed, so that runs do not pile up snapshots for the import to read.
 */
export async function exportPartners(request: ExportRequest): Promise<ExportTiming> {
  return withDatabase(async (db) => {
    const network = await db.networks.get(request.networkId);
    if (!network) throw new Error('The network to export is missing.');
    const context: RepositoryContext = {
      db,
      identity: () => ({ userName: 'Benchmark', userOrganization: 'Regia' }),
    };
    const before = await exportBatchIds(db, network.id);
    const start = performance.now();
    const outcome = await exportPartnerWorkbooks({
      context,
      network,
      partnerIds: request.partnerIds,
      returnBy: request.today,
      today: request.today,
      title: 'Schede di aggiornamento',
      onProgress: () => undefined,
    });
    const ms = performance.now() - start;
    const added = [...(await exportBatchIds(db, network.id))].filter((id) => !before.has(id));
    await db.exchangeBatches.bulkDelete(added);
    return { ms, count: outcome.count, skipped: outcome.skipped.length, batches: added.length };
  });
}

function sheetRows(sheet: SheetSpec): (string | number | Date | null)[][] {
  if (sheet.kind === 'text') return sheet.lines.map((line) => [line.text]);
  const cell = (value: WorkbookCell): string | number | Date | null => {
    if (value === null || typeof value !== 'object') return value;
    return 'date' in value ? new Date(`${value.date}T00:00:00`) : value.number;
  };
  return [sheet.columns.map((column) => column.header), ...sheet.rows.map((row) => row.map(cell))];
}

/**
 * The floor of the export: the same workbooks' sheets, cell for cell (built untimed by the
 * feature's own spec), written by SheetJS with compression, one file per partner.
 */
export async function sheetjsWritePartners(request: ExportRequest): Promise<Timing> {
  const books = await withDatabase(async (db) => {
    const network = await db.networks.get(request.networkId);
    if (!network) throw new Error('The network to export is missing.');
    const [actions, contacts, projects, partners] = await Promise.all([
      db.actions.where('networkId').equals(network.id).toArray(),
      db.contacts.where('organizationId').anyOf(request.partnerIds).toArray(),
      db.projects.where('networkId').equals(network.id).toArray(),
      db.organizations.bulkGet(request.partnerIds),
    ]);
    const indicators = await db.indicators
      .where('projectId')
      .anyOf(projects.map((project) => project.id))
      .toArray();
    const indicatorValues = await db.indicatorValues
      .where('indicatorId')
      .anyOf(indicators.map((indicator) => indicator.id))
      .toArray();
    return partners.flatMap((partner) => {
      if (!partner) return [];
      const base = buildPartnerBase({
        network,
        partner,
        actions,
        contacts,
        projects,
        indicators,
        indicatorValues,
        batchId: crypto.randomUUID(),
        exportedAt: new Date().toISOString(),
        returnBy: request.today,
        today: request.today,
      });
      if (!hasExportRows(base)) return [];
      return [
        partnerWorkbookSpec(base).sheets.map((sheet) => ({
          name: sheet.name,
          rows: sheetRows(sheet),
        })),
      ];
    });
  });
  const start = performance.now();
  let rows = 0;
  for (const sheets of books) {
    const workbook = XLSX.utils.book_new();
    for (const sheet of sheets) {
      XLSX.utils.book_append_sheet(
        workbook,
        XLSX.utils.aoa_to_sheet(sheet.rows, { cellDates: true }),
        sheet.name,
      );
      rows += sheet.rows.length;
    }
    const written: unknown = XLSX.write(workbook, {
      type: 'array',
      bookType: 'xlsx',
      compression: true,
    });
    if (!(written instanceof ArrayBuffer)) throw new Error('SheetJS wrote no workbook.');
  }
  return { ms: performance.now() - start, count: rows };
}
