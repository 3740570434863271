import { format, parseISO } from 'date-fns';
import { enGB, it as italian } from 'date-fns/locale';
import type { AgendaItem, Meeting } from '../domain';
import { translate, type Locale, type MessageKey, type MessageParams } from '../i18n';
import { agendaTiming } from './agendaTiming';

/** Who presents an item, already resolved to a name (contact, or organization). */
export type PresenterNames = ReadonlyMap<string, string>;

/** What the convocation letter needs, read from the database by the caller. */
export type ConvocationSource = {
  locale: Locale;
  networkName: string;
  coordinatorName: string;
  meeting: Meeting;
  /** In agenda order. */
  items: readonly AgendaItem[];
  /** Name of each item's presenter, by item id. */
  presenters: PresenterNames;
  /** The invited members' names. */
  invitedNames: readonly string[];
  presidentName: string;
};

/** One line of the agenda as the letter prints it. */
export type ConvocationAgendaLine = {
  number: number;
  title: string;
  /** Kind, presenter and planned time, e.g. "Deliberazione · relatore: … · 10 minuti". */
  details: string;
  description: string;
};

/** The convocation letter, ready for DOCX, print or any other renderer. */
export type ConvocationDocument = {
  sender: string;
  heading: string;
  subject: string;
  recipients: string;
  opening: string;
  facts: readonly { label: string; value: string }[];
  agendaHeading: string;
  agenda: readonly ConvocationAgendaLine[];
  closing: string;
  signatureRole: string;
  signatureName: string;
};

const dateLocales = { it: italian, en: enGB };

/** The meeting's number as people say it, e.g. "Seduta n. 3/2026". */
export function meetingNumberText(
  locale: Locale,
  meeting: Pick<Meeting, 'number' | 'year'>,
): string {
  return translate(locale, 'meetings.number', { number: meeting.number, year: meeting.year });
}

/** The meeting's day written out, e.g. "mercoledì 15 aprile 2026". */
export function longMeetingDate(locale: Locale, date: string): string {
  return format(parseISO(date), 'EEEE d MMMM yyyy', { locale: dateLocales[locale] });
}

/** The letter of convocation of a meeting: who, when, where and the agenda, in the user's language. */
export function buildConvocation(source: ConvocationSource): ConvocationDocument {
  const { locale, meeting } = source;
  const text = (key: MessageKey, params?: MessageParams): string => translate(locale, key, params);
  const number = meetingNumberText(locale, meeting);
  const kind = text(`enum.meetingKind.${meeting.kind}`);
  const timing = agendaTiming(meeting.date, meeting.startTime, source.items);
  const endTime = meeting.endTime ?? timing.end?.time ?? null;
  const facts = [
    { label: text('meetings.convocation.date'), value: longMeetingDate(locale, meeting.date) },
    ...(meeting.startTime
      ? [
          {
            label: text('meetings.convocation.time'),
            value: endTime
              ? text('meetings.convocation.timeRange', { start: meeting.startTime, end: endTime })
              : meeting.startTime,
          },
        ]
      : []),
    ...(meeting.place ? [{ label: text('meetings.convocation.place'), value: meeting.place }] : []),
    ...(meeting.onlineLink
      ? [{ label: text('meetings.convocation.link'), value: meeting.onlineLink }]
      : []),
  ];
  return {
    sender: source.coordinatorName
      ? `${source.networkName} — ${source.coordinatorName}`
      : source.networkName,
    heading: text('meetings.convocation.heading'),
    subject: text('meetings.convocation.subject', {
      number,
      kind: kind.toLowerCase(),
      network: source.networkName,
    }),
    recipients: text('meetings.convocation.recipients', {
      names: source.invitedNames.join(', ') || source.networkName,
    }),
    opening: text('meetings.convocation.opening', {
      kind: kind.toLowerCase(),
      number,
      network: source.networkName,
    }),
    facts,
    agendaHeading: text('meetings.convocation.agenda'),
    agenda: source.items.map((item, index) => {
      const presenter = source.presenters.get(item.id);
      const details = [
        text(`enum.agendaItemKind.${item.kind}`),
        ...(presenter ? [text('meetings.convocation.presenter', { name: presenter })] : []),
        text('meetings.convocation.minutes', { minutes: item.plannedMinutes }),
      ];
      return {
        number: index + 1,
        title: item.title,
        details: details.join(' · '),
        description: item.description,
      };
    }),
    closing: text('meetings.convocation.closing'),
    signatureRole: text('meetings.convocation.president'),
    signatureName: source.presidentName,
  };
}

/** The file name of a meeting's document, e.g. `convocazione-seduta-3-2026.docx`. */
export function meetingFileName(
  prefix: string,
  meeting: Pick<Meeting, 'number' | 'year'>,
  extension: string,
): string {
  return `${prefix}-${meeting.number}-${meeting.year}.${extension}`;
}
