import type { Membership, Organization } from '../../../../shared/domain';
import type { RosterRow } from '../../../../shared/roster';
import type { RegiaDatabase } from '../../../db';
import { useRegia } from '../../../app/RegiaContext';
import { queryMemory, useRememberedQuery } from '../../../data';
import { countActiveContacts } from './contactDirectory';

/** Which organizations the roster lists: the current network's members, or every one stored. */
export type RosterScope = 'network' | 'all';

/** Above this many members one read of the whole table beats a lookup per member. */
const wholeTableThreshold = 200;

async function organizationsOf(
  db: RegiaDatabase,
  scope: RosterScope,
  memberIds: ReadonlySet<string>,
): Promise<Organization[]> {
  if (scope === 'all') return db.organizations.toArray();
  if (memberIds.size > wholeTableThreshold) {
    return (await db.organizations.toArray()).filter((organization) =>
      memberIds.has(organization.id),
    );
  }
  return (await db.organizations.bulkGet([...memberIds])).filter(
    (organization): organization is Organization => organization !== undefined,
  );
}

/** The roster's organizations with their membership of the network; contacts not counted yet. */
export async function loadRosterOrganizations(
  db: RegiaDatabase,
  networkId: string,
  scope: RosterScope,
): Promise<RosterRow[]> {
  const memberships = (await db.memberships.where('networkId').equals(networkId).toArray()).filter(
    (membership) => !membership.archivedAt,
  );
  const membershipByOrganization = new Map<string, Membership>(
    memberships.map((membership) => [membership.organizationId, membership]),
  );
  const organizations = await organizationsOf(db, scope, new Set(membershipByOrganization.keys()));
  return organizations.map((organization) => ({
    organization,
    membership: membershipByOrganization.get(organization.id) ?? null,
    contactCount: 0,
  }));
}

/** The roster's rows: each organization, its membership of the network, its active contacts. */
export async function loadRosterRows(
  db: RegiaDatabase,
  networkId: string,
  scope: RosterScope,
): Promise<RosterRow[]> {
  const rows = await loadRosterOrganizations(db, networkId, scope);
  const counts = await countActiveContacts(
    db,
    rows.map((row) => row.organization.id),
  );
  return rows.map((row) => ({ ...row, contactCount: counts.get(row.organization.id) ?? 0 }));
}

const organizationsMemory = queryMemory<RosterRow[]>();
const organizationTables = ['memberships', 'organizations'] as const;

/**
 * The roster's organizations, kept current; undefined while loading. Contacts are counted apart.
 * The last list read is remembered while neither table changes: the Rete page opened again
 * draws it at once.
 */
export function useRosterOrganizations(
  networkId: string,
  scope: RosterScope,
): RosterRow[] | undefined {
  const { db } = useRegia();
  return useRememberedQuery(
    organizationsMemory,
    db,
    organizationTables,
    [db.name, networkId, scope].join('|'),
    () => loadRosterOrganizations(db, networkId, scope),
  );
}
