// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addDataset } from '../../../../../../renderer/db';
import {
  ActionsProgress,
  progressListLimit,
} from '../../../../../../renderer/features/meetings/agenda/ActionsProgress';
import { actionWith } from '../../../../shared/actions/actionFixture';
import { createTestContext } from '../../../db/testDatabase';
import { renderInApp } from '../../../ui/renderInApp';

const networkId = '11111111-1111-4111-8111-111111111111';

async function networkWithOpenActions(count: number) {
  const context = createTestContext();
  const day = (index: number): string => `2026-05-${String(index + 1).padStart(2, '0')}`;
  await addDataset(context, {
    actions: Array.from({ length: count }, (_, index) =>
      actionWith({ networkId, title: `Impegno ${index + 1}`, dueDate: day(index) }),
    ),
  });
  return context.db;
}

describe('the open actions of the progress item', () => {
  afterEach(cleanup);

  it('lists the first ones by due day and says how many more the Azioni page has', async () => {
    const db = await networkWithOpenActions(progressListLimit + 5);
    renderInApp(<ActionsProgress networkId={networkId} today="2026-05-10" />, db);
    expect(await screen.findByText('25 aperte, di cui 9 scadute')).toBeDefined();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(progressListLimit);
    expect(items[0]?.textContent).toContain('Impegno 1');
    expect(screen.queryByText('Impegno 21')).toBeNull();
    expect(screen.getByText('e altre 5 azioni aperte, nella pagina Azioni')).toBeDefined();
  });

  it('lists every open action when they are few, with nothing more to say', async () => {
    const db = await networkWithOpenActions(3);
    renderInApp(<ActionsProgress networkId={networkId} today="2026-05-10" />, db);
    expect(await screen.findByText('3 aperte, di cui 3 scadute')).toBeDefined();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByText(/nella pagina Azioni/)).toBeNull();
  });
});
