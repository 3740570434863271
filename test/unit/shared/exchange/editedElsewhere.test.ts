import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  buildImportPlan,
  notAcceptedLines,
  writePartnerWorkbook,
  type ImportReview,
} from '../../../../shared/exchange';
import { partnerFixture, proposedItems, reviewReturned } from './exchangeFixtures';

const run = promisify(execFile);

/** What a person does to the workbook in another program, by sheet, header and row ID. */
type OutsideEdits = {
  /** Unprotects the sheet and sorts its rows by one column, Z to A. */
  sortDescending: { sheet: string; header: string };
  /** Inserts a column of the person's own before a header, with a text on every row. */
  insertColumn: { sheet: string; before: string; header: string; text: string };
  /** Deletes the row of an ID. */
  deleteRow: { sheet: string; id: string };
  /** Types a text (never a number or a date cell: what a person types is text here). */
  type: { sheet: string; id: string; header: string; text: string }[];
  /** Types over the ID of a row. */
  overwriteId: { sheet: string; id: string; text: string };
};

// openpyxl, the independent program: it moves cells the way a spreadsheet program does.
const script = String.raw`
import json, sys, warnings
import openpyxl
warnings.simplefilter("ignore")
path, plan = sys.argv[1], json.loads(sys.argv[2])
book = openpyxl.load_workbook(path)

def column(sheet, header):
    for cell in sheet[1]:
        if cell.value == header:
            return cell.column
    raise SystemExit("no column " + header)

def row_of(sheet, id):
    id_column = column(sheet, "ID")
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, id_column).value == id:
            return row
    raise SystemExit("no row " + id)

sort = plan["sortDescending"]
sheet = book[sort["sheet"]]
sheet.protection.sheet = False
rows = [[cell.value for cell in sheet[row]] for row in range(2, sheet.max_row + 1)]
key = column(sheet, sort["header"]) - 1
rows.sort(key=lambda values: str(values[key] or ""), reverse=True)
for index, values in enumerate(rows):
    for position, value in enumerate(values):
        sheet.cell(index + 2, position + 1).value = value

insert = plan["insertColumn"]
sheet = book[insert["sheet"]]
at = column(sheet, insert["before"])
sheet.insert_cols(at)
sheet.cell(1, at).value = insert["header"]
for row in range(2, sheet.max_row + 1):
    sheet.cell(row, at).value = insert["text"]

delete = plan["deleteRow"]
sheet = book[delete["sheet"]]
sheet.delete_rows(row_of(sheet, delete["id"]))

for typed in plan["type"]:
    sheet = book[typed["sheet"]]
    sheet.cell(row_of(sheet, typed["id"]), column(sheet, typed["header"])).value = typed["text"]

over = plan["overwriteId"]
sheet = book[over["sheet"]]
sheet.cell(row_of(sheet, over["id"]), column(sheet, "ID")).value = over["text"]
book.save(path)
`;

async function editWithOpenpyxl(bytes: Uint8Array, edits: OutsideEdits): Promise<Uint8Array> {
  const folder = await mkdtemp(path.join(tmpdir(), 'regia-outside-'));
  try {
    const file = path.join(folder, 'scheda.xlsx');
    await writeFile(file, bytes);
    await run('/usr/bin/python3', ['-c', script, file, JSON.stringify(edits)], {
      timeout: 60_000,
    });
    return new Uint8Array(await readFile(file));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function outcomesOf(review: ImportReview, recordId: string): [string | null, string, unknown][] {
  return proposedItems(review)
    .filter((line) => line.recordId === recordId)
    .map((line) => [line.field, line.outcome, line.incoming]);
}

describe('a workbook edited outside Regia', () => {
  it('gives the documented outcome for each cell after a sort, an inserted column, text dates, 50%, 12,5, a deleted row and an overwritten ID', async () => {
    const fixture = partnerFixture();
    const actions = fixture.base.sheets.actions;
    const [edited, overwritten, deleted, untouched] = actions;
    const indicator = fixture.base.sheets.indicators[0];
    if (!edited || !overwritten || !deleted || !untouched || !indicator)
      throw new Error('Comune di Segrate has fewer than four actions or no indicator');
    expect(edited.values.progress).not.toBe(50);
    expect(indicator.values.value).not.toBe(12.5);

    const bytes = await editWithOpenpyxl(writePartnerWorkbook(fixture.base), {
      sortDescending: { sheet: 'Azioni', header: 'Titolo' },
      insertColumn: {
        sheet: 'Azioni',
        before: 'Stato',
        header: 'Commenti interni',
        text: 'da rivedere in giunta',
      },
      deleteRow: { sheet: 'Azioni', id: deleted.id },
      type: [
        { sheet: 'Azioni', id: edited.id, header: 'Avanzamento (%)', text: '50%' },
        { sheet: 'Azioni', id: edited.id, header: 'Nuova scadenza proposta', text: '15/03/2027' },
        { sheet: 'Azioni', id: overwritten.id, header: 'Nota di aggiornamento', text: 'Avviato' },
        { sheet: 'Indicatori', id: indicator.id, header: 'Valore', text: '12,5' },
      ],
      overwriteId: { sheet: 'Azioni', id: overwritten.id, text: 'ID-scritto-sopra' },
    });
    const review = reviewReturned(fixture, bytes);

    // Sorted rows are found by their ID; the inserted column is nobody's field: it changes nothing.
    // "50%" is 50; the text date "15/03/2027" a proposed due date; "12,5" the decimal 12.5.
    expect(outcomesOf(review, edited.id)).toEqual([
      ['progress', 'applied', 50],
      ['proposedDueDate', 'proposed', '2027-03-15'],
    ]);
    expect(outcomesOf(review, indicator.id)).toEqual([['value', 'applied', 12.5]]);
    expect(outcomesOf(review, untouched.id)).toEqual([]);
    // The overwritten ID refuses its row whole, showing what the row held (its note too)…
    const refused = proposedItems(review).filter((line) => line.outcome === 'rejected');
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ field: null, reason: 'unknownId' });
    const [line] = notAcceptedLines(review, new Map());
    expect(line?.value).toContain('ID-scritto-sopra');
    expect(line?.value).toContain(overwritten.label);
    expect(line?.value).toContain('Avviato');
    // …and the row it stood for, like the deleted one, is named as removed and left as it is.
    expect(review.missingRowLabels).toEqual(
      expect.arrayContaining([
        { sheetName: 'Azioni', label: deleted.label },
        { sheetName: 'Azioni', label: overwritten.label },
      ]),
    );
    expect(review.missingRows).toBe(2);
    // Only the edited action changes: nothing is archived or touched for the missing rows.
    const plan = buildImportPlan(review, fixture.base, new Map());
    expect(plan.actions.map((change) => change.actionId)).toEqual([edited.id]);
    // The rows moved: each line says where the partner's row now is.
    const sortedTitles = actions
      .filter((row) => row.id !== deleted.id)
      .map((row) => String(row.values.title))
      .sort()
      .reverse();
    expect(sortedTitles).not.toEqual(
      actions.filter((row) => row.id !== deleted.id).map((row) => String(row.values.title)),
    );
    const progressLine = proposedItems(review).find((item) => item.field === 'progress');
    expect(progressLine?.rowNumber).toBe(sortedTitles.indexOf(String(edited.values.title)) + 2);
  }, 60_000);
});
