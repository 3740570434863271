import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildWordIndex, findIdsByWords, queryWordsOf } from '../../../../../shared/roster';
import {
  countActiveContacts,
  loadContactDirectory,
} from '../../../../../renderer/features/roster/list/contactDirectory';
import { loadRosterRows } from '../../../../../renderer/features/roster/list/useRosterRows';
import { addDataset } from '../../../../../renderer/db';
import { organizationOf, recordOf } from '../../../shared/roster/rosterRecords';
import { createTestContext } from '../../db/testDatabase';

let context = createTestContext();
beforeEach(() => {
  context = createTestContext();
});
afterEach(async () => {
  await context.db.delete();
});

const cooperative = organizationOf({
  name: 'Lavoro Insieme Società Cooperativa Sociale',
  type: 'cooperativaSociale',
  comune: 'Peschiera Borromeo',
  provincia: 'MI',
  vatNumber: '12345678903',
});
const segrate = organizationOf({
  name: 'Comune di Segrate',
  comune: 'Segrate',
  provincia: 'MI',
  pec: 'segrate@pec.it',
});
const como = organizationOf({ name: 'Città di Como', comune: 'Como', provincia: 'CO' });
const network = recordOf('networks', { name: 'Patto Sud-Est Milano' });

async function seed(): Promise<void> {
  await addDataset(
    context,
    {
      networks: [network],
      organizations: [cooperative, segrate, como],
      contacts: [
        recordOf('contacts', {
          organizationId: segrate.id,
          firstName: 'Niccolò',
          lastName: 'Lucà',
          email: 'n.luca@comune.segrate.mi.it',
        }),
        recordOf('contacts', {
          organizationId: como.id,
          lastName: 'Rossi',
          archivedAt: '2026-01-01T00:00:00.000Z',
        }),
        recordOf('contacts', { organizationId: cooperative.id, lastName: 'Rossini' }),
      ],
      memberships: [
        recordOf('memberships', {
          networkId: network.id,
          organizationId: cooperative.id,
          role: 'partner',
          votingRight: true,
        }),
        recordOf('memberships', {
          networkId: network.id,
          organizationId: segrate.id,
          role: 'capofila',
          votingRight: true,
        }),
      ],
    },
    { source: 'demo' },
  );
}

/** Searches as the roster list does: the listed organizations' words and their contacts' words. */
async function find(query: string): Promise<Set<string>> {
  const [rows, directory] = await Promise.all([
    loadRosterRows(context.db, network.id, 'all'),
    loadContactDirectory(context.db),
  ]);
  const index = buildWordIndex([
    ...rows.map((row) => ({ id: row.organization.id, words: row.organization.searchWords })),
    ...directory.organizationWords,
  ]);
  return findIdsByWords(index, queryWordsOf(query));
}

describe('the roster search over the loaded organizations and contacts', () => {
  it('finds an accented name typed without accents and in capitals', async () => {
    await seed();
    expect(await find('SOCIETA coop')).toEqual(new Set([cooperative.id]));
    expect(await find('citta')).toEqual(new Set([como.id]));
  });

  it('finds organizations by comune, code, PEC and by the name or e-mail of a contact', async () => {
    await seed();
    expect(await find('peschiera')).toEqual(new Set([cooperative.id]));
    expect(await find('1234567')).toEqual(new Set([cooperative.id]));
    expect(await find('segrate@pec')).toEqual(new Set([segrate.id]));
    expect(await find('nicco luca')).toEqual(new Set([segrate.id]));
    expect(await find('n.luca@')).toEqual(new Set([segrate.id]));
  });

  it('needs every word, from the organization or its contacts, and ignores archived contacts', async () => {
    await seed();
    expect(await find('rossi')).toEqual(new Set([cooperative.id]));
    expect(await find('lucà segrate')).toEqual(new Set([segrate.id]));
    expect(await find('lucà como')).toEqual(new Set());
  });
});

describe('loadRosterRows', () => {
  it('lists the network’s members with their role and active contacts, or every organization', async () => {
    await seed();
    const members = await loadRosterRows(context.db, network.id, 'network');
    expect(
      members.map((row) => [row.organization.name, row.membership?.role, row.contactCount]).sort(),
    ).toEqual([
      ['Comune di Segrate', 'capofila', 1],
      ['Lavoro Insieme Società Cooperativa Sociale', 'partner', 1],
    ]);
    const everyone = await loadRosterRows(context.db, network.id, 'all');
    expect(everyone.find((row) => row.organization.id === como.id)).toMatchObject({
      membership: null,
      contactCount: 0,
    });
  });
});

describe('countActiveContacts', () => {
  it('counts the same by lookup for a few organizations and by one read for many', async () => {
    const organizations = Array.from({ length: 260 }, (_, index) =>
      organizationOf({ name: `Associazione ${index}` }),
    );
    const contacts = organizations.flatMap((organization, index) =>
      Array.from({ length: index % 4 }, (_, position) =>
        recordOf('contacts', {
          organizationId: organization.id,
          lastName: `Referente ${position}`,
          archivedAt: position === 2 ? '2026-01-01T00:00:00.000Z' : null,
        }),
      ),
    );
    await addDataset(context, { organizations, contacts }, { source: 'demo' });
    const ids = organizations.map((organization) => organization.id);
    const many = await countActiveContacts(context.db, ids);
    const few = await countActiveContacts(context.db, ids.slice(0, 8));
    expect(ids.slice(0, 8).map((id) => many.get(id) ?? 0)).toEqual([0, 1, 2, 2, 0, 1, 2, 2]);
    expect(ids.slice(0, 8).map((id) => few.get(id) ?? 0)).toEqual([0, 1, 2, 2, 0, 1, 2, 2]);
  });
});
