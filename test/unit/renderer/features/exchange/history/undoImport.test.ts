import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { entityTableNames } from '../../../../../../shared/domain';
import {
  buildImportPlan,
  planChangeCount,
  recordedChangeCount,
  type ImportPlan,
} from '../../../../../../shared/exchange';
import type { RegiaDatabase } from '../../../../../../renderer/db';
import { applyImportPlan } from '../../../../../../renderer/features/exchange/import/applyImport';
import { undoImport } from '../../../../../../renderer/features/exchange/history/undoImport';
import { seededImport } from '../seededImport';

/** Every entity table's rows by id, without the bookkeeping every write moves forward. */
async function tablesOf(db: RegiaDatabase): Promise<Record<string, Record<string, unknown>>> {
  const tables: Record<string, Record<string, unknown>> = {};
  for (const name of entityTableNames) {
    if (name === 'exchangeBatches') continue;
    const rows = await db.table<{ id: string }, string>(name).toArray();
    tables[name] = Object.fromEntries(
      rows.map((row) => [
        row.id,
        Object.fromEntries(
          Object.entries(row).filter(([field]) => field !== 'rev' && field !== 'updatedAt'),
        ),
      ]),
    );
  }
  return tables;
}

/** The partner's expenses with a document reference, by day: the demo's own have neither. */
function importedExpenses(db: RegiaDatabase, partnerId: string) {
  return db.expenditures
    .where('organizationId')
    .equals(partnerId)
    .filter((expense) => expense.documentReference !== '')
    .sortBy('date');
}

async function seededWithPlan() {
  const seeded = await seededImport();
  const { fixture, db, prepare } = seeded;
  const [first] = fixture.base.sheets.actions;
  if (!first) throw new Error('fixture changed');
  const prepared = await prepare([
    { sheet: 'actions', id: first.id, field: 'progress', value: 55 },
    { sheet: 'actions', id: first.id, field: 'note', value: 'Avviato lo sportello' },
  ]);
  const partner = await db.organizations.get(fixture.partnerId);
  const project = await db.projects
    .filter((row) => row.partners.some((member) => member.organizationId === fixture.partnerId))
    .first();
  if (!partner || !project) throw new Error('fixture changed');
  const plan: ImportPlan = {
    ...buildImportPlan(prepared.review, prepared.base, new Map()),
    organizations: [
      {
        organizationId: partner.id,
        changes: [
          { field: 'pec', from: partner.pec, to: 'protocollo@pec.comune.segrate.mi.it' },
          { field: 'address', from: partner.address, to: 'Via I Maggio 1, Segrate' },
        ],
      },
    ],
    newExpenses: [
      {
        rowNumber: 2,
        projectId: project.id,
        costItemId: null,
        date: '2026-02-14',
        amountCents: 123_456,
        documentReference: 'Fattura 12/2026',
        fundingSourceName: '',
        note: '',
      },
      {
        rowNumber: 3,
        projectId: project.id,
        costItemId: null,
        date: '2026-03-02',
        amountCents: 5_010,
        documentReference: 'Ricevuta 7',
        fundingSourceName: '',
        note: 'Cancelleria',
      },
    ],
  };
  const source = {
    networkId: fixture.networkId,
    fileName: prepared.fileName,
    review: prepared.review,
    stale: false,
  };
  return { ...seeded, plan, source, partner, project };
}

describe('undoing an import that changed an organization and added expenses', () => {
  it('puts every table back as it was before the import, but for the revisions', async () => {
    const { db, repositories, plan, source } = await seededWithPlan();
    const before = await tablesOf(db);

    const batch = await applyImportPlan(db, repositories, plan, source);
    expect(await tablesOf(db)).not.toEqual(before);
    await undoImport(db, repositories, batch.id);

    expect(await tablesOf(db)).toEqual(before);
  });

  it('writes the organization and the expenses with their audit, and records both in the batch', async () => {
    const { db, repositories, plan, source, partner, project } = await seededWithPlan();

    const batch = await applyImportPlan(db, repositories, plan, source);

    expect(await db.organizations.get(partner.id)).toMatchObject({
      pec: 'protocollo@pec.comune.segrate.mi.it',
      address: 'Via I Maggio 1, Segrate',
    });
    const expenses = await importedExpenses(db, partner.id);
    expect(expenses).toMatchObject([
      {
        projectId: project.id,
        date: '2026-02-14',
        period: '2026-Q1',
        amount: 1234.56,
        documentReference: 'Fattura 12/2026',
      },
      { date: '2026-03-02', amount: 50.1, note: 'Cancelleria' },
    ]);
    const audit = await db.auditEntries.where('batchId').equals(batch.id).toArray();
    expect(audit.filter((entry) => entry.table === 'expenditures')).toHaveLength(2);
    expect(audit.filter((entry) => entry.table === 'organizations')).toHaveLength(1);
    expect(batch.applied).toContainEqual({
      operation: 'update',
      table: 'organizations',
      recordId: partner.id,
      before: { pec: partner.pec, address: partner.address },
      after: { pec: 'protocollo@pec.comune.segrate.mi.it', address: 'Via I Maggio 1, Segrate' },
    });
  });

  it('counts the same changes in the review, the batch and the history: fields, note and expenses', async () => {
    const { db, repositories, plan, source } = await seededWithPlan();

    const batch = await applyImportPlan(db, repositories, plan, source);

    // A progress, its note, two organization fields and two expenses.
    expect(planChangeCount(plan)).toBe(6);
    expect(recordedChangeCount(batch)).toBe(6);
    expect(recordedChangeCount({ ...batch, baseSnapshot: {} })).toBe(
      // Counted from what it wrote: the progress, the timeline entry, two fields, two expenses.
      6,
    );
  });

  it('keeps an organization field and an expense that were corrected in Regia after the import', async () => {
    const { db, repositories, plan, source, partner } = await seededWithPlan();
    const batch = await applyImportPlan(db, repositories, plan, source);
    await repositories.organizations.update(partner.id, { pec: 'nuova@pec.it' });
    const [corrected, untouched] = await importedExpenses(db, partner.id);
    if (!corrected || !untouched) throw new Error('expenses missing');
    await repositories.expenditures.update(corrected.id, { amount: 1200 });

    const outcome = await undoImport(db, repositories, batch.id);

    expect(outcome.kept).toEqual([{ table: 'organizations', recordId: partner.id, field: 'pec' }]);
    expect(await db.organizations.get(partner.id)).toMatchObject({
      pec: 'nuova@pec.it',
      address: partner.address,
    });
    expect((await db.expenditures.get(corrected.id))?.archivedAt).not.toBeNull();
    expect(await db.expenditures.get(untouched.id)).toBeUndefined();
  });
});
