import type { Project } from '../../domain';
import { translate, type Locale, type MessageKey } from '../../i18n';
import { centsToEuro, formatEuro } from '../money';
import { partnerTargetOf } from '../partnerTargets';
import {
  quarterlyFigures,
  type QuarterlyFigures,
  type QuarterlyFiguresInput,
  type QuarterSpending,
  type QuarterWarning,
} from './quarterlyFigures';
import { breakdownSections } from './breakdownSection';
import { indicatorsChart, spendingChart } from './quarterlyCharts';
import { costPlanSections } from './costPlanSections';
import { projectFactsSection } from './projectFacts';
import { quarterLabel } from './reportQuarters';
import {
  euro,
  number,
  percent,
  text,
  type ReportCell,
  type ReportDocument,
  type ReportSection,
} from './reportDocument';

/** What a quarterly report is made of: the figures' input, and the words around them. */
export type QuarterlyReportInput = QuarterlyFiguresInput & {
  locale: Locale;
  networkName: string;
  /** Organization names by id. */
  names: ReadonlyMap<string, string>;
  /** The day the report is made (`yyyy-MM-dd`). */
  today: string;
};

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

function day(iso: string): string {
  return iso.split('-').reverse().join('/');
}

function spendingCells(line: QuarterSpending): ReportCell[] {
  return [
    euro(centsToEuro(line.plannedCents)),
    euro(centsToEuro(line.quarterSpentCents)),
    euro(centsToEuro(line.toDateSpentCents)),
    euro(centsToEuro(line.remainderCents)),
    percent(line.spentShare),
  ];
}

function spendingColumns(t: Translate): string[] {
  return [
    t('projects.quarterly.planned'),
    t('projects.quarterly.spentInQuarter'),
    t('projects.quarterly.spentToDate'),
    t('projects.quarterly.remainder'),
    t('projects.quarterly.spentShare'),
  ];
}

function spendingSection(
  t: Translate,
  heading: MessageKey,
  first: string[],
  rows: { label: string[]; line: QuarterSpending }[],
  totals: QuarterSpending,
): ReportSection {
  return {
    heading: t(heading),
    paragraphs: [],
    table: {
      columns: [...first, ...spendingColumns(t)],
      rows: rows.map((row) => [...row.label.map(text), ...spendingCells(row.line)]),
      totals: [
        text(t('common.total')),
        ...first.slice(1).map(() => text('')),
        ...spendingCells(totals),
      ],
    },
  };
}

function warningText(
  t: Translate,
  locale: Locale,
  warning: QuarterWarning,
  nameOf: (breakdown: QuarterWarning & { kind: 'overspent' }) => string,
): string {
  const money = (cents: number): string => formatEuro(locale, centsToEuro(cents));
  switch (warning.kind) {
    case 'partnersPlanned':
    case 'costItemsPlanned':
      return t(`projects.quarterly.warning.${warning.kind}`, {
        planned: money(warning.plannedCents),
        funding: money(warning.fundingCents),
        difference: money(warning.plannedCents - warning.fundingCents),
      });
    case 'overspent':
      return t('projects.quarterly.warning.overspent', {
        name: nameOf(warning),
        planned: money(warning.line.plannedCents),
        spent: money(warning.line.toDateSpentCents),
        remainder: money(warning.line.remainderCents),
      });
    case 'unassigned':
      return t(`projects.quarterly.warning.unassigned.${warning.breakdown}`, {
        amount: money(warning.cents),
      });
    case 'mismatch':
      return t('projects.quarterly.warning.mismatch', {
        breakdown: t(`projects.quarterly.breakdown.${warning.breakdown}`),
        sum: money(warning.sumCents),
        total: money(warning.totalCents),
      });
  }
}

function indicatorSections(
  t: Translate,
  locale: Locale,
  project: Project,
  figures: QuarterlyFigures,
  name: (id: string | null) => string,
): ReportSection[] {
  if (figures.indicators.length === 0) {
    return [
      {
        heading: t('projects.quarterly.indicators'),
        paragraphs: [t('projects.quarterly.noIndicators')],
        table: null,
      },
    ];
  }
  return [
    {
      heading: t('projects.quarterly.indicators'),
      paragraphs: [],
      table: {
        columns: [
          t('projects.indicator.name'),
          t('projects.indicator.unit'),
          t('projects.quarterly.target'),
          t('projects.quarterly.inQuarter'),
          t('projects.quarterly.toDate'),
          t('projects.quarterly.shareOfTarget'),
        ],
        rows: figures.indicators.map((row) => [
          text(row.indicator.name),
          text(row.indicator.unit),
          number(row.indicator.target),
          number(row.quarter),
          number(row.toDate),
          percent(row.shareOfTarget),
        ]),
        totals: null,
      },
      chart: indicatorsChart(
        t,
        locale,
        t('projects.quarterly.chartIndicators', { date: day(figures.end) }),
        figures.indicators,
      ),
    },
    {
      heading: t('projects.quarterly.indicatorsByPartner'),
      paragraphs: [],
      table: {
        columns: [
          t('projects.indicator.name'),
          t('projects.field.partner'),
          t('projects.quarterly.partnerTarget'),
          t('projects.quarterly.inQuarter'),
          t('projects.quarterly.toDate'),
          t('projects.quarterly.shareOfTarget'),
        ],
        rows: figures.indicators.flatMap((row) =>
          row.byPartner.map((partner) => {
            const owed = partner.organizationId
              ? partnerTargetOf(project, row.indicator, partner.organizationId)
              : null;
            return [
              text(row.indicator.name),
              text(name(partner.organizationId)),
              owed ? number(owed.target) : text(''),
              number(partner.quarter),
              number(partner.toDate),
              percent(owed && owed.target > 0 ? partner.toDate / owed.target : null),
            ];
          }),
        ),
        totals: null,
      },
    },
    ...breakdownSections(t, figures),
  ];
}

