import type { ExchangeBatch, IndicatorValue } from '../../../../shared/domain';
import {
  earlierImportOf,
  exportRowKey,
  identifyExport,
  noteKey,
  parseAppliedChanges,
  returnedFileFingerprint,
  SpreadsheetError,
  mergeReturnedWorkbook,
  parsePartnerBase,
  parsePartnerBaseHeader,
  partnerProjectsOf,
  readPartnerWorkbook,
  rowKey,
  type CurrentRecords,
  type DataSheetKey,
  type Grid,
  type ImportReview,
  type PartnerBase,
  type ReturnedWorkbook,
} from '../../../../shared/exchange';
import { formatDate, todayIsoDate } from '../../../app/formatting';
import type { RegiaDatabase } from '../../../db';

/** A returned workbook compared with its export and with Regia now, ready for review. */
export type PreparedImport = {
  fileName: string;
  /** The returned file's fingerprint, recorded with the import. */
  fingerprint: string;
  review: ImportReview;
  base: PartnerBase;
  stale: boolean;
};

function byId<T extends { id: string }>(rows: readonly (T | undefined)[]): Map<string, T> {
  return new Map(rows.flatMap((row) => (row ? [[row.id, row] as const] : [])));
}

/** The records of `ids` that `found` lacks, read by id, added to it. */
async function withMissing<T extends { id: string }>(
  found: Map<string, T>,
  ids: readonly string[],
  read: (missing: string[]) => Promise<(T | undefined)[]>,
): Promise<Map<string, T>> {
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) for (const [id, row] of byId(await read(missing))) found.set(id, row);
  return found;
}

// The partner's own records come in one indexed read each; rows naming anyone else's (to be
// rejected) are read by id. A read by id per row costs one request each: seconds for thousands.
async function loadCurrentRecords(
  db: RegiaDatabase,
  base: PartnerBase,
  returned: ReturnedWorkbook,
  batches: readonly ExchangeBatch[],
  today: string,
): Promise<CurrentRecords> {
  const idsOf = (sheet: DataSheetKey): string[] => [
    ...new Set([
      ...base.sheets[sheet].map((row) => row.id),
      ...returned.sheets
        .filter((found) => found.key === sheet)
        .flatMap((found) => found.rows.flatMap((row) => (row.id ? [row.id] : []))),
    ]),
  ];
  const [ownActions, ownContacts, indicators, partnerValues, partner, projects, expenses] =
    await Promise.all([
      db.actions
        .where('[networkId+ownerOrganizationId]')
        .equals([base.networkId, base.partnerId])
        .toArray(),
      db.contacts.where('organizationId').equals(base.partnerId).toArray(),
      db.indicators.bulkGet(idsOf('indicators')),
      db.indicatorValues.where('organizationId').equals(base.partnerId).toArray(),
      db.organizations.get(base.partnerId),
      db.projects.where('networkId').equals(base.networkId).toArray(),
      db.expenditures.where('organizationId').equals(base.partnerId).toArray(),
    ]);
  const [actions, contacts] = await Promise.all([
    withMissing(byId(ownActions), [...idsOf('actions'), ...idsOf('supportedActions')], (missing) =>
      db.actions.bulkGet(missing),
    ),
    withMissing(byId(ownContacts), idsOf('contacts'), (missing) => db.contacts.bulkGet(missing)),
  ]);
  // Each exported period of an indicator (the reporting one, the late ones) has its own value.
  const exportedKeys = new Set(
    base.sheets.indicators.map((row) => exportRowKey('indicators', row)),
  );
  const indicatorValues = new Map<string, IndicatorValue>();
  for (const value of partnerValues) {
    const key = rowKey('indicators', value.indicatorId, value.period);
    if (value.archivedAt === null && exportedKeys.has(key) && !indicatorValues.has(key))
      indicatorValues.set(key, value);
  }
  return {
    actions,
    contacts,
    indicators: byId(indicators),
    indicatorValues,
    importedNotes: await importedNotesOf(db, base, batches),
    organizations: byId([partner]),
    partnerProjects: partnerProjectsOf(projects, base.networkId, base.partnerId),
    partnerExpenses: expenses,
    today,
  };
}

