import { describe, expect, it } from 'vitest';
import {
  buildImportPlan,
  defaultDecision,
  isProposal,
  planChangeCount,
  writePartnerWorkbook,
  type ImportReview,
  type ReviewItem,
} from '../../../../shared/exchange';
import { describeWithOpenpyxl, editWithOpenpyxl } from '../../../support/openpyxl';
import {
  fillWorkbook,
  partnerFixture,
  reviewReturned,
  type CellEdit,
  type PartnerFixture,
} from './exchangeFixtures';

function reimport(fixture: PartnerFixture, edits: readonly CellEdit[]): ImportReview {
  return reviewReturned(fixture, fillWorkbook(writePartnerWorkbook(fixture.base), edits));
}

function onlyProposal(review: ImportReview): ReviewItem {
  const proposals = review.items.filter((item) => item.outcome === 'proposed');
  expect(proposals).toHaveLength(1);
  const [proposal] = proposals;
  if (!proposal) throw new Error('no proposal');
  return proposal;
}

const newActionRow: CellEdit[] = [
  { sheet: 'actions', id: null, field: 'title', value: 'Sportello lavoro nel quartiere Redecesio' },
  { sheet: 'actions', id: null, field: 'status', value: 'In corso' },
  { sheet: 'actions', id: null, field: 'progress', value: '20%' },
  { sheet: 'actions', id: null, field: 'proposedDueDate', value: '30/06/2027' },
  { sheet: 'actions', id: null, field: 'note', value: 'Aperto con la biblioteca' },
];

