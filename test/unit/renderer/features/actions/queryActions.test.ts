import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { actionFilterOf, filterActions, type ActionFilter } from '../../../../../shared/actions';
import { actionStatuses, type Action } from '../../../../../shared/domain';
import type { RegiaDatabase } from '../../../../../renderer/db';
import {
  planActionQuery,
  queryActions,
} from '../../../../../renderer/features/actions/queryActions';
import { actionWith } from '../../../shared/actions/actionFixture';
import { createTestContext } from '../../db/testDatabase';

const networkId = '11111111-1111-4111-8111-111111111111';
const otherNetworkId = '22222222-2222-4222-8222-222222222222';
const owners = ['a', 'b', 'c', 'd', 'e'].map(
  (letter) => `${letter.repeat(8)}-0000-4000-8000-000000000001`,
);
const rareOwner = 'ffffffff-0000-4000-8000-000000000001';
const projects = ['1', '2'].map((digit) => `${digit.repeat(8)}-0000-4000-8000-00000000000${digit}`);
const meeting = '33333333-0000-4000-8000-000000000001';
const tags = ['tirocini', 'imprese', 'formazione'];
const today = '2026-04-15';

// A small deterministic generator, so a failure can be reproduced.
let seed = 7;
const next = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(values: readonly T[]): T => {
  const value = values[Math.floor(next() * values.length)];
  if (value === undefined) throw new Error('Nothing to pick from.');
  return value;
};

function randomAction(network: string): Action {
  const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
  return actionWith({
    networkId: network,
    title: pick(['Mappatura', 'Convenzione', 'Avviso', 'Sportello']),
    ownerOrganizationId: next() < 0.9 ? pick(owners) : null,
    projectId: next() < 0.5 ? pick(projects) : null,
    originMeetingId: next() < 0.3 ? meeting : null,
    status: pick(actionStatuses),
    dueDate: next() < 0.85 ? `2026-${month}-${day}` : null,
    tags: tags.filter(() => next() < 0.3),
    archivedAt: next() < 0.05 ? '2026-02-01T00:00:00.000Z' : null,
  });
}

let db: RegiaDatabase;
let all: Action[];

beforeAll(async () => {
  db = createTestContext().db;
  all = [
    ...Array.from({ length: 600 }, () => randomAction(networkId)),
    ...Array.from({ length: 200 }, () => randomAction(otherNetworkId)),
    actionWith({
      networkId,
      ownerOrganizationId: rareOwner,
      status: 'inCorso',
      tags: ['tirocini'],
    }),
  ];
  await db.actions.bulkAdd(all);
});

const filters: Partial<ActionFilter>[] = [
  {},
  { statuses: ['inCorso'] },
  { statuses: ['daAvviare', 'bloccata'] },
  { ownerOrganizationId: owners[0] ?? null },
  { projectId: projects[1] ?? null, statuses: ['completata'] },
  { originMeetingId: meeting },
  { tag: 'imprese' },
  { dueFrom: '2026-03-01', dueTo: '2026-05-31' },
  { dueTo: '2026-02-10' },
  { overdueOnly: true },
  { overdueOnly: true, dueFrom: '2026-04-01', ownerOrganizationId: owners[2] ?? null },
  { tag: 'tirocini', statuses: ['inCorso'], includeArchived: true },
  { text: 'sportello', projectId: projects[0] ?? null },
  { ownerOrganizationId: rareOwner, statuses: ['inCorso'] },
];

describe('the indexed action query', () => {
  for (const filter of filters) {
    it(`finds exactly what a scan of every action finds for ${JSON.stringify(filter)}`, async () => {
      const expected = filterActions(
        all.filter((action) => action.networkId === networkId),
        actionFilterOf(filter),
        today,
      );
      const found = await queryActions(db, networkId, filter, today);
      expect(found.map((action) => action.id).sort()).toEqual(
        expected.map((action) => action.id).sort(),
      );
    });
  }

  it('reads through the narrowest index the filter allows', async () => {
    expect(await planActionQuery(db, networkId, {}, today)).toBe('networkId');
    expect(await planActionQuery(db, networkId, { statuses: ['inCorso'] }, today)).toBe(
      '[networkId+status]',
    );
    expect(
      await planActionQuery(
        db,
        networkId,
        { statuses: ['inCorso', 'daAvviare'], ownerOrganizationId: rareOwner },
        today,
      ),
    ).toBe('[networkId+ownerOrganizationId]');
    expect(
      await planActionQuery(db, networkId, { dueFrom: '2026-04-01', dueTo: '2026-04-02' }, today),
    ).toBe('[networkId+dueDate]');
  });
});
