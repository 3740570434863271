import type { RowOf } from '../../../shared/domain';
import {
  parseAppliedChanges,
  planTableImport,
  readTableRows,
  suggestMapping,
} from '../../../shared/exchange';
import {
  addDataset,
  createRegiaDatabase,
  createRepositories,
  openRegiaDatabase,
  type RegiaDatabase,
  type RepositoryContext,
} from '../../../renderer/db';
import { readSpreadsheetInWorker } from '../../../renderer/spreadsheet/readInWorker';
import {
  applyTableImport,
  readTablePlanningData,
} from '../../../renderer/features/exchange/table/applyTableImport';
import { dataSheets, headerTexts } from '../../../renderer/features/exchange/table/useTableImport';
import type { RosterImportTiming } from '../benchApi';

let rosterBytes: Uint8Array | null = null;

async function withDatabase<T>(work: (db: RegiaDatabase) => Promise<T>): Promise<T> {
  const db = createRegiaDatabase();
  await openRegiaDatabase(db);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

/** A new, empty network to import the roster into: a copy of the main one with another id. */
async function freshNetwork(
  db: RegiaDatabase,
  context: RepositoryContext,
  templateId: string,
): Promise<string> {
  const template = await db.networks.get(templateId);
  if (!template) throw new Error('The main network is missing.');
  const network: RowOf<'networks'> = {
    ...template,
    id: crypto.randomUUID(),
    name: 'Rete importata dal banco di prova',
    rev: 1,
  };
  await addDataset(context, { networks: [network] }, { source: 'demo' });
  return network.id;
}

/**
 * One import of the roster workbook through the exchange page's table import, as its steps
 * run: read in the spreadsheet worker, the largest sheet with the suggested column mapping,
 * rows read and planned against every organization and contact (duplicates proposed as links)
 * with the network's members read as the page reads them (readTablePlanningData),
 * then applied with the proposals into a new network (its members created). The network is
 * made before and everything the import created is removed after, untimed.
 */
export async function importRoster(
  templateNetworkId: string,
  base64: string | null,
): Promise<RosterImportTiming> {
  if (base64 !== null) rosterBytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const bytes = rosterBytes;
  if (!bytes) throw new Error('The roster workbook was not sent to the bench page.');
  return withDatabase(async (db) => {
    const context: RepositoryContext = {
      db,
      identity: () => ({ userName: 'Benchmark', userOrganization: 'Regia' }),
    };
    const networkId = await freshNetwork(db, context, templateNetworkId);
    const repositories = createRepositories(context);
    const start = performance.now();
    const read = await readSpreadsheetInWorker(bytes);
    if (!read.ok) throw new Error(`The roster workbook was refused: ${read.problem.code}`);
    const parsed = performance.now();
    const [largest] = dataSheets(read.grid).sort(
      (first, second) => second.sheet.rows.length - first.sheet.rows.length,
    );
    if (!largest) throw new Error('The roster workbook has no data sheet.');
    const mapping = suggestMapping(headerTexts(largest.sheet));
    const rows = readTableRows(largest.sheet, mapping);
    const { organizations, contacts } = await readTablePlanningData(db, networkId);
    const plan = planTableImport(rows, organizations, contacts);
    const planned = performance.now();
    const batch = await applyTableImport(db, repositories, plan, new Map(), {
      networkId,
      fileName: 'roster-5000.xlsx',
      addToNetwork: true,
    });
    const applied = performance.now();
    const created = (table: string): string[] =>
      parseAppliedChanges(batch.applied).flatMap((change) =>
        change.operation === 'create' && change.table === table ? [change.recordId] : [],
      );
    await db.memberships.bulkDelete(created('memberships'));
    await db.contacts.bulkDelete(created('contacts'));
    await db.organizations.bulkDelete(created('organizations'));
    await db.exchangeBatches.delete(batch.id);
    await db.networks.delete(networkId);
    return {
      ms: applied - start,
      parseMs: parsed - start,
      planMs: planned - parsed,
      applyMs: applied - planned,
      rows: rows.length,
      invalidRows: plan.invalidRows.length,
      linked: plan.organizations.filter((organization) => organization.proposedExistingId).length,
      memberships: created('memberships').length,
      organizations: created('organizations').length,
      contacts: created('contacts').length,
    };
  });
}
