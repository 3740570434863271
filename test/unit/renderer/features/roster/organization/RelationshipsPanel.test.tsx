// @vitest-environment jsdom
import { Notifications } from '@mantine/notifications';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NetworksContext } from '../../../../../../renderer/app/useNetworks';
import { createRepositories } from '../../../../../../renderer/db';
import { RelationshipsPanel } from '../../../../../../renderer/features/roster/organization/RelationshipsPanel';
import { loadOrganizationRecords } from '../../../../../../renderer/features/roster/organization/useOrganizationRecords';
import { createTestContext } from '../../../db/testDatabase';
import { renderInApp } from '../../../ui/renderInApp';

// The map page draws with WebGL, which jsdom lacks; the panel uses only the map's commands and form.
vi.mock('../../../../../../renderer/features/map/MapPage', () => ({ MapPage: () => null }));

afterEach(cleanup);

async function seeded() {
  const context = createTestContext();
  const repositories = createRepositories(context);
  const network = await repositories.networks.create({ name: 'Cabina di regia Sud Est' });
  const [mediglia, paullo, afol] = await repositories.organizations.createMany(
    ['Comune di Mediglia', 'Comune di Paullo', 'AFOL Metropolitana'].map((name) => ({
      name,
      type: 'comune' as const,
    })),
  );
  if (!mediglia || !paullo || !afol) throw new Error('organizations not created');
  const tie = { networkId: network.id, directed: true, notes: '' };
  const convenzione = await repositories.relationships.create({
    ...tie,
    sourceOrganizationId: mediglia.id,
    targetOrganizationId: paullo.id,
    kind: 'convenzione',
    notes: 'Gestione associata',
  });
  const ended = await repositories.relationships.create({
    ...tie,
    sourceOrganizationId: afol.id,
    targetOrganizationId: mediglia.id,
    kind: 'invio',
  });
  await repositories.relationships.archive(ended.id);
  const records = await loadOrganizationRecords(context.db, mediglia.id);
  if (!records) throw new Error('records not read');
  return { db: context.db, network, records, convenzione };
}

const rowNames = (): string[] =>
  within(screen.getByTestId('organization-relationships-table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('td')?.textContent ?? '');

describe('RelationshipsPanel', () => {
  it('lists the ties with the direction seen from the organization, archived ones on request', async () => {
    const { db, network, records } = await seeded();
    renderInApp(
      <NetworksContext.Provider value={{ networks: [network], current: network }}>
        <RelationshipsPanel records={records} />
      </NetworksContext.Provider>,
      db,
    );
    expect(rowNames()).toEqual(['Comune di Paullo']);
    const row = within(screen.getByTestId('organization-relationships-table')).getAllByRole(
      'row',
    )[1];
    expect(row?.textContent).toContain('Verso l’altro ente');
    expect(row?.textContent).toContain('Gestione associata');
    fireEvent.click(screen.getByLabelText('Mostra anche gli archiviati'));
    expect(rowNames()).toHaveLength(2);
    expect(rowNames()[1]).toBe('AFOL MetropolitanaArchiviata');
  });

  it('archives a tie through the map’s command and says so', async () => {
    const { db, network, records, convenzione } = await seeded();
    renderInApp(
      <NetworksContext.Provider value={{ networks: [network], current: network }}>
        <Notifications />
        <RelationshipsPanel records={records} />
      </NetworksContext.Provider>,
      db,
    );
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Archivia la relazione Comune di Mediglia – Comune di Paullo',
      }),
    );
    expect(await screen.findByText('Relazione archiviata')).toBeTruthy();
    await waitFor(async () =>
      expect((await db.relationships.get(convenzione.id))?.archivedAt).not.toBeNull(),
    );
  });
});
