import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { organizationSchema } from '../../../../../shared/domain';
import {
  createRegiaDatabase,
  NewerDatabaseError,
  openRegiaDatabase,
} from '../../../../../renderer/db/database';
import { currentSchemaVersion, schemaV1 } from '../../../../../renderer/db/schema';
import {
  withContactSearchWords,
  withOrganizationSearchWords,
} from '../../../../../renderer/db/migrations/v2SearchWords';

const at = '2026-01-10T09:00:00.000Z';
const organizationV1 = {
  id: '0b7f3a52-36f5-4a8e-9c55-7a8f2a8b1c01',
  createdAt: at,
  updatedAt: at,
  rev: 3,
  archivedAt: null,
  name: 'Società Cooperativa Sociale Città Aperta',
  type: 'cooperativaSociale',
  taxCode: '',
  vatNumber: '',
  comune: 'San Donato Milanese',
  provincia: 'MI',
  address: '',
  email: 'info@cittaaperta.example',
  pec: '',
  phone: '',
  website: '',
  areasOfWork: ['inserimento lavorativo'],
  notes: 'Versione 1',
};
const contactV1 = {
  id: '0b7f3a52-36f5-4a8e-9c55-7a8f2a8b1c02',
  createdAt: at,
  updatedAt: at,
  rev: 1,
  archivedAt: null,
  organizationId: organizationV1.id,
  firstName: 'Niccolò',
  lastName: 'Bellè',
  role: 'Referente inserimenti',
  email: 'n.belle@cittaaperta.example',
  phone: '',
  notes: '',
};

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

describe('schema version 2 (search words)', () => {
  it('adds accent-free search words to organizations as a pure function', () => {
    const upgraded = withOrganizationSearchWords(organizationV1);
    expect(upgraded.searchWords).toEqual(
      expect.arrayContaining(['societa', 'citta', 'aperta', 'san', 'donato', 'mi']),
    );
    expect(upgraded.notes).toBe('Versione 1');
  });

  it('adds search words to contacts as a pure function', () => {
    expect(withContactSearchWords(contactV1).searchWords).toEqual(
      expect.arrayContaining(['niccolo', 'belle', 'referente']),
    );
  });

  it('upgrades a database written with version 1 and keeps every row and field', async () => {
    const name = `regia-migration-${Date.now()}`;
    names.push(name);
    const oldDb = new Dexie(name);
    oldDb.version(1).stores(schemaV1);
    await oldDb.table('organizations').add(organizationV1);
    await oldDb.table('contacts').add(contactV1);
    await oldDb.table('settings').put({ key: 'userName', value: 'Giulia Rossi' });
    oldDb.close();

    const db = createRegiaDatabase(name);
    await db.open();
    expect(db.verno).toBe(currentSchemaVersion);
    const organization = await db.organizations.get(organizationV1.id);
    expect(organization).toMatchObject({ ...organizationV1 });
    expect(organizationSchema.parse(organization).searchWords).toContain(
      'info@cittaaperta.example',
    );
    expect((await db.contacts.get(contactV1.id))?.searchWords).toContain('belle');
    expect(await db.settings.get('userName')).toEqual({ key: 'userName', value: 'Giulia Rossi' });
    const found = await db.organizations.where('searchWords').equals('societa').toArray();
    expect(found.map((row) => row.id)).toEqual([organizationV1.id]);
    db.close();
  });

  it('refuses to open a database written by a newer version of Regia', async () => {
    const name = `regia-newer-${Date.now()}`;
    names.push(name);
    const newerDb = new Dexie(name);
    newerDb.version(9).stores({ ...schemaV1, futureTable: 'id' });
    await newerDb.open();
    newerDb.close();
    const db = createRegiaDatabase(name);
    const refusal: unknown = await openRegiaDatabase(db).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(NewerDatabaseError);
    expect(refusal instanceof NewerDatabaseError && refusal.storedVersion).toBe(9);
    expect(db.isOpen()).toBe(false);
    const stored = (await indexedDB.databases()).find((database) => database.name === name);
    expect(stored?.version).toBe(90);
  });
});
