import {
  anonymisedContact,
  personNeedles,
  scrubPersonalData,
  type ErasedPerson,
} from '../../../shared/privacy';
import { deriveFields } from '../../../shared/search';
import { tableNames, type AuditEntry, type Contact } from '../../../shared/domain';
import { translate } from '../../../shared/i18n';
import type { AuditIdentity, RegiaDatabase } from '../../db';

/** What an erasure did: how many records it cleaned besides the contact itself. */
export type ErasureOutcome = { cleanedRecords: number };

const entityFields = (row: Record<string, unknown>): boolean =>
  typeof row.rev === 'number' && typeof row.updatedAt === 'string';

const text = (value: unknown, fallback: string): string =>
  typeof value === 'string' ? value : fallback;

/** The contact as it is and as its audit history says it was (an earlier e-mail, a maiden name). */
async function formerIdentities(db: RegiaDatabase, contact: Contact): Promise<Contact[]> {
  const entries = await db.auditEntries
    .where('[table+recordId]')
    .equals(['contacts', contact.id])
    .toArray();
  const versions = entries.flatMap((entry) => [entry.before, entry.after]);
  return [
    contact,
    ...versions.flatMap((version) => {
      if (typeof version !== 'object' || version === null) return [];
      const fields = version as Record<string, unknown>;
      return [
        {
          ...contact,
          firstName: text(fields.firstName, contact.firstName),
          lastName: text(fields.lastName, contact.lastName),
          email: text(fields.email, contact.email),
          phone: text(fields.phone, contact.phone),
        },
      ];
    }),
  ];
}

/**
 * Erases a person everywhere Regia holds them, in one transaction: the contact becomes an
 * anonymous tombstone (so references to it keep working), and every table is searched for
 * texts naming them (full name, e-mail, phone) and for records and recorded changes about
 * their contact (audit values, export snapshots, applied changes), which lose those values.
 * One audit entry says that an erasure happened, by whom and when, never what was erased.
 */
export async function erasePerson(
  db: RegiaDatabase,
  contactId: string,
  identity: AuditIdentity,
  now: Date = new Date(),
): Promise<ErasureOutcome> {
  const tables = tableNames.map((name) => db.table(name));
  return db.transaction('rw', tables, async () => {
    const contact: Contact | undefined = await db.contacts.get(contactId);
    if (!contact) throw new Error('Referente inesistente');
    const person: ErasedPerson = {
      contactId,
      needles: [
        ...new Set(await formerIdentities(db, contact).then((all) => all.flatMap(personNeedles))),
      ],
    };
    const at = now.toISOString();
    let cleanedRecords = 0;
    for (const name of tableNames) {
      const table = db.table<Record<string, unknown>, string>(name);
      const changed: Record<string, unknown>[] = [];
      await table.each((row) => {
        if (name === 'contacts' && row.id === contactId) return;
        const scrubbed = scrubPersonalData(row, person);
        if (scrubbed === row) return;
        const next = scrubbed as Record<string, unknown>;
        if (entityFields(next)) {
          next.updatedAt = at;
          next.rev = (next.rev as number) + 1;
        }
        changed.push(
          name === 'organizations' || name === 'contacts'
            ? (deriveFields(name, next) as Record<string, unknown>)
            : next,
        );
      });
      if (changed.length > 0) await table.bulkPut(changed);
      cleanedRecords += changed.length;
    }
    const tombstone = anonymisedContact(contact, translate('it', 'privacy.erasedName'), now);
    await db.contacts.put(deriveFields('contacts', tombstone) as Contact);
    const erasure: AuditEntry = {
      id: crypto.randomUUID(),
      at,
      ...identity,
      source: 'ui',
      table: 'contacts',
      recordId: contactId,
      operation: 'update',
      before: null,
      after: { erasure: translate('it', 'privacy.auditErasure') },
      batchId: null,
    };
    await db.auditEntries.add(erasure);
    return { cleanedRecords };
  });
}
