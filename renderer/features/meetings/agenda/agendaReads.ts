import { compareIso, openActionStatuses } from '../../../../shared/actions';
import type {
  Action,
  AgendaItem,
  Attachment,
  Meeting,
  Network,
  Organization,
} from '../../../../shared/domain';
import type { RegiaDatabase } from '../../../db';
import { readMeetingAttachments } from '../attachments/attachmentReads';
import type { NetworkDirectory } from './useNetworkDirectory';

/** The people and bodies an agenda names: its presenters, president and secretary. */
export type AgendaNames = Pick<NetworkDirectory, 'organizations' | 'contacts'>;

/** What the agenda tab draws, read together in one go. */
export type AgendaView = {
  items: AgendaItem[];
  attachments: Attachment[];
  network: Network | null;
  names: AgendaNames;
};

/** The network's open actions, earliest due first, with the names of their owners. */
export type OpenActions = { actions: Action[]; ownerNames: ReadonlyMap<string, string> };

const present = <T extends { archivedAt: string | null }>(row: T | undefined): row is T =>
  row !== undefined && !row.archivedAt;

/** The agenda items of a meeting in their order, archived ones aside. */
export async function readAgendaItems(db: RegiaDatabase, meetingId: string): Promise<AgendaItem[]> {
  return (
    await db.agendaItems
      .where('[meetingId+order]')
      .between([meetingId, -Infinity], [meetingId, Infinity])
      .toArray()
  ).filter((item) => !item.archivedAt);
}

/** The contacts and organizations a meeting's agenda names, and nothing else of the network. */
export async function readAgendaNames(
  db: RegiaDatabase,
  meeting: Pick<Meeting, 'presidentContactId' | 'secretaryContactId'>,
  items: readonly Pick<AgendaItem, 'presenterContactId' | 'presenterOrganizationId'>[],
): Promise<AgendaNames> {
  const contactIds = new Set<string>();
  for (const id of [
    meeting.presidentContactId,
    meeting.secretaryContactId,
    ...items.map((item) => item.presenterContactId),
  ]) {
    if (id) contactIds.add(id);
  }
  const presenterOrganizationIds = [
    ...new Set(
      items.flatMap((item) => (item.presenterOrganizationId ? [item.presenterOrganizationId] : [])),
    ),
  ];
  // The presenters' bodies are read with the people; only the bodies of people who present
  // for another one (or hold an office) are read after them, usually none.
  const [contactRows, presenterOrganizations] = await Promise.all([
    db.contacts.bulkGet([...contactIds]),
    db.organizations.bulkGet(presenterOrganizationIds),
  ]);
  const contacts = contactRows.filter(present);
  const known = new Set(presenterOrganizationIds);
  const othersIds = [
    ...new Set(contacts.map((contact) => contact.organizationId).filter((id) => !known.has(id))),
  ];
  const others = othersIds.length > 0 ? await db.organizations.bulkGet(othersIds) : [];
  const organizations = [...presenterOrganizations, ...others].filter(present);
  return {
    organizations: new Map(organizations.map((organization) => [organization.id, organization])),
    contacts: new Map(contacts.map((contact) => [contact.id, contact])),
  };
}

/**
 * Everything the agenda tab draws, in one read: its items, documents, network and the names the
 * agenda shows. The convocation's recipients are not read here: a plenary of a large network
 * has thousands, and the agenda does not wait for them.
 */
export async function readAgendaView(db: RegiaDatabase, meeting: Meeting): Promise<AgendaView> {
  const [items, attachments, network] = await Promise.all([
    readAgendaItems(db, meeting.id),
    readMeetingAttachments(db, meeting.id),
    db.networks.get(meeting.networkId),
  ]);
  return {
    items,
    attachments,
    network: network ?? null,
    names: await readAgendaNames(db, meeting, items),
  };
}

/** The network's open actions, earliest due first (no due day last), with their owners' names. */
export async function readOpenActions(db: RegiaDatabase, networkId: string): Promise<OpenActions> {
  const actions = (
    await db.actions
      .where('[networkId+status]')
      .anyOf(openActionStatuses.map((status) => [networkId, status]))
      .toArray()
  )
    .filter((action) => !action.archivedAt)
    // ISO days compare as text: no collator over the thousands of a large network.
    .toSorted((a, b) => compareIso(a.dueDate ?? '9999', b.dueDate ?? '9999'));
  const ownerIds = new Set(actions.flatMap((action) => action.ownerOrganizationId ?? []));
  const owners = await db.organizations.bulkGet([...ownerIds]);
  return {
    actions,
    ownerNames: new Map(
      owners.flatMap((owner: Organization | undefined) => (owner ? [[owner.id, owner.name]] : [])),
    ),
  };
}
