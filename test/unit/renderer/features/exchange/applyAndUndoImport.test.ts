import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildImportPlan } from '../../../../../shared/exchange';
import type { RegiaDatabase } from '../../../../../renderer/db';
import {
  applyImportPlan,
  StaleImportError,
} from '../../../../../renderer/features/exchange/import/applyImport';
import { undoImport } from '../../../../../renderer/features/exchange/history/undoImport';
import { reportedValueId } from '../../../shared/exchange/exchangeFixtures';
import { seededImport as seeded } from './seededImport';

/** The contact the sheet proposed: the demo network has an Andrea Brambilla of its own. */
function importedBrambilla(db: RegiaDatabase) {
  return db.contacts
    .where('lastName')
    .equals('Brambilla')
    .filter((contact) => contact.firstName === '')
    .first();
}

describe('applying and undoing an import', () => {
  it('writes every accepted change in one batch with audit entries and a timeline entry from the partner', async () => {
    const { fixture, db, repositories, prepare } = await seeded();
    const [first] = fixture.base.sheets.actions;
    const contact = fixture.base.sheets.contacts[0];
    if (!first || !contact) throw new Error('fixture changed');
    const prepared = await prepare([
      { sheet: 'actions', id: first.id, field: 'status', value: 'Completata' },
      { sheet: 'actions', id: first.id, field: 'progress', value: 100 },
      { sheet: 'actions', id: first.id, field: 'note', value: 'Concluso il 5 marzo' },
      { sheet: 'contacts', id: contact.id, field: 'phone', value: '02 2137 9999' },
      { sheet: 'contacts', id: null, field: 'lastName', value: 'Brambilla' },
    ]);
    const newRow = prepared.review.items.find((item) => item.outcome === 'new');
    const plan = buildImportPlan(
      prepared.review,
      prepared.base,
      new Map([[newRow?.key ?? '', true]]),
    );
    const batch = await applyImportPlan(db, repositories, plan, {
      networkId: fixture.networkId,
      fileName: prepared.fileName,
      review: prepared.review,
      stale: false,
    });

    expect(await db.actions.get(first.id)).toMatchObject({ status: 'completata', progress: 100 });
    expect(await db.contacts.get(contact.id)).toMatchObject({ phone: '02 2137 9999' });
    expect(await importedBrambilla(db)).toMatchObject({
      organizationId: fixture.partnerId,
    });
    const timeline = await db.actionUpdates
      .where('actionId')
      .equals(first.id)
      .filter((entry) => entry.createdAt >= batch.at)
      .toArray();
    expect(timeline).toMatchObject([
      {
        author: 'Comune di Segrate',
        text: 'Concluso il 5 marzo',
        statusFrom: first.values.status,
        statusTo: 'completata',
        progressTo: 100,
      },
    ]);
    const audit = await db.auditEntries.where('batchId').equals(batch.id).toArray();
    expect(audit.every((entry) => entry.source === 'import')).toBe(true);
    expect(audit.map((entry) => entry.table).sort()).toEqual([
      'actionUpdates',
      'actions',
      'contacts',
      'contacts',
      'exchangeBatches',
    ]);
    expect(batch).toMatchObject({
      direction: 'import',
      partnerOrganizationId: fixture.partnerId,
      fileName: 'scheda-restituita.xlsx',
    });
    expect(batch.applied).toHaveLength(4);
  });

  it('writes nothing at all when Regia changed after the review', async () => {
    const { fixture, db, repositories, prepare } = await seeded();
    const [first, second] = fixture.base.sheets.actions;
    if (!first || !second) throw new Error('fixture changed');
    const prepared = await prepare([
      { sheet: 'actions', id: first.id, field: 'progress', value: 61 },
      { sheet: 'actions', id: second.id, field: 'progress', value: 62 },
    ]);
    await repositories.actions.update(second.id, { progress: 7 });
    const auditBefore = await db.auditEntries.count();
    const plan = buildImportPlan(prepared.review, prepared.base, new Map());
    await expect(
      applyImportPlan(db, repositories, plan, {
        networkId: fixture.networkId,
        fileName: prepared.fileName,
        review: prepared.review,
        stale: false,
      }),
    ).rejects.toBeInstanceOf(StaleImportError);
    expect((await db.actions.get(first.id))?.progress).toBe(first.values.progress);
    expect(await db.auditEntries.count()).toBe(auditBefore);
    expect(await db.exchangeBatches.filter((batch) => batch.direction === 'import').count()).toBe(
      0,
    );
  });

  it('writes nothing when a record it changes was removed or a contact edited after the review', async () => {
    const { fixture, db, repositories, prepare } = await seeded();
    const [first, second] = fixture.base.sheets.actions;
    const contact = fixture.base.sheets.contacts[0];
    if (!first || !second || !contact) throw new Error('fixture changed');
    const prepared = await prepare([
      { sheet: 'actions', id: first.id, field: 'progress', value: 61 },
      { sheet: 'actions', id: second.id, field: 'note', value: 'Sentiti i servizi sociali' },
      { sheet: 'contacts', id: contact.id, field: 'phone', value: '02 2137 9999' },
    ]);
    const plan = buildImportPlan(prepared.review, prepared.base, new Map());
    const timeline = () => db.actionUpdates.where('actionId').anyOf([first.id, second.id]).count();
    const timelineBefore = await timeline();
    const refused = async (): Promise<void> => {
      const auditBefore = await db.auditEntries.count();
      await expect(
        applyImportPlan(db, repositories, plan, {
          networkId: fixture.networkId,
          fileName: prepared.fileName,
          review: prepared.review,
          stale: false,
        }),
      ).rejects.toBeInstanceOf(StaleImportError);
      expect(await db.auditEntries.count()).toBe(auditBefore);
      expect(await timeline()).toBe(timelineBefore);
      expect(await db.exchangeBatches.filter((batch) => batch.direction === 'import').count()).toBe(
        0,
      );
    };
    // An action the import updates, then one it only notes, then a contact it changes.
    for (const removed of [first, second]) {
      const row = await db.actions.get(removed.id);
      if (!row) throw new Error('fixture changed');
      await repositories.actions.remove(row.id);
      await refused();
      await db.actions.put(row);
    }
    await repositories.contacts.update(contact.id, { phone: '02 0000 0000' });
    await refused();
    expect((await db.actions.get(first.id))?.progress).toBe(first.values.progress);
  });

  it('writes the partner’s indicator values, changing the reported one and adding a new one, and undoes both', async () => {
    const { fixture, db, repositories, prepare } = await seeded();
    const reported = fixture.base.sheets.indicators.find((row) => row.recordId === reportedValueId);
    const unreported = fixture.base.sheets.indicators.find((row) => row.recordId === null);
    if (!reported || !unreported) throw new Error('fixture changed');
    const prepared = await prepare([
      { sheet: 'indicators', id: reported.id, field: 'value', value: 11 },
      { sheet: 'indicators', id: unreported.id, field: 'value', value: 4 },
      { sheet: 'indicators', id: unreported.id, field: 'note', value: 'Primo dato' },
    ]);
    const plan = buildImportPlan(prepared.review, prepared.base, new Map());
    const batch = await applyImportPlan(db, repositories, plan, {
      networkId: fixture.networkId,
      fileName: prepared.fileName,
      review: prepared.review,
      stale: false,
    });

    expect(await db.indicatorValues.get(reportedValueId)).toMatchObject({ value: 11, rev: 2 });
    const added = await db.indicatorValues
      .where('indicatorId')
      .equals(unreported.id)
      .filter((value) => value.organizationId === fixture.partnerId)
      .toArray();
    expect(added).toMatchObject([
      { value: 4, note: 'Primo dato', period: unreported.values.period, rev: 1 },
    ]);
    expect(batch.applied).toEqual([
      {
        operation: 'update',
        table: 'indicatorValues',
        recordId: reportedValueId,
        before: { value: 8 },
        after: { value: 11 },
      },
      { operation: 'create', table: 'indicatorValues', recordId: added[0]?.id },
    ]);
    const audit = await db.auditEntries.where('batchId').equals(batch.id).toArray();
    expect(audit.map((entry) => `${entry.table}:${entry.operation}`).sort()).toEqual([
      'exchangeBatches:update',
      'indicatorValues:create',
      'indicatorValues:update',
    ]);

    await undoImport(db, repositories, batch.id);
    expect((await db.indicatorValues.get(reportedValueId))?.value).toBe(8);
    expect((await db.indicatorValues.get(added[0]?.id ?? ''))?.archivedAt).not.toBeNull();
  });

  it('undoes the whole import in one go, keeping a field changed again since', async () => {
    const { fixture, db, repositories, prepare } = await seeded();
    const [first, second] = fixture.base.sheets.actions;
    if (!first || !second) throw new Error('fixture changed');
    const beforeFirst = await db.actions.get(first.id);
    const timelineOf = () =>
      db.actionUpdates.where('actionId').anyOf([first.id, second.id]).toArray();
    const timelineBefore = await timelineOf();
    const prepared = await prepare([
      { sheet: 'actions', id: first.id, field: 'status', value: 'Bloccata' },
      { sheet: 'actions', id: first.id, field: 'note', value: 'Manca la sede' },
      { sheet: 'actions', id: second.id, field: 'progress', value: 64 },
      { sheet: 'contacts', id: null, field: 'lastName', value: 'Brambilla' },
    ]);
    const newRow = prepared.review.items.find((item) => item.outcome === 'new');
    const plan = buildImportPlan(
      prepared.review,
      prepared.base,
      new Map([[newRow?.key ?? '', true]]),
    );
    const batch = await applyImportPlan(db, repositories, plan, {
      networkId: fixture.networkId,
      fileName: prepared.fileName,
      review: prepared.review,
      stale: false,
    });
    await repositories.actions.update(second.id, { progress: 70 });

    const outcome = await undoImport(db, repositories, batch.id);

    expect(await db.actions.get(first.id)).toMatchObject({
      status: beforeFirst?.status,
      progress: beforeFirst?.progress,
    });
    expect((await db.actions.get(second.id))?.progress).toBe(70);
    expect(outcome.kept).toEqual([{ table: 'actions', recordId: second.id, field: 'progress' }]);
    expect(await timelineOf()).toEqual(timelineBefore);
    expect((await importedBrambilla(db))?.archivedAt).not.toBeNull();
    expect((await db.exchangeBatches.get(batch.id))?.undoneAt).not.toBeNull();
    await expect(undoImport(db, repositories, batch.id)).rejects.toThrow(/già annullata/);
  });
});
