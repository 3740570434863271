import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NewerDatabaseError } from '../../../../renderer/db/database';
import { describeStorageError } from '../../../../renderer/db/storageErrors';

describe('storage errors in plain language', () => {
  it('recognizes a full disk hidden inside a Dexie error', () => {
    const inner = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const dexieError = Object.assign(new Error('AbortError'), { name: 'AbortError', inner });
    expect(describeStorageError(dexieError)).toEqual({ key: 'error.quota' });
  });

  it('recognizes a database from a newer Regia', () => {
    expect(describeStorageError(new NewerDatabaseError(9))).toEqual({ key: 'error.newerDatabase' });
    expect(describeStorageError(new DOMException('v', 'VersionError'))).toEqual({
      key: 'error.newerDatabase',
    });
  });

  it('turns a validation failure into the check-the-fields message', () => {
    const failure = z.object({ name: z.string().min(1) }).safeParse({ name: '' });
    expect(describeStorageError(failure.error)).toEqual({ key: 'error.validation' });
  });

  it('names the innermost cause of any other storage failure', () => {
    const inner = new DOMException('Disk I/O error', 'UnknownError');
    expect(describeStorageError(Object.assign(new Error('outer'), { inner }))).toEqual({
      key: 'error.storage',
      params: { cause: 'Disk I/O error' },
    });
  });
});
