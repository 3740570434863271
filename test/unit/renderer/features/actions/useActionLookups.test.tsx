// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRepositories } from '../../../../../renderer/db';
import { useRegia } from '../../../../../renderer/app/RegiaContext';
import { useActionLookups } from '../../../../../renderer/features/actions/useActionLookups';
import { createTestContext } from '../../db/testDatabase';
import { renderInApp } from '../../ui/renderInApp';

function MemberNames({ networkId }: { networkId: string }) {
  const { t } = useRegia();
  const lookups = useActionLookups(networkId, t, { contacts: false });
  return (
    <p>
      {lookups
        ? `membri: ${lookups.organizations.map((choice) => choice.label).join(', ')}`
        : 'lettura'}
    </p>
  );
}

async function networkWithMembers(names: readonly string[]) {
  const context = createTestContext();
  const repositories = createRepositories(context);
  const network = await repositories.networks.create({ name: 'Patto Sud-Est Milano' });
  const join = async (name: string): Promise<void> => {
    const organization = await repositories.organizations.create({ name, type: 'comune' });
    await repositories.memberships.create({
      networkId: network.id,
      organizationId: organization.id,
      role: 'partner',
      votingRight: true,
    });
  };
  for (const name of names) await join(name);
  return { db: context.db, networkId: network.id, join };
}

describe('the names and choices of the Azioni page', () => {
  afterEach(cleanup);

  it('show at once when the page is opened again and nothing they come from has changed', async () => {
    const { db, networkId } = await networkWithMembers(['Comune di Segrate', 'AFOL Metropolitana']);
    const first = renderInApp(<MemberNames networkId={networkId} />, db);
    await screen.findByText('membri: AFOL Metropolitana, Comune di Segrate');
    first.unmount();
    const read = vi.spyOn(db.memberships, 'where');
    renderInApp(<MemberNames networkId={networkId} />, db);
    expect(screen.getByText('membri: AFOL Metropolitana, Comune di Segrate')).toBeDefined();
    expect(read).not.toHaveBeenCalled();
  });

  it('are read again once the roster has changed, on the page and when it is opened again', async () => {
    const { db, networkId, join } = await networkWithMembers(['Comune di Segrate']);
    const first = renderInApp(<MemberNames networkId={networkId} />, db);
    await screen.findByText('membri: Comune di Segrate');
    await join('Comune di Pioltello');
    await screen.findByText('membri: Comune di Pioltello, Comune di Segrate');
    first.unmount();
    await join('AFOL Metropolitana');
    renderInApp(<MemberNames networkId={networkId} />, db);
    await waitFor(() =>
      expect(
        screen.getByText('membri: AFOL Metropolitana, Comune di Pioltello, Comune di Segrate'),
      ).toBeDefined(),
    );
  });
});
