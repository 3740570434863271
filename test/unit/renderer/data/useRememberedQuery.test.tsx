// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeSettings, type RegiaDatabase } from '../../../../renderer/db';
import {
  queryMemory,
  useRememberedQuery,
  type QueryMemory,
} from '../../../../renderer/data/useRememberedQuery';
import { actionWith } from '../../shared/actions/actionFixture';
import { createTestContext } from '../db/testDatabase';

const tables = ['actions'] as const;

type CountProps = {
  memory: QueryMemory<number>;
  db: RegiaDatabase;
  read: () => Promise<number>;
  inputs?: string;
};

function ActionCount({ memory, db, read, inputs = 'rete' }: CountProps) {
  const count = useRememberedQuery(memory, db, tables, inputs, read);
  return <p>{count === undefined ? 'lettura' : `${count} azioni`}</p>;
}

afterEach(cleanup);

/** An open database (its creation, itself a change, is behind it) and a counted read. */
async function setUp() {
  const { db } = createTestContext();
  await db.open();
  const read = vi.fn(() => db.actions.count());
  return { db, read, memory: queryMemory<number>() };
}

describe('a remembered query', () => {
  it('shows its result at once when the page opens again and nothing changed', async () => {
    const { db, read, memory } = await setUp();
    await db.actions.add(actionWith());
    const first = render(<ActionCount memory={memory} db={db} read={read} />);
    await screen.findByText('1 azioni');
    first.unmount();
    render(<ActionCount memory={memory} db={db} read={read} />);
    expect(screen.getByText('1 azioni')).toBeTruthy();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads again once one of its tables changed, while open and when opened again', async () => {
    const { db, read, memory } = await setUp();
    const first = render(<ActionCount memory={memory} db={db} read={read} />);
    await screen.findByText('0 azioni');
    await db.actions.add(actionWith());
    await screen.findByText('1 azioni');
    first.unmount();
    await db.actions.add(actionWith());
    render(<ActionCount memory={memory} db={db} read={read} />);
    await screen.findByText('2 azioni');
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('reads again for other inputs, and ignores changes to other tables', async () => {
    const { db, read, memory } = await setUp();
    const view = render(<ActionCount memory={memory} db={db} read={read} />);
    await screen.findByText('0 azioni');
    await writeSettings(db, { userName: 'Giulia Rossi' });
    view.rerender(<ActionCount memory={memory} db={db} read={read} inputs="altra rete" />);
    await waitFor(() => expect(read).toHaveBeenCalledTimes(2));
    // Remembered once that second read has answered (its own callback runs before this await's).
    await read.mock.results[1]?.value;
    view.unmount();
    render(<ActionCount memory={memory} db={db} read={read} inputs="altra rete" />);
    expect(screen.getByText('0 azioni')).toBeTruthy();
    expect(read).toHaveBeenCalledTimes(2);
  });
});
