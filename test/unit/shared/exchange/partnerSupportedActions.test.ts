import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import {
  buildImportPlan,
  noteKey,
  partnerSheetNames,
  writePartnerWorkbook,
} from '../../../../shared/exchange';
import {
  fillWorkbook,
  partnerFixture,
  proposedItems,
  reviewReturned,
  type PartnerFixture,
} from './exchangeFixtures';

/** The first action Comune di Segrate supports on the exported sheet, and the record. */
function supported(fixture: PartnerFixture) {
  const row = fixture.base.sheets.supportedActions[0];
  const action = fixture.dataset.actions.find((candidate) => candidate.id === row?.id);
  if (!row || !action) throw new Error('Comune di Segrate supports no open action in the demo');
  return { row, action };
}

describe('the actions a partner supports but does not own', () => {
  it('are listed on their own sheet, open ones only, naming who owns each', () => {
    const fixture = partnerFixture();
    const { partnerId, dataset, base } = fixture;
    const expected = dataset.actions.filter(
      (action) =>
        action.supportingOrganizationIds.includes(partnerId) &&
        action.ownerOrganizationId !== partnerId &&
        action.archivedAt === null &&
        action.status !== 'completata' &&
        action.status !== 'annullata',
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(base.sheets.supportedActions.map((row) => row.id).sort()).toEqual(
      expected.map((action) => action.id).sort(),
    );
    const { action } = supported(fixture);
    const owner = dataset.organizations.find((row) => row.id === action.ownerOrganizationId);
    const sheet = XLSX.read(writePartnerWorkbook(base), { type: 'array' }).Sheets[
      partnerSheetNames.supportedActions
    ];
    if (!sheet) throw new Error('no Azioni di supporto sheet');
    const [header, first] = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    expect(header).toEqual([
      'Titolo',
      'Ente responsabile',
      'Progetto',
      'Scadenza',
      'Stato',
      'Avanzamento (%)',
      'Nota di aggiornamento',
      'ID',
      'Revisione',
    ]);
    expect(first?.[1]).toBe(owner?.name);
  });

  it('take an update note as a note for the action’s timeline, and refuse any other change', () => {
    const fixture = partnerFixture();
    const { row } = supported(fixture);
    const bytes = fillWorkbook(writePartnerWorkbook(fixture.base), [
      {
        sheet: 'supportedActions',
        id: row.id,
        field: 'note',
        value: 'Abbiamo messo a disposizione la sala',
      },
      { sheet: 'supportedActions', id: row.id, field: 'status', value: 'Completata' },
    ]);
    const review = reviewReturned(fixture, bytes);
    expect(proposedItems(review).map((item) => [item.outcome, item.field, item.reason])).toEqual([
      ['rejected', 'status', 'readOnlyColumn'],
      ['applied', 'note', null],
    ]);
    const plan = buildImportPlan(review, fixture.base, new Map());
    expect(plan.actions).toEqual([
      { actionId: row.id, changes: [], note: 'Abbiamo messo a disposizione la sala' },
    ]);
  });

  it('propose a note only once: one already in the timeline from this partner is unchanged', () => {
    const fixture = partnerFixture();
    const { row } = supported(fixture);
    const note = 'Abbiamo messo a disposizione la sala';
    const bytes = fillWorkbook(writePartnerWorkbook(fixture.base), [
      { sheet: 'supportedActions', id: row.id, field: 'note', value: note },
    ]);
    const current = {
      ...fixture.current(),
      importedNotes: new Map([[row.id, new Set([noteKey(note)])]]),
    };
    const again = { ...fixture, current: () => current };
    expect(proposedItems(reviewReturned(again, bytes))).toEqual([]);
  });

  it('refuse the note of an action the partner no longer supports', () => {
    const fixture = partnerFixture();
    const { row, action } = supported(fixture);
    action.supportingOrganizationIds = action.supportingOrganizationIds.filter(
      (id) => id !== fixture.partnerId,
    );
    const bytes = fillWorkbook(writePartnerWorkbook(fixture.base), [
      { sheet: 'supportedActions', id: row.id, field: 'note', value: 'Una nota' },
    ]);
    expect(
      proposedItems(reviewReturned(fixture, bytes)).map((item) => [item.outcome, item.reason]),
    ).toEqual([['rejected', 'otherPartner']]);
  });
});