/**
 * The quarterly monitoring report of a project: for the chosen quarter and, beside it, cumulated
 * to its end, the spending per partner, per voce di spesa and per funding source against the plan,
 * the indicators in total and per partner, and the check that every total reconciles to the cent.
 */
export function quarterlyReport(input: QuarterlyReportInput): ReportDocument {
  const { locale, project, names } = input;
  const t: Translate = (key, params) => translate(locale, key, params);
  const figures = quarterlyFigures(input);
  const name = (id: string | null): string =>
    id === null ? t('projects.quarterly.noPartner') : (names.get(id) ?? '');
  const costItemSection: ReportSection = {
    ...spendingSection(
      t,
      'projects.quarterly.byCostItem',
      [t('projects.costItem.name'), t('projects.costItem.category')],
      figures.byCostItem.map((row) => ({
        label: row.costItem
          ? [row.costItem.name, t(`projects.costCategory.${row.costItem.category}`)]
          : [t('projects.costItem.none'), ''],
        line: row,
      })),
      figures.totals,
    ),
    chart: spendingChart(
      t,
      locale,
      t('projects.quarterly.chartCostItems', { date: day(figures.end) }),
      figures.byCostItem.map((row) => ({
        label: row.costItem?.name ?? t('projects.costItem.none'),
        plannedCents: row.plannedCents,
        spentCents: row.toDateSpentCents,
      })),
    ),
  };
  const hasCostItems = project.costItems.length > 0;
  const partnerSection: ReportSection = {
    ...spendingSection(
      t,
      'projects.quarterly.byPartner',
      [t('projects.field.partner')],
      figures.byPartner.map((row) => ({ label: [name(row.organizationId)], line: row })),
      figures.totals,
    ),
    // Where the project has no voci di spesa, the spending is drawn per partner instead.
    chart: hasCostItems
      ? null
      : spendingChart(
          t,
          locale,
          t('projects.quarterly.chartPartners', { date: day(figures.end) }),
          figures.byPartner.map((row) => ({
            label: name(row.organizationId),
            plannedCents: row.plannedCents,
            spentCents: row.toDateSpentCents,
          })),
        ),
  };
  const overspentName = (warning: QuarterWarning & { kind: 'overspent' }): string =>
    warning.breakdown === 'partner'
      ? name(warning.key)
      : warning.breakdown === 'costItem'
        ? (project.costItems.find((item) => item.id === warning.key)?.name ?? '')
        : warning.key;
  return {
    title: `${t('projects.quarterly.title')}: ${project.title}`,
    subtitle: [
      input.networkName,
      t('projects.quarterly.period', {
        quarter: quarterLabel(locale, figures.quarter),
        from: day(figures.start),
        to: day(figures.end),
      }),
      t('projects.report.madeOn', { date: day(input.today) }),
    ],
    sections: [
      projectFactsSection(t, locale, project, name),
      partnerSection,
      ...(hasCostItems ? [costItemSection] : []),
      ...costPlanSections(t, locale, project, (id) => name(id)),
      spendingSection(
        t,
        'projects.quarterly.bySource',
        [t('projects.budget.source')],
        figures.bySource.map((row) => ({
          label: [row.name ?? t('projects.quarterly.noSource')],
          line: row,
        })),
        figures.totals,
      ),
      ...indicatorSections(t, locale, project, figures, name),
      {
        heading: t('projects.quarterly.checks'),
        paragraphs:
          figures.warnings.length === 0
            ? [t('projects.quarterly.allReconciled')]
            : figures.warnings.map((warning) => warningText(t, locale, warning, overspentName)),
        table: null,
      },
      {
        heading: t('projects.report.notes'),
        paragraphs:
          project.notes.trim() === '' ? [t('projects.report.noNotes')] : project.notes.split('\n'),
        table: null,
      },
    ],
  };
}
