import {
  readSpreadsheet,
  spreadsheetLimits,
  writePartnerWorkbook,
} from '../../../../../shared/exchange';
import { addDataset, createRepositories } from '../../../../../renderer/db';
import { prepareImport } from '../../../../../renderer/features/exchange/import/prepareImport';
import { createTestContext } from '../../db/testDatabase';
import {
  fillWorkbook,
  partnerFixture,
  type CellEdit,
  type FixtureOptions,
} from '../../../shared/exchange/exchangeFixtures';

/**
 * A database with the demo network and the fixture's export to Comune di Segrate recorded, and
 * `prepare`, which fills that export's workbook with edits and prepares its import as Regia does
 * (with the host's file fingerprint when given).
 */
export async function seededImport(options: FixtureOptions = {}) {
  const fixture = partnerFixture(options);
  const context = createTestContext();
  const repositories = createRepositories(context);
  await addDataset(context, { ...fixture.dataset, exchangeBatches: [] }, { source: 'demo' });
  const at = fixture.base.exportedAt;
  await addDataset(context, {
    exchangeBatches: [
      {
        id: fixture.base.batchId,
        createdAt: at,
        updatedAt: at,
        rev: 1,
        archivedAt: null,
        networkId: fixture.networkId,
        direction: 'export',
        fileName: 'scheda-Comune-di-Segrate-2026-03-10.xlsx',
        partnerOrganizationId: fixture.partnerId,
        at,
        baseSnapshot: fixture.base,
        applied: [],
        undoneAt: null,
        fingerprint: null,
      },
    ],
  });
  const returnedBytes = (edits: readonly CellEdit[]): Uint8Array =>
    fillWorkbook(writePartnerWorkbook(fixture.base), edits);
  const prepareBytes = (bytes: Uint8Array, fingerprint?: string) =>
    prepareImport(
      context.db,
      fixture.networkId,
      'scheda-restituita.xlsx',
      readSpreadsheet(bytes, spreadsheetLimits),
      fingerprint,
    );
  const prepare = (edits: readonly CellEdit[]) => prepareBytes(returnedBytes(edits));
  return { fixture, context, repositories, db: context.db, prepare, prepareBytes, returnedBytes };
}
