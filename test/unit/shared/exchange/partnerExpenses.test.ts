import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import {
  buildImportPlan,
  expenseDateProblem,
  parseAmountCell,
  partnerSheetNames,
  planChangeCount,
  writePartnerWorkbook,
} from '../../../../shared/exchange';
import { translate } from '../../../../shared/i18n';
import {
  fixtureToday,
  partnerFixture,
  proposedItems,
  reviewReturned,
  withExpenseRows,
} from './exchangeFixtures';

const voci = ['Personale interno', 'Servizi di orientamento'];

function fixtureWithVoci() {
  const fixture = partnerFixture({ costItems: voci });
  const [project] = fixture.current().partnerProjects ?? [];
  if (!project) throw new Error('Comune di Segrate takes part in no project');
  const source = project.fundingSources[0]?.name ?? '';
  return { fixture, project, source };
}

describe('amounts in euro as partners write them', () => {
  it('reads comma and dot decimals, thousands separators, the euro sign and number cells, in cents', () => {
    expect(
      ['1234,56', '1234.56', '1.234,56', '€ 12,5', '99', 99.9].map((cell) => parseAmountCell(cell)),
    ).toEqual([
      { ok: true, cents: 123_456 },
      { ok: true, cents: 123_456 },
      { ok: true, cents: 123_456 },
      { ok: true, cents: 1250 },
      { ok: true, cents: 9900 },
      { ok: true, cents: 9990 },
    ]);
  });

  it('refuses a third decimal, words, zero and negative amounts', () => {
    expect(
      ['12,345', 'dieci euro', '0', '-5', 12.345].map((cell) => parseAmountCell(cell)),
    ).toEqual([
      { ok: false, reason: 'invalidAmount' },
      { ok: false, reason: 'invalidAmount' },
      { ok: false, reason: 'outOfRange' },
      { ok: false, reason: 'outOfRange' },
      { ok: false, reason: 'invalidAmount' },
    ]);
  });
});

