import { describe, expect, it } from 'vitest';
import {
  dataSheetKeys,
  writePartnerWorkbook,
  type ImportReview,
} from '../../../../shared/exchange';
import {
  fillWorkbook,
  partnerFixture,
  proposedItems,
  reviewReturned,
  type CellEdit,
  type PartnerFixture,
} from './exchangeFixtures';

function reimport(fixture: PartnerFixture, edits: readonly CellEdit[]): ImportReview {
  return reviewReturned(fixture, fillWorkbook(writePartnerWorkbook(fixture.base), edits));
}

function firstAction(fixture: PartnerFixture) {
  const row = fixture.base.sheets.actions[0];
  const action = fixture.dataset.actions.find((candidate) => candidate.id === row?.id);
  if (!row || !action) throw new Error('fixture without actions');
  return { row, action };
}

describe('re-importing a partner workbook', () => {
  it('finds nothing to change in a workbook returned untouched', () => {
    const fixture = partnerFixture();
    const review = reimport(fixture, []);
    expect(proposedItems(review)).toEqual([]);
    const exported = dataSheetKeys.reduce(
      (total, sheet) => total + fixture.base.sheets[sheet].length,
      0,
    );
    expect(review.counts.unchanged).toBe(exported);
    expect(review.missingRows).toBe(0);
  });

  it('applies a field only the sheet changed, with its old and new values', () => {
    const fixture = partnerFixture();
    const { action } = firstAction(fixture);
    const progress = action.progress === 70 ? 80 : 70;
    const review = reimport(fixture, [
      { sheet: 'actions', id: action.id, field: 'progress', value: progress },
    ]);
    expect(proposedItems(review)).toMatchObject([
      {
        outcome: 'applied',
        recordId: action.id,
        field: 'progress',
        column: 'Avanzamento (%)',
        base: action.progress,
        current: action.progress,
        incoming: progress,
      },
    ]);
  });

  it('reports a conflict when Regia and the sheet changed the same field differently', () => {
    const fixture = partnerFixture();
    const { action } = firstAction(fixture);
    action.status = 'bloccata';
    const review = reimport(fixture, [
      { sheet: 'actions', id: action.id, field: 'status', value: 'Completata' },
    ]);
    expect(proposedItems(review)).toMatchObject([
      {
        outcome: 'conflict',
        field: 'status',
        base: fixture.base.sheets.actions[0]?.values.status,
        current: 'bloccata',
        incoming: 'completata',
      },
    ]);
  });

  it('sees no conflict when both sides made the same change', () => {
    const fixture = partnerFixture();
    const { action } = firstAction(fixture);
    action.status = 'completata';
    const review = reimport(fixture, [
      { sheet: 'actions', id: action.id, field: 'status', value: 'completata' },
    ]);
    expect(proposedItems(review)).toEqual([]);
  });

  it('keeps Regia’s newer value when the sheet kept the exported one', () => {
    const fixture = partnerFixture();
    const { action } = firstAction(fixture);
    action.progress = 99;
    expect(proposedItems(reimport(fixture, []))).toEqual([]);
  });

  it('turns a proposed due date into a proposal and an update note into a change of the action', () => {
    const fixture = partnerFixture();
    const { action } = firstAction(fixture);
    const review = reimport(fixture, [
      {
        sheet: 'actions',
        id: action.id,
        field: 'proposedDueDate',
        value: '2026-09-30',
        asDate: true,
      },
      { sheet: 'actions', id: action.id, field: 'note', value: 'Incontro con le aziende fissato' },
    ]);
    expect(proposedItems(review)).toMatchObject([
      {
        outcome: 'proposed',
        field: 'proposedDueDate',
        base: action.dueDate,
        incoming: '2026-09-30',
      },
      { outcome: 'applied', field: 'note', incoming: 'Incontro con le aziende fissato' },
    ]);
  });

  it('proposes a contact written on a new row without creating it', () => {
    const fixture = partnerFixture();
    const review = reimport(fixture, [
      { sheet: 'contacts', id: null, field: 'lastName', value: 'Brambilla' },
      { sheet: 'contacts', id: null, field: 'firstName', value: 'Chiara' },
      { sheet: 'contacts', id: null, field: 'email', value: 'c.brambilla@comune.segrate.mi.it' },
    ]);
    expect(proposedItems(review)).toMatchObject([
      {
        outcome: 'new',
        recordId: null,
        proposal: {
          lastName: 'Brambilla',
          firstName: 'Chiara',
          email: 'c.brambilla@comune.segrate.mi.it',
          role: '',
          phone: '',
        },
      },
    ]);
  });

  it('treats an emptied cell as a change to empty and a removed row as no change', () => {
    const fixture = partnerFixture();
    const contact = fixture.base.sheets.contacts[0];
    if (!contact) throw new Error('fixture without contacts');
    const review = reimport(fixture, [
      { sheet: 'contacts', id: contact.id, field: 'role', value: null },
    ]);
    expect(proposedItems(review)).toMatchObject([
      { outcome: 'applied', field: 'role', base: contact.values.role, incoming: '' },
    ]);
  });

  it('rejects invalid values with row, column, value and reason, and keeps the valid ones', () => {
    const fixture = partnerFixture();
    const { action } = firstAction(fixture);
    const review = reimport(fixture, [
      { sheet: 'actions', id: action.id, field: 'status', value: 'quasi finita' },
      { sheet: 'actions', id: action.id, field: 'progress', value: 140 },
      { sheet: 'actions', id: action.id, field: 'proposedDueDate', value: '31/02/2026' },
      { sheet: 'actions', id: action.id, field: 'note', value: 'Nota valida' },
    ]);
    expect(proposedItems(review)).toMatchObject([
      {
        outcome: 'rejected',
        rowNumber: 2,
        column: 'Stato',
        cellText: 'quasi finita',
        reason: 'invalidStatus',
      },
      {
        outcome: 'rejected',
        rowNumber: 2,
        column: 'Avanzamento (%)',
        cellText: '140',
        reason: 'outOfRange',
      },
      {
        outcome: 'rejected',
        rowNumber: 2,
        column: 'Nuova scadenza proposta',
        cellText: '31/02/2026',
        reason: 'invalidDate',
      },
      { outcome: 'applied', field: 'note' },
    ]);
  });

  it('rejects rows with an unknown ID or another partner’s ID', () => {
    const fixture = partnerFixture();
    const { action } = firstAction(fixture);
    const other = fixture.dataset.actions.find(
      (candidate) =>
        candidate.ownerOrganizationId !== fixture.partnerId &&
        candidate.ownerOrganizationId !== null,
    );
    if (!other) throw new Error('no other partner’s action');
    const review = reimport(fixture, [
      {
        sheet: 'actions',
        id: action.id,
        field: 'id',
        value: 'b1c2d3e4-0000-4000-8000-000000000000',
      },
      {
        sheet: 'actions',
        id: fixture.base.sheets.actions[1]?.id ?? '',
        field: 'id',
        value: other.id,
      },
    ]);
    expect(proposedItems(review)).toMatchObject([
      {
        outcome: 'rejected',
        column: 'ID',
        cellText: 'b1c2d3e4-0000-4000-8000-000000000000',
        reason: 'unknownId',
      },
      { outcome: 'rejected', column: 'ID', cellText: other.id, reason: 'otherPartner' },
    ]);
    expect(review.missingRows).toBe(2);
  });

  it('rejects changes to an action archived in Regia after the export', () => {
    const fixture = partnerFixture();
    const { action } = firstAction(fixture);
    action.archivedAt = '2026-03-12T09:00:00.000Z';
    const review = reimport(fixture, [
      { sheet: 'actions', id: action.id, field: 'progress', value: 5 },
    ]);
    expect(proposedItems(review)).toMatchObject([
      { outcome: 'rejected', recordId: action.id, reason: 'archivedInRegia' },
    ]);
  });

  it('applies an indicator value for the period and refuses to empty one', () => {
    const fixture = partnerFixture();
    const withValue = fixture.base.sheets.indicators.find((row) => row.values.value !== null);
    const withoutValue = fixture.base.sheets.indicators.find((row) => row.values.value === null);
    if (!withValue || !withoutValue) throw new Error('fixture indicators changed');
    const review = reimport(fixture, [
      { sheet: 'indicators', id: withoutValue.id, field: 'value', value: '12,5' },
      { sheet: 'indicators', id: withValue.id, field: 'value', value: null },
    ]);
    const byRecord = (id: string) => proposedItems(review).filter((item) => item.recordId === id);
    expect(byRecord(withoutValue.id)).toMatchObject([
      { outcome: 'applied', field: 'value', base: null, incoming: 12.5 },
    ]);
    expect(byRecord(withValue.id)).toMatchObject([
      { outcome: 'rejected', field: 'value', reason: 'cannotEmpty' },
    ]);
  });
});
