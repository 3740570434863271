import { format, parseISO } from 'date-fns';
import { enGB, it as italian } from 'date-fns/locale';
import { isActionReviewItem } from '../../actions';
import type { Action, AgendaItem, Attendance, AttendanceStatus, Contact } from '../../domain';
import { translate, type Locale } from '../../i18n';
import { minutesPresence } from '../meetingMoment';
import { minutesActionReview, type MinutesWriter } from './minutesActionReview';
import type { MinutesDocument, MinutesInput, MinutesItem, MinutesTable } from './minutesDocument';

const dateLocales = { it: italian, en: enGB };
const groupOrder: AttendanceStatus[] = ['presente', 'delegato', 'assenteGiustificato', 'assente'];

/** A contact's full name, or '' when unknown. */
export function personName(contact: Contact | undefined): string {
  if (!contact) return '';
  return [contact.firstName, contact.lastName].filter(Boolean).join(' ');
}

const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);

function attendanceEntry(
  input: MinutesInput,
  attendance: Attendance,
  write: MinutesWriter,
): string {
  const organization = input.organizations.get(attendance.organizationId)?.name ?? '';
  const person = personName(
    attendance.contactId ? input.contacts.get(attendance.contactId) : undefined,
  );
  if (attendance.status === 'delegato') {
    const delegate = attendance.delegateName || person;
    return delegate ? write.t('minutes.doc.delegatedBy', { organization, delegate }) : organization;
  }
  if (attendance.status !== 'presente') return organization;
  const times = [
    attendance.arrivalTime ? write.t('minutes.doc.arrival', { time: attendance.arrivalTime }) : '',
    attendance.departureTime
      ? write.t('minutes.doc.departure', { time: attendance.departureTime })
      : '',
  ].filter(Boolean);
  const who = person ? `${organization} (${person})` : organization;
  return times.length > 0 ? `${who}, ${times.join(', ')}` : who;
}

function itemOf(input: MinutesInput, item: AgendaItem, write: MinutesWriter): MinutesItem {
  const decision = item.decision;
  const voted =
    decision !== null && decision.votesInFavour + decision.votesAgainst + decision.abstained > 0;
  return {
    heading: `${item.order}. ${item.title}`,
    discussion: paragraphsOf(item.minutesText),
    decision: decision ? write.t('minutes.doc.decision', { text: decision.text.trim() }) : null,
    vote: decision
      ? write.t(voted ? 'minutes.doc.vote' : 'minutes.doc.outcomeOnly', {
          inFavour: decision.votesInFavour,
          against: decision.votesAgainst,
          abstained: decision.abstained,
          outcome: write.t(`live.decisionOutcome.${decision.outcome}`).toLowerCase(),
        })
      : null,
    review:
      input.actionReview && isActionReviewItem(item.title)
        ? minutesActionReview(input.actionReview, input.organizations, write)
        : null,
  };
}

function actionsTable(input: MinutesInput, write: MinutesWriter): MinutesTable {
  const orderOf = new Map(input.items.map((item) => [item.id, item.order]));
  const rowOf = (action: Action): string[] => [
    action.title,
    action.originAgendaItemId ? String(orderOf.get(action.originAgendaItemId) ?? '') : '',
    (action.ownerOrganizationId && input.organizations.get(action.ownerOrganizationId)?.name) || '',
    personName(action.ownerContactId ? input.contacts.get(action.ownerContactId) : undefined),
    action.dueDate ? write.day(action.dueDate) : '',
  ];
  const sorted = [...input.actions].sort(
    (first, second) =>
      (orderOf.get(first.originAgendaItemId ?? '') ?? 1e9) -
        (orderOf.get(second.originAgendaItemId ?? '') ?? 1e9) ||
      first.title.localeCompare(second.title, 'it'),
  );
  return {
    columns: [
      write.t('minutes.doc.actionTitle'),
      write.t('minutes.doc.actionItem'),
      write.t('minutes.doc.actionOwner'),
      write.t('minutes.doc.actionContact'),
      write.t('minutes.doc.actionDue'),
    ],
    rows: sorted.map(rowOf),
  };
}

