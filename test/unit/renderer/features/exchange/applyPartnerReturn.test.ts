import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildImportPlan, type ReviewItem } from '../../../../../shared/exchange';
import { applyImportPlan } from '../../../../../renderer/features/exchange/import/applyImport';
import { undoImport } from '../../../../../renderer/features/exchange/history/undoImport';
import { fillWorkbook, withExpenseRows } from '../../../shared/exchange/exchangeFixtures';
import { seededImport } from './seededImport';

const pec = 'protocollo@cert.comune.segrate.mi.it';

/** A return with a new PEC, a contact who left and two expenses, and Regia's review of it. */
async function returnedWithSpending() {
  const seeded = await seededImport({ costItems: ['Personale interno'] });
  const { fixture, db, returnedBytes, prepareBytes } = seeded;
  const project = await db.projects.filter((row) => row.costItems.length > 0).first();
  const contact = fixture.base.sheets.contacts[0];
  if (!project || !contact) throw new Error('fixture changed');
  const bytes = withExpenseRows(
    fillWorkbook(returnedBytes([]), [
      { sheet: 'organization', id: fixture.partnerId, field: 'pec', value: pec },
      { sheet: 'contacts', id: contact.id, field: 'retired', value: 'Sì' },
    ]),
    [
      [project.title, 'Personale interno', '14/02/2026', '1.234,56', 'Cedolino 2/2026', '', ''],
      [project.title, '', '02/03/2026', '50,10', 'Ricevuta 7', '', 'Cancelleria'],
    ],
  );
  const prepared = await prepareBytes(bytes, 'impronta-1');
  return { ...seeded, bytes, prepared, contact, project };
}

const accepted = (items: readonly ReviewItem[]) =>
  new Map(items.filter((item) => item.outcome === 'proposed').map((item) => [item.key, true]));

describe('a partner’s return with its organization, a contact who left and its expenses', () => {
  it('applies the PEC, archives the contact, adds the expenses to the register, and undoes all of it', async () => {
    const { fixture, db, repositories, prepared, contact, project } = await returnedWithSpending();
    const partnerBefore = await db.organizations.get(fixture.partnerId);
    const plan = buildImportPlan(prepared.review, prepared.base, accepted(prepared.review.items));

    const batch = await applyImportPlan(db, repositories, plan, {
      networkId: fixture.networkId,
      fileName: prepared.fileName,
      fingerprint: prepared.fingerprint,
      review: prepared.review,
      stale: false,
    });

    expect((await db.organizations.get(fixture.partnerId))?.pec).toBe(pec);
    expect((await db.contacts.get(contact.id))?.archivedAt).not.toBeNull();
    const register = () =>
      db.expenditures
        .where('[projectId+period]')
        .equals([project.id, '2026-Q1'])
        .filter((expense) => expense.documentReference !== '')
        .sortBy('date');
    expect(await register()).toMatchObject([
      { amount: 1234.56, costItemId: project.costItems[0]?.id, organizationId: fixture.partnerId },
      { amount: 50.1, costItemId: null, note: 'Cancelleria' },
    ]);

    await undoImport(db, repositories, batch.id);

    expect(await db.organizations.get(fixture.partnerId)).toMatchObject({
      pec: partnerBefore?.pec,
    });
    expect((await db.contacts.get(contact.id))?.archivedAt).toBeNull();
    expect(await register()).toEqual([]);
  });

  it('adds no expense twice: a re-saved copy of an applied file proposes its rows as unchanged', async () => {
    const { fixture, db, repositories, prepared, bytes, prepareBytes } =
      await returnedWithSpending();
    const plan = buildImportPlan(prepared.review, prepared.base, new Map());
    await applyImportPlan(db, repositories, plan, {
      networkId: fixture.networkId,
      fileName: prepared.fileName,
      fingerprint: prepared.fingerprint,
      review: prepared.review,
      stale: false,
    });

    const copy = await prepareBytes(bytes, 'impronta-di-una-copia');

    const expenseLines = copy.review.items.filter((item) => item.sheet === 'expenses');
    expect(expenseLines.map((item) => item.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(buildImportPlan(copy.review, copy.base, new Map()).newExpenses).toEqual([]);
  });
});
