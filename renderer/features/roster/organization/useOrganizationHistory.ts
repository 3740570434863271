import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEntry } from '../../../../shared/domain';
import { useRegia } from '../../../app/RegiaContext';
import type { OrganizationRecords } from './useOrganizationRecords';

/** The audit entries of an organization and of its contacts and memberships. */
export type OrganizationHistory = {
  entries: AuditEntry[];
  /** Names of the organizations the entries refer to, for showing moved contacts. */
  organizationNames: Map<string, string>;
};

function referencedOrganizationIds(entries: AuditEntry[]): string[] {
  const ids = new Set<string>();
  for (const entry of entries) {
    for (const record of [entry.before, entry.after]) {
      if (typeof record === 'object' && record !== null && 'organizationId' in record) {
        const { organizationId } = record;
        if (typeof organizationId === 'string') ids.add(organizationId);
      }
    }
  }
  return [...ids];
}

/** Every recorded change to the organization, its contacts and its memberships, latest first. */
export function useOrganizationHistory(
  records: OrganizationRecords,
): OrganizationHistory | undefined {
  const { db } = useRegia();
  const keys: [string, string][] = [
    ['organizations', records.organization.id],
    ...records.contacts.map((contact): [string, string] => ['contacts', contact.id]),
    ...records.memberships.map((membership): [string, string] => ['memberships', membership.id]),
  ];
  const keyList = JSON.stringify(keys);
  return useLiveQuery(async () => {
    const wanted: [string, string][] = keys;
    const entries = await db.auditEntries.where('[table+recordId]').anyOf(wanted).toArray();
    entries.sort((first, second) => second.at.localeCompare(first.at));
    const ids = referencedOrganizationIds(entries);
    const organizations = await db.organizations.bulkGet(ids);
    const organizationNames = new Map(
      organizations.flatMap((organization) =>
        organization ? [[organization.id, organization.name] as const] : [],
      ),
    );
    return { entries, organizationNames };
    // The key list stands for `keys`, which is a new array at every render.
  }, [db, keyList]);
}
