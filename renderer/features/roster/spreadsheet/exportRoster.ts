import { rosterSheets } from '../../../../shared/roster';
import type { Locale } from '../../../../shared/i18n';
import { writeExportWorkbook } from '../../../../shared/exchange';
import type { RegiaDatabase } from '../../../db';

/** How much the exported roster holds. */
export type RosterExportCounts = { organizations: number; contacts: number; memberships: number };

/**
 * The roster of a network as an xlsx workbook: every organization that is or was a member,
 * archived ones included and marked, with their contacts and their memberships of this network.
 */
export async function rosterWorkbook(
  db: RegiaDatabase,
  networkId: string,
  locale: Locale,
): Promise<{ bytes: Uint8Array; counts: RosterExportCounts }> {
  const network = await db.networks.get(networkId);
  if (!network) throw new Error(`Rete ${networkId} non trovata`);
  const memberships = await db.memberships.where('networkId').equals(networkId).toArray();
  const organizationIds = [...new Set(memberships.map((membership) => membership.organizationId))];
  const organizations = (await db.organizations.bulkGet(organizationIds))
    .flatMap((organization) => (organization ? [organization] : []))
    .sort((first, second) => first.name.localeCompare(second.name, 'it'));
  const contacts = await db.contacts.where('organizationId').anyOf(organizationIds).toArray();
  const order = new Map(organizations.map((organization, index) => [organization.id, index]));
  const byOrganization = <T extends { organizationId: string }>(first: T, second: T): number =>
    (order.get(first.organizationId) ?? 0) - (order.get(second.organizationId) ?? 0);
  contacts.sort(
    (first, second) =>
      byOrganization(first, second) || first.lastName.localeCompare(second.lastName, 'it'),
  );
  memberships.sort(byOrganization);
  const sheets = rosterSheets({ network, organizations, contacts, memberships }, locale);
  return {
    bytes: writeExportWorkbook(network.name, sheets),
    counts: {
      organizations: organizations.length,
      contacts: contacts.length,
      memberships: memberships.length,
    },
  };
}