describe('a partner’s proposals', () => {
  it('turns a new action row into a proposal that waits for the coordinator, owned by the partner once accepted', () => {
    const fixture = partnerFixture();
    const review = reimport(fixture, newActionRow);
    const proposal = onlyProposal(review);
    expect(proposal).toMatchObject({
      sheet: 'actions',
      field: null,
      recordId: null,
      rowLabel: 'Sportello lavoro nel quartiere Redecesio',
      proposal: {
        title: 'Sportello lavoro nel quartiere Redecesio',
        status: 'inCorso',
        progress: 20,
        proposedDueDate: '2027-06-30',
        note: 'Aperto con la biblioteca',
      },
    });
    expect(isProposal(proposal)).toBe(true);
    expect(defaultDecision(proposal)).toBe(false);
    expect(review.counts.proposed).toBe(1);

    const untouched = buildImportPlan(review, fixture.base, new Map());
    expect(untouched.newActions).toEqual([]);
    expect(planChangeCount(untouched)).toBe(0);

    const accepted = buildImportPlan(review, fixture.base, new Map([[proposal.key, true]]));
    expect(accepted.partnerId).toBe(fixture.partnerId);
    expect(accepted.newActions).toEqual([
      {
        rowNumber: proposal.rowNumber,
        title: 'Sportello lavoro nel quartiere Redecesio',
        project: '',
        status: 'inCorso',
        progress: 20,
        dueDate: '2027-06-30',
        note: 'Aperto con la biblioteca',
      },
    ]);
    expect(planChangeCount(accepted)).toBe(1);
  });

  it('starts a proposed action with only a title as a new action starts in Regia', () => {
    const fixture = partnerFixture();
    const review = reimport(fixture, [
      { sheet: 'actions', id: null, field: 'title', value: 'Mappa dei servizi' },
    ]);
    expect(onlyProposal(review).proposal).toMatchObject({
      title: 'Mappa dei servizi',
      status: 'daAvviare',
      progress: 0,
      proposedDueDate: null,
    });
  });

  it('proposes nothing for a new row whose title is already one of the partner’s actions', () => {
    const fixture = partnerFixture();
    const existing = fixture.dataset.actions.find(
      (action) => action.ownerOrganizationId === fixture.partnerId,
    );
    if (!existing) throw new Error('fixture without actions');
    const review = reimport(fixture, [
      { sheet: 'actions', id: null, field: 'title', value: existing.title.toUpperCase() },
    ]);
    expect(review.counts.proposed).toBe(0);
    expect(review.items).toContainEqual(
      expect.objectContaining({ outcome: 'unchanged', recordId: existing.id, field: null }),
    );
  });

  it('refuses a new action row without a title, and a new row on the indicators sheet, saying why', () => {
    const fixture = partnerFixture();
    const review = reimport(fixture, [
      { sheet: 'actions', id: null, field: 'note', value: 'Una nota senza azione' },
      { sheet: 'indicators', id: null, field: 'value', value: 4 },
    ]);
    expect(
      review.items
        .filter((item) => item.outcome === 'rejected')
        .map((item) => [item.sheet, item.reason]),
    ).toEqual([
      ['actions', 'required'],
      ['indicators', 'newNotAllowed'],
    ]);
  });

  it('makes a changed due date a proposal, applied only when the coordinator accepts it', () => {
    const fixture = partnerFixture();
    const action = fixture.dataset.actions.find(
      (candidate) => candidate.id === fixture.base.sheets.actions[0]?.id,
    );
    if (!action) throw new Error('fixture without actions');
    const review = reimport(fixture, [
      { sheet: 'actions', id: action.id, field: 'proposedDueDate', value: '15/09/2027' },
    ]);
    const proposal = onlyProposal(review);
    expect(proposal).toMatchObject({
      recordId: action.id,
      field: 'proposedDueDate',
      current: action.dueDate,
      incoming: '2027-09-15',
    });
    expect(defaultDecision(proposal)).toBe(false);
    expect(buildImportPlan(review, fixture.base, new Map()).actions).toEqual([]);
    const accepted = buildImportPlan(review, fixture.base, new Map([[proposal.key, true]]));
    expect(accepted.actions).toEqual([
      {
        actionId: action.id,
        changes: [{ field: 'dueDate', from: action.dueDate, to: '2027-09-15' }],
        note: '',
      },
    ]);
  });

  it('lets a partner type a new action’s title below the exported rows only, as openpyxl reads and writes it', async () => {
    const fixture = partnerFixture();
    const exported = writePartnerWorkbook(fixture.base);
    const sheets = await describeWithOpenpyxl(exported);
    const actions = sheets.find((sheet) => sheet.name === 'Azioni');
    const title = actions?.columns.find((column) => column.header === 'Titolo');
    // Locked on the exported rows, open on the blank rows below them.
    expect(title).toMatchObject({ firstRowLocked: true, columnLocked: false });
    const newRow = fixture.base.sheets.actions.length + 2;
    const edited = await editWithOpenpyxl(exported, [
      { sheet: 'Azioni', cell: `A${newRow}`, value: 'Tavolo con le imprese del territorio' },
      { sheet: 'Azioni', cell: `D${newRow}`, value: 'Da avviare' },
    ]);
    const proposal = onlyProposal(reviewReturned(fixture, edited));
    expect(proposal.rowNumber).toBe(newRow);
    expect(proposal.proposal).toMatchObject({
      title: 'Tavolo con le imprese del territorio',
      status: 'daAvviare',
    });
  }, 120_000);
});

describe('a partner retiring a contact', () => {
  it('proposes archiving a contact marked «Sì» under «Non più referente», and refuses any other text', () => {
    const fixture = partnerFixture();
    const [first, second] = fixture.base.sheets.contacts;
    if (!first || !second) throw new Error('fixture with fewer than two contacts');
    const review = reimport(fixture, [
      { sheet: 'contacts', id: first.id, field: 'retired', value: 'si' },
      { sheet: 'contacts', id: second.id, field: 'retired', value: 'forse' },
    ]);
    const proposal = onlyProposal(review);
    expect(proposal).toMatchObject({
      recordId: first.id,
      field: 'retired',
      column: 'Non più referente',
    });
    expect(defaultDecision(proposal)).toBe(false);
    expect(review.items).toContainEqual(
      expect.objectContaining({ recordId: second.id, outcome: 'rejected', reason: 'invalidFlag' }),
    );
    const plan = buildImportPlan(review, fixture.base, new Map([[proposal.key, true]]));
    expect(plan.retiredContacts).toEqual([first.id]);
    expect(plan.contacts).toEqual([]);
    expect(planChangeCount(plan)).toBe(1);
  });
});