// The notes this partner's imports put in the timelines: a note from a re-saved copy of a file
// already imported (a different fingerprint, the same note) is not added twice.
async function importedNotesOf(
  db: RegiaDatabase,
  base: PartnerBase,
  batches: readonly ExchangeBatch[],
): Promise<Map<string, Set<string>>> {
  const imports = batches.filter(
    (batch) =>
      batch.direction === 'import' &&
      batch.undoneAt === null &&
      batch.networkId === base.networkId &&
      batch.partnerOrganizationId === base.partnerId,
  );
  const entryIds = imports.flatMap((batch) =>
    parseAppliedChanges(batch.applied).flatMap((change) =>
      change.operation === 'create' && change.table === 'actionUpdates' ? [change.recordId] : [],
    ),
  );
  const notes = new Map<string, Set<string>>();
  for (const entry of await db.actionUpdates.bulkGet(entryIds)) {
    if (!entry || entry.text.trim() === '') continue;
    const known = notes.get(entry.actionId) ?? new Set<string>();
    known.add(noteKey(entry.text));
    notes.set(entry.actionId, known);
  }
  return notes;
}

/**
 * The exchange batches an import of `returned` needs: with its hidden sheet the workbook names
 * its partner, and only that partner's exports and imports matter (the same file imported before
 * was that partner's import; a newer export to that partner makes it stale). Without it (saved
 * as CSV) every batch of the network is read, to find its export by the IDs of its rows. A
 * network's batches hold each export's base: reading all of them for each of sixty returned
 * workbooks read every base sixty times.
 */
async function batchesOf(
  db: RegiaDatabase,
  networkId: string,
  returned: ReturnedWorkbook,
): Promise<ExchangeBatch[]> {
  const partnerId = returned.meta?.partnerId;
  if (partnerId === undefined)
    return db.exchangeBatches.where('networkId').equals(networkId).toArray();
  return db.exchangeBatches
    .where('partnerOrganizationId')
    .equals(partnerId)
    .filter((batch) => batch.networkId === networkId)
    .toArray();
}

/**
 * Recognises a returned partner workbook (its export, its partner) and merges it with the
 * export's base and Regia's records now. Reads only: nothing is written until the user confirms.
 */
export async function prepareImport(
  db: RegiaDatabase,
  networkId: string,
  fileName: string,
  grid: Grid,
  hostFingerprint?: string,
  today: string = todayIsoDate(),
): Promise<PreparedImport> {
  const fingerprint = returnedFileFingerprint(hostFingerprint, grid);
  const returned = readPartnerWorkbook(grid);
  const batches = await batchesOf(db, networkId, returned);
  const earlier = earlierImportOf(batches, fingerprint);
  if (earlier)
    throw new SpreadsheetError('alreadyImported', {
      date: formatDate('it', earlier.at, 'dd/MM/yyyy'),
      file: earlier.fileName,
    });
  const exports = batches.filter((batch) => batch.direction === 'export');
  const headers = exports.flatMap((batch) => {
    const header = parsePartnerBaseHeader(batch.baseSnapshot);
    return header && header.batchId === batch.id ? [{ batch, header }] : [];
  });
  // With its hidden sheet the workbook names its export: only that base is read whole.
  const meta = returned.meta;
  const bases = headers.flatMap(({ batch, header }) => {
    if (meta && header.batchId !== meta.batchId) return [];
    const base = parsePartnerBase(batch.baseSnapshot);
    return base ? [base] : [];
  });
  const { base, stale } = identifyExport(
    returned,
    networkId,
    bases,
    headers.map(({ header }) => header),
  );
  const current = await loadCurrentRecords(db, base, returned, batches, today);
  const review = mergeReturnedWorkbook(returned, base, current);
  return { fileName, fingerprint, review, base, stale };
}
