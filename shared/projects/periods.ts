import type { Indicator } from '../domain';

type Periodicity = Indicator['periodicity'];

/** The period containing a day: `2026-03` (mese), `2026-Q1` (trimestre) or `2026` (anno). */
export function periodOf(periodicity: Periodicity, isoDate: string): string {
  const year = isoDate.slice(0, 4);
  const month = Number(isoDate.slice(5, 7));
  if (periodicity === 'mese') return `${year}-${isoDate.slice(5, 7)}`;
  if (periodicity === 'anno') return year;
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;
const quarterPattern = /^(\d{4})-Q([1-4])$/;
const yearPattern = /^(\d{4})$/;

/** Whether a text is a period Regia understands. */
export function isPeriod(period: string): boolean {
  return monthPattern.test(period) || quarterPattern.test(period) || yearPattern.test(period);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day (`yyyy-MM-dd`) of a period; null for a text that is no period. */
export function periodBounds(period: string): { start: string; end: string } | null {
  const month = monthPattern.exec(period);
  if (month) {
    const [year, number] = [Number(month[1]), Number(month[2])];
    return {
      start: `${year}-${pad(number)}-01`,
      end: `${year}-${pad(number)}-${pad(lastDayOf(year, number))}`,
    };
  }
  const quarter = quarterPattern.exec(period);
  if (quarter) {
    const [year, number] = [Number(quarter[1]), Number(quarter[2])];
    const last = number * 3;
    return {
      start: `${year}-${pad(last - 2)}-01`,
      end: `${year}-${pad(last)}-${pad(lastDayOf(year, last))}`,
    };
  }
  const year = yearPattern.exec(period);
  if (year) return { start: `${year[1]}-01-01`, end: `${year[1]}-12-31` };
  return null;
}

/** Orders periods by their first day, then the shorter first; unknown texts last. */
export function comparePeriods(left: string, right: string): number {
  const a = periodBounds(left);
  const b = periodBounds(right);
  if (!a || !b) return a ? -1 : b ? 1 : left.localeCompare(right);
  return a.start.localeCompare(b.start) || a.end.localeCompare(b.end);
}

/** Every period of a periodicity from the one containing `from` to the one containing `to`. */
export function periodsBetween(periodicity: Periodicity, from: string, to: string): string[] {
  const periods: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = periodOf(periodicity, to);
  const step = periodicity === 'mese' ? 1 : periodicity === 'trimestre' ? 3 : 12;
  // A bounded loop: a project spans a few years at most, a wrong date must not hang the page.
  for (let guard = 0; guard < 600; guard += 1) {
    const period = periodOf(periodicity, `${year}-${pad(month)}-01`);
    periods.push(period);
    if (period === last || comparePeriods(period, last) > 0) break;
    month += step;
    while (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  return periods;
}

/** A period for people: `1° trim. 2026`, `03/2026`, `2026` (Italian) or `Q1 2026` (English). */
export function periodLabel(locale: 'it' | 'en', period: string): string {
  const quarter = quarterPattern.exec(period);
  if (quarter)
    return locale === 'it' ? `${quarter[2]}° trim. ${quarter[1]}` : `Q${quarter[2]} ${quarter[1]}`;
  const month = monthPattern.exec(period);
  if (month) return `${month[2]}/${month[1]}`;
  return period;
}

/** Whether a period starts within an inclusive range of days (either end may be open). */
export function periodWithin(period: string, from: string | null, to: string | null): boolean {
  const bounds = periodBounds(period);
  if (!bounds) return from === null && to === null;
  return (from === null || bounds.start >= from) && (to === null || bounds.start <= to);
}
