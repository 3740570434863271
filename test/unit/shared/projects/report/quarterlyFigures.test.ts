import { describe, expect, it } from 'vitest';
import { quarterlyFigures } from '../../../../../shared/projects';
import { comoCostItems, comoProject, ids, spending } from '../projectFixtures';
import { secondQuarterInput } from './quarterlyFixture';

const [staff, , overheads] = comoCostItems;

describe('quarterlyFigures', () => {
  it('gives each partner’s planned amount, spending in the quarter and to its end, and residual, in cents', () => {
    const figures = quarterlyFigures(secondQuarterInput());
    expect(figures).toMatchObject({ quarter: '2026-Q2', start: '2026-04-01', end: '2026-06-30' });
    expect(
      figures.byPartner.map((row) => [
        row.organizationId,
        row.plannedCents,
        row.quarterSpentCents,
        row.toDateSpentCents,
        row.remainderCents,
      ]),
    ).toEqual([
      [ids.lead, 45_100_000, 2_000_025, 12_000_025, 33_099_975],
      [ids.partner, 30_000_000, 1_000_010, 1_000_010, 28_999_990],
    ]);
    expect(figures.totals).toMatchObject({
      plannedCents: 75_100_000,
      quarterSpentCents: 3_000_035,
      toDateSpentCents: 13_000_035,
      remainderCents: 62_099_965,
    });
  });

  it('gives the same spending per voce di spesa and per source, each adding up to the total', () => {
    const figures = quarterlyFigures(secondQuarterInput());
    expect(
      figures.byCostItem.map((row) => [
        row.costItem?.name,
        row.plannedCents,
        row.quarterSpentCents,
        row.toDateSpentCents,
      ]),
    ).toEqual([
      ['Operatori dello sportello', 45_000_000, 2_000_025, 12_000_025],
      ['Tirocini e borse lavoro', 25_000_000, 1_000_010, 1_000_010],
      ['Spese generali', 5_100_000, 0, 0],
    ]);
    expect(
      figures.bySource.map((row) => [
        row.name,
        row.plannedCents,
        row.quarterSpentCents,
        row.toDateSpentCents,
        row.remainderCents,
      ]),
    ).toEqual([
      ['Regione Lombardia', 59_100_000, 2_000_025, 12_000_025, 47_099_975],
      ['Cofinanziamento partner', 16_000_000, 1_000_010, 1_000_010, 14_999_990],
    ]);
    expect(figures.warnings).toEqual([]);
  });

  it('combines each indicator’s quarters by its rule: summed for people, the most for companies', () => {
    const [people, companies] = quarterlyFigures(secondQuarterInput()).indicators;
    expect(people).toMatchObject({ quarter: 45, toDate: 95, shareOfTarget: 0.475 });
    expect(people?.byPartner).toEqual([
      { organizationId: ids.lead, quarter: 45, toDate: 75 },
      { organizationId: ids.partner, quarter: 0, toDate: 20 },
    ]);
    expect(companies).toMatchObject({ quarter: 20, toDate: 23, shareOfTarget: 0.575 });
    expect(companies?.byPartner).toEqual([
      { organizationId: ids.lead, quarter: 15, toDate: 18 },
      { organizationId: ids.partner, quarter: 5, toDate: 5 },
    ]);
  });

  it('warns where the partners’ shares miss the funding by a cent, a voce is overspent and spending has no voce or known source', () => {
    const input = secondQuarterInput({
      project: comoProject({
        costItems: comoCostItems,
        partners: [
          { organizationId: ids.lead, role: 'capofila', budgetShare: 451_000 },
          { organizationId: ids.partner, role: 'partner', budgetShare: 300_000.01 },
        ],
      }),
      expenditures: [
        spending(ids.lead, '2026-Q1', 51_000.5, 'Regione Lombardia', {
          costItemId: overheads?.id ?? null,
        }),
        spending(ids.partner, '2026-Q2', 700, 'Fondo sociale', { costItemId: staff?.id ?? null }),
        spending(null, '2026-Q2', 300, 'Regione Lombardia'),
      ],
    });
    const figures = quarterlyFigures(input);
    expect(figures.warnings).toEqual([
      { kind: 'partnersPlanned', plannedCents: 75_100_001, fundingCents: 75_100_000 },
      { kind: 'unassigned', breakdown: 'partner', cents: 30_000 },
      {
        kind: 'overspent',
        breakdown: 'costItem',
        key: overheads?.id,
        line: {
          plannedCents: 5_100_000,
          quarterSpentCents: 0,
          toDateSpentCents: 5_100_050,
          remainderCents: -50,
          spentShare: 5_100_050 / 5_100_000,
        },
      },
      { kind: 'unassigned', breakdown: 'costItem', cents: 30_000 },
      { kind: 'unassigned', breakdown: 'source', cents: 70_000 },
    ]);
    expect(figures.byPartner.at(-1)).toMatchObject({
      organizationId: null,
      plannedCents: 0,
      quarterSpentCents: 30_000,
    });
    expect(figures.bySource.at(-1)).toMatchObject({ name: null, quarterSpentCents: 70_000 });
    expect(figures.totals.toDateSpentCents).toBe(5_100_050 + 70_000 + 30_000);
  });
});
