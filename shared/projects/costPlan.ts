import type { CostItem, CostPlanLine, Project } from '../domain';
import { toCents } from './money';

/** Where a project's plan does not add up, in cents: what it should be and what it is. */
export type PlanGap = {
  /**
   * `costItemsTotal`: the voci's planned amounts against the project total; `partnersTotal`: the
   * partners' shares against it; `costItem`, `partner`, `source`: one voce, partner or source
   * against its cells in the plan; `planTotal`: all the cells against the total; `stray`: cells
   * on a voce, partner or source the project no longer has.
   */
  kind:
    'costItemsTotal' | 'partnersTotal' | 'costItem' | 'partner' | 'source' | 'planTotal' | 'stray';
  /** The voce's id, the partner's organization id or the source's name; null for a total. */
  key: string | null;
  expectedCents: number;
  actualCents: number;
};

/** One voce di spesa of the plan, split per partner and per source, in cents. */
export type CostPlanRow = {
  costItem: CostItem;
  plannedCents: number;
  /** The cells of the voce in total. */
  allocatedCents: number;
  /** Per partner, in the order of `CostPlanSummary.partnerIds`. */
  byPartner: number[];
  /** Per source, in the order of `CostPlanSummary.sourceNames`. */
  bySource: number[];
};

/** A project's plan of voci × partners × sources, reconciled to the project total. */
export type CostPlanSummary = {
  /** The project total: the sum of its funding sources. */
  totalCents: number;
  partnerIds: string[];
  sourceNames: string[];
  rows: CostPlanRow[];
  totals: Omit<CostPlanRow, 'costItem'>;
  /** Whether any voce is split per partner and source yet. */
  brokenDown: boolean;
  /** Every place the figures do not add up; empty when the plan reconciles to the cent. */
  gaps: PlanGap[];
};

function sumBy<T>(items: readonly T[], cents: (item: T) => number): number {
  return items.reduce((sum, item) => sum + cents(item), 0);
}

function gap(
  kind: PlanGap['kind'],
  key: string | null,
  expectedCents: number,
  actualCents: number,
): PlanGap[] {
  return expectedCents === actualCents ? [] : [{ kind, key, expectedCents, actualCents }];
}

/**
 * Reconciles a project's plan to its total, to the cent: the voci's planned amounts and the
 * partners' shares against the funding; once the voci are split per partner and per source, each
 * voce, partner and source against its cells, and all the cells against the total. Says every
 * place where the figures do not add up.
 */
export function reconcileCostPlan(project: Project): CostPlanSummary {
  const partnerIds = project.partners.map((partner) => partner.organizationId);
  const sourceNames = project.fundingSources.map((source) => source.name);
  const cells = project.costPlan;
  const known = (line: CostPlanLine): boolean =>
    project.costItems.some((item) => item.id === line.costItemId) &&
    partnerIds.includes(line.organizationId) &&
    sourceNames.includes(line.fundingSourceName);
  const cellsOf = (pick: (line: CostPlanLine) => boolean): number =>
    sumBy(
      cells.filter((line) => known(line) && pick(line)),
      (line) => toCents(line.amount),
    );
  const rows: CostPlanRow[] = project.costItems.map((costItem) => {
    const ofItem = (line: CostPlanLine): boolean => line.costItemId === costItem.id;
    return {
      costItem,
      plannedCents: toCents(costItem.planned),
      allocatedCents: cellsOf(ofItem),
      byPartner: partnerIds.map((id) =>
        cellsOf((line) => ofItem(line) && line.organizationId === id),
      ),
      bySource: sourceNames.map((name) =>
        cellsOf((line) => ofItem(line) && line.fundingSourceName === name),
      ),
    };
  });
  const totals = {
    plannedCents: sumBy(rows, (row) => row.plannedCents),
    allocatedCents: sumBy(rows, (row) => row.allocatedCents),
    byPartner: partnerIds.map((_, index) => sumBy(rows, (row) => row.byPartner[index] ?? 0)),
    bySource: sourceNames.map((_, index) => sumBy(rows, (row) => row.bySource[index] ?? 0)),
  };
  const totalCents = sumBy(project.fundingSources, (source) => toCents(source.amount));
  const brokenDown = cells.length > 0;
  const strayCents = sumBy(
    cells.filter((line) => !known(line)),
    (line) => toCents(line.amount),
  );
  const gaps: PlanGap[] = [
    ...(rows.length > 0 ? gap('costItemsTotal', null, totalCents, totals.plannedCents) : []),
    ...(partnerIds.length > 0
      ? gap(
          'partnersTotal',
          null,
          totalCents,
          sumBy(project.partners, (partner) => toCents(partner.budgetShare)),
        )
      : []),
    ...(brokenDown
      ? [
          ...rows.flatMap((row) =>
            gap('costItem', row.costItem.id, row.plannedCents, row.allocatedCents),
          ),
          ...project.partners.flatMap((partner, index) =>
            gap(
              'partner',
              partner.organizationId,
              toCents(partner.budgetShare),
              totals.byPartner[index] ?? 0,
            ),
          ),
          ...project.fundingSources.flatMap((source, index) =>
            gap('source', source.name, toCents(source.amount), totals.bySource[index] ?? 0),
          ),
          ...gap('planTotal', null, totalCents, totals.allocatedCents),
          ...gap('stray', null, 0, strayCents),
        ]
      : []),
  ];
  return { totalCents, partnerIds, sourceNames, rows, totals, brokenDown, gaps };
}

