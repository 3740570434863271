import { differenceInMonths, differenceInYears, formatDuration, type Duration } from 'date-fns';
import { enGB, it as italian } from 'date-fns/locale';
import { translate, type Locale } from '../i18n';
import { calendarDaysBetween, dateOfDay } from './calendarDays';

/** Where a due day stands from today, and how far, in the unit a person would say. */
export type RelativeDue =
  { tense: 'today' | 'tomorrow' | 'yesterday' } | { tense: 'future' | 'past'; duration: Duration };

const dateLocales = { it: italian, en: enGB };

function durationBetween(earlier: string, later: string): Duration {
  const days = calendarDaysBetween(earlier, later);
  if (days < 14) return { days };
  if (days < 60) return { weeks: Math.floor(days / 7) };
  const years = differenceInYears(dateOfDay(later), dateOfDay(earlier));
  if (years >= 1) return { years };
  return { months: Math.max(1, differenceInMonths(dateOfDay(later), dateOfDay(earlier))) };
}

/** How a due day (`yyyy-MM-dd`) relates to today (`yyyy-MM-dd`). */
export function relativeDue(dueDate: string, today: string): RelativeDue {
  const days = calendarDaysBetween(today, dueDate);
  if (days === 0) return { tense: 'today' };
  if (days === 1) return { tense: 'tomorrow' };
  if (days === -1) return { tense: 'yesterday' };
  return days > 0
    ? { tense: 'future', duration: durationBetween(today, dueDate) }
    : { tense: 'past', duration: durationBetween(dueDate, today) };
}

/** "scade tra 3 giorni", "scaduta da 2 settimane": a due day in words, in the user's language. */
export function relativeDueLabel(dueDate: string, today: string, locale: Locale): string {
  const relative = relativeDue(dueDate, today);
  switch (relative.tense) {
    case 'today':
      return translate(locale, 'actions.due.today');
    case 'tomorrow':
      return translate(locale, 'actions.due.tomorrow');
    case 'yesterday':
      return translate(locale, 'actions.due.yesterday');
    case 'future':
    case 'past': {
      const duration = formatDuration(relative.duration, { locale: dateLocales[locale] });
      const key = relative.tense === 'future' ? 'actions.due.inFuture' : 'actions.due.inPast';
      return translate(locale, key, { duration });
    }
  }
}
