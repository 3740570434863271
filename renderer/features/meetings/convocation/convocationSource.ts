import type { AgendaItem, Attachment, Meeting, Network } from '../../../../shared/domain';
import {
  letterheadOf,
  officialAddressOf,
  type Letterhead,
  type OfficialDocument,
} from '../../../../shared/documents';
import { translate, type Locale } from '../../../../shared/i18n';
import {
  buildConvocation,
  buildDelegaForm,
  contactFullName,
  invitationAttendees,
  invitationOf,
  invitedMemberships,
  meetingIcs,
  meetingNumberText,
  type ConvocationAttachment,
} from '../../../../shared/meetings';
import { presenterName, type NetworkDirectory } from '../agenda/useNetworkDirectory';

/** Everything the convocation documents are made from, as the agenda tab has it loaded. */
export type ConvocationInputs = {
  locale: Locale;
  network: Network;
  meeting: Meeting;
  items: readonly AgendaItem[];
  directory: NetworkDirectory;
};

/** The letterhead of the network's documents, from its identity or its coordinating body. */
export function networkLetterhead(
  locale: Locale,
  network: Network,
  directory: Pick<NetworkDirectory, 'organizations'>,
): Letterhead {
  const coordinator = network.coordinatingOrganizationId
    ? (directory.organizations.get(network.coordinatingOrganizationId) ?? null)
    : null;
  return letterheadOf(network, coordinator, {
    pec: translate(locale, 'documents.pec'),
    email: translate(locale, 'documents.email'),
    logo: translate(locale, 'documents.logo'),
  });
}

/** The meeting's documents as the letter lists them, with the number of the item they belong to. */
export function attachmentsOf(
  items: readonly Pick<AgendaItem, 'id'>[],
  attachments: readonly Attachment[],
): ConvocationAttachment[] {
  const position = new Map(items.map((item, index) => [item.id, index + 1]));
  return attachments.map((attachment) => ({
    fileName: attachment.fileName,
    itemNumber: attachment.agendaItemId ? (position.get(attachment.agendaItemId) ?? null) : null,
  }));
}

const contactName = (inputs: ConvocationInputs, id: string | null): string => {
  const contact = id ? inputs.directory.contacts.get(id) : undefined;
  return contact ? contactFullName(contact) : '';
};

/** Where attendance is confirmed: the issuing body's e-mail, else the secretary's. */
export function replyAddressOf(inputs: ConvocationInputs): string {
  const secretary = inputs.meeting.secretaryContactId
    ? inputs.directory.contacts.get(inputs.meeting.secretaryContactId)
    : undefined;
  return inputs.network.issuerEmail.trim() || secretary?.email.trim() || '';
}

/** The invited bodies with the address each is written to, for "A:" and "e p.c.". */
export function convocationRecipients(inputs: ConvocationInputs) {
  return invitedMemberships(inputs.meeting, inputs.directory.memberships).flatMap((membership) => {
    const organization = inputs.directory.organizations.get(membership.organizationId);
    return organization
      ? [
          {
            name: organization.name,
            address: officialAddressOf(organization),
            votingRight: membership.votingRight,
          },
        ]
      : [];
  });
}

/** The convocation letter of a meeting, from the loaded records. */
export function convocationDocumentOf(
  inputs: ConvocationInputs,
  attachments: readonly Attachment[],
  today: string,
): OfficialDocument {
  const { locale, network, meeting, items, directory } = inputs;
  return buildConvocation({
    locale,
    networkName: network.name,
    letterhead: networkLetterhead(locale, network, directory),
    letterPlace: network.issuerPlace,
    today,
    meeting,
    items,
    presenters: new Map(items.map((item) => [item.id, presenterName(directory, item)])),
    recipients: convocationRecipients(inputs),
    presidentName: contactName(inputs, meeting.presidentContactId) || network.presidentName,
    replyAddress: replyAddressOf(inputs),
    attachments: attachmentsOf(items, attachments),
  });
}

/** The issuing body as the sender of the meeting's e-mails: its PEC or e-mail, else the secretary's. */
export function emailSenderOf(inputs: ConvocationInputs): { name: string; address: string } {
  const letterhead = networkLetterhead(inputs.locale, inputs.network, inputs.directory);
  const coordinator = inputs.network.coordinatingOrganizationId
    ? inputs.directory.organizations.get(inputs.network.coordinatingOrganizationId)
    : undefined;
  const address =
    inputs.network.issuerPec.trim() ||
    inputs.network.issuerEmail.trim() ||
    (coordinator ? officialAddressOf(coordinator) : '') ||
    replyAddressOf(inputs);
  return { name: letterhead.name, address };
}

/** One delega form for each invited body, prefilled with its name. */
export function delegaFormsOf(
  inputs: ConvocationInputs,
): { bodyName: string; document: OfficialDocument }[] {
  const letterhead = networkLetterhead(inputs.locale, inputs.network, inputs.directory);
  return convocationRecipients(inputs)
    .sort((first, second) => first.name.localeCompare(second.name, 'it'))
    .map((recipient) => ({
      bodyName: recipient.name,
      document: buildDelegaForm({
        locale: inputs.locale,
        networkName: inputs.network.name,
        letterhead,
        meeting: inputs.meeting,
        bodyName: recipient.name,
      }),
    }));
}

/** The `.ics` invitation of a meeting for its invited members' representatives. */
export function invitationTextOf(inputs: ConvocationInputs, now: Date): string {
  const { locale, network, meeting, items, directory } = inputs;
  const organizerContact = [meeting.secretaryContactId, meeting.presidentContactId]
    .map((id) => (id ? directory.contacts.get(id) : undefined))
    .find((contact) => contact !== undefined && contact.email.trim() !== '');
  return meetingIcs(
    invitationOf({
      meeting,
      items,
      summary: [meetingNumberText(locale, meeting), network.name, meeting.title]
        .filter(Boolean)
        .join(' — '),
      attendees: invitationAttendees(
        invitedMemberships(meeting, directory.memberships),
        directory.contacts,
      ),
      organizer: organizerContact
        ? { name: contactFullName(organizerContact), email: organizerContact.email.trim() }
        : null,
      stampedAt: now.toISOString(),
    }),
  );
}

/** How many representatives with an email the invitation goes to. */
export function attendeeCount(inputs: ConvocationInputs): number {
  return invitationAttendees(
    invitedMemberships(inputs.meeting, inputs.directory.memberships),
    inputs.directory.contacts,
  ).length;
}
