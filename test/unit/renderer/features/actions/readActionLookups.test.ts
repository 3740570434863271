import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { addDataset } from '../../../../../renderer/db';
import {
  readActionLookups,
  readOrganizationsByIds,
} from '../../../../../renderer/features/actions/readActionLookups';
import { translate } from '../../../../../shared/i18n';
import { organizationOf, recordOf } from '../../../shared/roster/rosterRecords';
import { createTestContext } from '../../db/testDatabase';

/** A network of `size` members (one archived) among `outsiders` more organizations stored. */
async function networkOf(size: number, outsiders: number) {
  const { db } = createTestContext();
  const network = recordOf('networks', { name: 'Patto Sud-Est Milano' });
  const members = Array.from({ length: size }, (_, index) =>
    organizationOf({
      name: `Comune ${size - index}`,
      archivedAt: index === 0 ? '2026-01-01T00:00:00.000Z' : null,
    }),
  );
  const others = Array.from({ length: outsiders }, (_, index) =>
    organizationOf({ name: `Altro ente ${index}` }),
  );
  const missing = '99999999-9999-4999-8999-999999999999';
  const memberships = [...members.map((member) => member.id), missing].map((organizationId) =>
    recordOf('memberships', {
      networkId: network.id,
      organizationId,
      role: 'partner',
      votingRight: true,
    }),
  );
  await addDataset(
    { db, identity: () => ({ userName: 'Giulia Rossi', userOrganization: '' }) },
    {
      networks: [network],
      organizations: [...members, ...others],
      memberships,
    },
  );
  return { db, network, ids: [...members.map((member) => member.id), missing] };
}

describe('the organizations of the action views, read by id', () => {
  it('come in the order asked, a missing one as undefined, when a few are read one by one', async () => {
    const { db, ids } = await networkOf(5, 400);
    const asked = [ids[3] ?? '', ids[5] ?? '', ids[1] ?? ''];
    const read = await readOrganizationsByIds(db, asked);
    expect(read.map((organization) => organization?.id)).toEqual([ids[3], undefined, ids[1]]);
  });

  it('come the same from one read of the whole table when most of it is asked', async () => {
    const { db, ids } = await networkOf(300, 20);
    const oneByOne = vi.spyOn(db.organizations, 'bulkGet');
    const read = await readOrganizationsByIds(db, ids);
    expect(oneByOne).not.toHaveBeenCalled();
    expect(read.map((organization) => organization?.id)).toEqual(
      ids.map((id, index) => (index === ids.length - 1 ? undefined : id)),
    );
    expect(read).toEqual(await db.organizations.bulkGet(ids));
  });

  it('offer a large network’s live members by name, the archived one aside', async () => {
    const { db, network } = await networkOf(250, 0);
    const lookups = await readActionLookups(
      db,
      network.id,
      (key, params) => translate('it', key, params),
      false,
    );
    expect(lookups.organizations).toHaveLength(249);
    expect(lookups.organizations.slice(0, 3).map((choice) => choice.label)).toEqual([
      'Comune 1',
      'Comune 2',
      'Comune 3',
    ]);
    expect(lookups.organizations.some((choice) => choice.label === 'Comune 250')).toBe(false);
  });
});
