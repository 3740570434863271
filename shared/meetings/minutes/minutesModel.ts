import { format, parseISO } from 'date-fns';
import { enGB, it as italian } from 'date-fns/locale';
import { isActionReviewItem } from '../../actions';
import type {
  Action,
  AgendaItem,
  Attendance,
  AttendanceStatus,
  Contact,
  Decision,
  RollCallEntry,
} from '../../domain';
import { translate, type Locale } from '../../i18n';
import { minutesPresence } from '../meetingMoment';
import type { Presence } from '../presence';
import { decisionWithDefaults } from '../votes';
import { minutesActionReview, type MinutesWriter } from './minutesActionReview';
import type {
  MinutesAttendanceGroup,
  MinutesDocument,
  MinutesInput,
  MinutesItem,
  MinutesTable,
} from './minutesDocument';

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
  const named = (attendance.people ?? []).map((person) => person.name);
  const person =
    named.length > 0
      ? named.join(', ')
      : personName(attendance.contactId ? input.contacts.get(attendance.contactId) : undefined);
  const remote = attendance.mode === 'remoto' ? [write.t('minutes.record.remote')] : [];
  if (attendance.status === 'delegato') {
    const delegate = attendance.delegateName || person;
    const written = attendance.delegaAttachmentId ? [write.t('minutes.record.delegaOnFile')] : [];
    const base = delegate
      ? write.t('minutes.doc.delegatedBy', { organization, delegate })
      : organization;
    return [base, ...written, ...remote].join(', ');
  }
  if (attendance.status !== 'presente') return organization;
  const times = [
    attendance.arrivalTime ? write.t('minutes.doc.arrival', { time: attendance.arrivalTime }) : '',
    attendance.departureTime
      ? write.t('minutes.doc.departure', { time: attendance.departureTime })
      : '',
  ].filter(Boolean);
  const who = person ? `${organization} (${person})` : organization;
  return [who, ...remote, ...times].join(', ');
}

function extraGroups(
  input: MinutesInput,
  presence: Presence,
  write: MinutesWriter,
): MinutesAttendanceGroup[] {
  const nameOf = (id: string): string => input.organizations.get(id)?.name ?? '';
  const byName = (first: string, second: string): number => first.localeCompare(second, 'it');
  return [
    {
      label: write.t('minutes.record.proxies'),
      entries: presence.proxies
        .map((proxy) =>
          write.t('minutes.record.proxy', {
            organization: nameOf(proxy.fromOrganizationId),
            holder: nameOf(proxy.toOrganizationId),
          }),
        )
        .sort(byName),
    },
    {
      label: write.t('minutes.record.guests'),
      entries: (input.meeting.guests ?? []).map((guest) =>
        [guest.name, guest.role, guest.body].filter(Boolean).join(', '),
      ),
    },
  ];
}

function voteOf(input: MinutesInput, decision: Decision, write: MinutesWriter): string {
  const counts = {
    inFavour: decision.votesInFavour,
    against: decision.votesAgainst,
    abstained: decision.abstained,
    outcome: write.t(`live.decisionOutcome.${decision.outcome}`).toLowerCase(),
  };
  const namesVoting = (vote: RollCallEntry['vote']): string =>
    decision.rollCall
      .filter((entry) => entry.vote === vote)
      .map((entry) => input.organizations.get(entry.organizationId)?.name ?? '')
      .sort((first, second) => first.localeCompare(second, 'it'))
      .join(', ');
  const reason = decision.outcomeReason.trim()
    ? [write.t('minutes.record.outcomeReason', { reason: decision.outcomeReason.trim() })]
    : [];
  if (decision.method === 'unanimita') {
    return [
      write.t('minutes.record.voteUnanimous', { count: decision.votesInFavour }),
      ...reason,
    ].join(' ');
  }
  if (decision.method === 'appelloNominale') {
    const against = namesVoting('contrario');
    const abstaining = namesVoting('astenuto');
    return [
      write.t('minutes.record.voteRollCall', counts),
      ...(against ? [write.t('minutes.record.against', { names: against })] : []),
      ...(abstaining ? [write.t('minutes.record.abstaining', { names: abstaining })] : []),
      ...reason,
    ].join(' ');
  }
  const voted = decision.votesInFavour + decision.votesAgainst + decision.abstained > 0;
  const key = !voted
    ? 'minutes.doc.outcomeOnly'
    : decision.method === 'scrutinioSegreto'
      ? 'minutes.record.voteSecret'
      : 'minutes.doc.vote';
  return [write.t(key, counts), ...reason].join(' ');
}

function itemOf(input: MinutesInput, item: AgendaItem, write: MinutesWriter): MinutesItem {
  const decision = decisionWithDefaults(item.decision);
  return {
    heading: `${item.order}. ${item.title}`,
    discussion: paragraphsOf(item.minutesText),
    decision: decision ? write.t('minutes.doc.decision', { text: decision.text.trim() }) : null,
    vote: decision && item.kind !== 'informativa' ? voteOf(input, decision, write) : null,
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
  const presence = minutesPresence(input);
  const { quorum } = presence;
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
      ...(meeting.secondCall ? [t('meetings.secondCall.minutes')] : []),
    ].filter(Boolean),
    officers: [
      t('minutes.doc.president', { name: person(meeting.presidentContactId) || '—' }),
      t('minutes.doc.secretary', { name: person(meeting.secretaryContactId) || '—' }),
    ],
    attendanceHeading: t('minutes.doc.attendance'),
    attendance: [
      ...groupOrder.map((status) => ({
        label: t(`minutes.doc.group.${status}`),
        entries: input.attendances
          .filter((attendance) => attendance.status === status)
          .map((attendance) => attendanceEntry(input, attendance, write))
          .sort((first, second) => first.localeCompare(second, 'it')),
      })),
      ...extraGroups(input, presence, write),
    ],
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
