import type { AgendaItem, Contact, Meeting, Membership } from '../domain';
import { agendaTiming, minutesBetween } from './agendaTiming';
import { addRomeMinutes, type RomeWallClock } from './romeTime';
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

/**
 * How long a meeting lasts: from its declared start to its declared end; without a declared end,
 * the agenda's planned minutes (or two hours when it has none).
 */
export function meetingLength(
  meeting: Pick<Meeting, 'date' | 'startTime' | 'endTime'>,
  items: readonly Pick<AgendaItem, 'plannedMinutes'>[],
): { start: RomeWallClock; end: RomeWallClock; declared: boolean } {
  const start = { date: meeting.date, time: meeting.startTime ?? '09:00' };
  if (meeting.endTime && minutesOfDay(meeting.endTime) > minutesOfDay(start.time)) {
    return { start, end: { date: meeting.date, time: meeting.endTime }, declared: true };
  }
  const planned = agendaTiming(meeting.date, start.time, items).totalMinutes;
  return { start, end: addRomeMinutes(start, planned > 0 ? planned : 120), declared: false };
}

/**
 * The minutes the agenda plans beyond the meeting's declared end, or 0: a warning for the
 * secretary, never a change of the end the letter and the calendar announce.
 */
export function agendaOverrun(
  meeting: Pick<Meeting, 'date' | 'startTime' | 'endTime'>,
  items: readonly Pick<AgendaItem, 'plannedMinutes'>[],
): number {
  const length = meetingLength(meeting, items);
  if (!length.declared || !meeting.startTime) return 0;
  const planned = agendaTiming(meeting.date, meeting.startTime, items).totalMinutes;
  return Math.max(0, planned - minutesBetween(length.start, length.end));
}

/** The calendar invitation of a meeting: the agenda as description, from its start to its declared end. */
export function invitationOf(source: InvitationSource): MeetingInvitation {
  const { meeting, items } = source;
  const { start, end } = meetingLength(meeting, items);
  const agenda = items.map((item, index) => `${index + 1}. ${item.title}`).join('\n');
  return {
    uid: `${meeting.id}@regia`,
    stampedAt: source.stampedAt,
    sequence: meeting.rev,
    summary: source.summary,
    description: [agenda, meeting.onlineLink].filter(Boolean).join('\n\n'),
    location: meeting.place || meeting.onlineLink,
    start,
    end,
    organizer: source.organizer,
    attendees: source.attendees,
  };
}

function minutesOfDay(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}
