import type { Project } from '../../domain';
import type { Locale, MessageKey } from '../../i18n';
import { cofinancingByPartner, reconcileCostPlan, type CostPlanRow } from '../costPlan';
import { planGapMessage } from '../costPlanMessages';
import { centsToEuro, formatEuro } from '../money';
import { euro, percent, text, type ReportCell, type ReportSection } from './reportDocument';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The plan of a report: each voce di spesa per partner and per source with the places it does
 * not add up to the project total, and the co-financing each partner owes with its shares. None
 * when the project has no voci di spesa.
 */
export function costPlanSections(
  t: Translate,
  locale: Locale,
  project: Project,
  organizationName: (organizationId: string) => string,
): ReportSection[] {
  if (project.costItems.length === 0) return [];
  const plan = reconcileCostPlan(project);
  const formatCents = (cents: number): string => formatEuro(locale, centsToEuro(cents));
  const cells = (row: Omit<CostPlanRow, 'costItem'>): ReportCell[] => [
    euro(centsToEuro(row.plannedCents)),
    ...row.byPartner.map((cents) => euro(centsToEuro(cents))),
    ...row.bySource.map((cents) => euro(centsToEuro(cents))),
    euro(centsToEuro(row.allocatedCents)),
  ];
  const planSection: ReportSection = {
    heading: t('projects.plan.title'),
    paragraphs: [
      ...plan.gaps.map((gap) => planGapMessage(t, locale, project, organizationName, gap)),
      ...(plan.brokenDown
        ? plan.gaps.length === 0
          ? [t('projects.plan.reconciled', { total: formatCents(plan.totalCents) })]
          : []
        : [t('projects.plan.notBrokenDown')]),
    ],
    table: plan.brokenDown
      ? {
          columns: [
            t('projects.costItem.name'),
            t('projects.budget.planned'),
            ...plan.partnerIds.map(organizationName),
            ...plan.sourceNames,
            t('projects.plan.allocated'),
          ],
          rows: plan.rows.map((row) => [text(row.costItem.name), ...cells(row)]),
          totals: [text(t('common.total')), ...cells(plan.totals)],
        }
      : null,
  };
  const cofinancing = cofinancingByPartner(project);
  const quotaCents = cofinancing.rows.reduce((sum, row) => sum + row.quotaCents, 0);
  const cofinancingSection: ReportSection = {
    heading: t('projects.cofinancing.title'),
    paragraphs:
      project.cofinancingSources.length === 0
        ? [t('projects.cofinancing.none')]
        : cofinancing.owedCents !== cofinancing.sourcesCents
          ? [
              t('projects.cofinancing.mismatch', {
                owed: formatCents(cofinancing.owedCents),
                sources: formatCents(cofinancing.sourcesCents),
              }),
            ]
          : [],
    table:
      project.cofinancingSources.length === 0
        ? null
        : {
            columns: [
              t('projects.field.partner'),
              t('projects.cofinancing.quota'),
              t('projects.cofinancing.owed'),
              t('projects.cofinancing.shareOfQuota'),
              t('projects.cofinancing.shareOfTotal'),
            ],
            rows: cofinancing.rows.map((row) => [
              text(organizationName(row.organizationId)),
              euro(centsToEuro(row.quotaCents)),
              euro(centsToEuro(row.owedCents)),
              percent(row.shareOfQuota),
              percent(row.shareOfCofinancing),
            ]),
            totals: [
              text(t('common.total')),
              euro(centsToEuro(quotaCents)),
              euro(centsToEuro(cofinancing.owedCents)),
              percent(quotaCents > 0 ? cofinancing.owedCents / quotaCents : null),
              percent(cofinancing.owedCents > 0 ? 1 : null),
            ],
          },
  };
  return [planSection, cofinancingSection];
}
