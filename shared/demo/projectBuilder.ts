import { differenceInCalendarDays, format } from 'date-fns';
import type { projectStates } from '../domain/projects';
import { proportionalBudgetLines } from '../projects/budget';
import { splitCents } from '../projects/centSplit';
import { toCents } from '../projects/money';
import type { RowOf } from '../domain/tables';
import type { DemoContext } from './context';
import type { NetworkHandle } from './networks';

/** A partner's share of an indicator's results. */
export type ContributionSpec = {
  organization: string;
  weight: number;
  /** Sends its scheda late: no values for quarters ended less than three months ago. */
  late?: boolean;
};

/** An indicator with quarterly values by partner. */
export type IndicatorSpec = {
  name: string;
  unit: string;
  kind: RowOf<'indicators'>['kind'];
  target: number;
  /** How quarters combine; companies met again each quarter are counted once (max). */
  aggregation?: RowOf<'indicators'>['aggregation'];
  contributions: ContributionSpec[];
};

/** A project of the demo; its funding sources must add up to the partners' budget shares. */
export type ProjectSpec = {
  key: string;
  title: string;
  code: string;
  callReference: string;
  state: (typeof projectStates)[number];
  periodFrom: string;
  periodTo: string;
  lead: string;
  partners: { organization: string; role: string; budgetShare: number }[];
  fundingSources: { name: string; amount: number }[];
  description: string;
  indicators: IndicatorSpec[];
  /** For a concluded project: why it is a buona prassi (marked when the demo is built). */
  goodPractice?: Omit<NonNullable<RowOf<'projects'>['goodPractice']>, 'markedAt'>;
};

/** Share of the yearly target planned for each quarter. */
const quarterlyPace = [0.2, 0.27, 0.27, 0.26];
const lateReportingDays = 90;

type Quarter = { period: string; start: Date; end: Date; elapsed: number; partial: boolean };

function quartersSoFar(context: DemoContext, project: ProjectSpec): Quarter[] {
  const { today, programmeYear } = context.calendar;
  const quarters: Quarter[] = [];
  for (let index = 0; index < 4; index += 1) {
    const start = new Date(programmeYear, index * 3, 1);
    const end = new Date(programmeYear, index * 3 + 3, 0);
    const startIso = format(start, 'yyyy-MM-dd');
    if (start > today || startIso < project.periodFrom || startIso > project.periodTo) continue;
    const length = differenceInCalendarDays(end, start) + 1;
    const partial = end >= today;
    const elapsed = partial ? differenceInCalendarDays(today, start) / length : 1;
    quarters.push({ period: `${programmeYear}-Q${index + 1}`, start, end, elapsed, partial });
  }
  return quarters;
}

function writeIndicatorValues(
  context: DemoContext,
  project: RowOf<'projects'>,
  indicator: RowOf<'indicators'>,
  spec: IndicatorSpec,
  quarters: Quarter[],
  indicatorIndex: number,
): void {
  const { today } = context.calendar;
  for (const quarter of quarters) {
    const quarterIndex = Number(quarter.period.slice(-1)) - 1;
    spec.contributions.forEach((contribution, partnerIndex) => {
      if (
        contribution.late === true &&
        differenceInCalendarDays(today, quarter.end) < lateReportingDays
      ) {
        return;
      }
      // A small, fixed spread so that partners do not all report the same round figures.
      const spread = 1 + (((partnerIndex * 7 + quarterIndex * 3 + indicatorIndex) % 5) - 2) * 0.08;
      const pace = quarterlyPace[quarterIndex] ?? 0.25;
      const value = Math.round(spec.target * pace * contribution.weight * quarter.elapsed * spread);
      if (quarter.partial && value === 0) return;
      context.dataset.indicatorValues.push({
        ...context.meta(),
        indicatorId: indicator.id,
        projectId: project.id,
        organizationId: context.organizations.id(contribution.organization),
        period: quarter.period,
        value,
        note: quarter.partial ? `Dato parziale al ${format(today, 'dd/MM/yyyy')}` : '',
        breakdowns: [],
      });
    });
  }
}

