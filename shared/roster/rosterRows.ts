import {
  membershipRoles,
  type Membership,
  type MembershipRole,
  type Organization,
  type OrganizationType,
} from '../domain';

/** One line of the roster: an organization, its membership of the current network if any. */
export type RosterRow = {
  organization: Organization;
  membership: Membership | null;
  contactCount: number;
};

/** Which organizations the roster shows: archived ones, active ones, or both. */
export type RosterStatus = 'active' | 'archived' | 'all';

/** The filters above the roster table; null or empty means "any". */
export type RosterFilters = {
  type: OrganizationType | null;
  /** A role in the current network, or `none` for organizations that are not members. */
  role: MembershipRole | 'none' | null;
  provincia: string | null;
  areaOfWork: string | null;
  status: RosterStatus;
};

/** The columns the roster can be sorted by. */
export type RosterSortColumn = 'name' | 'type' | 'role' | 'comune' | 'email' | 'contacts';

/** A column and a direction. */
export type RosterSort = { column: RosterSortColumn; direction: 'ascending' | 'descending' };

/** No filter at all, active organizations only. */
export const noRosterFilters: RosterFilters = {
  type: null,
  role: null,
  provincia: null,
  areaOfWork: null,
  status: 'active',
};

function matchesStatus(organization: Organization, status: RosterStatus): boolean {
  if (status === 'all') return true;
  return status === 'archived'
    ? organization.archivedAt !== null
    : organization.archivedAt === null;
}

/** The rows that pass the filters and, when a search is running, are among its matches. */
export function filterRosterRows(
  rows: readonly RosterRow[],
  filters: RosterFilters,
  searchMatches: ReadonlySet<string> | null,
): RosterRow[] {
  return rows.filter(({ organization, membership }) => {
    if (searchMatches && !searchMatches.has(organization.id)) return false;
    if (!matchesStatus(organization, filters.status)) return false;
    if (filters.type && organization.type !== filters.type) return false;
    if (filters.role === 'none' && membership) return false;
    if (filters.role && filters.role !== 'none' && membership?.role !== filters.role) return false;
    if (filters.provincia && organization.provincia !== filters.provincia) return false;
    if (filters.areaOfWork && !organization.areasOfWork.includes(filters.areaOfWork)) return false;
    return true;
  });
}

const collator = new Intl.Collator('it', { sensitivity: 'base', numeric: true });
const roleRank = new Map(membershipRoles.map((role, index) => [role, index]));

type Key = string | number;

function sortKey(
  row: RosterRow,
  column: RosterSortColumn,
  typeLabel: (type: OrganizationType) => string,
): Key {
  switch (column) {
    case 'name':
      return row.organization.name;
    case 'type':
      return typeLabel(row.organization.type);
    case 'role':
      return row.membership ? (roleRank.get(row.membership.role) ?? 0) : membershipRoles.length;
    case 'comune':
      return row.organization.comune;
    case 'email':
      return row.organization.email || row.organization.pec;
    case 'contacts':
      return row.contactCount;
  }
}

function compareKeys(first: Key, second: Key): number {
  if (typeof first === 'number' && typeof second === 'number') return first - second;
  return collator.compare(String(first), String(second));
}

/**
 * The rows in the order of a column (roles from capofila to osservatore, names as an Italian
 * reader expects), ties broken by name; types are compared by their shown label.
 */
export function sortRosterRows(
  rows: readonly RosterRow[],
  sort: RosterSort,
  typeLabel: (type: OrganizationType) => string,
): RosterRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: sortKey(row, sort.column, typeLabel) }));
  keyed.sort(
    (first, second) =>
      sign * compareKeys(first.key, second.key) ||
      collator.compare(first.row.organization.name, second.row.organization.name),
  );
  return keyed.map(({ row }) => row);
}

/** The distinct values of a field across the rows, sorted, for a filter's choices. */
export function distinctRosterValues(
  rows: readonly RosterRow[],
  valuesOf: (organization: Organization) => readonly string[],
): string[] {
  const values = new Set<string>();
  for (const { organization } of rows) {
    for (const value of valuesOf(organization)) if (value.trim()) values.add(value);
  }
  return [...values].sort(collator.compare);
}
