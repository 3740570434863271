import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import {
  buildImportPlan,
  buildPartnerBase,
  partnerSheetNames,
  writePartnerWorkbook,
  type PartnerBase,
} from '../../../../shared/exchange';
import {
  fillWorkbook,
  fixtureReportingPeriod,
  fixtureToday,
  partnerFixture,
  proposedItems,
  reportedValueId,
  reviewReturned,
  type PartnerFixture,
} from './exchangeFixtures';

/** Segrate's projects started in July 2025: 3rd and 4th quarter 2025 are still open. */
function lateFixture(): PartnerFixture {
  return partnerFixture({ projectStart: '2025-07-01' });
}

function indicatorSheet(bytes: Uint8Array): unknown[][] {
  const sheet = XLSX.read(bytes, { type: 'array' }).Sheets[partnerSheetNames.indicators];
  if (!sheet) throw new Error('no Indicatori sheet');
  return XLSX.utils.sheet_to_json(sheet, { header: 1, defval: '' });
}

describe('the Indicatori sheet of a partner workbook', () => {
  it('asks for the reporting period first, then each earlier period the partner left open', () => {
    const { base } = lateFixture();
    const indicators = new Set(base.sheets.indicators.map((row) => row.id)).size;
    const periods = base.sheets.indicators.map((row) => row.values.period);
    expect(periods.slice(0, indicators)).toEqual(Array<string>(indicators).fill('2026-Q1'));
    expect(periods.slice(indicators).sort()).toEqual(
      [
        ...Array<string>(indicators).fill('2025-Q3'),
        ...Array<string>(indicators).fill('2025-Q4'),
      ].sort(),
    );
    const late = base.sheets.indicators[indicators];
    expect(late?.label).toMatch(/ · [34]° trimestre 2025 \(in ritardo\)$/);
    expect(base.period).toBe('1° trimestre 2026');
  });

  it('writes each period in Italian words, the partner’s share of the target and its last value', () => {
    const fixture = lateFixture();
    const reported = fixture.dataset.indicatorValues.find((value) => value.id === reportedValueId);
    if (!reported) throw new Error('fixture changed');
    // The partner had sent 5 for the third quarter: the rows after it show it as its last value.
    fixture.dataset.indicatorValues.push({
      ...reported,
      id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      period: '2025-Q3',
      value: 5,
    });
    const [header, ...rows] = indicatorSheet(writePartnerWorkbook(exportAgain(fixture)));
    expect(header).toEqual([
      'Progetto',
      'Indicatore',
      'Unità',
      'Target',
      'Periodo',
      'Valore',
      'Nota',
      'Target dell’ente',
      'Ultimo valore inviato',
      'ID',
      'Revisione',
    ]);
    const own = rows.filter((row) => row[9] === reported.indicatorId);
    // 400 people, of which Segrate's budget share gives it 32.
    expect(own.map((row) => row.slice(3, 9))).toEqual([
      [400, '1° trimestre 2026', 8, 'Dato parziale', 32, '5 (3° trimestre 2025)'],
      // The third quarter was reported: a late row for the fourth only.
      [400, '4° trimestre 2025', '', '', 32, '5 (3° trimestre 2025)'],
    ]);
  });
});

/** The fixture's export to Segrate built again over its dataset as it is now. */
function exportAgain(fixture: PartnerFixture): PartnerBase {
  const { dataset, base } = fixture;
  const network = dataset.networks.find((row) => row.id === fixture.networkId);
  const partner = dataset.organizations.find((row) => row.id === fixture.partnerId);
  if (!network || !partner) throw new Error('fixture changed');
  return buildPartnerBase({
    ...dataset,
    network,
    partner,
    batchId: base.batchId,
    exportedAt: base.exportedAt,
    returnBy: base.returnBy,
    today: fixtureToday,
    reportingPeriod: fixtureReportingPeriod,
  });
}

describe('a late value in a returned workbook', () => {
  it('is applied for its own period, beside the reporting period’s value of the same indicator', () => {
    const fixture = lateFixture();
    const indicatorId = fixture.base.sheets.indicators[1]?.id ?? '';
    const bytes = fillWorkbook(writePartnerWorkbook(fixture.base), [
      { sheet: 'indicators', id: indicatorId, field: 'value', value: 7 },
      { sheet: 'indicators', id: indicatorId, period: '2025-Q4', field: 'value', value: '3,5' },
      {
        sheet: 'indicators',
        id: indicatorId,
        period: '2025-Q4',
        field: 'note',
        value: 'In ritardo',
      },
    ]);
    const review = reviewReturned(fixture, bytes);
    expect(
      proposedItems(review).map((item) => [item.outcome, item.period, item.field, item.incoming]),
    ).toEqual([
      ['applied', '2026-Q1', 'value', 7],
      ['applied', '2025-Q4', 'value', 3.5],
      ['applied', '2025-Q4', 'note', 'In ritardo'],
    ]);
    expect(proposedItems(review)[1]?.rowLabel).toMatch(/4° trimestre 2025 \(in ritardo\)$/);
    const plan = buildImportPlan(review, fixture.base, new Map());
    expect(plan.indicatorValues).toEqual([
      { indicatorId, period: '2026-Q1', changes: [{ field: 'value', from: null, to: 7 }] },
      {
        indicatorId,
        period: '2025-Q4',
        changes: [
          { field: 'value', from: null, to: 3.5 },
          { field: 'note', from: '', to: 'In ritardo' },
        ],
      },
    ]);
  });

  it('proposes nothing once Regia holds it, when the same workbook comes back again', () => {
    const fixture = lateFixture();
    const row = fixture.base.sheets.indicators.find(
      (candidate) => candidate.values.period === '2025-Q3',
    );
    if (!row) throw new Error('no late row');
    const bytes = fillWorkbook(writePartnerWorkbook(fixture.base), [
      { sheet: 'indicators', id: row.id, period: '2025-Q3', field: 'value', value: 12 },
    ]);
    expect(proposedItems(reviewReturned(fixture, bytes))).toHaveLength(1);
    const reported = fixture.dataset.indicatorValues.find((value) => value.id === reportedValueId);
    const indicator = fixture.dataset.indicators.find((candidate) => candidate.id === row.id);
    if (!reported || !indicator) throw new Error('fixture changed');
    // The import was applied: Regia holds the partner's value for that quarter.
    fixture.dataset.indicatorValues.push({
      ...reported,
      id: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a',
      indicatorId: row.id,
      projectId: indicator.projectId,
      period: '2025-Q3',
      value: 12,
      note: '',
    });
    expect(proposedItems(reviewReturned(fixture, bytes))).toEqual([]);
  });

  it('is refused when the row’s period was typed over with one the export did not ask for', () => {
    const fixture = lateFixture();
    const indicatorId = fixture.base.sheets.indicators[0]?.id ?? '';
    const bytes = fillWorkbook(writePartnerWorkbook(fixture.base), [
      { sheet: 'indicators', id: indicatorId, period: '2025-Q4', field: 'value', value: 4 },
      {
        sheet: 'indicators',
        id: indicatorId,
        period: '2025-Q4',
        field: 'period',
        value: '2° trimestre 2025',
      },
    ]);
    const review = reviewReturned(fixture, bytes);
    expect(proposedItems(review).map((item) => [item.outcome, item.reason])).toEqual([
      ['rejected', 'notInBatch'],
    ]);
  });
});