/**
 * What each partner plans from each source across all voci (the plan's budget lines), in euro
 * summed from cents, for every partner and source of the project.
 */
export function budgetLinesOfCostPlan(
  costPlan: readonly CostPlanLine[],
  partners: Project['partners'],
  fundingSources: Project['fundingSources'],
): Project['budgetLines'] {
  return partners.flatMap((partner) =>
    fundingSources.map((source) => ({
      organizationId: partner.organizationId,
      fundingSourceName: source.name,
      amount:
        sumBy(
          costPlan.filter(
            (line) =>
              line.organizationId === partner.organizationId &&
              line.fundingSourceName === source.name,
          ),
          (line) => toCents(line.amount),
        ) / 100,
    })),
  );
}

/** The co-financing one partner owes, in cents, and its share. */
export type PartnerCofinancing = {
  organizationId: string;
  owedCents: number;
  /** The partner's whole quota of the project. */
  quotaCents: number;
  /** Owed over the partner's quota (the part of its budget it puts in); null without a quota. */
  shareOfQuota: number | null;
  /** Owed over all the partners' co-financing; null when there is none. */
  shareOfCofinancing: number | null;
};

/** The co-financing of a project per partner, and in total against its co-financing sources. */
export type CofinancingSummary = {
  rows: PartnerCofinancing[];
  /** The co-financing the partners owe, summed. */
  owedCents: number;
  /** The co-financing sources' amounts, summed: what `owedCents` should be. */
  sourcesCents: number;
};

/**
 * Who owes the co-financing: each partner's cells on the co-financing sources in the plan of the
 * voci when it is broken down, else its budget lines on those sources; with its share of its own
 * quota and of all the co-financing.
 */
export function cofinancingByPartner(project: Project): CofinancingSummary {
  const cofinancing = new Set(project.cofinancingSources);
  const lines: readonly { organizationId: string; fundingSourceName: string; amount: number }[] =
    project.costPlan.length > 0
      ? project.costPlan.filter((line) =>
          project.costItems.some((item) => item.id === line.costItemId),
        )
      : project.budgetLines;
  const owed = project.partners.map((partner) =>
    sumBy(
      lines.filter(
        (line) =>
          line.organizationId === partner.organizationId && cofinancing.has(line.fundingSourceName),
      ),
      (line) => toCents(line.amount),
    ),
  );
  const owedCents = sumBy(owed, (cents) => cents);
  const rows = project.partners.map((partner, index) => {
    const owedByPartner = owed[index] ?? 0;
    const quotaCents = toCents(partner.budgetShare);
    return {
      organizationId: partner.organizationId,
      owedCents: owedByPartner,
      quotaCents,
      shareOfQuota: quotaCents > 0 ? owedByPartner / quotaCents : null,
      shareOfCofinancing: owedCents > 0 ? owedByPartner / owedCents : null,
    };
  });
  const sourcesCents = sumBy(
    project.fundingSources.filter((source) => cofinancing.has(source.name)),
    (source) => toCents(source.amount),
  );
  return { rows, owedCents, sourcesCents };
}
