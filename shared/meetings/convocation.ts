import { format, parseISO } from 'date-fns';
import { enGB, it as italian } from 'date-fns/locale';
import type { DocumentBlock, Letterhead, OfficialDocument } from '../documents';
import type { AgendaItem, Meeting } from '../domain';
import { translate, type Locale, type MessageKey, type MessageParams } from '../i18n';
import { meetingLength } from './invitation';

/** Who presents an item, already resolved to a name (contact, or organization). */
export type PresenterNames = ReadonlyMap<string, string>;

/** A body the letter is addressed to, with the address it is written to. */
export type ConvocationRecipient = {
  name: string;
  /** Its PEC, else its e-mail, else ''. */
  address: string;
  /** Voting members go under "A:", the others under "e p.c.". */
  votingRight: boolean;
};

/** A document sent with the letter, in the order it is listed. */
export type ConvocationAttachment = { fileName: string; itemNumber: number | null };

/** What the convocation letter needs, read from the database by the caller. */
export type ConvocationSource = {
  locale: Locale;
  networkName: string;
  letterhead: Letterhead;
  /** The place the letter is written from ("Milano"), or ''. */
  letterPlace: string;
  /** `yyyy-MM-dd`: the letter's date when the protocol has none. */
  today: string;
  meeting: Meeting;
  /** In agenda order. */
  items: readonly AgendaItem[];
  /** Name of each item's presenter, by item id. */
  presenters: PresenterNames;
  recipients: readonly ConvocationRecipient[];
  presidentName: string;
  /** Where attendance is confirmed: the secretariat's e-mail, or ''. */
  replyAddress: string;
  /** The documents attached, after the delega form. */
  attachments: readonly ConvocationAttachment[];
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

/** A day as a letter writes it, e.g. "15 aprile 2026". */
export function letterDate(locale: Locale, date: string): string {
  return format(parseISO(date), 'd MMMM yyyy', { locale: dateLocales[locale] });
}

/** The page labels and draft mark every document of a locale shares. */
export function documentFrame(locale: Locale): Pick<OfficialDocument, 'language' | 'pageLabels'> {
  return {
    language: locale === 'it' ? 'it-IT' : 'en-GB',
    pageLabels: {
      page: translate(locale, 'documents.page'),
      of: translate(locale, 'documents.pageOf'),
    },
  };
}

/** The protocol and the place and date of a letter, as the lines under the letterhead. */
export function letterReference(
  locale: Locale,
  meeting: Pick<Meeting, 'protocolNumber' | 'protocolDate'>,
  place: string,
  today: string,
): string[] {
  const day = meeting.protocolDate ?? today;
  return [
    ...(meeting.protocolNumber.trim()
      ? [
          translate(locale, 'documents.protocol', {
            number: meeting.protocolNumber.trim(),
            date: format(parseISO(day), 'dd/MM/yyyy'),
          }),
        ]
      : []),
    place.trim()
      ? translate(locale, 'documents.placeAndDate', {
          place: place.trim(),
          date: letterDate(locale, day),
        })
      : letterDate(locale, day),
  ];
}

const byName = (first: ConvocationRecipient, second: ConvocationRecipient): number =>
  first.name.localeCompare(second.name, 'it');

const recipientLine = (recipient: ConvocationRecipient): string =>
  recipient.address ? `${recipient.name} — ${recipient.address}` : recipient.name;

/** The letter's subject, without the "Oggetto" twice or the number twice. */
export function convocationSubject(
  source: Pick<ConvocationSource, 'locale' | 'meeting' | 'networkName'>,
): string {
  const { locale, meeting } = source;
  return translate(locale, 'documents.convocation.subject', {
    kind: translate(locale, `enum.meetingKind.${meeting.kind}`).toLowerCase(),
    number: meeting.number,
    year: meeting.year,
    network: source.networkName,
  });
}

/**
 * The letter of convocation of a meeting as a public body sends it: letterhead, protocol, place
 * and date, recipients "A:" and "e p.c.", subject, first and second call, place and link, the
 * agenda with presenters, how to confirm and send a delegate, the attachments, the signature.
 */
export function buildConvocation(source: ConvocationSource): OfficialDocument {
  const { locale, meeting } = source;
  const text = (key: MessageKey, params?: MessageParams): string => translate(locale, key, params);
  const kind = text(`enum.meetingKind.${meeting.kind}`).toLowerCase();
  const { end } = meetingLength(meeting, source.items);
  const voting = source.recipients.filter((recipient) => recipient.votingRight).sort(byName);
  const others = source.recipients.filter((recipient) => !recipient.votingRight).sort(byName);
  const facts = [
    { label: text('meetings.convocation.date'), value: longMeetingDate(locale, meeting.date) },
    ...(meeting.startTime
      ? [
          {
            label: text('meetings.convocation.time'),
            value: text('meetings.convocation.timeRange', {
              start: meeting.startTime,
              end: end.time,
            }),
          },
          {
            label: text('documents.convocation.firstCall'),
            value: text('documents.convocation.callAt', {
              date: letterDate(locale, meeting.date),
              time: meeting.startTime,
            }),
          },
        ]
      : []),
    ...(meeting.secondCallTime
      ? [
          {
            label: text('documents.convocation.secondCall'),
            value: text('documents.convocation.callAt', {
              date: letterDate(locale, meeting.secondCallDate ?? meeting.date),
              time: meeting.secondCallTime,
            }),
          },
        ]
      : []),
    ...(meeting.place ? [{ label: text('meetings.convocation.place'), value: meeting.place }] : []),
    ...(meeting.onlineLink
      ? [{ label: text('meetings.convocation.link'), value: meeting.onlineLink }]
      : []),
  ];
  const agenda = source.items.map((item) => {
    const presenter = source.presenters.get(item.id);
    const params = {
      kind: text(`enum.agendaItemKind.${item.kind}`),
      presenter: presenter ?? '',
      minutes: text('meetings.convocation.minutes', { minutes: item.plannedMinutes }),
    };
    const details = text(
      presenter
        ? 'documents.convocation.agendaLine'
        : 'documents.convocation.agendaLineNoPresenter',
      params,
    );
    return [item.title, details, item.description.trim()].filter(Boolean).join('\n');
  });
  const attachments = [
    text('documents.convocation.delegaForm'),
    ...source.attachments.map((attachment) => attachment.fileName),
  ].map((name, index) => {
    const itemNumber = index === 0 ? null : source.attachments[index - 1]?.itemNumber;
    return itemNumber
      ? text('documents.attachmentOfItem', { number: index + 1, name, item: itemNumber })
      : text('documents.attachment', { number: index + 1, name });
  });
  const blocks: DocumentBlock[] = [
    {
      kind: 'reference',
      lines: letterReference(locale, meeting, source.letterPlace, source.today),
    },
    {
      kind: 'recipients',
      groups: [
        ...(voting.length > 0
          ? [{ label: text('documents.to'), lines: voting.map(recipientLine) }]
          : [{ label: text('documents.to'), lines: [source.networkName] }]),
        ...(others.length > 0
          ? [{ label: text('documents.cc'), lines: others.map(recipientLine) }]
          : []),
      ],
    },
    { kind: 'heading', level: 1, text: convocationSubject(source) },
    {
      kind: 'paragraph',
      text: text('documents.convocation.opening', {
        kind,
        number: meeting.number,
        year: meeting.year,
        network: source.networkName,
      }),
    },
    { kind: 'facts', facts },
    ...(meeting.secondCallTime
      ? [{ kind: 'paragraph' as const, text: text('documents.convocation.secondCallNote') }]
      : []),
    { kind: 'heading', level: 2, text: text('meetings.convocation.agenda') },
    { kind: 'list', ordered: true, items: agenda },
    {
      kind: 'paragraph',
      text: source.replyAddress
        ? text('documents.convocation.confirm', { address: source.replyAddress })
        : text('documents.convocation.confirmNoAddress'),
    },
    { kind: 'paragraph', text: text('documents.convocation.delegate') },
    {
      kind: 'signatures',
      lead: [text('documents.convocation.greeting')],
      signatures: [{ role: text('meetings.convocation.president'), name: source.presidentName }],
    },
    { kind: 'attachments', heading: text('documents.attachments'), items: attachments },
  ];
  return {
    ...documentFrame(locale),
    title: convocationSubject(source),
    letterhead: source.letterhead,
    draftMark: null,
    blocks,
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
