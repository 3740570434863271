import type { Transaction } from 'dexie';

// Frozen: version 2 shipped with exactly these rules, so an old database upgrades the same way
// whatever the roster search becomes. The write path computes search words in shared/search.

type Row = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The fields an organization was found by at version 2, in order. */
const organizationFields = ['name', 'comune', 'provincia', 'taxCode', 'vatNumber', 'email', 'pec'];
/** The fields a contact was found by at version 2, in order. */
const contactFields = ['firstName', 'lastName', 'email', 'role'];

/** Lower case without accents or punctuation, as version 2 normalized a field. */
function normalizedAtVersion2(field: string): string {
  return field
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9@.]+/g, ' ')
    .trim();
}

/** The distinct normalized words of a row's fields, as version 2 computed them. */
function searchWordsAtVersion2(row: Row, fields: readonly string[]): string[] {
  const words = new Set<string>();
  for (const field of fields) {
    for (const word of normalizedAtVersion2(text(row[field])).split(' ')) {
      if (word.length > 0) words.add(word);
    }
  }
  return [...words];
}

/** The version 2 data change for one organization row: adds its search words. */
export function withOrganizationSearchWords<T extends Row>(row: T): T & { searchWords: string[] } {
  return { ...row, searchWords: searchWordsAtVersion2(row, organizationFields) };
}

/** The version 2 data change for one contact row: adds its search words. */
export function withContactSearchWords<T extends Row>(row: T): T & { searchWords: string[] } {
  return { ...row, searchWords: searchWordsAtVersion2(row, contactFields) };
}

/** Upgrades a version 1 database to version 2. */
export async function upgradeToV2(transaction: Transaction): Promise<void> {
  await transaction
    .table('organizations')
    .toCollection()
    .modify((row: Row) => {
      row.searchWords = withOrganizationSearchWords(row).searchWords;
    });
  await transaction
    .table('contacts')
    .toCollection()
    .modify((row: Row) => {
      row.searchWords = withContactSearchWords(row).searchWords;
    });
}
