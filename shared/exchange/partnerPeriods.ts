import type { Indicator } from '../domain';
import { translate } from '../i18n';
import { comparePeriods, isPeriod, periodBounds, periodOf, periodsBetween } from '../projects';
import { foldText } from './cellValues';

type Periodicity = Indicator['periodicity'];

/** How far back a partner may still send a value it did not send in time: one year. */
const lateMonths = 12;

function quarterOf(isoDay: string): { year: number; quarter: number } {
  return {
    year: Number(isoDay.slice(0, 4)),
    quarter: Math.floor((Number(isoDay.slice(5, 7)) - 1) / 3) + 1,
  };
}

function quarterCode(year: number, quarter: number): string {
  return `${year}-Q${quarter}`;
}

/** The quarter `steps` before (negative: after) a quarter given as `2026-Q1`. */
function shiftQuarter(period: string, steps: number): string {
  const index = Number(period.slice(0, 4)) * 4 + Number(period.slice(6)) - 1 - steps;
  return quarterCode(Math.floor(index / 4), (index % 4) + 1);
}

/** The last quarter closed on a day: in early April 2026 that is `2026-Q1`, never `2026-Q2`. */
export function lastClosedQuarter(today: string): string {
  const { year, quarter } = quarterOf(today);
  return shiftQuarter(quarterCode(year, quarter), 1);
}

/**
 * The reporting periods an export offers, newest first: the quarter in progress, then the
 * closed ones, `count` in all. The default is the second, the last closed quarter.
 */
export function reportingQuarterChoices(today: string, count = 8): string[] {
  const { year, quarter } = quarterOf(today);
  const current = quarterCode(year, quarter);
  return Array.from({ length: count }, (_, steps) => shiftQuarter(current, steps));
}

/**
 * The period an indicator reports for in a reporting quarter: the last of its own periods
 * that ends by the quarter's end (a monthly indicator its last month, a yearly one the last
 * whole year).
 */
export function reportingPeriodOf(periodicity: Periodicity, reportingQuarter: string): string {
  const end = periodBounds(reportingQuarter)?.end ?? reportingQuarter;
  if (periodicity === 'anno') {
    const year = Number(end.slice(0, 4));
    return end.slice(5) === '12-31' ? String(year) : String(year - 1);
  }
  return periodOf(periodicity, end);
}

/**
 * The earlier periods a partner may still report late, oldest first: those of the last year
 * before the reporting period, from the project's start (when known), for which the partner
 * sent nothing. `reported` holds the periods it did send.
 */
export function lateOpenPeriods(
  periodicity: Periodicity,
  reportingPeriod: string,
  projectStart: string | null,
  reported: ReadonlySet<string>,
): string[] {
  const bounds = periodBounds(reportingPeriod);
  if (!bounds) return [];
  const year = Number(bounds.start.slice(0, 4));
  const month = Number(bounds.start.slice(5, 7));
  const back = year * 12 + month - 1 - lateMonths;
  const yearAgo = `${Math.floor(back / 12)}-${String((back % 12) + 1).padStart(2, '0')}-01`;
  const from = projectStart !== null && projectStart > yearAgo ? projectStart : yearAgo;
  if (from >= bounds.start) return [];
  return periodsBetween(periodicity, from, bounds.start).filter(
    (period) => comparePeriods(period, reportingPeriod) < 0 && !reported.has(period),
  );
}

const monthFormat = new Intl.DateTimeFormat('it', { month: 'long', timeZone: 'UTC' });

/** A period as partners read it: «1° trimestre 2026», «marzo 2026», «anno 2026». */
export function periodText(period: string): string {
  const bounds = periodBounds(period);
  if (!bounds) return period;
  const year = period.slice(0, 4);
  if (/^\d{4}-Q[1-4]$/.test(period))
    return translate('it', 'exchange.period.quarter', { number: period.slice(6), year });
  if (/^\d{4}-\d{2}$/.test(period)) {
    const month = monthFormat.format(new Date(`${bounds.start}T00:00:00Z`));
    return translate('it', 'exchange.period.month', { month, year });
  }
  return translate('it', 'exchange.period.year', { year });
}

const quarterWords = /^([1-4])\s*[°º]?\s*(?:trimestre|trim\.?|quarter)\s+(\d{4})$/;
const quarterCodes = /^(?:(\d{4})\s*-?\s*q([1-4])|q([1-4])\s+(\d{4}))$/;
const monthNumbers = /^(0?[1-9]|1[0-2])\s*\/\s*(\d{4})$/;
const yearWords = /^(?:anno\s+|year\s+)?(\d{4})$/;
const monthNames = Array.from({ length: 12 }, (_, index) =>
  foldText(monthFormat.format(new Date(Date.UTC(2026, index, 1)))),
);

/**
 * The period a cell names, as Regia writes it (`2026-Q1`, `2026-03`, `2026`), from the text a
 * partner sees or a program re-wrote: «1° trimestre 2026», «1 trim. 2026», «Q1 2026»,
 * «marzo 2026», «03/2026», «anno 2026». Null for a text that names no period.
 */
export function periodOfText(text: string): string | null {
  const folded = foldText(text).replace(/\s+/g, ' ').trim();
  if (isPeriod(folded.toUpperCase())) return folded.toUpperCase();
  const quarter = quarterWords.exec(folded);
  if (quarter) return `${quarter[2]}-Q${quarter[1]}`;
  const code = quarterCodes.exec(folded);
  if (code) return code[1] ? `${code[1]}-Q${code[2]}` : `${code[4]}-Q${code[3]}`;
  const month = monthNumbers.exec(folded);
  if (month) return `${month[2]}-${month[1]?.padStart(2, '0')}`;
  const named = /^([a-z]+)\s+(\d{4})$/.exec(folded);
  const monthIndex = named ? monthNames.indexOf(named[1] ?? '') : -1;
  if (named && monthIndex >= 0) return `${named[2]}-${String(monthIndex + 1).padStart(2, '0')}`;
  const year = yearWords.exec(folded);
  return year ? (year[1] ?? null) : null;
}
