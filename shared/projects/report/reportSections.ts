import type { Action } from '../../domain';
import type { Locale, MessageKey } from '../../i18n';
import type { BudgetLine, BudgetSummary } from '../budget';
import { overspentCostItems, type CostItemRow, type CostItemsSummary } from '../costItems';
import { centsToEuro, formatEuro, formatShare } from '../money';
import { euro, percent, text, type ReportCell, type ReportSection } from './reportDocument';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
type Name = (organizationId: string | null) => string;

function budgetCells(line: BudgetLine): ReportCell[] {
  return [
    euro(centsToEuro(line.plannedCents)),
    euro(centsToEuro(line.spentCents)),
    euro(centsToEuro(line.remainderCents)),
    percent(line.spentShare),
  ];
}

function budgetColumns(t: Translate, first: MessageKey): string[] {
  return [
    t(first),
    t('projects.budget.planned'),
    t('projects.budget.spent'),
    t('projects.budget.remainder'),
    t('projects.budget.spentShare'),
  ];
}

/** The budget tables of a report: per partner (against the partners' shares) and per source. */
export function budgetSections(
  t: Translate,
  name: Name,
  budget: BudgetSummary,
): { budgetSection: ReportSection; sourceSection: ReportSection } {
  const partnersPlanned = budget.partnersPlannedCents;
  return {
    budgetSection: {
      heading: t('projects.report.budget'),
      paragraphs: [],
      table: {
        columns: budgetColumns(t, 'projects.field.partner'),
        rows: budget.byPartner.map((row) => [text(name(row.organizationId)), ...budgetCells(row)]),
        totals: [
          text(t('common.total')),
          ...budgetCells({
            plannedCents: partnersPlanned,
            spentCents: budget.spentCents,
            remainderCents: partnersPlanned - budget.spentCents,
            spentShare: partnersPlanned > 0 ? budget.spentCents / partnersPlanned : null,
          }),
        ],
      },
    },
    sourceSection: {
      heading: t('projects.report.sources'),
      paragraphs: [],
      table: {
        columns: budgetColumns(t, 'projects.budget.source'),
        rows: budget.bySource.map((row) => [text(row.name), ...budgetCells(row)]),
        totals: [text(t('common.total')), ...budgetCells(budget)],
      },
    },
  };
}

/** The actions linked to a project, with owner, deadline, state and progress. */
export function actionsSection(
  t: Translate,
  name: Name,
  actions: readonly Action[],
): ReportSection {
  return {
    heading: t('projects.report.actions'),
    paragraphs: actions.length === 0 ? [t('projects.actions.none')] : [],
    table:
      actions.length === 0
        ? null
        : {
            columns: [
              t('projects.action.title'),
              t('projects.action.owner'),
              t('projects.action.dueDate'),
              t('projects.action.status'),
              t('projects.action.progress'),
            ],
            rows: actions.map((action) => [
              text(action.title),
              text(name(action.ownerOrganizationId)),
              text(action.dueDate ? action.dueDate.split('-').reverse().join('/') : ''),
              text(t(`enum.actionStatus.${action.status}`)),
              percent(action.progress / 100),
            ]),
            totals: null,
          },
  };
}

/**
 * The voci di spesa of a report: planned, spent, residual and each partner's spending per voce,
 * with the warnings where the plan does not add up or a voce is spent beyond it.
 */
export function costItemsSection(
  t: Translate,
  name: Name,
  summary: CostItemsSummary,
  locale: Locale,
): ReportSection {
  const formatCents = (cents: number): string => formatEuro(locale, centsToEuro(cents));
  const cells = (row: Omit<CostItemRow, 'costItem'>): ReportCell[] => [
    ...budgetCells(row),
    ...row.byPartner.map((cents) => euro(centsToEuro(cents))),
  ];
  const warnings = [
    ...(summary.plannedMismatch
      ? [
          t('projects.costItemsMismatch', {
            costItems: formatCents(summary.plannedMismatch.costItemsCents),
            sources: formatCents(summary.plannedMismatch.fundingCents),
          }),
        ]
      : []),
    ...overspentCostItems(summary).map((row) =>
      t('projects.budget.overspent.costItem', {
        name: row.costItem?.name ?? '',
        spent: formatCents(row.spentCents),
        planned: formatCents(row.plannedCents),
        share: row.spentShare === null ? '—' : formatShare(locale, row.spentShare),
        remainder: formatCents(row.remainderCents),
      }),
    ),
  ];
  return {
    heading: t('projects.costItems.table'),
    paragraphs: warnings,
    table: {
      columns: [
        t('projects.costItem.name'),
        t('projects.costItem.category'),
        ...budgetColumns(t, 'projects.costItem.name').slice(1),
        ...summary.partnerIds.map((id) => t('projects.costItems.spentBy', { partner: name(id) })),
      ],
      rows: summary.rows.map((row) => [
        text(row.costItem?.name ?? t('projects.costItem.none')),
        text(row.costItem ? t(`projects.costCategory.${row.costItem.category}`) : ''),
        ...cells(row),
      ]),
      totals: [text(t('common.total')), text(''), ...cells(summary.totals)],
    },
  };
}
