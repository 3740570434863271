import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../../../../renderer/db';
import { organizationFormValues } from '../../../../../renderer/features/roster/organizationForm/organizationFormValues';
import {
  createOrganization,
  saveContact,
  saveMembership,
  setRosterArchived,
  updateOrganization,
  type RosterWriters,
} from '../../../../../renderer/features/roster/rosterWrites';
import { createTestContext } from '../../db/testDatabase';

const networkId = '11111111-1111-4111-8111-111111111111';

function setUp(): RosterWriters {
  const context = createTestContext();
  return { db: context.db, repositories: createRepositories(context) };
}

const afol = {
  ...organizationFormValues(),
  name: 'AFOL Metropolitana',
  type: 'agenziaLavoro' as const,
};

async function auditedOperations(writers: RosterWriters, table: string): Promise<string[]> {
  return (await writers.db.auditEntries.toArray())
    .filter((entry) => entry.table === table)
    .map((entry) => entry.operation)
    .sort();
}

describe('the roster commands', () => {
  it('creates an organization with its membership of the network, each audited', async () => {
    const writers = setUp();
    const created = await createOrganization(writers, afol, {
      networkId,
      role: 'capofila',
      votingRight: true,
    });
    const memberships = await writers.db.memberships.toArray();
    expect(memberships).toMatchObject([
      { organizationId: created.id, networkId, role: 'capofila', votingRight: true },
    ]);
    expect(await auditedOperations(writers, 'organizations')).toEqual(['create']);
    expect(await auditedOperations(writers, 'memberships')).toEqual(['create']);
  });

  it('creates nothing when the membership is refused: organization and membership are one write', async () => {
    const writers = setUp();
    await expect(
      createOrganization(writers, afol, {
        networkId: 'not-a-network',
        role: 'partner',
        votingRight: true,
      }),
    ).rejects.toThrow();
    expect(await writers.db.organizations.count()).toBe(0);
    expect(await writers.db.auditEntries.count()).toBe(0);
  });

  it('saves an edited organization under the same id', async () => {
    const writers = setUp();
    const created = await createOrganization(writers, afol, null);
    const saved = await updateOrganization(writers, created.id, { ...afol, comune: 'Milano' });
    expect(saved).toMatchObject({ id: created.id, comune: 'Milano', rev: created.rev + 1 });
  });

  it('creates a contact with its text trimmed, then saves changes to the same contact', async () => {
    const writers = setUp();
    const organization = await createOrganization(writers, afol, null);
    const values = {
      firstName: ' Marta ',
      lastName: 'Bianchi ',
      role: ' Referente ',
      email: ' marta.bianchi@afol.it',
      phone: '',
      notes: '',
    };
    const created = await saveContact(
      writers,
      { organizationId: organization.id, contactId: null },
      values,
    );
    expect(created).toMatchObject({
      organizationId: organization.id,
      firstName: 'Marta',
      lastName: 'Bianchi',
      role: 'Referente',
      email: 'marta.bianchi@afol.it',
    });
    await saveContact(
      writers,
      { organizationId: organization.id, contactId: created.id },
      { ...values, role: 'Direttrice' },
    );
    expect(await writers.db.contacts.toArray()).toMatchObject([
      { id: created.id, role: 'Direttrice' },
    ]);
  });

  it('records a membership of a network, then edits it in place', async () => {
    const writers = setUp();
    const organization = await createOrganization(writers, afol, null);
    const values = {
      role: 'partner' as const,
      votingRight: true,
      from: '2026-01-01',
      to: null,
      representativeContactIds: [],
      delegateContactIds: [],
    };
    const target = { organizationId: organization.id, networkId, membershipId: null };
    const created = await saveMembership(writers, target, values);
    await saveMembership(
      writers,
      { ...target, membershipId: created.id },
      { ...values, votingRight: false },
    );
    expect(await writers.db.memberships.toArray()).toMatchObject([
      { id: created.id, networkId, votingRight: false, from: '2026-01-01' },
    ]);
  });

  it('archives and restores an organization, a contact and a membership, auditing each', async () => {
    const writers = setUp();
    const organization = await createOrganization(writers, afol, null);
    await setRosterArchived(writers, 'organizations', organization.id, true);
    expect((await writers.db.organizations.get(organization.id))?.archivedAt).not.toBeNull();
    await setRosterArchived(writers, 'organizations', organization.id, false);
    expect((await writers.db.organizations.get(organization.id))?.archivedAt).toBeNull();
    expect(await auditedOperations(writers, 'organizations')).toEqual([
      'archive',
      'create',
      'restore',
    ]);
  });
});
