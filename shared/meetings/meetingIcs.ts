import { foldIcsLine, escapeIcsText, icsParameterValue } from './icsText';
import type { RomeWallClock } from './romeTime';

/** A person invited to the meeting, with the address the invitation goes to. */
export type IcsPerson = { name: string; email: string };

/** What the calendar invitation of a meeting says. */
export type MeetingInvitation = {
  /** Stable across exports, so calendars update the event instead of duplicating it. */
  uid: string;
  /** When the invitation is written (ISO timestamp). */
  stampedAt: string;
  /** Raised each time the meeting is exported again after a change. */
  sequence: number;
  summary: string;
  description: string;
  location: string;
  start: RomeWallClock;
  /** The declared end, in Rome time: written as DTEND, so calendars show what the letter says. */
  end: RomeWallClock;
  organizer: IcsPerson | null;
  attendees: readonly IcsPerson[];
};

/** The Europe/Rome time zone with the EU rule for summer time, so calendars need not know it. */
const romeTimeZone = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Rome',
  'X-LIC-LOCATION:Europe/Rome',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const localDateTime = ({ date, time }: RomeWallClock): string =>
  `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;

const utcStamp = (isoTimestamp: string): string =>
  `${isoTimestamp.slice(0, 19).replace(/[-:]/g, '')}Z`;

const person = (property: string, extra: string, { name, email }: IcsPerson): string =>
  `${property};CN=${icsParameterValue(name)}${extra}:mailto:${email.trim()}`;

/**
 * The `.ics` calendar invitation of a meeting (RFC 5545): one event from its declared start to
 * its declared end in Europe/Rome time with its time zone, the agenda as description, the invited representatives as attendees.
 * Lines end with CRLF and are folded at 75 octets.
 */
export function meetingIcs(invitation: MeetingInvitation): string {
  const method = invitation.organizer ? 'REQUEST' : 'PUBLISH';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Regia//Cabina di regia//IT',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    ...romeTimeZone,
    'BEGIN:VEVENT',
    `UID:${invitation.uid}`,
    `DTSTAMP:${utcStamp(invitation.stampedAt)}`,
    `SEQUENCE:${invitation.sequence}`,
    `DTSTART;TZID=Europe/Rome:${localDateTime(invitation.start)}`,
    `DTEND;TZID=Europe/Rome:${localDateTime(invitation.end)}`,
    `SUMMARY:${escapeIcsText(invitation.summary)}`,
    ...(invitation.location ? [`LOCATION:${escapeIcsText(invitation.location)}`] : []),
    ...(invitation.description ? [`DESCRIPTION:${escapeIcsText(invitation.description)}`] : []),
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    ...(invitation.organizer ? [person('ORGANIZER', '', invitation.organizer)] : []),
    ...invitation.attendees.map((attendee) =>
      person(
        'ATTENDEE',
        ';CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE',
        attendee,
      ),
    ),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