/**
 * Spending reported by each partner per quarter, at the pace of the results but a little behind,
 * charged to the sources in proportion to the partner's budget lines (whole cents), so that no
 * source is spent beyond its plan while the others wait.
 */
function writeExpenditures(
  context: DemoContext,
  project: RowOf<'projects'>,
  spec: ProjectSpec,
  quarters: Quarter[],
): void {
  for (const quarter of quarters) {
    const quarterIndex = Number(quarter.period.slice(-1)) - 1;
    const pace = (quarterlyPace[quarterIndex] ?? 0.25) * 0.9 * quarter.elapsed;
    spec.partners.forEach((partner, partnerIndex) => {
      const organizationId = context.organizations.id(partner.organization);
      const amount = Math.round(partner.budgetShare * pace * (1 - (partnerIndex % 3) * 0.1));
      if (amount === 0) return;
      const lines = project.budgetLines.filter((line) => line.organizationId === organizationId);
      const parts = splitCents(
        toCents(amount),
        lines.map((line) => toCents(line.amount)),
      );
      lines.forEach((line, index) => {
        const cents = parts[index] ?? 0;
        if (cents === 0) return;
        context.dataset.expenditures.push({
          ...context.meta(),
          projectId: project.id,
          organizationId,
          fundingSourceName: line.fundingSourceName,
          period: quarter.period,
          amount: cents / 100,
          note: '',
          date: null,
          documentReference: '',
          costItemId: null,
        });
      });
    });
  }
}

/** Writes a network's projects with their indicators and the values partners reported so far. */
export function buildProjects(
  context: DemoContext,
  network: NetworkHandle,
  specs: ProjectSpec[],
): void {
  for (const spec of specs) {
    const meta = context.meta();
    const project: RowOf<'projects'> = {
      ...meta,
      networkId: network.id,
      title: spec.title,
      code: spec.code,
      callReference: spec.callReference,
      callNumber: '',
      callDate: null,
      state: spec.state,
      periodFrom: spec.periodFrom,
      periodTo: spec.periodTo,
      leadOrganizationId: context.organizations.id(spec.lead),
      partners: spec.partners.map((partner) => ({
        organizationId: context.organizations.id(partner.organization),
        role: partner.role,
        budgetShare: partner.budgetShare,
      })),
      fundingSources: spec.fundingSources,
      budgetLines: [],
      costItems: [],
      costPlan: [],
      cofinancingSources: [],
      description: spec.description,
      goodPractice: spec.goodPractice ? { ...spec.goodPractice, markedAt: meta.createdAt } : null,
      notes: '',
    };
    project.budgetLines = proportionalBudgetLines(project.partners, project.fundingSources);
    context.projects.register(spec.key, project.id);
    context.dataset.projects.push(project);
    const reporting =
      spec.state === 'inCorso' || spec.state === 'concluso' || spec.state === 'rendicontato';
    const quarters = reporting ? quartersSoFar(context, spec) : [];
    spec.indicators.forEach((indicatorSpec, indicatorIndex) => {
      const indicator: RowOf<'indicators'> = {
        ...context.meta(),
        projectId: project.id,
        name: indicatorSpec.name,
        unit: indicatorSpec.unit,
        kind: indicatorSpec.kind,
        baseline: 0,
        target: indicatorSpec.target,
        periodicity: 'trimestre',
        aggregation: indicatorSpec.aggregation ?? 'sum',
        breakdownDimensions: [],
        partnerTargets: [],
      };
      context.dataset.indicators.push(indicator);
      writeIndicatorValues(context, project, indicator, indicatorSpec, quarters, indicatorIndex);
    });
    writeExpenditures(context, project, spec, quarters);
  }
}
