// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Action } from '../../../../../../shared/domain';
import { createRepositories } from '../../../../../../renderer/db/repositories';
import { ActionsPanel } from '../../../../../../renderer/features/roster/organization/ActionsPanel';
import { actionWith } from '../../../../shared/actions/actionFixture';
import { createTestContext } from '../../../db/testDatabase';
import { renderInApp } from '../../../ui/renderInApp';

/** The Comune di Segrate in two networks, with the actions given. */
async function renderPanel(actionsOf: (ids: { segrate: string; nets: string[] }) => Action[]) {
  const context = createTestContext();
  const repositories = createRepositories(context);
  const sudEst = await repositories.networks.create({ name: 'Patto Sud-Est Milano' });
  const como = await repositories.networks.create({ name: 'Ambito di Como' });
  const segrate = await repositories.organizations.create({
    name: 'Comune di Segrate',
    type: 'comune',
  });
  const actions = actionsOf({ segrate: segrate.id, nets: [sudEst.id, como.id] });
  renderInApp(
    <ActionsPanel
      records={{
        organization: segrate,
        contacts: [],
        memberships: [],
        networks: new Map([
          [sudEst.id, sudEst],
          [como.id, como],
        ]),
        attendances: [],
        relationships: [],
      }}
      actions={actions}
    />,
    context.db,
  );
}

afterEach(cleanup);

describe('the actions of an organization', () => {
  it('names the network of each action only when they come from more than one', async () => {
    await renderPanel(({ segrate, nets }) => [
      actionWith({ title: 'Sportello lavoro', networkId: nets[0], ownerOrganizationId: segrate }),
      actionWith({ title: 'Tirocini', networkId: nets[1], dueDate: null }),
    ]);
    const table = screen.getByRole('table', { name: 'Azioni di Comune di Segrate' });
    expect(within(table).getByRole('columnheader', { name: 'Rete' })).toBeTruthy();
    const row = within(table).getByRole('row', { name: /Sportello lavoro/ });
    expect(within(row).getByRole('cell', { name: 'Patto Sud-Est Milano' })).toBeTruthy();
    expect(within(row).getByRole('cell', { name: 'Responsabile' })).toBeTruthy();
  });

  it('leaves the network out when every action is of one, and says when there is none', async () => {
    await renderPanel(({ nets }) => [actionWith({ title: 'Tirocini', networkId: nets[1] })]);
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).not.toContain(
      'Rete',
    );
    cleanup();
    await renderPanel(() => []);
    expect(screen.getByText('Nessuna azione affidata a questo ente')).toBeTruthy();
  });
});
