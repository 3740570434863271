import type { AgendaItem, Contact, Meeting, Membership } from '../domain';
import { agendaTiming } from './agendaTiming';
import type { IcsPerson, MeetingInvitation } from './meetingIcs';

/** A contact's name as the documents write it: first name, then last name. */
export function contactFullName(contact: Pick<Contact, 'firstName' | 'lastName'>): string {
  return [contact.firstName, contact.lastName].filter(Boolean).join(' ');
}

/**
 * The members a meeting invites: those it names, or, when it names none, every member of the
 * network whose membership has not ended before the meeting.
 */
export function invitedMemberships(
  meeting: Pick<Meeting, 'invitedOrganizationIds' | 'date'>,
  memberships: readonly Membership[],
): Membership[] {
  const current = memberships.filter(
    (membership) =>
      !membership.archivedAt && (membership.to === null || membership.to >= meeting.date),
  );
  if (meeting.invitedOrganizationIds.length === 0) return current;
  const invited = new Set(meeting.invitedOrganizationIds);
  return current.filter((membership) => invited.has(membership.organizationId));
}

/** The attendees of the invitation: the invited members' representatives who have an email, once each. */
export function invitationAttendees(
  memberships: readonly Membership[],
  contactsById: ReadonlyMap<string, Contact>,
): IcsPerson[] {
  const seen = new Set<string>();
  return memberships.flatMap((membership) =>
    membership.representativeContactIds.flatMap((contactId) => {
      const contact = contactsById.get(contactId);
      const email = contact?.email.trim() ?? '';
      if (!contact || contact.archivedAt || email === '' || seen.has(email.toLowerCase())) {
        return [];
      }
      seen.add(email.toLowerCase());
      return [{ name: contactFullName(contact), email }];
    }),
  );
}

/** What the invitation of a meeting needs besides the meeting itself. */
export type InvitationSource = {
  meeting: Meeting;
  items: readonly AgendaItem[];
  summary: string;
  attendees: readonly IcsPerson[];
  organizer: IcsPerson | null;
  stampedAt: string;
};

/** The calendar invitation of a meeting: the agenda as description, its planned length as duration. */
export function invitationOf(source: InvitationSource): MeetingInvitation {
  const { meeting, items } = source;
  const start = { date: meeting.date, time: meeting.startTime ?? '09:00' };
  const planned = agendaTiming(meeting.date, start.time, items).totalMinutes;
  const durationMinutes =
    planned > 0
      ? planned
      : meeting.endTime && meeting.startTime
        ? Math.max(minutesOfDay(meeting.endTime) - minutesOfDay(meeting.startTime), 1)
        : 120;
  const agenda = items.map((item, index) => `${index + 1}. ${item.title}`).join('\n');
  return {
    uid: `${meeting.id}@regia`,
    stampedAt: source.stampedAt,
    sequence: meeting.rev,
    summary: source.summary,
    description: [agenda, meeting.onlineLink].filter(Boolean).join('\n\n'),
    location: meeting.place || meeting.onlineLink,
    start,
    durationMinutes,
    organizer: source.organizer,
    attendees: source.attendees,
  };
}

function minutesOfDay(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}
