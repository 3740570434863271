import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  planTableImport,
  readSpreadsheet,
  readTableRows,
  spreadsheetLimits,
  suggestMapping,
} from '../../../../../shared/exchange';
import { addDataset, createRepositories } from '../../../../../renderer/db';
import { applyTableImport } from '../../../../../renderer/features/exchange/table/applyTableImport';
import { undoImport } from '../../../../../renderer/features/exchange/history/undoImport';
import { createTestContext } from '../../db/testDatabase';
import { partnerFixture } from '../../../shared/exchange/exchangeFixtures';

const csv = [
  'Ragione sociale;Comune;Aderente dal;Nome;Cognome;Email referente',
  'Comune di Segrate;Segrate;01/01/2026;Anna;Verdi;a.verdi@comune.segrate.mi.it',
  'Cooperativa Nuova Aurora;Vizzolo Predabissi;5 febbraio 2026;Marco;Galli;m.galli@nuovaaurora.it',
].join('\n');

async function planned() {
  const fixture = partnerFixture();
  const context = createTestContext();
  const repositories = createRepositories(context);
  await addDataset(context, fixture.dataset, { source: 'demo' });
  const sheet = readSpreadsheet(new TextEncoder().encode(csv), spreadsheetLimits).sheets[0];
  if (!sheet) throw new Error('no sheet');
  const rows = readTableRows(sheet, suggestMapping(csv.split('\n')[0]?.split(';') ?? []));
  const plan = planTableImport(
    rows,
    await context.db.organizations.toArray(),
    await context.db.contacts.toArray(),
  );
  return { fixture, db: context.db, repositories, plan };
}

describe('applying a table import', () => {
  it('creates only new organizations, adds them to the network, links contacts to existing ones, in one batch', async () => {
    const { fixture, db, repositories, plan } = await planned();
    const organizationsBefore = await db.organizations.count();
    const batch = await applyTableImport(db, repositories, plan, new Map(), {
      networkId: fixture.networkId,
      fileName: 'enti.csv',
      addToNetwork: true,
    });

    expect(await db.organizations.count()).toBe(organizationsBefore + 1);
    const aurora = await db.organizations.where('name').equals('Cooperativa Nuova Aurora').first();
    expect(aurora).toMatchObject({ type: 'cooperativaSociale', comune: 'Vizzolo Predabissi' });
    expect(
      await db.memberships
        .where('[networkId+organizationId]')
        .equals([fixture.networkId, aurora?.id ?? ''])
        .first(),
    ).toMatchObject({
      role: 'partner',
      from: '2026-02-05',
    });
    expect(await db.contacts.where('lastName').equals('Verdi').first()).toMatchObject({
      organizationId: fixture.partnerId,
    });
    const audit = await db.auditEntries.where('batchId').equals(batch.id).toArray();
    expect(audit.map((entry) => `${entry.table}:${entry.operation}`).sort()).toEqual([
      'contacts:create',
      'contacts:create',
      'exchangeBatches:update',
      'memberships:create',
      'organizations:create',
    ]);
  });

  it('can be undone: what it created is archived, nothing else is touched', async () => {
    const { fixture, db, repositories, plan } = await planned();
    const segrate = await db.organizations.get(fixture.partnerId);
    const batch = await applyTableImport(db, repositories, plan, new Map(), {
      networkId: fixture.networkId,
      fileName: 'enti.csv',
      addToNetwork: true,
    });
    await undoImport(db, repositories, batch.id);
    expect(
      (await db.organizations.where('name').equals('Cooperativa Nuova Aurora').first())?.archivedAt,
    ).not.toBeNull();
    expect(
      (await db.contacts.where('lastName').equals('Verdi').first())?.archivedAt,
    ).not.toBeNull();
    expect(await db.organizations.get(fixture.partnerId)).toEqual(segrate);
  });
});
