import type { AgendaItem, Meeting, Network } from '../../../../shared/domain';
import type { Locale } from '../../../../shared/i18n';
import {
  buildConvocation,
  contactFullName,
  invitationAttendees,
  invitationOf,
  invitedMemberships,
  meetingIcs,
  meetingNumberText,
  type ConvocationDocument,
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

/** The convocation letter of a meeting, from the loaded records. */
export function convocationDocumentOf(inputs: ConvocationInputs): ConvocationDocument {
  const { locale, network, meeting, items, directory } = inputs;
  const president = meeting.presidentContactId
    ? directory.contacts.get(meeting.presidentContactId)
    : undefined;
  return buildConvocation({
    locale,
    networkName: network.name,
    coordinatorName: network.coordinatingOrganizationId
      ? (directory.organizations.get(network.coordinatingOrganizationId)?.name ?? '')
      : '',
    meeting,
    items,
    presenters: new Map(items.map((item) => [item.id, presenterName(directory, item)])),
    invitedNames: invitedMemberships(meeting, directory.memberships).flatMap((membership) => {
      const name = directory.organizations.get(membership.organizationId)?.name;
      return name ? [name] : [];
    }),
    presidentName: president ? contactFullName(president) : '',
  });
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
