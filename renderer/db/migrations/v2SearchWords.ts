import type { Transaction } from 'dexie';
import { contactSearchWords, organizationSearchWords } from '../../../shared/search';

type Searchable = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The version 2 data change for one organization row: adds its search words. */
export function withOrganizationSearchWords<T extends Searchable>(
  row: T,
): T & { searchWords: string[] } {
  return {
    ...row,
    searchWords: organizationSearchWords({
      name: text(row.name),
      comune: text(row.comune),
      provincia: text(row.provincia),
      taxCode: text(row.taxCode),
      vatNumber: text(row.vatNumber),
      email: text(row.email),
      pec: text(row.pec),
    }),
  };
}

/** The version 2 data change for one contact row: adds its search words. */
export function withContactSearchWords<T extends Searchable>(
  row: T,
): T & { searchWords: string[] } {
  return {
    ...row,
    searchWords: contactSearchWords({
      firstName: text(row.firstName),
      lastName: text(row.lastName),
      email: text(row.email),
      role: text(row.role),
    }),
  };
}

/** Upgrades a version 1 database to version 2. */
export async function upgradeToV2(transaction: Transaction): Promise<void> {
  await transaction
    .table('organizations')
    .toCollection()
    .modify((row: Searchable) => {
      row.searchWords = withOrganizationSearchWords(row).searchWords;
    });
  await transaction
    .table('contacts')
    .toCollection()
    .modify((row: Searchable) => {
      row.searchWords = withContactSearchWords(row).searchWords;
    });
}
