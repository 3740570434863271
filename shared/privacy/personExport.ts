import type {
  Action,
  Attendance,
  AuditEntry,
  Contact,
  Meeting,
  Membership,
  Organization,
} from '../domain';

/** Everything Regia holds about one person, as handed to them (GDPR art. 15 and 20). */
export type PersonData = {
  contact: Contact;
  organization: Organization | null;
  memberships: Membership[];
  attendances: Attendance[];
  actions: Action[];
  meetings: Meeting[];
  changes: AuditEntry[];
};

const pick = <T extends object, K extends keyof T>(row: T, keys: K[]): Pick<T, K> =>
  Object.fromEntries(keys.map((key) => [key, row[key]])) as Pick<T, K>;

/** The JSON document of a person's data: their record, where they appear, and its history. */
export function personExportDocument(data: PersonData, exportedAt: Date): object {
  // Search words are derived from the other fields: nothing of the person's own.
  const contact: Partial<Contact> = { ...data.contact };
  delete contact.searchWords;
  return {
    format: 'regia-person-data',
    formatVersion: 1,
    exportedAt: exportedAt.toISOString(),
    contact,
    organization: data.organization ? pick(data.organization, ['id', 'name']) : null,
    memberships: data.memberships.map((membership) => ({
      ...pick(membership, ['id', 'networkId', 'organizationId', 'role']),
      representative: membership.representativeContactIds.includes(data.contact.id),
      delegate: membership.delegateContactIds.includes(data.contact.id),
    })),
    attendances: data.attendances.map((attendance) =>
      pick(attendance, ['id', 'meetingId', 'organizationId', 'status']),
    ),
    actions: data.actions.map((action) =>
      pick(action, ['id', 'title', 'status', 'dueDate', 'ownerOrganizationId']),
    ),
    meetings: data.meetings.map((meeting) => ({
      ...pick(meeting, ['id', 'date', 'kind', 'status']),
      president: meeting.presidentContactId === data.contact.id,
      secretary: meeting.secretaryContactId === data.contact.id,
    })),
    changes: data.changes.map((entry) =>
      pick(entry, ['at', 'userName', 'userOrganization', 'source', 'operation', 'before', 'after']),
    ),
  };
}

/** The bytes of the export file (indented JSON, UTF-8). */
export function encodePersonExport(data: PersonData, exportedAt: Date): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(personExportDocument(data, exportedAt), null, 2));
}
