import { describe, expect, it } from 'vitest';
import {
  buildImportPlan,
  writePartnerWorkbook,
  type ImportReview,
} from '../../../../shared/exchange';
import {
  fillWorkbook,
  partnerFixture,
  reviewReturned,
  type PartnerFixture,
} from './exchangeFixtures';

function reviewWithEveryOutcome(fixture: PartnerFixture): ImportReview {
  const [first, second] = fixture.base.sheets.actions;
  if (!first || !second) throw new Error('fixture changed');
  const action = fixture.dataset.actions.find((candidate) => candidate.id === second.id);
  if (!action) throw new Error('fixture changed');
  action.progress = 33;
  const bytes = fillWorkbook(writePartnerWorkbook(fixture.base), [
    { sheet: 'actions', id: first.id, field: 'status', value: 'Bloccata' },
    { sheet: 'actions', id: first.id, field: 'note', value: 'Manca la sede' },
    { sheet: 'actions', id: second.id, field: 'progress', value: 90 },
    { sheet: 'contacts', id: null, field: 'lastName', value: 'Brambilla' },
  ]);
  return reviewReturned(fixture, bytes);
}

describe('the import plan', () => {
  it('by default takes changes only the sheet made, keeps Regia’s side of conflicts and waits on proposals', () => {
    const fixture = partnerFixture();
    const review = reviewWithEveryOutcome(fixture);
    const [first] = fixture.base.sheets.actions;
    const plan = buildImportPlan(review, fixture.base, new Map());
    expect(plan.actions).toEqual([
      {
        actionId: first?.id,
        changes: [{ field: 'status', from: first?.values.status, to: 'bloccata' }],
        note: 'Manca la sede',
      },
    ]);
    expect(plan.newContacts).toEqual([]);
    expect(plan.contacts).toEqual([]);
  });

  it('follows the user’s choices: the sheet’s side of a conflict, an accepted proposal, a refused change', () => {
    const fixture = partnerFixture();
    const review = reviewWithEveryOutcome(fixture);
    const [first, second] = fixture.base.sheets.actions;
    const keyOf = (outcome: string, field: string | null) =>
      review.items.find((item) => item.outcome === outcome && item.field === field)?.key ?? '';
    const decisions = new Map([
      [keyOf('conflict', 'progress'), true],
      [keyOf('new', null), true],
      [keyOf('applied', 'status'), false],
    ]);
    const plan = buildImportPlan(review, fixture.base, decisions);
    expect(plan.actions).toEqual([
      { actionId: first?.id, changes: [], note: 'Manca la sede' },
      { actionId: second?.id, changes: [{ field: 'progress', from: 33, to: 90 }], note: '' },
    ]);
    expect(plan.newContacts).toEqual([
      {
        rowNumber: fixture.base.sheets.contacts.length + 2,
        values: { lastName: 'Brambilla', firstName: '', role: '', email: '', phone: '' },
      },
    ]);
  });
});
