import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isOverdueAction, isOpenAction } from '../../../../../shared/actions';
import { buildDemoDataset } from '../../../../../shared/demo';
import { isActiveProject } from '../../../../../shared/projects';
import { addDataset } from '../../../../../renderer/db';
import { readOverviewActions } from '../../../../../renderer/features/overview/overviewActions';
import { readOverviewData } from '../../../../../renderer/features/overview/useOverviewData';
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
    const data = await readOverviewData(db, 'it', networkId, today);
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