/** The minutes of a meeting as a document, built from what was recorded, in the given language. */
export function buildMinutesDocument(input: MinutesInput, locale: Locale = 'it'): MinutesDocument {
  const write: MinutesWriter = {
    t: (key, params) => translate(locale, key, params),
    day: (isoDate) => format(parseISO(isoDate), 'd MMMM yyyy', { locale: dateLocales[locale] }),
  };
  const { meeting, network } = input;
  const { t } = write;
  const seduta = { number: meeting.number, year: meeting.year };
  const person = (id: string | null): string => personName(id ? input.contacts.get(id) : undefined);
  const { quorum } = minutesPresence(input);
  const items = [...input.items].sort((first, second) => first.order - second.order);
  const place = [meeting.place, meeting.onlineLink].filter(Boolean).join(' · ');
  return {
    draftMark: meeting.status === 'verbaleApprovato' ? null : t('minutes.doc.draft'),
    title: t('minutes.doc.title', seduta),
    heading: [
      network?.name ?? '',
      t('minutes.doc.session', {
        ...seduta,
        kind: t(`enum.meetingKind.${meeting.kind}`).toLowerCase(),
        date: write.day(meeting.date),
      }),
      ...(meeting.title ? [meeting.title] : []),
      t('minutes.doc.place', { place: place || '—' }),
      t('minutes.doc.opening', { time: meeting.openingTime ?? meeting.startTime ?? '—' }),
    ].filter(Boolean),
    officers: [
      t('minutes.doc.president', { name: person(meeting.presidentContactId) || '—' }),
      t('minutes.doc.secretary', { name: person(meeting.secretaryContactId) || '—' }),
    ],
    attendanceHeading: t('minutes.doc.attendance'),
    attendance: groupOrder.map((status) => ({
      label: t(`minutes.doc.group.${status}`),
      entries: input.attendances
        .filter((attendance) => attendance.status === status)
        .map((attendance) => attendanceEntry(input, attendance, write))
        .sort((first, second) => first.localeCompare(second, 'it')),
    })),
    quorum: t(quorum.reached ? 'minutes.doc.quorumReached' : 'minutes.doc.quorumMissing', {
      present: quorum.present,
      voting: quorum.voting,
      rule: t(`live.quorumRule.${quorum.rule}`).toLowerCase(),
    }),
    premise: paragraphsOf(meeting.minutesPremise),
    agendaHeading: t('minutes.doc.agenda'),
    agenda: items.map((item) => `${item.order}. ${item.title}`),
    items: items.map((item) => itemOf(input, item, write)),
    actionsHeading: t('minutes.doc.actions'),
    actions: actionsTable(input, write),
    noActions: t('minutes.doc.noActions'),
    closing: t('minutes.doc.closing', { time: meeting.closingTime ?? '____' }),
    signatures: [
      { role: t('minutes.doc.presidentSignature'), name: person(meeting.presidentContactId) },
      { role: t('minutes.doc.secretarySignature'), name: person(meeting.secretaryContactId) },
    ],
    approval:
      meeting.minutesApprovedInMeetingId && input.approvedIn
        ? t('minutes.doc.approved', {
            number: input.approvedIn.number,
            year: input.approvedIn.year,
            date: write.day(input.approvedIn.date),
          })
        : null,
    amendmentsHeading: t('minutes.doc.amendments'),
    amendments: meeting.minutesAmendments.map((amendment) =>
      t('minutes.doc.amendment', {
        date: write.day(amendment.at.slice(0, 10)),
        text: amendment.text,
      }),
    ),
    fileName: `verbale-${meeting.date}-seduta-${meeting.number}`,
  };
}
