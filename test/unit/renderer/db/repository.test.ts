import { afterEach, describe, expect, it } from 'vitest';
import { createRepositories } from '../../../../renderer/db/repositories';
import { createTestContext } from './testDatabase';

const contexts: { db: { delete(): Promise<void> } }[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.db.delete()));
});

function setup(overrides: Parameters<typeof createTestContext>[0] = {}) {
  const context = createTestContext(overrides);
  contexts.push(context);
  return { context, repositories: createRepositories(context) };
}

const revOf = (values: unknown): unknown =>
  typeof values === 'object' && values !== null && 'rev' in values ? values.rev : undefined;

const organizationDraft = { name: 'Comune di Segrate', type: 'comune' as const, comune: 'Segrate' };

describe('repositories', () => {
  it('creates a record with bookkeeping fields and one audit entry naming the user', async () => {
    const { context, repositories } = setup();
    const created = await repositories.organizations.create(organizationDraft);
    expect(created.rev).toBe(1);
    expect(created.archivedAt).toBeNull();
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.searchWords).toEqual(expect.arrayContaining(['comune', 'segrate']));
    const entries = await context.db.auditEntries.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      table: 'organizations',
      recordId: created.id,
      operation: 'create',
      source: 'ui',
      userName: 'Giulia Rossi',
      userOrganization: 'AFOL Metropolitana',
      before: null,
    });
  });

  it('increments the revision on update and records before and after', async () => {
    const { context, repositories } = setup();
    const created = await repositories.organizations.create(organizationDraft);
    const updated = await repositories.organizations.update(created.id, {
      email: 'info@comune.it',
    });
    expect(updated.rev).toBe(2);
    const entries = await context.db.auditEntries
      .where('[table+recordId]')
      .equals(['organizations', created.id])
      .sortBy('at');
    expect(entries.map((entry) => entry.operation)).toEqual(['create', 'update']);
    expect(entries[1]?.before).toMatchObject({ email: '' });
    expect(entries[1]?.after).toMatchObject({ email: 'info@comune.it', rev: 2 });
  });

  it('keeps in an update’s audit entry only the fields the update changed', async () => {
    // Each write a second later, so updatedAt changes with each update even on a fast machine.
    let second = 0;
    const { context, repositories } = setup({
      now: () => new Date(Date.UTC(2026, 11, 6, 9, 0, second++)),
    });
    const created = await repositories.organizations.create(organizationDraft);
    await repositories.organizations.update(created.id, { email: 'info@comune.it' });
    await repositories.organizations.update(created.id, { name: 'Comune di Segrate (MI)' });
    const entries = await context.db.auditEntries
      .where('[table+recordId]')
      .equals(['organizations', created.id])
      .toArray();
    const [creation, email, rename] = entries.sort(
      (first, second) => Number(revOf(first.after)) - Number(revOf(second.after)),
    );
    expect(creation?.after).toMatchObject({ name: 'Comune di Segrate', comune: 'Segrate' });
    expect(Object.keys(email?.before ?? {}).sort()).toEqual([
      'email',
      'rev',
      'searchWords',
      'updatedAt',
    ]);
    expect(email?.after).toMatchObject({ email: 'info@comune.it', rev: 2 });
    expect(email?.after).not.toHaveProperty('name');
    expect(Object.keys(rename?.after ?? {}).sort()).toEqual([
      'name',
      'rev',
      'searchWords',
      'updatedAt',
    ]);
    expect(rename?.before).toMatchObject({ name: 'Comune di Segrate', rev: 2 });
  });

  it('archives and restores instead of deleting', async () => {
    const { repositories } = setup();
    const created = await repositories.organizations.create(organizationDraft);
    const archived = await repositories.organizations.archive(created.id);
    expect(archived.archivedAt).not.toBeNull();
    expect(await repositories.organizations.get(created.id)).toBeDefined();
    const restored = await repositories.organizations.restore(created.id);
    expect(restored.archivedAt).toBeNull();
    expect(restored.rev).toBe(3);
  });

  it('rejects an invalid record and writes neither the record nor an audit entry', async () => {
    const { context, repositories } = setup();
    await expect(
      repositories.organizations.create({ ...organizationDraft, name: '   ' }),
    ).rejects.toThrow();
    expect(await context.db.organizations.count()).toBe(0);
    expect(await context.db.auditEntries.count()).toBe(0);
  });

  it('leaves no audit entry when the record write fails inside the transaction', async () => {
    const fixedId = '11111111-1111-4111-8111-111111111111';
    let calls = 0;
    // The second record gets the same id as the first, so its add fails with a constraint error.
    const ids = () => {
      calls += 1;
      return calls % 2 === 1 ? fixedId : crypto.randomUUID();
    };
    const { context, repositories } = setup({ newId: ids });
    await repositories.organizations.create(organizationDraft);
    await expect(repositories.organizations.create(organizationDraft)).rejects.toThrow();
    expect(await context.db.organizations.count()).toBe(1);
    expect(await context.db.auditEntries.count()).toBe(1);
  });

  it('rolls the record back when its audit entry cannot be written', async () => {
    const auditId = '22222222-2222-4222-8222-222222222222';
    let calls = 0;
    // Every audit entry gets the same id: the second audit write collides and must undo its record.
    const ids = () => {
      calls += 1;
      return calls % 2 === 0 ? auditId : crypto.randomUUID();
    };
    const { context, repositories } = setup({ newId: ids });
    await repositories.organizations.create(organizationDraft);
    await expect(
      repositories.organizations.create({ ...organizationDraft, name: 'Comune di Pioltello' }),
    ).rejects.toThrow();
    const names = (await context.db.organizations.toArray()).map((row) => row.name);
    expect(names).toEqual(['Comune di Segrate']);
    expect(await context.db.auditEntries.count()).toBe(1);
  });
});
