import type { ExpenseCorrection, ValueCorrection } from '../../../../shared/projects';
import { formatEuro, formatNumber, periodLabel } from '../../../../shared/projects';
import type { Locale } from '../../../../shared/i18n';
import type { Translate } from '../../../app/RegiaContext';
import { formatDate } from '../../../app/formatting';

/** What the history's lines need to name partners and budget lines. */
export type CorrectionContext = {
  t: Translate;
  locale: Locale;
  /** Organization names by id. */
  names: ReadonlyMap<string, string>;
  /** Budget line (voce di spesa) names by id. */
  costItems: ReadonlyMap<string, string>;
};

function when(context: CorrectionContext, correction: { at: string; userName: string }) {
  return {
    date: formatDate(context.locale, correction.at, 'dd/MM/yyyy'),
    user: correction.userName || context.t('projects.history.unknownUser'),
  };
}

function partnerName(context: CorrectionContext, id: string | null): string {
  return id ? (context.names.get(id) ?? '') : context.t('projects.wholeProject');
}

/** "AFOL, 1° trim. 2026: corretto il 03/12/2026 da … (valore precedente 12, ora 15)". */
export function valueCorrectionText(
  context: CorrectionContext,
  correction: ValueCorrection,
): string {
  const { t, locale } = context;
  const number = (value: number): string => formatNumber(locale, value);
  const change =
    correction.kind === 'corrected'
      ? t('projects.history.valueCorrected', {
          ...when(context, correction),
          previous: number(correction.previous),
          current: correction.current === null ? '' : number(correction.current),
        })
      : t('projects.history.valueRemoved', {
          ...when(context, correction),
          previous: number(correction.previous),
        });
  return t('projects.history.valueLine', {
    partner: partnerName(context, correction.organizationId),
    period: periodLabel(locale, correction.period),
    change,
  });
}

function previousText(context: CorrectionContext, field: string, value: unknown): string {
  const { t, locale } = context;
  if (value === null || value === undefined || value === '')
    return t('projects.history.emptyValue');
  if (field === 'amount' && typeof value === 'number') return formatEuro(locale, value);
  if (typeof value === 'number') return formatNumber(locale, value);
  if (typeof value !== 'string') return JSON.stringify(value);
  if (field === 'date') return formatDate(locale, value, 'dd/MM/yyyy');
  if (field === 'period') return periodLabel(locale, value);
  if (field === 'organizationId') return partnerName(context, value);
  if (field === 'costItemId') return context.costItems.get(value) ?? value;
  return value;
}

/** "corretta il 03/12/2026 da … (valore precedente: importo 120,00 €)", or its archiving. */
export function expenseCorrectionText(
  context: CorrectionContext,
  correction: ExpenseCorrection,
): string {
  const { t, locale } = context;
  if (correction.kind === 'archived') {
    return t('projects.history.expenseArchived', {
      ...when(context, correction),
      amount: formatEuro(locale, correction.amount),
    });
  }
  if (correction.kind === 'restored') {
    return t('projects.history.expenseRestored', when(context, correction));
  }
  const changes = correction.changes
    .map((change) =>
      t('projects.history.fieldValue', {
        field: t(`projects.history.field.${change.field}`),
        value: previousText(context, change.field, change.previous),
      }),
    )
    .join('; ');
  return t('projects.history.expenseCorrected', { ...when(context, correction), changes });
}
