import { format, parseISO } from 'date-fns';
import { enGB, it as italian } from 'date-fns/locale';
import type { Locale } from '../../shared/i18n';

const dateLocales = { it: italian, en: enGB };

/** A calendar day (`yyyy-MM-dd`) or timestamp written out in the user's language. */
export function formatDate(
  locale: Locale,
  isoDate: string | null,
  pattern = 'd MMMM yyyy',
): string {
  if (!isoDate) return '—';
  return format(parseISO(isoDate), pattern, { locale: dateLocales[locale] });
}

/** A timestamp with date and time. */
export function formatDateTime(locale: Locale, isoDateTime: string): string {
  return formatDate(locale, isoDateTime, 'd MMM yyyy, HH:mm');
}

export { todayIsoDate } from './isoDate';
