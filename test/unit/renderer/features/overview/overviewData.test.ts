import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isOverdueAction, isOpenAction } from '../../../../../shared/actions';
import { buildDemoDataset } from '../../../../../shared/demo';
import type { TableName } from '../../../../../shared/domain/tables';
import { parentOfTable } from '../../../../../shared/overview';
import { isActiveProject } from '../../../../../shared/projects';
import { addDataset } from '../../../../../renderer/db';
import { readOverviewActions } from '../../../../../renderer/features/overview/overviewActions';
import { readOverviewData } from '../../../../../renderer/features/overview/overviewReads';
import { createTestContext } from '../../db/testDatabase';

const today = '2026-03-16';

async function demoDatabase() {
  const context = createTestContext();
  const dataset = buildDemoDataset({ now: new Date(`${today}T10:00:00Z`) });
  await addDataset(context, dataset, { source: 'demo' });
  const [network] = dataset.networks;
  if (!network) throw new Error('The demo has no network.');
  return { db: context.db, dataset, networkId: network.id };
}

describe('the overview’s figures', () => {
  it('count the network’s members and active projects as the records say', async () => {
    const { db, dataset, networkId } = await demoDatabase();
    const data = await readOverviewData(db, networkId, today);
    const memberships = dataset.memberships.filter((row) => row.networkId === networkId);
    const projects = dataset.projects.filter((row) => row.networkId === networkId);
    expect(memberships.length).toBeGreaterThan(0);
    expect(data.memberCount).toBe(memberships.length);
    expect(data.projectCount).toBe(projects.filter(isActiveProject).length);
  });

  it('count the open and overdue actions of the network, leaving out archived ones and other networks', async () => {
    const { db, dataset, networkId } = await demoDatabase();
    const live = dataset.actions.filter(
      (action) => action.networkId === networkId && action.archivedAt === null,
    );
    const figures = await readOverviewActions(db, networkId, today);
    expect(figures.openCount).toBe(live.filter(isOpenAction).length);
    expect(figures.overdue.count).toBe(
      live.filter((action) => isOverdueAction(action, today)).length,
    );
    expect(figures.openCount).toBeGreaterThan(0);
  });

  it('name every owner the cards list, and no organization they do not show', async () => {
    const { db, dataset, networkId } = await demoDatabase();
    const figures = await readOverviewActions(db, networkId, today);
    const shown = new Set([
      ...[figures.overdue, figures.dueThisWeek, figures.blocked].flatMap((sample) =>
        sample.first.flatMap((action) => action.ownerOrganizationId ?? []),
      ),
      ...figures.partners.map((partner) => partner.organizationId),
    ]);
    expect(shown.size).toBeGreaterThan(0);
    expect([...figures.organizationNames.keys()].sort()).toEqual([...shown].sort());
    for (const [id, name] of figures.organizationNames) {
      expect(dataset.organizations.find((organization) => organization.id === id)?.name).toBe(name);
    }
  });
});

describe('the overview’s recent changes', () => {
  it('keep the six newest audit entries with the record each names and the record it takes its name from', async () => {
    const { db, networkId } = await demoDatabase();
    const newest = await db.auditEntries.orderBy('at').reverse().limit(6).toArray();
    const { recentChanges } = await readOverviewData(db, networkId, today);
    expect(newest.length).toBeGreaterThan(0);
    expect(recentChanges.map((change) => change.entry.id)).toEqual(newest.map((entry) => entry.id));
    for (const { entry, record, parent } of recentChanges) {
      const stored: unknown = await db.table(entry.table).get(entry.recordId);
      expect(record).toEqual(stored ?? entry.after ?? entry.before);
      const link = parentOfTable[entry.table as TableName];
      const parentId = link && record ? record[link.field] : undefined;
      if (link && typeof parentId === 'string') {
        expect(parent).toEqual(await db.table(link.table).get(parentId));
      } else {
        expect(parent).toBeNull();
      }
    }
  });
});
