import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import {
  buildImportPlan,
  readPartnerWorkbook,
  readSpreadsheet,
  spreadsheetLimits,
  writePartnerWorkbook,
} from '../../../../shared/exchange';
import {
  fillWorkbook,
  headerOf,
  partnerFixture,
  proposedItems,
  reviewReturned,
  type CellEdit,
  type PartnerFixture,
} from './exchangeFixtures';

type Sheet = XLSX.WorkSheet;

/** Rewrites the Azioni sheet of a workbook the way a person does in a spreadsheet program. */
function editActionsSheet(bytes: Uint8Array, edit: (sheet: Sheet, range: XLSX.Range) => void) {
  const workbook = XLSX.read(bytes, { type: 'array', cellNF: true, cellStyles: true });
  const sheet = workbook.Sheets.Azioni;
  if (!sheet) throw new Error('no Azioni sheet');
  const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
  edit(sheet, range);
  sheet['!ref'] = XLSX.utils.encode_range(range);
  const written: unknown = XLSX.write(workbook, { type: 'array', bookType: 'xlsx' });
  if (!(written instanceof ArrayBuffer)) throw new Error('SheetJS wrote nothing');
  return new Uint8Array(written);
}

function move(sheet: Sheet, from: XLSX.CellAddress, to: XLSX.CellAddress): void {
  const source = XLSX.utils.encode_cell(from);
  const target = XLSX.utils.encode_cell(to);
  const cell: unknown = sheet[source];
  if (cell === undefined) delete sheet[target];
  else sheet[target] = cell;
  delete sheet[source];
}

/** Deletes the column with this header, shifting the columns after it to the left. */
function deleteColumn(bytes: Uint8Array, header: string): Uint8Array {
  return editActionsSheet(bytes, (sheet, range) => {
    let column = -1;
    for (let candidate = range.s.c; candidate <= range.e.c; candidate += 1) {
      const cell: unknown = sheet[XLSX.utils.encode_cell({ r: 0, c: candidate })];
      if (typeof cell === 'object' && cell !== null && 'v' in cell && cell.v === header)
        column = candidate;
    }
    if (column < 0) throw new Error(`no column ${header}`);
    for (let row = range.s.r; row <= range.e.r; row += 1)
      for (let c = column; c <= range.e.c; c += 1) move(sheet, { r: row, c: c + 1 }, { r: row, c });
    range.e.c -= 1;
    // Validations and widths refer to the old columns: a person deleting a column drops them too.
    delete sheet['!dataValidation'];
    delete sheet['!cols'];
  });
}

/** Deletes the row whose ID cell holds this id, shifting the rows below it up. */
function deleteRow(bytes: Uint8Array, id: string): Uint8Array {
  return editActionsSheet(bytes, (sheet, range) => {
    let idColumn = -1;
    for (let c = range.s.c; c <= range.e.c; c += 1) {
      const cell: unknown = sheet[XLSX.utils.encode_cell({ r: 0, c })];
      if (typeof cell === 'object' && cell !== null && 'v' in cell && cell.v === 'ID') idColumn = c;
    }
    let target = -1;
    for (let r = 1; r <= range.e.r; r += 1) {
      const cell: unknown = sheet[XLSX.utils.encode_cell({ r, c: idColumn })];
      if (typeof cell === 'object' && cell !== null && 'v' in cell && cell.v === id) target = r;
    }
    if (target < 0) throw new Error(`no row ${id}`);
    for (let r = target; r <= range.e.r; r += 1)
      for (let c = range.s.c; c <= range.e.c; c += 1) move(sheet, { r: r + 1, c }, { r, c });
    range.e.r -= 1;
    delete sheet['!dataValidation'];
  });
}

function twoActions(fixture: PartnerFixture) {
  const [first, second] = fixture.base.sheets.actions;
  const action = fixture.dataset.actions.find((candidate) => candidate.id === first?.id);
  if (!first || !second || !action) throw new Error('fixture without two actions');
  return { first, second, action };
}

