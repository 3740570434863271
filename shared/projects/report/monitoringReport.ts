import type { Action, Expenditure, Indicator, IndicatorValue, Project } from '../../domain';
import { translate, type Locale, type MessageKey } from '../../i18n';
import { summarizeBudget } from '../budget';
import { summarizeIndicator } from '../indicators';
import { summarizeCostItems } from '../costItems';
import { formatShare } from '../money';
import { periodLabel, periodWithin } from '../periods';
import { fallingBehind } from '../progress';
import { number, percent, text, type ReportDocument, type ReportSection } from './reportDocument';
import { costPlanSections } from './costPlanSections';
import { projectFactsSection } from './projectFacts';
import { indicatorsChart, spendingChart } from './quarterlyCharts';
import { actionsSection, budgetSections, costItemsSection } from './reportSections';

/** What a monitoring report is made of. */
export type MonitoringReportInput = {
  locale: Locale;
  project: Project;
  networkName: string;
  /** Organization names by id. */
  names: ReadonlyMap<string, string>;
  indicators: readonly Indicator[];
  values: readonly IndicatorValue[];
  expenditures: readonly Expenditure[];
  /** The actions linked to the project. */
  actions: readonly Action[];
  /** The day the report is made (`yyyy-MM-dd`). */
  today: string;
  /** Only values and spending of periods starting in this range count; null ends are open. */
  range: { from: string | null; to: string | null };
};

/**
 * The monitoring report of a project: its data, the indicators against their targets (in total
 * and per partner), the budget against spending (per partner and per funding source), each with
 * its chart as in the quarterly report, the linked actions, the partners falling behind and the
 * notes.
 */
export function monitoringReport(input: MonitoringReportInput): ReportDocument {
  const { locale, project, names, range } = input;
  const t = (key: MessageKey, params?: Record<string, string | number>): string =>
    translate(locale, key, params);
  const name = (id: string | null): string =>
    id ? (names.get(id) ?? '') : t('projects.wholeProject');
  const inRange = <T extends { period: string }>(rows: readonly T[]): T[] =>
    rows.filter((row) => periodWithin(row.period, range.from, range.to));
  const values = inRange(input.values);
  const expenditures = inRange(input.expenditures);
  const indicators = input.indicators.filter((indicator) => indicator.archivedAt === null);
  const partnerIds = project.partners.map((partner) => partner.organizationId);
  const madeOn = input.today.split('-').reverse().join('/');
  // The charts show the figures to the range's end where one is set, else to the report's day.
  const chartDay = range.to ? range.to.split('-').reverse().join('/') : madeOn;
  const summaries = indicators.map((indicator) =>
    summarizeIndicator(indicator, values, partnerIds),
  );
  const budget = summarizeBudget(project, expenditures);
  const warnings = fallingBehind(project, budget, summaries, input.today);
  const projectSection = projectFactsSection(t, locale, project, (id) => name(id));
  const indicatorSection: ReportSection = {
    heading: t('projects.report.indicators'),
    paragraphs: [],
    table: {
      columns: [
        t('projects.indicator.name'),
        t('projects.indicator.kind'),
        t('projects.indicator.unit'),
        t('projects.indicator.baseline'),
        t('projects.indicator.target'),
        t('projects.indicator.reached'),
        t('projects.indicator.share'),
      ],
      rows: summaries.map((summary) => [
        text(summary.indicator.name),
        text(t(`projects.indicatorKind.${summary.indicator.kind}`)),
        text(summary.indicator.unit),
        number(summary.indicator.baseline),
        number(summary.indicator.target),
        number(summary.total),
        percent(summary.shareOfTarget),
      ]),
      totals: null,
    },
    chart: indicatorsChart(
      t,
      locale,
      t('projects.quarterly.chartIndicators', { date: chartDay }),
      summaries.map((summary) => ({ indicator: summary.indicator, toDate: summary.total })),
    ),
  };
  const contributionSection: ReportSection = {
    heading: t('projects.report.contributions'),
    paragraphs: [],
    table: {
      columns: [
        t('projects.indicator.name'),
        t('projects.field.partner'),
        t('projects.report.periods'),
        t('projects.indicator.reached'),
        t('projects.indicator.share'),
      ],
      rows: summaries.flatMap((summary) =>
        summary.byPartner.map((row) => [
          text(summary.indicator.name),
          text(name(row.organizationId)),
          text(
            summary.byPeriod
              .filter((period) => summary.cells.has(`${row.organizationId ?? ''}|${period.period}`))
              .map((period) => periodLabel(locale, period.period))
              .join(', '),
          ),
          number(row.total),
          percent(row.shareOfTarget),
        ]),
      ),
      totals: null,
    },
  };
  const sections = budgetSections(t, name, budget);
  const sourceSection = sections.sourceSection;
  const hasCostItems = project.costItems.length > 0;
  const costItems = summarizeCostItems(project, expenditures);
  // Spending is drawn per voce di spesa, or per partner where the project has no voci, as in the
  // quarterly report.
  const budgetSection: ReportSection = {
    ...sections.budgetSection,
    chart: hasCostItems
      ? null
      : spendingChart(
          t,
          locale,
          t('projects.quarterly.chartPartners', { date: chartDay }),
          budget.byPartner.map((row) => ({
            label: name(row.organizationId),
            plannedCents: row.plannedCents,
            spentCents: row.spentCents,
          })),
        ),
  };
  const costSections: ReportSection[] = hasCostItems
    ? [
        {
          ...costItemsSection(t, name, costItems, locale),
          chart: spendingChart(
            t,
            locale,
            t('projects.quarterly.chartCostItems', { date: chartDay }),
            costItems.rows.map((row) => ({
              label: row.costItem?.name ?? t('projects.costItem.none'),
              plannedCents: row.plannedCents,
              spentCents: row.spentCents,
            })),
          ),
        },
      ]
    : [];
  const actionSection = actionsSection(t, name, input.actions);
  const warningSection: ReportSection = {
    heading: t('projects.report.warnings'),
    paragraphs:
      warnings.length === 0
        ? [t('projects.warning.none')]
        : warnings.map((warning) =>
            t(`projects.warning.${warning.kind}`, {
              partner: name(warning.organizationId),
              actual: formatShare(locale, warning.actualShare),
              expected: formatShare(locale, warning.expectedShare),
            }),
          ),
    table: null,
  };
  const notesSection: ReportSection = {
    heading: t('projects.report.notes'),
    paragraphs:
      project.notes.trim() === '' ? [t('projects.report.noNotes')] : project.notes.split('\n'),
    table: null,
  };
  const rangeText =
    range.from || range.to
      ? t('projects.report.range', {
          from: range.from ? range.from.split('-').reverse().join('/') : '…',
          to: range.to ? range.to.split('-').reverse().join('/') : '…',
        })
      : t('projects.report.wholePeriod');
  return {
    title: `${t('projects.report.title')}: ${project.title}`,
    subtitle: [input.networkName, rangeText, t('projects.report.madeOn', { date: madeOn })],
    sections: [
      projectSection,
      indicatorSection,
      contributionSection,
      budgetSection,
      sourceSection,
      ...costSections,
      ...costPlanSections(t, locale, project, (id) => name(id)),
      actionSection,
      warningSection,
      notesSection,
    ],
  };
}
