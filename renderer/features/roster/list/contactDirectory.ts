import type { WordEntry } from '../../../../shared/roster';
import type { RegiaDatabase } from '../../../db';

/**
 * How many active contacts each organization has, and the search words of each active contact
 * filed under its organization, for the roster search.
 */
export type ContactDirectory = {
  counts: ReadonlyMap<string, number>;
  organizationWords: readonly WordEntry[];
};

/** Above this many organizations one read of the whole table beats a lookup per organization. */
const wholeTableThreshold = 200;

/**
 * Reads the active contacts once (a single getAll, which for thousands of rows is far faster
 * than a cursor per organization): counts and search words by organization.
 */
export async function loadContactDirectory(db: RegiaDatabase): Promise<ContactDirectory> {
  const counts = new Map<string, number>();
  const organizationWords: WordEntry[] = [];
  for (const contact of await db.contacts.toArray()) {
    if (contact.archivedAt) continue;
    counts.set(contact.organizationId, (counts.get(contact.organizationId) ?? 0) + 1);
    organizationWords.push({ id: contact.organizationId, words: contact.searchWords });
  }
  return { counts, organizationWords };
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
