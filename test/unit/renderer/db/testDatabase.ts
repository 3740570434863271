import 'fake-indexeddb/auto';
import { createRegiaDatabase, type RegiaDatabase } from '../../../../renderer/db/database';
import type { RepositoryContext } from '../../../../renderer/db/repository';

let counter = 0;

/** A fresh, uniquely named database on fake-indexeddb, and a repository context over it. */
export function createTestContext(overrides: Partial<RepositoryContext> = {}): RepositoryContext & {
  db: RegiaDatabase;
} {
  counter += 1;
  const db = createRegiaDatabase(`regia-test-${counter}-${Date.now()}`);
  return {
    db,
    identity: () => ({ userName: 'Giulia Rossi', userOrganization: 'AFOL Metropolitana' }),
    ...overrides,
  };
}
