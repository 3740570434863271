import type { MapSourceData } from './mapTypes';

/** A choice of a filter: its value and what the user reads. */
export type Option = { value: string; label: string };

/** The values the filters can offer for a network: its projects, areas of work and provinces. */
export type FilterOptions = {
  projects: Option[];
  areasOfWork: Option[];
  provincie: Option[];
  /** First and last day anything in the network is dated, for the time slider. */
  dateRange: { first: string; last: string } | null;
};

const byLabel = (a: Option, b: Option): number => a.label.localeCompare(b.label, 'it');

/** Reads what the filters can offer from the network's data. */
export function filterOptionsOf(source: MapSourceData, today: string): FilterOptions {
  const live = <T extends { archivedAt: string | null }>(rows: readonly T[]): T[] =>
    rows.filter((row) => row.archivedAt === null);
  const organizations = live(source.organizations);
  const distinct = (values: string[]): Option[] =>
    [...new Set(values.filter((value) => value.trim() !== ''))]
      .map((value) => ({ value, label: value }))
      .sort(byLabel);
  const days = [
    ...live(source.relationships).flatMap((row) => [row.from, row.to]),
    ...live(source.memberships).flatMap((row) => [row.from, row.to]),
    ...live(source.projects).flatMap((row) => [row.periodFrom, row.periodTo]),
    ...live(source.meetings).map((row) => row.date),
    today,
  ].filter((day): day is string => day !== null);
  const sorted = [...days].sort();
  return {
    projects: live(source.projects)
      .map((project) => ({ value: project.id, label: project.title }))
      .sort(byLabel),
    areasOfWork: distinct(organizations.flatMap((organization) => organization.areasOfWork)),
    provincie: distinct(organizations.map((organization) => organization.provincia)),
    dateRange: sorted.length > 0 ? { first: sorted[0], last: sorted[sorted.length - 1] } : null,
  };
}
const dayMilliseconds = 86_400_000;

/** A `yyyy-MM-dd` day as a whole number of days since 1970, for a slider. */
export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / dayMilliseconds);
}

/** The `yyyy-MM-dd` day of a slider's number. */
export function dayOfNumber(value: number): string {
  return new Date(value * dayMilliseconds).toISOString().slice(0, 10);
}
