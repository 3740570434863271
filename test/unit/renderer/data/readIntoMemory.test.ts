import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import {
  freshResult,
  queryMemory,
  readIntoMemory,
} from '../../../../renderer/data/useRememberedQuery';
import { tablesVersion } from '../../../../renderer/data/tableChanges';
import { actionWith } from '../../shared/actions/actionFixture';
import { createTestContext } from '../db/testDatabase';

const tables = ['actions'] as const;

async function setUp() {
  const { db } = createTestContext();
  await db.open();
  return { db, memory: queryMemory<number>(), read: vi.fn(() => db.actions.count()) };
}

describe('reading a query into memory', () => {
  it('joins the read of the same inputs in progress instead of starting another', async () => {
    const { db, memory, read } = await setUp();
    const first = readIntoMemory(memory, db, tables, 'rete', read);
    const second = readIntoMemory(memory, db, tables, 'rete', read);
    expect(second).toBe(first);
    expect(await second).toBe(0);
    expect(read).toHaveBeenCalledTimes(1);
    expect(freshResult(memory, 'rete', tablesVersion(db.name, tables))).toBe(0);
  });

  it('starts a new read for other inputs or once a table changed, and forgets the stale result', async () => {
    const { db, memory, read } = await setUp();
    await readIntoMemory(memory, db, tables, 'rete', read);
    await readIntoMemory(memory, db, tables, 'altra rete', read);
    await db.actions.add(actionWith());
    expect(freshResult(memory, 'altra rete', tablesVersion(db.name, tables))).toBeUndefined();
    expect(await readIntoMemory(memory, db, tables, 'altra rete', read)).toBe(1);
    expect(read).toHaveBeenCalledTimes(3);
  });
});
