import type { EmailAddress, EmailAttachment, EmailDraft } from '../documents';
import type { Meeting } from '../domain';
import { translate, type Locale } from '../i18n';
import {
  convocationSubject,
  letterDate,
  longMeetingDate,
  type ConvocationRecipient,
} from './convocation';

/** Who writes, and to whom, for a meeting's e-mails. */
export type MeetingEmailParties = {
  locale: Locale;
  networkName: string;
  /** The issuing body, as the letterhead names it, with its PEC or e-mail. */
  sender: EmailAddress;
  recipients: readonly ConvocationRecipient[];
};

function addressed(recipients: readonly ConvocationRecipient[], voting: boolean): EmailAddress[] {
  return recipients
    .filter((recipient) => recipient.votingRight === voting && recipient.address !== '')
    .sort((first, second) => first.name.localeCompare(second.name, 'it'))
    .map((recipient) => ({ name: recipient.name, address: recipient.address }));
}

/**
 * The e-mail draft of a convocation: to the voting bodies' PEC or e-mail, the others in copy, the
 * letter's subject, an Italian body with day, time and place, and the documents attached.
 */
export function convocationEmail(
  parties: MeetingEmailParties,
  meeting: Meeting,
  attachments: readonly EmailAttachment[],
): EmailDraft {
  const { locale } = parties;
  return {
    from: parties.sender,
    to: addressed(parties.recipients, true),
    cc: addressed(parties.recipients, false),
    subject: convocationSubject({ locale, meeting, networkName: parties.networkName }).replace(
      /^[^:]+:\s*/,
      '',
    ),
    body: translate(locale, 'documents.mail.convocationBody', {
      kind: translate(locale, `enum.meetingKind.${meeting.kind}`).toLowerCase(),
      number: meeting.number,
      year: meeting.year,
      network: parties.networkName,
      date: longMeetingDate(locale, meeting.date),
      time: meeting.startTime
        ? translate(locale, 'documents.mail.timePart', { time: meeting.startTime })
        : '',
      place: meeting.place
        ? translate(locale, 'documents.mail.placePart', { place: meeting.place })
        : '',
      sender: parties.sender.name,
    }),
    attachments,
  };
}

/** The e-mail draft that sends the draft minutes to the members for their remarks. */
export function minutesDraftEmail(
  parties: MeetingEmailParties,
  meeting: Meeting,
  attachments: readonly EmailAttachment[],
): EmailDraft {
  const { locale } = parties;
  const seduta = { number: meeting.number, year: meeting.year, network: parties.networkName };
  return {
    from: parties.sender,
    to: addressed(parties.recipients, true),
    cc: addressed(parties.recipients, false),
    subject: translate(locale, 'documents.mail.minutesSubject', seduta),
    body: translate(locale, 'documents.mail.minutesBody', {
      ...seduta,
      date: letterDate(locale, meeting.date),
      sender: parties.sender.name,
    }),
    attachments,
  };
}
