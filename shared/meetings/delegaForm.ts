import type { Letterhead, OfficialDocument } from '../documents';
import type { Meeting } from '../domain';
import { translate, type Locale, type MessageKey, type MessageParams } from '../i18n';
import { documentFrame, letterDate, longMeetingDate } from './convocation';

/** What the delega form of one invited body needs. */
export type DelegaFormSource = {
  locale: Locale;
  networkName: string;
  letterhead: Letterhead;
  meeting: Meeting;
  /** The invited body the form is prefilled for. */
  bodyName: string;
};

/**
 * The delega form (modulo di delega) of a meeting, prefilled for one invited body: the meeting,
 * its day, time, place and protocol already written, blanks for the names and the signature.
 */
export function buildDelegaForm(source: DelegaFormSource): OfficialDocument {
  const { locale, meeting } = source;
  const text = (key: MessageKey, params?: MessageParams): string => translate(locale, key, params);
  const kind = text(`enum.meetingKind.${meeting.kind}`).toLowerCase();
  const seduta = { kind, number: meeting.number, year: meeting.year };
  const title = text('documents.delega.title', {
    ...seduta,
    date: letterDate(locale, meeting.date),
  });
  const protocol =
    meeting.protocolNumber.trim() && meeting.protocolDate
      ? text('documents.delega.protocolPart', {
          number: meeting.protocolNumber.trim(),
          date: letterDate(locale, meeting.protocolDate),
        })
      : '';
  return {
    ...documentFrame(locale),
    title,
    letterhead: source.letterhead,
    draftMark: null,
    blocks: [
      {
        kind: 'reference',
        lines: [text('documents.delega.recipient', { network: source.networkName })],
      },
      { kind: 'heading', level: 1, text: title },
      { kind: 'paragraph', text: text('documents.delega.grantor', { body: source.bodyName }) },
      {
        kind: 'paragraph',
        text: text('documents.delega.delegates'),
        emphasis: 'bold',
        align: 'center',
      },
      {
        kind: 'paragraph',
        text: text('documents.delega.delegate', {
          ...seduta,
          network: source.networkName,
          date: longMeetingDate(locale, meeting.date),
          time: meeting.startTime
            ? text('documents.delega.timePart', { time: meeting.startTime })
            : '',
          place: meeting.place ? text('documents.delega.placePart', { place: meeting.place }) : '',
          protocol,
        }),
      },
      { kind: 'paragraph', text: text('documents.delega.identity') },
      {
        kind: 'signatures',
        lead: [text('documents.delega.placeDate')],
        signatures: [{ role: text('documents.delega.signature'), name: '' }],
      },
    ],
  };
}

/** The delega form's file name for one body, in plain letters. */
export function delegaFileName(
  locale: Locale,
  meeting: Pick<Meeting, 'number' | 'year'>,
  bodyName: string,
): string {
  const body =
    bodyName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 50) || 'ente';
  return translate(locale, 'documents.delega.fileName', {
    number: meeting.number,
    year: meeting.year,
    body,
  });
}
