import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { membershipSchema, organizationSchema } from '../../../../../shared/domain';
import { addDataset } from '../../../../../renderer/db';
import {
  mapSourceOf,
  missingOrganizationIds,
  readMapRecords,
  wholeTableThreshold,
} from '../../../../../renderer/features/map/mapSourceReads';
import { actionWith } from '../../../shared/actions/actionFixture';
import { createTestContext } from '../../db/testDatabase';

const networkId = '11111111-1111-4111-8111-111111111111';
const at = '2026-01-15T09:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: at, updatedAt: at, rev: 1, archivedAt: null });
const uuid = (prefix: string, index: number): string =>
  `${prefix}-0000-4000-8000-${String(index).padStart(12, '0')}`;

const organization = (index: number) =>
  organizationSchema.parse({
    ...meta(uuid('a0000000', index)),
    name: `Ente ${index}`,
    type: 'comune',
  });
const membership = (index: number) =>
  membershipSchema.parse({
    ...meta(uuid('b0000000', index)),
    networkId,
    organizationId: uuid('a0000000', index),
    role: 'partner',
    votingRight: true,
  });

/** A network of `members` members, two organizations outside it, one supporting an action. */
async function network(members: number) {
  const context = createTestContext();
  const indexes = Array.from({ length: members }, (_, index) => index);
  const supporter = organization(members);
  const stranger = organization(members + 1);
  await addDataset(context, {
    organizations: [...indexes.map(organization), supporter, stranger],
    memberships: indexes.map(membership),
  });
  const actions = [
    actionWith({
      networkId,
      ownerOrganizationId: uuid('a0000000', 0),
      supportingOrganizationIds: [supporter.id],
    }),
  ];
  return { db: context.db, actions, supporter, stranger };
}

describe('what the map reads', () => {
  it('reads a small network’s named organizations by key and the one only an action names apart', async () => {
    const { db, actions, supporter, stranger } = await network(3);
    const records = await readMapRecords(db, networkId);
    expect(records.memberships).toHaveLength(3);
    expect(records.organizations.map((row) => row.name).sort()).toEqual([
      'Ente 0',
      'Ente 1',
      'Ente 2',
    ]);
    expect(missingOrganizationIds(records, actions)).toEqual([supporter.id]);
    const source = mapSourceOf(records, actions, [supporter]);
    expect(source.organizations.map((row) => row.id)).toContain(supporter.id);
    expect(source.organizations.map((row) => row.id)).not.toContain(stranger.id);
    expect(source.actions).toBe(actions);
  });

  it('reads a large network’s organizations in one read and keeps only those its records and actions name', async () => {
    const members = wholeTableThreshold + 1;
    const { db, actions, supporter, stranger } = await network(members);
    const records = await readMapRecords(db, networkId);
    expect(records.organizations).toHaveLength(members + 2);
    expect(missingOrganizationIds(records, actions)).toEqual([]);
    const ids = mapSourceOf(records, actions, []).organizations.map((row) => row.id);
    expect(ids).toHaveLength(members + 1);
    expect(ids).toContain(supporter.id);
    expect(ids).not.toContain(stranger.id);
  });
});