describe('the Spese sheet', () => {
  it('has the expense columns, and the partner’s projects, voci and sources in the legend', () => {
    const { fixture, project, source } = fixtureWithVoci();
    const workbook = XLSX.read(writePartnerWorkbook(fixture.base), { type: 'array' });
    const spese = workbook.Sheets[partnerSheetNames.expenses];
    const legend = workbook.Sheets[partnerSheetNames.legend];
    if (!spese || !legend) throw new Error('sheets missing');
    const [header] = XLSX.utils.sheet_to_json<unknown[]>(spese, { header: 1 });
    expect(header).toEqual([
      'Progetto',
      'Voce di spesa',
      'Data',
      'Importo (€)',
      'Riferimento documento',
      'Fonte',
      'Nota',
      'ID',
      'Revisione',
    ]);
    const legendRows = XLSX.utils.sheet_to_json<string[]>(legend, { header: 1 });
    expect(legendRows).toContainEqual([
      'Voce di spesa',
      'Personale interno',
      'Una voce di spesa dei vostri progetti.',
    ]);
    expect(legendRows.some((row) => row[0] === 'Progetto' && row[1] === project.title)).toBe(true);
    expect(legendRows.some((row) => row[0] === 'Fonte' && row[1] === source)).toBe(true);
  });

  it('proposes each filled row as a new expense, accepted unless the coordinator refuses it', () => {
    const { fixture, project, source } = fixtureWithVoci();
    const bytes = withExpenseRows(writePartnerWorkbook(fixture.base), [
      [project.title, 'Personale interno', '14/02/2026', '1.234,56', 'Fattura 12/2026', source, ''],
      [
        project.title,
        'servizi di orientamento',
        '02/03/2026',
        50.1,
        'Ricevuta 7',
        '',
        'Cancelleria',
      ],
    ]);

    const review = reviewReturned(fixture, bytes);

    const lines = proposedItems(review);
    expect(lines.map((line) => [line.sheet, line.outcome, line.rowNumber])).toEqual([
      ['expenses', 'new', 2],
      ['expenses', 'new', 3],
    ]);
    const plan = buildImportPlan(review, fixture.base, new Map());
    expect(plan.newExpenses).toEqual([
      {
        rowNumber: 2,
        projectId: project.id,
        costItemId: project.costItems[0]?.id,
        date: '2026-02-14',
        amountCents: 123_456,
        documentReference: 'Fattura 12/2026',
        fundingSourceName: source,
        note: '',
      },
      {
        rowNumber: 3,
        projectId: project.id,
        costItemId: project.costItems[1]?.id,
        date: '2026-03-02',
        amountCents: 5010,
        documentReference: 'Ricevuta 7',
        fundingSourceName: '',
        note: 'Cancelleria',
      },
    ]);
    expect(planChangeCount(plan)).toBe(2);
    const refused = buildImportPlan(review, fixture.base, new Map([[lines[0]?.key ?? '', false]]));
    expect(refused.newExpenses.map((expense) => expense.documentReference)).toEqual(['Ricevuta 7']);
  });

  it('refuses a row with an unknown voce, project or source, a bad amount or no date, saying which cell', () => {
    const { fixture, project } = fixtureWithVoci();
    const bytes = withExpenseRows(writePartnerWorkbook(fixture.base), [
      [project.title, 'Catering', '14/02/2026', 10, 'F1', '', ''],
      ['Progetto inventato', '', '14/02/2026', 10, 'F2', '', ''],
      [project.title, '', '14/02/2026', 10, 'F3', 'Fondi propri', ''],
      [project.title, '', '14/02/2026', '12,345', 'F4', '', ''],
      [project.title, '', '', 10, 'F5', '', ''],
    ]);

    const review = reviewReturned(fixture, bytes);

    expect(proposedItems(review).map((line) => [line.outcome, line.field, line.reason])).toEqual([
      ['rejected', 'costItem', 'unknownCostItem'],
      ['rejected', 'project', 'unknownProject'],
      ['rejected', 'source', 'unknownSource'],
      ['rejected', 'amount', 'invalidAmount'],
      ['rejected', 'date', 'required'],
    ]);
  });

  it('refuses an expense dated before the project starts, after it ends or after today, saying why in Italian', () => {
    const { fixture, project } = fixtureWithVoci();
    project.periodFrom = '2026-01-01';
    project.periodTo = '2026-12-31';
    const bytes = withExpenseRows(writePartnerWorkbook(fixture.base), [
      [project.title, '', '31/12/2025', 10, 'Prima', '', ''],
      [project.title, '', '01/01/2026', 10, 'Primo giorno', '', ''],
      [project.title, '', fixtureToday.split('-').reverse().join('/'), 10, 'Oggi', '', ''],
      [project.title, '', '11/03/2026', 10, 'Domani', '', ''],
    ]);
    const review = reviewReturned(fixture, bytes);

    expect(
      proposedItems(review).map((line) => [line.rowNumber, line.outcome, line.reason]),
    ).toEqual([
      [2, 'rejected', 'beforeProjectStart'],
      [3, 'new', null],
      [4, 'new', null],
      [5, 'rejected', 'futureDate'],
    ]);
    expect(translate('it', 'exchange.reason.futureDate')).toMatch(/futura/);
  });

  it('tells a day past the project’s end from a future one, and checks no end when the project has none', () => {
    const closed = { periodFrom: '2025-01-01', periodTo: '2025-12-31' };
    expect(expenseDateProblem('2026-01-02', closed, '2026-03-10')).toBe('afterProjectEnd');
    expect(expenseDateProblem('2025-12-31', closed, '2026-03-10')).toBeNull();
    const open = { periodFrom: null, periodTo: null };
    expect(expenseDateProblem('1999-05-01', open, '2026-03-10')).toBeNull();
    expect(expenseDateProblem('2026-03-11', open, '2026-03-10')).toBe('futureDate');
    expect(expenseDateProblem('2030-01-01', open, null)).toBeNull();
  });

  it('proposes nothing for a row equal to an expense the partner already has in Regia', () => {
    const { fixture, project } = fixtureWithVoci();
    fixture.dataset.expenditures.push({
      id: '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
      createdAt: '2026-03-11T09:00:00.000Z',
      updatedAt: '2026-03-11T09:00:00.000Z',
      rev: 1,
      archivedAt: null,
      projectId: project.id,
      organizationId: fixture.partnerId,
      fundingSourceName: '',
      period: '2026-Q1',
      amount: 1234.56,
      note: '',
      date: '2026-02-14',
      documentReference: 'Fattura 12/2026',
      costItemId: project.costItems[0]?.id ?? null,
    });
    const bytes = withExpenseRows(writePartnerWorkbook(fixture.base), [
      [project.title, 'Personale interno', '14/02/2026', '1234,56', 'fattura 12/2026', '', ''],
    ]);

    const review = reviewReturned(fixture, bytes);

    expect(proposedItems(review)).toEqual([]);
    expect(buildImportPlan(review, fixture.base, new Map()).newExpenses).toEqual([]);
  });
});