describe('a column the partner removed', () => {
  it('changes nothing in that field and rejects nothing because of it', () => {
    const fixture = partnerFixture();
    const { first, second, action } = twoActions(fixture);
    // Regia moved the progress on after the export: an absent column must not undo or fight it.
    action.progress = action.progress === 65 ? 66 : 65;
    const edits: CellEdit[] = [
      { sheet: 'actions', id: first.id, field: 'status', value: 'Bloccata' },
      { sheet: 'actions', id: second.id, field: 'note', value: 'Serve un’altra riunione' },
    ];
    const progressHeader = headerOf('actions', 'progress');
    const returned = deleteColumn(
      fillWorkbook(writePartnerWorkbook(fixture.base), edits),
      progressHeader,
    );
    const workbook = readPartnerWorkbook(readSpreadsheet(returned, spreadsheetLimits));
    expect(workbook.sheets.find((sheet) => sheet.key === 'actions')?.headers.has('progress')).toBe(
      false,
    );

    const review = reviewReturned(fixture, returned);
    expect(review.items.filter((item) => item.field === 'progress')).toEqual([]);
    expect(review.counts.rejected).toBe(0);
    expect(proposedItems(review).map((item) => [item.recordId, item.field, item.incoming])).toEqual(
      [
        [first.id, 'status', 'bloccata'],
        [second.id, 'note', 'Serve un’altra riunione'],
      ],
    );
    const plan = buildImportPlan(review, fixture.base, new Map());
    expect(plan.actions.flatMap((change) => change.changes.map((field) => field.field))).toEqual([
      'status',
    ]);
  });

  it('changes nothing either when the read-only title column is gone', () => {
    const fixture = partnerFixture();
    const returned = deleteColumn(writePartnerWorkbook(fixture.base), headerOf('actions', 'title'));
    const review = reviewReturned(fixture, returned);
    expect(proposedItems(review)).toEqual([]);
    expect(review.counts.unchanged).toBe(
      fixture.base.sheets.actions.length +
        fixture.base.sheets.contacts.length +
        fixture.base.sheets.indicators.length +
        fixture.base.sheets.supportedActions.length +
        fixture.base.sheets.organization.length,
    );
  });
});

describe('an action row the partner deleted', () => {
  it('gets no change and no rejection, counts as a removed row, and the other rows still merge', () => {
    const fixture = partnerFixture();
    const { first, second } = twoActions(fixture);
    const returned = deleteRow(
      fillWorkbook(writePartnerWorkbook(fixture.base), [
        { sheet: 'actions', id: second.id, field: 'progress', value: 95 },
      ]),
      first.id,
    );
    const review = reviewReturned(fixture, returned);
    expect(review.items.filter((item) => item.recordId === first.id)).toEqual([]);
    expect(review.counts.rejected).toBe(0);
    expect(review.missingRows).toBe(1);
    expect(review.missingRowLabels).toEqual([{ sheetName: 'Azioni', label: first.label }]);
    // The row below moved up one line: the change is reported where the partner now sees it.
    expect(proposedItems(review)).toMatchObject([
      { outcome: 'applied', recordId: second.id, field: 'progress', incoming: 95, rowNumber: 2 },
    ]);
  });

  it('is never deleted, archived or touched by the import plan (import never deletes)', () => {
    const fixture = partnerFixture();
    const { first } = twoActions(fixture);
    const review = reviewReturned(fixture, deleteRow(writePartnerWorkbook(fixture.base), first.id));
    const everythingAccepted = new Map(review.items.map((item) => [item.key, true]));
    const plan = buildImportPlan(review, fixture.base, everythingAccepted);
    expect(plan.actions).toEqual([]);
    expect(plan.contacts).toEqual([]);
    expect(plan.indicatorValues).toEqual([]);
    expect(plan.newContacts).toEqual([]);
  });

  it('is not mistaken for the same row emptied: emptying a row’s cells is a change to empty', () => {
    const fixture = partnerFixture();
    const contact = fixture.base.sheets.contacts[0];
    if (!contact) throw new Error('fixture without contacts');
    const review = reviewReturned(
      fixture,
      fillWorkbook(writePartnerWorkbook(fixture.base), [
        { sheet: 'contacts', id: contact.id, field: 'phone', value: null },
        { sheet: 'contacts', id: contact.id, field: 'email', value: null },
      ]),
    );
    const expected = [
      ['email', contact.values.email],
      ['phone', contact.values.phone],
    ].filter(([, value]) => value !== '' && value !== null);
    expect(expected.length).toBeGreaterThan(0);
    expect(
      proposedItems(review)
        .map((item) => [item.field, item.base, item.incoming, item.outcome])
        .sort(),
    ).toEqual(expected.map(([field, value]) => [field, value, '', 'applied']).sort());
  });
});
