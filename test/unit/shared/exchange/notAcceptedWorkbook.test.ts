import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  notAcceptedLines,
  writeNotAcceptedWorkbook,
  writePartnerWorkbook,
  type ImportReview,
} from '../../../../shared/exchange';
import { describeWithOpenpyxl } from '../../../support/openpyxl';
import {
  fillWorkbook,
  partnerFixture,
  reviewReturned,
  type PartnerFixture,
} from './exchangeFixtures';

const run = promisify(execFile);

// Every sheet's cell values as openpyxl reads them: an independent reader of the file.
const readValues = `
import json, sys, warnings
import openpyxl
warnings.simplefilter("ignore")
book = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({s.title: [[c for c in row] for row in s.iter_rows(values_only=True)] for s in book.worksheets}))
`;

async function valuesWithOpenpyxl(bytes: Uint8Array): Promise<Record<string, unknown[][]>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'regia-not-accepted-'));
  try {
    const file = path.join(folder, 'non-accolte.xlsx');
    await writeFile(file, bytes);
    const { stdout } = await run('/usr/bin/python3', ['-c', readValues, file], {
      timeout: 60_000,
    });
    return JSON.parse(stdout) as Record<string, unknown[][]>;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function returnedWithRefusals(fixture: PartnerFixture): ImportReview {
  const [first, second] = fixture.base.sheets.actions;
  if (!first || !second) throw new Error('fixture with fewer than two actions');
  return reviewReturned(
    fixture,
    fillWorkbook(writePartnerWorkbook(fixture.base), [
      { sheet: 'actions', id: first.id, field: 'status', value: 'Quasi finita' },
      { sheet: 'actions', id: second.id, field: 'proposedDueDate', value: '31/10/2027' },
      { sheet: 'actions', id: null, field: 'title', value: 'Corso di italiano per adulti' },
    ]),
  );
}

describe('the file of rows not accepted, back to the partner', () => {
  it('lists rejected values with their reason, and the proposals the coordinator left out', () => {
    const fixture = partnerFixture();
    const review = returnedWithRefusals(fixture);
    const lines = notAcceptedLines(review, new Map());
    expect(lines.map((line) => [line.column, line.value, line.reason])).toEqual([
      ['Stato', 'Quasi finita', 'Stato non ammesso: scegli un valore del foglio Legenda.'],
      ['Nuova scadenza proposta', '31/10/2027', 'Proposta non accolta dal coordinamento.'],
      [
        'Riga intera',
        'Corso di italiano per adulti · Da avviare · 0',
        'Proposta non accolta dal coordinamento.',
      ],
    ]);
  });

  it('leaves out what the coordinator accepted', () => {
    const fixture = partnerFixture();
    const review = returnedWithRefusals(fixture);
    const accepted = new Map(
      review.items.filter((item) => item.outcome === 'proposed').map((item) => [item.key, true]),
    );
    expect(notAcceptedLines(review, accepted).map((line) => line.column)).toEqual(['Stato']);
  });

  it('is a workbook openpyxl opens, with the note and one row per value not accepted', async () => {
    const fixture = partnerFixture();
    const review = returnedWithRefusals(fixture);
    const bytes = writeNotAcceptedWorkbook(review, new Map(), {
      fileName: 'scheda-segrate.xlsx',
      reviewedOn: '2026-04-02',
    });
    const values = await valuesWithOpenpyxl(bytes);
    expect(Object.keys(values)).toEqual(['Nota', 'Non accolte']);
    expect(values.Nota?.flat()).toEqual(
      expect.arrayContaining([
        'Righe non accolte della scheda di Comune di Segrate',
        'File restituito: scheda-segrate.xlsx, esaminato il 02/04/2026.',
        '3 valori o righe non accolti:',
      ]),
    );
    const [header, ...rows] = values['Non accolte'] ?? [];
    expect(header).toEqual([
      'Foglio',
      'Riga',
      'Record',
      'Colonna',
      'Valore nella scheda',
      'Motivo',
    ]);
    expect(rows.map((row) => [row[0], row[3], row[5]])).toEqual([
      ['Azioni', 'Stato', 'Stato non ammesso: scegli un valore del foglio Legenda.'],
      ['Azioni', 'Nuova scadenza proposta', 'Proposta non accolta dal coordinamento.'],
      ['Azioni', 'Riga intera', 'Proposta non accolta dal coordinamento.'],
    ]);
    expect(rows.map((row) => row[1])).toEqual(
      notAcceptedLines(review, new Map()).map((line) => line.rowNumber),
    );
    const [table] = (await describeWithOpenpyxl(bytes)).filter(
      (sheet) => sheet.name === 'Non accolte',
    );
    expect(table).toMatchObject({
      protected: false,
      orientation: 'landscape',
      printTitleRows: '$1:$1',
    });
  }, 120_000);
});
