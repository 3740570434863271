import { format, parseISO } from 'date-fns';
import type { DocumentBlock, Letterhead, OfficialDocument } from '../../documents';
import type { Meeting } from '../../domain';
import { translate, type Locale } from '../../i18n';
import { documentFrame, type ConvocationAttachment } from '../convocation';
import type { MinutesDocument, MinutesItem } from './minutesDocument';

/** What the verbale needs besides the minutes' content. */
export type MinutesBlocksSource = {
  locale: Locale;
  minutes: MinutesDocument;
  meeting: Pick<Meeting, 'status' | 'protocolNumber' | 'protocolDate'>;
  letterhead: Letterhead;
  /** The presenter of each item of `minutes.items`, in the same order ('' for none). */
  presenters: readonly string[];
  /** The meeting's documents, listed as Allegato 1, 2… */
  attachments: readonly ConvocationAttachment[];
  /** Why the meeting was cancelled or postponed, when it was. */
  lifecycleReason?: string;
};

function itemBlocks(item: MinutesItem, presenter: string, locale: Locale): DocumentBlock[] {
  return [
    { kind: 'heading', level: 3, text: item.heading },
    ...(presenter
      ? [
          {
            kind: 'paragraph' as const,
            text: translate(locale, 'documents.minutes.presenter', { name: presenter }),
            emphasis: 'italic' as const,
          },
        ]
      : []),
    ...item.discussion.map((text) => ({ kind: 'paragraph' as const, text })),
    ...(item.decision
      ? [{ kind: 'paragraph' as const, text: item.decision, emphasis: 'bold' as const }]
      : []),
    ...(item.vote ? [{ kind: 'paragraph' as const, text: item.vote }] : []),
    ...(item.review
      ? [
          { kind: 'paragraph' as const, text: item.review.intro },
          ...item.review.sections.flatMap((section) => [
            { kind: 'paragraph' as const, text: section.heading, emphasis: 'bold' as const },
            { kind: 'table' as const, table: section.table },
          ]),
        ]
      : []),
  ];
}

/**
 * The verbale as a document a public body files: letterhead, the convocation it follows, who was
 * present, each item with its presenter, decision and vote, the actions, the attachments, the
 * signatures kept with the closing, then the approval note and the amendments. BOZZA once per
 * page on a draft; a cancelled or postponed meeting says so first.
 */
export function buildMinutesBlocks(source: MinutesBlocksSource): OfficialDocument {
  const { locale, minutes, meeting } = source;
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(locale, key, params);
  const reference =
    meeting.protocolNumber.trim() && meeting.protocolDate
      ? t('documents.minutes.convocationReference', {
          number: meeting.protocolNumber.trim(),
          date: format(parseISO(meeting.protocolDate), 'dd/MM/yyyy'),
        })
      : null;
  const lifecycle =
    meeting.status === 'annullata' || meeting.status === 'rinviata'
      ? t(
          meeting.status === 'annullata'
            ? 'documents.minutes.cancelled'
            : 'documents.minutes.postponed',
          { reason: source.lifecycleReason ?? '' },
        ).trim()
      : null;
  const attendance = minutes.attendance.flatMap((group): DocumentBlock[] =>
    group.entries.length === 0
      ? []
      : [
          {
            kind: 'paragraph',
            text: `${group.label} (${group.entries.length}):`,
            emphasis: 'bold',
          },
          { kind: 'list', ordered: false, items: group.entries },
        ],
  );
  const attachments = source.attachments.map((attachment, index) =>
    attachment.itemNumber
      ? t('documents.attachmentOfItem', {
          number: index + 1,
          name: attachment.fileName,
          item: attachment.itemNumber,
        })
      : t('documents.attachment', { number: index + 1, name: attachment.fileName }),
  );
  const blocks: DocumentBlock[] = [
    { kind: 'heading', level: 1, text: minutes.title },
    ...(lifecycle
      ? [{ kind: 'paragraph' as const, text: lifecycle, emphasis: 'bold' as const }]
      : []),
    ...minutes.heading.map((text) => ({ kind: 'paragraph' as const, text })),
    ...(reference ? [{ kind: 'paragraph' as const, text: reference }] : []),
    ...minutes.officers.map((text) => ({ kind: 'paragraph' as const, text })),
    { kind: 'heading', level: 2, text: minutes.attendanceHeading },
    ...attendance,
    { kind: 'paragraph', text: minutes.quorum },
    ...minutes.premise.map((text) => ({ kind: 'paragraph' as const, text })),
    { kind: 'heading', level: 2, text: minutes.agendaHeading },
    { kind: 'list', ordered: false, items: minutes.agenda },
    ...minutes.items.flatMap((item, index) =>
      itemBlocks(item, source.presenters[index] ?? '', locale),
    ),
    { kind: 'heading', level: 2, text: minutes.actionsHeading },
    minutes.actions.rows.length === 0
      ? { kind: 'paragraph', text: minutes.noActions }
      : { kind: 'table', table: minutes.actions },
    ...(attachments.length > 0
      ? [{ kind: 'attachments' as const, heading: t('documents.attachments'), items: attachments }]
      : []),
    { kind: 'signatures', lead: [minutes.closing], signatures: minutes.signatures },
    ...(minutes.approval
      ? [{ kind: 'paragraph' as const, text: minutes.approval, emphasis: 'bold' as const }]
      : []),
    ...(minutes.amendments.length > 0
      ? [
          { kind: 'heading' as const, level: 2 as const, text: minutes.amendmentsHeading },
          ...minutes.amendments.map((text) => ({ kind: 'paragraph' as const, text })),
        ]
      : []),
  ];
  return {
    ...documentFrame(locale),
    title: minutes.title,
    letterhead: source.letterhead,
    draftMark: minutes.draftMark,
    blocks,
  };
}
