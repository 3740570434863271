import { describe, expect, it } from 'vitest';
import type { CostItem, CostPlanLine, Project } from '../../../../shared/domain';
import {
  budgetLinesOfCostPlan,
  cofinancingByPartner,
  reconcileCostPlan,
} from '../../../../shared/projects';
import { comoProject, ids } from './projectFixtures';

const staff = '00000000-0000-4000-8000-0000000000d1';
const services = '00000000-0000-4000-8000-0000000000d2';
const regione = 'Regione Lombardia';
const cofinancing = 'Cofinanziamento partner';

const costItems: CostItem[] = [
  { id: staff, category: 'personnel', name: 'Operatori della presa in carico', planned: 500_000 },
  { id: services, category: 'services', name: 'Tirocini e borse lavoro', planned: 251_000 },
];

function cell(
  costItemId: string,
  organizationId: string,
  fundingSourceName: string,
  amount: number,
): CostPlanLine {
  return { costItemId, organizationId, fundingSourceName, amount };
}

/** Como's 751.000 € plan (591.000 € Regione, 160.000 € co-financed), split to the cent. */
const comoPlan: CostPlanLine[] = [
  cell(staff, ids.lead, regione, 250_000.33),
  cell(staff, ids.lead, cofinancing, 50_000),
  cell(staff, ids.partner, regione, 149_999.67),
  cell(staff, ids.partner, cofinancing, 50_000),
  cell(services, ids.lead, regione, 110_999.67),
  cell(services, ids.lead, cofinancing, 40_000),
  cell(services, ids.partner, regione, 80_000.33),
  cell(services, ids.partner, cofinancing, 20_000),
];

function planned(overrides: Partial<Project> = {}): Project {
  return comoProject({
    costItems,
    costPlan: comoPlan,
    cofinancingSources: [cofinancing],
    ...overrides,
  });
}

describe('reconcileCostPlan', () => {
  it('finds nothing wrong when voci × partners × sources add up to the project total to the cent', () => {
    const summary = reconcileCostPlan(planned());
    expect(summary.gaps).toEqual([]);
    expect(summary.totalCents).toBe(75_100_000);
    expect(summary.totals.allocatedCents).toBe(75_100_000);
    expect(summary.rows.map((row) => [row.plannedCents, row.byPartner, row.bySource])).toEqual([
      [50_000_000, [30_000_033, 19_999_967], [40_000_000, 10_000_000]],
      [25_100_000, [15_099_967, 10_000_033], [19_100_000, 6_000_000]],
    ]);
    expect(summary.totals.byPartner).toEqual([45_100_000, 30_000_000]);
    expect(summary.totals.bySource).toEqual([59_100_000, 16_000_000]);
  });

  it('says which voce, partner, source and total are off when one cell is a cent short', () => {
    const short = comoPlan.map((line, index) =>
      index === 2 ? { ...line, amount: 149_999.66 } : line,
    );
    expect(reconcileCostPlan(planned({ costPlan: short })).gaps).toEqual([
      { kind: 'costItem', key: staff, expectedCents: 50_000_000, actualCents: 49_999_999 },
      { kind: 'partner', key: ids.partner, expectedCents: 30_000_000, actualCents: 29_999_999 },
      { kind: 'source', key: regione, expectedCents: 59_100_000, actualCents: 59_099_999 },
      { kind: 'planTotal', key: null, expectedCents: 75_100_000, actualCents: 75_099_999 },
    ]);
  });

  it('compares the voci and the partners’ shares with the total before any voce is split', () => {
    const summary = reconcileCostPlan(
      planned({
        costPlan: [],
        costItems: costItems.slice(0, 1),
        partners: [
          { organizationId: ids.lead, role: 'capofila', budgetShare: 451_000 },
          { organizationId: ids.partner, role: 'partner', budgetShare: 300_001 },
        ],
      }),
    );
    expect(summary.brokenDown).toBe(false);
    expect(summary.gaps).toEqual([
      { kind: 'costItemsTotal', key: null, expectedCents: 75_100_000, actualCents: 50_000_000 },
      { kind: 'partnersTotal', key: null, expectedCents: 75_100_000, actualCents: 75_100_100 },
    ]);
  });

  it('counts cells on a partner the project no longer has apart, as stray money', () => {
    const summary = reconcileCostPlan(
      planned({ costPlan: [...comoPlan, cell(services, ids.other, regione, 1_000)] }),
    );
    expect(summary.gaps).toEqual([
      { kind: 'stray', key: null, expectedCents: 0, actualCents: 100_000 },
    ]);
    expect(summary.totals.allocatedCents).toBe(75_100_000);
  });
});

describe('budgetLinesOfCostPlan', () => {
  it('sums each partner’s cells per source across the voci, to the cent', () => {
    const project = planned();
    expect(
      budgetLinesOfCostPlan(project.costPlan, project.partners, project.fundingSources),
    ).toEqual([
      { organizationId: ids.lead, fundingSourceName: regione, amount: 361_000 },
      { organizationId: ids.lead, fundingSourceName: cofinancing, amount: 90_000 },
      { organizationId: ids.partner, fundingSourceName: regione, amount: 230_000 },
      { organizationId: ids.partner, fundingSourceName: cofinancing, amount: 70_000 },
    ]);
  });
});

describe('cofinancingByPartner', () => {
  it('gives what each partner owes on the co-financing sources, its share of its quota and of the co-financing', () => {
    const summary = cofinancingByPartner(planned());
    expect(summary.owedCents).toBe(16_000_000);
    expect(summary.sourcesCents).toBe(16_000_000);
    expect(summary.rows).toEqual([
      {
        organizationId: ids.lead,
        owedCents: 9_000_000,
        quotaCents: 45_100_000,
        shareOfQuota: 9_000_000 / 45_100_000,
        shareOfCofinancing: 0.5625,
      },
      {
        organizationId: ids.partner,
        owedCents: 7_000_000,
        quotaCents: 30_000_000,
        shareOfQuota: 7_000_000 / 30_000_000,
        shareOfCofinancing: 0.4375,
      },
    ]);
  });

  it('reads the budget lines when the voci are not split, and owes nothing without a co-financing source', () => {
    const lines = [
      { organizationId: ids.lead, fundingSourceName: cofinancing, amount: 96_085.22 },
      { organizationId: ids.partner, fundingSourceName: cofinancing, amount: 63_914.78 },
    ];
    const fromLines = cofinancingByPartner(planned({ costPlan: [], budgetLines: lines }));
    expect(fromLines.rows.map((row) => row.owedCents)).toEqual([9_608_522, 6_391_478]);
    const none = cofinancingByPartner(planned({ cofinancingSources: [] }));
    expect(none.owedCents).toBe(0);
    expect(none.rows.map((row) => row.shareOfCofinancing)).toEqual([null, null]);
  });
});
