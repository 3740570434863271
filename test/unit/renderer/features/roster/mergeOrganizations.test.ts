import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entityTableNames } from '../../../../../shared/domain';
import { mergeOrganizations } from '../../../../../renderer/features/roster/merge/mergeOrganizations';
import { addDataset, createRepositories } from '../../../../../renderer/db';
import { nextId } from '../../../shared/roster/rosterRecords';
import { createTestContext } from '../../db/testDatabase';
import { mergeScenario as scenario } from './mergeScenario';

let context = createTestContext();
let repositories = createRepositories(context);
beforeEach(() => {
  context = createTestContext();
  repositories = createRepositories(context);
});
afterEach(async () => {
  await context.db.delete();
});

function isActiveRecord(row: unknown): row is { id: string } {
  return typeof row === 'object' && row !== null && 'archivedAt' in row && row.archivedAt === null;
}

describe('mergeOrganizations', () => {
  it('moves every reference to the survivor and leaves the merged organization only in archived rows', async () => {
    const { survivor, merged, dataset } = scenario();
    await addDataset(context, dataset, { source: 'demo' });

    await mergeOrganizations({ db: context.db, repositories }, survivor.id, merged.id);

    for (const table of entityTableNames) {
      const rows: unknown[] = await context.db.table(table).toArray();
      const stillReferring = rows.filter(
        (row) =>
          isActiveRecord(row) && row.id !== merged.id && JSON.stringify(row).includes(merged.id),
      );
      expect(stillReferring, table).toEqual([]);
    }
    expect((await context.db.organizations.get(merged.id))?.archivedAt).not.toBeNull();
    expect((await context.db.organizations.get(survivor.id))?.vatNumber).toBe('12345678903');
  });

  it('moves contacts, combines memberships and attendances, and archives the self-loop', async () => {
    const { survivor, third, merged, dataset, ids } = scenario();
    await addDataset(context, dataset, { source: 'demo' });

    await mergeOrganizations({ db: context.db, repositories }, survivor.id, merged.id);
    const { db } = context;

    const contacts = await db.contacts.where('organizationId').equals(survivor.id).toArray();
    expect(contacts.map((contact) => contact.lastName).sort()).toEqual(['Bianchi', 'Verdi']);
    const kept = await db.memberships.get(ids.survivorMembership.id);
    expect(kept).toMatchObject({
      role: 'partner',
      votingRight: true,
      representativeContactIds: [ids.contact.id],
    });
    expect((await db.memberships.get(ids.mergedMembership.id))?.archivedAt).not.toBeNull();
    expect(await db.memberships.get(ids.mergedOtherMembership.id)).toMatchObject({
      organizationId: survivor.id,
      archivedAt: null,
    });
    expect(await db.actions.get(ids.owned.id)).toMatchObject({
      ownerOrganizationId: survivor.id,
      supportingOrganizationIds: [third.id],
    });
    expect((await db.actions.get(ids.supported.id))?.supportingOrganizationIds).toEqual([
      survivor.id,
    ]);
    expect(await db.relationships.get(ids.outgoing.id)).toMatchObject({
      sourceOrganizationId: survivor.id,
      targetOrganizationId: third.id,
    });
    expect(await db.relationships.get(ids.incoming.id)).toMatchObject({
      sourceOrganizationId: third.id,
      targetOrganizationId: survivor.id,
    });
    expect((await db.relationships.get(ids.selfLoop.id))?.archivedAt).not.toBeNull();
    expect((await db.attendances.get(ids.survivorAbsent.id))?.status).toBe('presente');
    expect((await db.attendances.get(ids.mergedPresent.id))?.archivedAt).not.toBeNull();
    expect((await db.attendances.get(ids.mergedAlone.id))?.organizationId).toBe(survivor.id);
    expect(await db.projects.get(ids.project.id)).toMatchObject({
      leadOrganizationId: survivor.id,
      partners: [{ organizationId: survivor.id, role: 'partner', budgetShare: 150 }],
    });
    expect((await db.agendaItems.get(ids.item.id))?.presenterOrganizationId).toBe(survivor.id);
    expect((await db.indicatorValues.get(ids.value.id))?.organizationId).toBe(survivor.id);
    expect((await db.networks.get(ids.network.id))?.coordinatingOrganizationId).toBe(survivor.id);
    expect((await db.meetings.get(ids.firstMeeting.id))?.invitedOrganizationIds).toEqual([
      survivor.id,
      third.id,
    ]);
  });

  it('writes one audit entry per changed record, all with the merge’s batch id', async () => {
    const { survivor, merged, dataset } = scenario();
    await addDataset(context, dataset, { source: 'demo' });

    const plan = await mergeOrganizations(
      { db: context.db, repositories, newId: () => '11111111-1111-4111-8111-111111111111' },
      survivor.id,
      merged.id,
    );

    const entries = await context.db.auditEntries
      .where('batchId')
      .equals('11111111-1111-4111-8111-111111111111')
      .toArray();
    expect(entries).toHaveLength(plan.updates.length + plan.archives.length);
    expect(
      entries
        .filter((entry) => entry.operation === 'archive')
        .map((entry) => entry.table)
        .sort(),
    ).toEqual(['attendances', 'memberships', 'organizations', 'relationships']);
    const mergedHistory = await context.db.auditEntries
      .where('[table+recordId]')
      .equals(['organizations', merged.id])
      .toArray();
    expect(mergedHistory.map((entry) => entry.operation).sort()).toEqual(['archive', 'create']);
    expect(
      entries.every((entry) => entry.userName === 'Giulia Rossi' && entry.source === 'ui'),
    ).toBe(true);
  });

  it('writes nothing when a part of the merge fails', async () => {
    const { survivor, merged, dataset } = scenario();
    await addDataset(context, dataset, { source: 'demo' });
    const auditBefore = await context.db.auditEntries.count();
    const failing = {
      ...repositories,
      networks: { ...repositories.networks, update: () => Promise.reject(new Error('disk full')) },
    };

    await expect(
      mergeOrganizations({ db: context.db, repositories: failing }, survivor.id, merged.id),
    ).rejects.toThrow('disk full');

    expect(await context.db.auditEntries.count()).toBe(auditBefore);
    expect((await context.db.organizations.get(merged.id))?.archivedAt).toBeNull();
    expect(await context.db.contacts.where('organizationId').equals(merged.id).count()).toBe(2);
  });

  it('refuses to merge an organization into itself and leaves the data untouched', async () => {
    const { survivor, dataset } = scenario();
    await addDataset(context, dataset, { source: 'demo' });
    await expect(
      mergeOrganizations({ db: context.db, repositories }, survivor.id, survivor.id),
    ).rejects.toThrow(/itself/);
    expect(await context.db.organizations.get(survivor.id)).toMatchObject({
      archivedAt: null,
      rev: 1,
    });
  });

  it('reports an organization that does not exist', async () => {
    const { survivor, dataset } = scenario();
    await addDataset(context, dataset, { source: 'demo' });
    await expect(
      mergeOrganizations({ db: context.db, repositories }, survivor.id, nextId()),
    ).rejects.toThrow(/non trovato/);
  });
});
