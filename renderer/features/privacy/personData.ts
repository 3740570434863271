import { encodePersonExport, type PersonData } from '../../../shared/privacy';
import type { RegiaDatabase } from '../../db';

/** Gathers everything the database holds about one contact. */
export async function readPersonData(db: RegiaDatabase, contactId: string): Promise<PersonData> {
  return db.transaction(
    'r',
    [
      db.contacts,
      db.organizations,
      db.memberships,
      db.attendances,
      db.actions,
      db.meetings,
      db.auditEntries,
    ],
    async () => {
      const contact = await db.contacts.get(contactId);
      if (!contact) throw new Error('Referente inesistente');
      const [organization, memberships, attendances, actions, meetings, changes] =
        await Promise.all([
          db.organizations.get(contact.organizationId),
          db.memberships
            .where('organizationId')
            .equals(contact.organizationId)
            .filter(
              (membership) =>
                membership.representativeContactIds.includes(contactId) ||
                membership.delegateContactIds.includes(contactId),
            )
            .toArray(),
          db.attendances.filter((attendance) => attendance.contactId === contactId).toArray(),
          db.actions.filter((action) => action.ownerContactId === contactId).toArray(),
          db.meetings
            .filter(
              (meeting) =>
                meeting.presidentContactId === contactId ||
                meeting.secretaryContactId === contactId,
            )
            .toArray(),
          db.auditEntries.where('[table+recordId]').equals(['contacts', contactId]).toArray(),
        ]);
      return {
        contact,
        organization: organization ?? null,
        memberships,
        attendances,
        actions,
        meetings,
        changes,
      };
    },
  );
}

/** The export file of one person's data and its suggested name. */
export async function personExportFile(
  db: RegiaDatabase,
  contactId: string,
  now: Date = new Date(),
): Promise<{ name: string; bytes: Uint8Array<ArrayBuffer> }> {
  const data = await readPersonData(db, contactId);
  const slug = `${data.contact.firstName}-${data.contact.lastName}`
    .normalize('NFD')
    .replace(/[^\w-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return {
    name: `dati-personali-${slug || 'referente'}.json`,
    bytes: encodePersonExport(data, now),
  };
}
