import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  createRepositories,
  type Repositories,
  type RegiaDatabase,
} from '../../../../../renderer/db';
import {
  createProject,
  setGoodPractice,
  setProjectArchived,
  updateProject,
  type ProjectFields,
} from '../../../../../renderer/features/projects/projectWrites';
import { createTestContext } from '../../db/testDatabase';

const afol = '00000000-0000-4000-8000-0000000000a1';

const fields: ProjectFields = {
  title: 'Sportello lavoro',
  code: 'SL-01',
  callReference: '',
  callNumber: '',
  callDate: null,
  state: 'inCorso',
  periodFrom: '2026-01-01',
  periodTo: '2027-12-31',
  leadOrganizationId: afol,
  description: '',
  notes: '',
  partners: [{ organizationId: afol, role: 'capofila', budgetShare: 751_000, lead: true }],
  fundingSources: [{ name: 'Regione Lombardia', amount: 751_000 }],
  budgetLines: [],
  costItems: [],
  costPlan: [],
  cofinancingSources: [],
};

async function setUp(): Promise<{
  db: RegiaDatabase;
  repositories: Repositories;
  networkId: string;
}> {
  const context = createTestContext();
  const repositories = createRepositories(context);
  const network = await repositories.networks.create({ name: 'Ambito di Como' });
  return { db: context.db, repositories, networkId: network.id };
}

async function operations(db: RegiaDatabase): Promise<string[]> {
  return (await db.auditEntries.where('table').equals('projects').toArray())
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((entry) => entry.operation);
}

describe('the project commands', () => {
  it('creates a project of the network, not a good practice, with its creation audited', async () => {
    const { db, repositories, networkId } = await setUp();
    const created = await createProject(repositories, networkId, fields);
    expect(await db.projects.get(created.id)).toMatchObject({
      networkId,
      title: 'Sportello lavoro',
      goodPractice: null,
    });
    expect(await operations(db)).toEqual(['create']);
  });

  it('saves an edit over the project and keeps both versions in the audit', async () => {
    const { db, repositories, networkId } = await setUp();
    const created = await createProject(repositories, networkId, fields);
    await updateProject(repositories, created.id, { ...fields, title: 'Sportello lavoro Como' });
    const saved = await db.projects.get(created.id);
    expect(saved).toMatchObject({ title: 'Sportello lavoro Como', rev: created.rev + 1 });
    const update = (await db.auditEntries.toArray()).find((entry) => entry.operation === 'update');
    expect(update?.before).toMatchObject({ title: 'Sportello lavoro' });
    expect(update?.after).toMatchObject({ title: 'Sportello lavoro Como' });
  });

  it('refuses an edit that breaks the project schema and leaves the project as it was', async () => {
    const { db, repositories, networkId } = await setUp();
    const created = await createProject(repositories, networkId, fields);
    await expect(
      updateProject(repositories, created.id, { ...fields, title: ' ' }),
    ).rejects.toThrow();
    expect((await db.projects.get(created.id))?.title).toBe('Sportello lavoro');
  });

  it('marks a project as good practice and removes the mark', async () => {
    const { db, repositories, networkId } = await setUp();
    const created = await createProject(repositories, networkId, { ...fields, state: 'concluso' });
    const goodPractice = {
      markedAt: '2026-12-01T10:00:00.000Z',
      description: 'Uno sportello unico per le aziende',
      whatWorked: 'La presa in carico condivisa',
      forWhom: '',
      cost: 12_500,
      partnersNote: '',
    };
    await setGoodPractice(repositories, created.id, goodPractice);
    expect((await db.projects.get(created.id))?.goodPractice).toEqual(goodPractice);
    await setGoodPractice(repositories, created.id, null);
    expect((await db.projects.get(created.id))?.goodPractice).toBeNull();
  });

  it('archives a project and restores it, each audited', async () => {
    const { db, repositories, networkId } = await setUp();
    const created = await createProject(repositories, networkId, fields);
    await setProjectArchived(repositories, created.id, true);
    expect((await db.projects.get(created.id))?.archivedAt).not.toBeNull();
    await setProjectArchived(repositories, created.id, false);
    expect((await db.projects.get(created.id))?.archivedAt).toBeNull();
    expect(await operations(db)).toEqual(['create', 'archive', 'restore']);
  });
});
