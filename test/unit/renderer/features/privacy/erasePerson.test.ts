import { afterEach, describe, expect, it } from 'vitest';
import { buildDemoDataset } from '../../../../../shared/demo';
import { tableNames } from '../../../../../shared/domain';
import { addDataset, createRepositories } from '../../../../../renderer/db/repositories';
import { erasePerson } from '../../../../../renderer/features/privacy/erasePerson';
import { readPersonData } from '../../../../../renderer/features/privacy/personData';
import { createTestContext } from '../../db/testDatabase';

const databases: { delete(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(databases.splice(0).map((db) => db.delete()));
});

/** Every row of every table as text, bytes left out, in lower case. */
async function everyRowAsText(context: ReturnType<typeof createTestContext>): Promise<string[]> {
  const texts: string[] = [];
  for (const name of tableNames) {
    for (const row of await context.db.table(name).toArray()) {
      texts.push(
        `${name}:${JSON.stringify(row, (_key, value: unknown) => (value instanceof Uint8Array ? '[bytes]' : value))}`.toLowerCase(),
      );
    }
  }
  return texts;
}

async function databaseWithAPerson() {
  const context = createTestContext();
  databases.push(context.db);
  const dataset = buildDemoDataset({ now: new Date('2026-06-15T09:30:00Z') });
  await addDataset(context, dataset, { source: 'demo' });
  const repositories = createRepositories(context);
  const [network] = dataset.networks;
  const [organization] = dataset.organizations;
  if (!network || !organization) throw new Error('demo has no network');
  const person = await repositories.contacts.create({
    organizationId: organization.id,
    firstName: 'Ludovica',
    lastName: 'Brambillasca',
    role: 'Referente sportello',
    email: 'l.brambillasca@comune.example.it',
    phone: '02 8844 5566',
  });
  // Its history holds the old values, and other records name the person.
  await repositories.contacts.update(person.id, { email: 'ludovica.brambillasca@afol.example.it' });
  const updated = await context.db.contacts.get(person.id);
  await repositories.exchangeBatches.create({
    networkId: network.id,
    direction: 'export',
    fileName: 'scheda-partner.xlsx',
    at: '2026-06-01T08:00:00.000Z',
    baseSnapshot: { contacts: { [person.id]: updated } },
  });
  await repositories.actions.create({
    networkId: network.id,
    title: 'Chiamare Ludovica Brambillasca per il tavolo',
    description: 'Scrivere a l.brambillasca@comune.example.it o telefonare al 02 8844 5566',
    ownerContactId: person.id,
    status: 'daAvviare',
    priority: 'media',
    progress: 0,
  });
  const meeting = dataset.meetings.find((row) => row.status !== 'verbaleApprovato');
  if (!meeting) throw new Error('demo has no open meeting');
  await repositories.attachments.create({
    meetingId: meeting.id,
    fileName: 'delega Brambillasca Ludovica.pdf',
    mimeType: 'application/pdf',
    sizeBytes: 4,
    bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]),
  });
  return { context, person };
}

describe('erasing a person', () => {
  it('leaves no trace of the name, e-mail or phone in any table', async () => {
    const { context, person } = await databaseWithAPerson();
    const traces = [
      'ludovica brambillasca',
      'brambillasca ludovica',
      'l.brambillasca@comune.example.it',
      'ludovica.brambillasca@afol.example.it',
      '02 8844 5566',
    ];
    const before = await everyRowAsText(context);
    for (const trace of traces)
      expect(
        before.some((text) => text.includes(trace)),
        trace,
      ).toBe(true);

    await erasePerson(context.db, person.id, {
      userName: 'Marco Bianchi',
      userOrganization: 'Comune',
    });

    const after = await everyRowAsText(context);
    for (const trace of traces) {
      expect(
        after.filter((text) => text.includes(trace)),
        trace,
      ).toEqual([]);
    }
    expect(after.filter((text) => text.includes('brambillasca'))).toEqual([]);
  });

  it('keeps an anonymous record in its place and one audit entry saying an erasure happened', async () => {
    const { context, person } = await databaseWithAPerson();

    await erasePerson(
      context.db,
      person.id,
      { userName: 'Marco Bianchi', userOrganization: 'Comune' },
      new Date('2026-07-01T10:00:00Z'),
    );

    const tombstone = await context.db.contacts.get(person.id);
    expect(tombstone).toMatchObject({
      firstName: '',
      lastName: 'Persona cancellata',
      email: '',
      phone: '',
      role: '',
    });
    expect(tombstone?.archivedAt).not.toBeNull();
    const entries = await context.db.auditEntries
      .where('[table+recordId]')
      .equals(['contacts', person.id])
      .toArray();
    const erasure = entries.filter((entry) =>
      JSON.stringify(entry.after).includes('cancellazione di dati personali'),
    );
    expect(erasure).toEqual([
      expect.objectContaining({
        userName: 'Marco Bianchi',
        at: '2026-07-01T10:00:00.000Z',
        before: null,
      }),
    ]);
    // The earlier entries of the contact keep their time and kind, not the values.
    for (const entry of entries.filter((entry) => !erasure.includes(entry))) {
      expect([entry.before, entry.after]).toEqual([null, null]);
    }
    // The action still points to the contact's record.
    expect(
      await context.db.actions.filter((action) => action.ownerContactId === person.id).count(),
    ).toBe(1);
  });

  it('never keeps an attachment’s bytes in the audit log', async () => {
    const { context } = await databaseWithAPerson();
    const entries = await context.db.auditEntries.where('table').equals('attachments').toArray();
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(
        JSON.stringify(entry.after, (_key, value: unknown) =>
          value instanceof Uint8Array ? 'BYTES' : value,
        ),
      ).not.toContain('BYTES');
    }
  });

  it('exports everything held about the person before any erasure', async () => {
    const { context, person } = await databaseWithAPerson();

    const data = await readPersonData(context.db, person.id);

    expect(data.contact.email).toBe('ludovica.brambillasca@afol.example.it');
    expect(data.actions.map((action) => action.title)).toEqual([
      'Chiamare Ludovica Brambillasca per il tavolo',
    ]);
    expect(data.changes.map((entry) => entry.operation).sort()).toEqual(['create', 'update']);
  });
});
