import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
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

/** Deletes a database from fake-indexeddb, done even when a connection still holds it open. */
export function deleteDatabase(name: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const deleting = indexedDB.deleteDatabase(name);
    deleting.onsuccess = () => resolve();
    deleting.onerror = () => resolve();
    deleting.onblocked = () => resolve();
  });
}

/**
 * Gives the tests of a file unique database names, each database deleted after the test that
 * named it. Call it at the top level of the test file: it registers the `afterEach`.
 */
export function databaseNamesDeletedAfterEach(prefix: string): () => string {
  const names: string[] = [];
  afterEach(async () => {
    await Promise.all(names.splice(0).map(deleteDatabase));
  });
  return () => {
    counter += 1;
    const name = `${prefix}-${counter}-${Date.now()}`;
    names.push(name);
    return name;
  };
}
