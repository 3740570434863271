import { cleanNotifications, notificationsStore } from '@mantine/notifications';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translate } from '../../../../shared/i18n';
import { notifyError } from '../../../../renderer/app/notify';
import type { Translate } from '../../../../renderer/app/RegiaContext';
import { createRepositories } from '../../../../renderer/db/repositories';
import { createTestContext } from './testDatabase';

const t: Translate = (key, params) => translate('it', key, params);
const quotaMessage =
  'Lo spazio di archiviazione è esaurito: i dati non sono stati salvati. Libera spazio sul disco oppure salva un backup e archivia i record che non servono, poi riprova.';

const disk = { writesLeft: Number.POSITIVE_INFINITY };
let originalRequest: unknown = null;

/**
 * Fills the disk after `writesLeft` more record writes: each later put or add fails the way a
 * browser fails it, with a QuotaExceededError on the request, and the transaction aborts.
 * fake-indexeddb has no quota of its own, so the failure is injected where IndexedDB raises it.
 */
function fillDiskAfter(writesLeft: number): void {
  disk.writesLeft = writesLeft;
}

beforeEach(() => {
  originalRequest = Reflect.get(IDBTransaction.prototype, '_execRequestAsync');
  const original = originalRequest;
  if (typeof original !== 'function') throw new Error('fake-indexeddb changed its internals');
  Reflect.set(
    IDBTransaction.prototype,
    '_execRequestAsync',
    function (this: IDBTransaction, request: { operation: () => unknown }): unknown {
      // fake-indexeddb binds ObjectStore#storeRecord for every put and add.
      const isRecordWrite = request.operation.name === 'bound storeRecord';
      const diskFull = isRecordWrite && disk.writesLeft <= 0;
      if (isRecordWrite) disk.writesLeft -= 1;
      const failing = {
        ...request,
        operation: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
      };
      const queued: unknown = Reflect.apply(original, this, [diskFull ? failing : request]);
      return queued;
    },
  );
});

const contexts: { db: { delete(): Promise<void> } }[] = [];
afterEach(async () => {
  Reflect.set(IDBTransaction.prototype, '_execRequestAsync', originalRequest);
  disk.writesLeft = Number.POSITIVE_INFINITY;
  cleanNotifications();
  await Promise.all(contexts.splice(0).map((context) => context.db.delete()));
});

function setup() {
  const context = createTestContext();
  contexts.push(context);
  return { db: context.db, repositories: createRepositories(context) };
}

/** What the user sees after the UI reports the failure through notifyError. */
function shownMessages(error: unknown): string[] {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  notifyError(t, error);
  return notificationsStore.getState().notifications.map((notification) => {
    const { title, message } = notification;
    return typeof title === 'string' && typeof message === 'string' ? `${title}: ${message}` : '';
  });
}

const organizations = Array.from({ length: 5 }, (_, index) => ({
  name: `Cooperativa di prova ${index + 1}`,
  type: 'cooperativaSociale' as const,
}));

describe('a full disk during a write', () => {
  it('tells the user in plain Italian that nothing was saved, and saves nothing of an import cut short', async () => {
    const { db, repositories } = setup();
    await repositories.organizations.create({ name: 'Comune di Segrate', type: 'comune' });
    const before = {
      organizations: await db.organizations.count(),
      audit: await db.auditEntries.count(),
    };

    // Three of the ten rows (five organizations, five audit entries) fit; the fourth does not.
    fillDiskAfter(3);
    const failure = await repositories.organizations
      .createMany(organizations, { source: 'import' })
      .then(
        () => null,
        (error: unknown) => error,
      );

    expect(failure).not.toBeNull();
    expect(shownMessages(failure)).toEqual([`Si è verificato un problema: ${quotaMessage}`]);
    disk.writesLeft = Number.POSITIVE_INFINITY;
    expect({
      organizations: await db.organizations.count(),
      audit: await db.auditEntries.count(),
    }).toEqual(before);
  });

  it('does not keep a record whose audit entry could not be written', async () => {
    const { db, repositories } = setup();
    // The record itself fits; its audit entry, written in the same transaction, does not.
    fillDiskAfter(1);
    const failure = await repositories.organizations
      .create({ name: 'Comune di Pioltello', type: 'comune' })
      .then(
        () => null,
        (error: unknown) => error,
      );

    expect(shownMessages(failure)).toEqual([`Si è verificato un problema: ${quotaMessage}`]);
    disk.writesLeft = Number.POSITIVE_INFINITY;
    expect(await db.organizations.count()).toBe(0);
    expect(await db.auditEntries.count()).toBe(0);
  });

  it('keeps the cause Dexie reports in error.inner', async () => {
    const { repositories } = setup();
    fillDiskAfter(0);
    const failure: unknown = await repositories.organizations
      .create({ name: 'Comune di Pioltello', type: 'comune' })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(failure).toMatchObject({ inner: { name: 'QuotaExceededError' } });
  });
});
