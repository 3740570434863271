import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  buildImportPlan,
  partnerReturns,
  partnersToRemind,
  planChangeCount,
  recordedChangeCount,
  SpreadsheetError,
} from '../../../../../shared/exchange';
import { translate } from '../../../../../shared/i18n';
import { applyImportPlan } from '../../../../../renderer/features/exchange/import/applyImport';
import type { PreparedImport } from '../../../../../renderer/features/exchange/import/prepareImport';
import type { CellEdit } from '../../../shared/exchange/exchangeFixtures';
import { seededImport } from './seededImport';

const fingerprintOne = 'a'.repeat(64);
const fingerprintTwo = 'b'.repeat(64);

type Seeded = Awaited<ReturnType<typeof seededImport>>;

/** Accepts what the review proposes by default and applies it, as "Applica" does. */
async function applyDefaults(seeded: Seeded, prepared: PreparedImport) {
  const plan = buildImportPlan(prepared.review, prepared.base, new Map());
  const batch = await applyImportPlan(seeded.db, seeded.repositories, plan, {
    networkId: seeded.fixture.networkId,
    fileName: prepared.fileName,
    fingerprint: prepared.fingerprint,
    review: prepared.review,
    stale: false,
  });
  return { plan, batch };
}

function editsOf(seeded: Seeded): CellEdit[] {
  const [first] = seeded.fixture.base.sheets.actions;
  const contact = seeded.fixture.base.sheets.contacts[0];
  if (!first || !contact) throw new Error('fixture changed');
  return [
    { sheet: 'actions', id: first.id, field: 'status', value: 'Completata' },
    { sheet: 'actions', id: first.id, field: 'note', value: 'Concluso il 5 marzo' },
    { sheet: 'contacts', id: contact.id, field: 'phone', value: '02 2137 9999' },
    { sheet: 'contacts', id: null, field: 'lastName', value: 'Zanardelli' },
    { sheet: 'contacts', id: null, field: 'firstName', value: 'Giulia' },
  ];
}

describe('a returned workbook is applied once', () => {
  it('refuses the same file imported a second time, saying when it was imported', async () => {
    const seeded = await seededImport();
    const bytes = seeded.returnedBytes(editsOf(seeded));
    await applyDefaults(seeded, await seeded.prepareBytes(bytes, fingerprintOne));

    const again = seeded.prepareBytes(bytes, fingerprintOne);
    await expect(again).rejects.toBeInstanceOf(SpreadsheetError);
    await expect(again).rejects.toMatchObject({ code: 'alreadyImported' });
    const error: unknown = await again.catch((caught: unknown) => caught);
    if (!(error instanceof SpreadsheetError)) throw new Error('expected a SpreadsheetError');
    expect(translate('it', 'exchange.problem.alreadyImported', error.params)).toMatch(
      /^File già importato il \d{2}\/\d{2}\/\d{4} \(«scheda-restituita\.xlsx»\)/,
    );
  });

  it('proposes nothing from a re-saved copy: its note, values and new contact are already in Regia', async () => {
    const seeded = await seededImport();
    const edits = editsOf(seeded);
    const prepared = await seeded.prepareBytes(seeded.returnedBytes(edits), fingerprintOne);
    const newRow = prepared.review.items.find((item) => item.outcome === 'new');
    const plan = buildImportPlan(
      prepared.review,
      prepared.base,
      new Map([[newRow?.key ?? '', true]]),
    );
    await applyImportPlan(seeded.db, seeded.repositories, plan, {
      networkId: seeded.fixture.networkId,
      fileName: prepared.fileName,
      fingerprint: prepared.fingerprint,
      review: prepared.review,
      stale: false,
    });
    expect(planChangeCount(plan)).toBe(4);

    const copy = await seeded.prepareBytes(seeded.returnedBytes(edits), fingerprintTwo);
    expect(copy.review.items.filter((item) => item.outcome !== 'unchanged')).toEqual([]);
    expect(planChangeCount(buildImportPlan(copy.review, copy.base, new Map()))).toBe(0);
    const [action] = seeded.fixture.base.sheets.actions;
    const notes = await seeded.db.actionUpdates
      .where('actionId')
      .equals(action?.id ?? '')
      .filter((entry) => entry.text === 'Concluso il 5 marzo')
      .count();
    expect(notes).toBe(1);
    const zanardellis = await seeded.db.contacts.where('lastName').equals('Zanardelli').count();
    expect(zanardellis).toBe(1);
  });

  it('adds a note again once the import that wrote it was undone', async () => {
    const seeded = await seededImport();
    const edits = editsOf(seeded);
    const { batch } = await applyDefaults(seeded, await seeded.prepare(edits));
    await seeded.repositories.exchangeBatches.update(batch.id, {
      undoneAt: new Date().toISOString(),
    });
    const again = await seeded.prepare(edits);
    expect(
      again.review.items.filter((item) => item.field === 'note').map((item) => item.outcome),
    ).toEqual(['applied']);
  });

  it('records an unchanged return as returned, taking the partner off the reminder list', async () => {
    const seeded = await seededImport();
    const prepared = await seeded.prepareBytes(seeded.returnedBytes([]), fingerprintOne);
    const before = partnerReturns(await seeded.db.exchangeBatches.toArray(), '2026-03-20');
    expect(partnersToRemind(before)).toContain(seeded.fixture.partnerId);

    const { plan, batch } = await applyDefaults(seeded, prepared);

    expect(planChangeCount(plan)).toBe(0);
    expect(batch).toMatchObject({ direction: 'import', fingerprint: fingerprintOne, applied: [] });
    const after = partnerReturns(await seeded.db.exchangeBatches.toArray(), '2026-03-20');
    expect(after.get(seeded.fixture.partnerId)?.state).toBe('returned');
    expect(partnersToRemind(after)).not.toContain(seeded.fixture.partnerId);
    expect(
      translate('it', 'exchange.history.importChanges', { count: recordedChangeCount(batch) }),
    ).toBe('Restituita senza modifiche');
  });
});

describe('one count everywhere', () => {
  it('says the same number on the review button, in the toast and in the history', async () => {
    const seeded = await seededImport();
    const [first, second] = seeded.fixture.base.sheets.actions;
    if (!first || !second) throw new Error('fixture changed');
    const prepared = await seeded.prepare([
      { sheet: 'actions', id: first.id, field: 'status', value: 'Completata' },
      { sheet: 'actions', id: first.id, field: 'progress', value: 100 },
      { sheet: 'actions', id: second.id, field: 'note', value: 'Solo una nota' },
    ]);
    const { plan, batch } = await applyDefaults(seeded, prepared);
    const count = planChangeCount(plan);
    const stored = await seeded.db.exchangeBatches.get(batch.id);
    if (!stored) throw new Error('batch not stored');

    expect(count).toBe(3);
    expect(recordedChangeCount(stored)).toBe(count);
    expect(translate('it', 'exchange.review.confirm', { count })).toBe('Applica 3 modifiche');
    expect(translate('it', 'exchange.import.done', { count })).toBe(
      'Importazione completata: 3 modifiche applicate',
    );
    expect(
      translate('it', 'exchange.history.importChanges', { count: recordedChangeCount(stored) }),
    ).toBe('3 modifiche applicate');
  });

  it('writes one change in the singular', () => {
    expect(translate('it', 'exchange.review.confirm', { count: 1 })).toBe('Applica 1 modifica');
    expect(translate('it', 'exchange.history.importChanges', { count: 1 })).toBe(
      '1 modifica applicata',
    );
  });
});
