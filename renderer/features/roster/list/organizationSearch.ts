import { intersectIds } from '../../../../shared/roster';
import type { RegiaDatabase } from '../../../db';

/** The organizations a word finds: by their own words, or by the words of one of their contacts. */
async function organizationIdsForWord(
  db: RegiaDatabase,
  word: string,
  organizationOfContact: ReadonlyMap<string, string>,
): Promise<Set<string>> {
  const [organizationIds, contactIds] = await Promise.all([
    db.organizations.where('searchWords').startsWith(word).primaryKeys(),
    db.contacts.where('searchWords').startsWith(word).primaryKeys(),
  ]);
  const ids = new Set(organizationIds);
  for (const contactId of contactIds) {
    // Archived contacts are absent from the directory, so they find nothing.
    const organizationId = organizationOfContact.get(contactId);
    if (organizationId) ids.add(organizationId);
  }
  return ids;
}

/**
 * The ids of the organizations every query word finds, through the multi-entry word indexes
 * of organizations and contacts: a prefix range of keys per word, never a scan of the tables.
 */
export async function findOrganizationIds(
  db: RegiaDatabase,
  queryWords: readonly string[],
  organizationOfContact: ReadonlyMap<string, string>,
): Promise<Set<string>> {
  const perWord = await Promise.all(
    queryWords.map((word) => organizationIdsForWord(db, word, organizationOfContact)),
  );
  return intersectIds(perWord);
}
