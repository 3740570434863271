import type { IndicatorValue } from '../../../../shared/domain';
import {
  identifyExport,
  mergeReturnedWorkbook,
  parsePartnerBase,
  readPartnerWorkbook,
  type CurrentRecords,
  type Grid,
  type ImportReview,
  type PartnerBase,
  type ReturnedWorkbook,
} from '../../../../shared/exchange';
import type { RegiaDatabase } from '../../../db';

/** A returned workbook compared with its export and with Regia now, ready for review. */
export type PreparedImport = {
  fileName: string;
  review: ImportReview;
  base: PartnerBase;
  stale: boolean;
};

function byId<T extends { id: string }>(rows: readonly (T | undefined)[]): Map<string, T> {
  return new Map(rows.flatMap((row) => (row ? [[row.id, row] as const] : [])));
}

async function loadCurrentRecords(
  db: RegiaDatabase,
  base: PartnerBase,
  returned: ReturnedWorkbook,
): Promise<CurrentRecords> {
  const idsOf = (sheet: 'actions' | 'contacts' | 'indicators'): string[] => [
    ...new Set([
      ...base.sheets[sheet].map((row) => row.id),
      ...returned.sheets
        .filter((found) => found.key === sheet)
        .flatMap((found) => found.rows.flatMap((row) => (row.id ? [row.id] : []))),
    ]),
  ];
  const [actions, contacts, indicators, partnerValues] = await Promise.all([
    db.actions.bulkGet(idsOf('actions')),
    db.contacts.bulkGet(idsOf('contacts')),
    db.indicators.bulkGet(idsOf('indicators')),
    db.indicatorValues.where('organizationId').equals(base.partnerId).toArray(),
  ]);
  const periods = new Map(base.sheets.indicators.map((row) => [row.id, row.values.period]));
  const indicatorValues = new Map<string, IndicatorValue>();
  for (const value of partnerValues) {
    if (value.archivedAt === null && periods.get(value.indicatorId) === value.period)
      indicatorValues.set(value.indicatorId, value);
  }
  return {
    actions: byId(actions),
    contacts: byId(contacts),
    indicators: byId(indicators),
    indicatorValues,
  };
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
): Promise<PreparedImport> {
  const returned = readPartnerWorkbook(grid);
  const exports = await db.exchangeBatches
    .where('networkId')
    .equals(networkId)
    .filter((batch) => batch.direction === 'export')
    .toArray();
  const bases = exports.flatMap((batch) => {
    const base = parsePartnerBase(batch.baseSnapshot);
    return base && base.batchId === batch.id ? [base] : [];
  });
  const { base, stale } = identifyExport(returned, networkId, bases);
  const current = await loadCurrentRecords(db, base, returned);
  return { fileName, review: mergeReturnedWorkbook(returned, base, current), base, stale };
}
