import type { Expenditure, Project } from '../domain';
import { balancedSplit } from './centSplit';
import { toCents } from './money';
import { comparePeriods } from './periods';

/** Planned, spent and remaining money of one partner or one funding source, in cents. */
export type BudgetLine = {
  plannedCents: number;
  spentCents: number;
  remainderCents: number;
  /** Spent over planned; null when nothing was planned. */
  spentShare: number | null;
};

/** A partner's budget line. */
export type PartnerBudget = BudgetLine & { organizationId: string | null };
/** A funding source's budget line. */
export type SourceBudget = BudgetLine & { name: string };
/** The money reported as spent in one period, and so far. */
export type PeriodSpending = { period: string; spentCents: number; cumulativeSpentCents: number };

/** A project's budget against its spending: in total, per partner, per source and per period. */
export type BudgetSummary = BudgetLine & {
  byPartner: PartnerBudget[];
  bySource: SourceBudget[];
  byPeriod: PeriodSpending[];
  /** The sum of the partners' shares, which should equal the funding (`plannedCents`). */
  partnersPlannedCents: number;
};

/** Planned against spent, in cents: what is left and the share spent (null with nothing planned). */
export function budgetLine(plannedCents: number, spentCents: number): BudgetLine {
  return {
    plannedCents,
    spentCents,
    remainderCents: plannedCents - spentCents,
    spentShare: plannedCents > 0 ? spentCents / plannedCents : null,
  };
}

function add(map: Map<string, number>, key: string, cents: number): void {
  map.set(key, (map.get(key) ?? 0) + cents);
}

/** A partner's planned amount in cents: its budget lines when the plan has any, else its share. */
export function plannedCentsOf(project: Project, organizationId: string): number {
  if (project.budgetLines.length > 0) {
    return project.budgetLines
      .filter((budgetLine) => budgetLine.organizationId === organizationId)
      .reduce((sum, budgetLine) => sum + toCents(budgetLine.amount), 0);
  }
  const partner = project.partners.find((entry) => entry.organizationId === organizationId);
  return partner ? toCents(partner.budgetShare) : 0;
}

/**
 * Sums a project's plan and the expenditures reported against it. The funding sources make the
 * total (e.g. 751.000 € of which 591.000 € from Regione Lombardia); every figure is in cents, so
 * remainders and totals are exact. Archived expenditures do not count.
 */
export function summarizeBudget(
  project: Project,
  expenditures: readonly Expenditure[],
): BudgetSummary {
  const current = expenditures.filter(
    (expenditure) => expenditure.archivedAt === null && expenditure.projectId === project.id,
  );
  const byOrganization = new Map<string, number>();
  const bySourceName = new Map<string, number>();
  const byPeriodName = new Map<string, number>();
  for (const expenditure of current) {
    const cents = toCents(expenditure.amount);
    add(byOrganization, expenditure.organizationId ?? '', cents);
    add(bySourceName, expenditure.fundingSourceName, cents);
    add(byPeriodName, expenditure.period, cents);
  }
  const partnerIds = [
    ...project.partners.map((partner) => partner.organizationId),
    ...[...byOrganization.keys()].filter(
      (id) => id !== '' && !project.partners.some((partner) => partner.organizationId === id),
    ),
  ];
  const byPartner: PartnerBudget[] = partnerIds.map((organizationId) => ({
    organizationId,
    ...budgetLine(plannedCentsOf(project, organizationId), byOrganization.get(organizationId) ?? 0),
  }));
  const unassigned = byOrganization.get('');
  if (unassigned !== undefined)
    byPartner.push({ organizationId: null, ...budgetLine(0, unassigned) });
  const sourceNames = [
    ...project.fundingSources.map((source) => source.name),
    ...[...bySourceName.keys()].filter(
      (name) => !project.fundingSources.some((source) => source.name === name),
    ),
  ];
  const bySource = sourceNames.map((name) => ({
    name,
    ...budgetLine(
      project.fundingSources
        .filter((source) => source.name === name)
        .reduce((sum, source) => sum + toCents(source.amount), 0),
      bySourceName.get(name) ?? 0,
    ),
  }));
  let cumulative = 0;
  const byPeriod = [...byPeriodName.keys()].sort(comparePeriods).map((period) => {
    const spentCents = byPeriodName.get(period) ?? 0;
    cumulative += spentCents;
    return { period, spentCents, cumulativeSpentCents: cumulative };
  });
  const plannedCents = project.fundingSources.reduce(
    (sum, source) => sum + toCents(source.amount),
    0,
  );
  const spentCents = current.reduce((sum, expenditure) => sum + toCents(expenditure.amount), 0);
  return {
    ...budgetLine(plannedCents, spentCents),
    byPartner,
    bySource,
    byPeriod,
    partnersPlannedCents: project.partners.reduce(
      (sum, partner) => sum + plannedCentsOf(project, partner.organizationId),
      0,
    ),
  };
}

/**
 * Splits each partner's share across the funding sources in proportion to their amounts, in
 * cents, so that each partner's lines add up to its share and, when the shares add up to the
 * funding, each source's lines add up to the source, to the cent.
 */
export function proportionalBudgetLines(
  partners: Project['partners'],
  fundingSources: Project['fundingSources'],
): Project['budgetLines'] {
  const sourceCents = fundingSources.map((source) => toCents(source.amount));
  if (sourceCents.every((cents) => cents === 0)) return [];
  const cells = balancedSplit(
    partners.map((partner) => toCents(partner.budgetShare)),
    sourceCents,
  );
  return partners.flatMap((partner, partnerIndex) =>
    fundingSources.map((source, sourceIndex) => ({
      organizationId: partner.organizationId,
      fundingSourceName: source.name,
      amount: (cells[partnerIndex]?.[sourceIndex] ?? 0) / 100,
    })),
  );
}
