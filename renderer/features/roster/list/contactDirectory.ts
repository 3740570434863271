import type { RegiaDatabase } from '../../../db';

/** Which organization each active contact belongs to, and how many active contacts each has. */
export type ContactDirectory = {
  organizationOf: ReadonlyMap<string, string>;
  counts: ReadonlyMap<string, number>;
};

/** Above this many organizations one read of the whole table beats a lookup per organization. */
const wholeTableThreshold = 200;

/**
 * Reads the active contacts once (a single getAll, which for thousands of rows is far faster
 * than a cursor per organization) and indexes them by contact and by organization.
 */
export async function loadContactDirectory(db: RegiaDatabase): Promise<ContactDirectory> {
  const organizationOf = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const contact of await db.contacts.toArray()) {
    if (contact.archivedAt) continue;
    organizationOf.set(contact.id, contact.organizationId);
    counts.set(contact.organizationId, (counts.get(contact.organizationId) ?? 0) + 1);
  }
  return { organizationOf, counts };
}

/** How many active contacts each of the given organizations has. */
export async function countActiveContacts(
  db: RegiaDatabase,
  organizationIds: readonly string[],
): Promise<ReadonlyMap<string, number>> {
  if (organizationIds.length > wholeTableThreshold) return (await loadContactDirectory(db)).counts;
  const counts = new Map<string, number>();
  const contacts = await db.contacts.where('organizationId').anyOf(organizationIds).toArray();
  for (const contact of contacts) {
    if (!contact.archivedAt) {
      counts.set(contact.organizationId, (counts.get(contact.organizationId) ?? 0) + 1);
    }
  }
  return counts;
}
