import {
  agendaItemSchema,
  attendanceSchema,
  decisionSchema,
  meetingSchema,
  type AgendaItemKind,
  type AttendanceStatus,
  type MeetingKind,
  type MeetingStatus,
  type RowOf,
} from '../../../shared/domain';
import { schemaDefaults } from '../../fixtures/schemaDefaults';
import { at, type Builder, type NetworkPlan } from './builder';
import { agendaTitles } from './names';

/** How many meetings of a network to write and how large each is. */
export type MeetingPlan = {
  count: number;
  itemsPerMeeting: number;
  attendancesPerMeeting: number;
  /** Years the past meetings are spread over. */
  years: number;
  /** Make the last meeting held a large one (40 items, 60 members present), for the meeting view. */
  withLargeMeeting: boolean;
};

/** Size of the large meeting the "open a meeting" benchmark opens. */
export const largeMeeting = { agendaItems: 40, attendances: 60 } as const;

const upcomingMeetings = 3;

function statusOf(offset: number, upcomingIndex: number): MeetingStatus {
  if (offset > 0) return upcomingIndex === 0 ? 'convocata' : 'bozza';
  if (offset < -60) return 'verbaleApprovato';
  return offset < -14 ? 'verbaleInBozza' : 'svolta';
}

function writeAgenda(
  builder: Builder,
  network: NetworkPlan,
  meeting: RowOf<'meetings'>,
  count: number,
  held: boolean,
): string[] {
  const ids: string[] = [];
  for (let order = 1; order <= count; order += 1) {
    const first = order === 1;
    const kind: AgendaItemKind = first
      ? 'deliberazione'
      : builder.choose.weighted<AgendaItemKind>([
          ['informativa', 40],
          ['discussione', 40],
          ['deliberazione', 20],
        ]);
    const presenter = builder.choose.pick(network.members);
    const title = first
      ? at(agendaTitles, 0, 'agenda title')
      : order === count
        ? 'Varie ed eventuali'
        : `${at(agendaTitles, 1 + ((order - 2) % (agendaTitles.length - 2)), 'agenda title')}`;
    const item: RowOf<'agendaItems'> = {
      ...schemaDefaults(agendaItemSchema),
      ...builder.meta(),
      meetingId: meeting.id,
      order,
      title,
      kind,
      presenterOrganizationId: at(builder.dataset.organizations, presenter, 'organization').id,
      presenterContactId: at(builder.contactIds, presenter, 'contacts')[0] ?? null,
      plannedMinutes: builder.choose.integer(2, 6) * 5,
      minutesText: held && meeting.status !== 'svolta' ? 'Il punto è illustrato e discusso.' : '',
      decision:
        held && kind === 'deliberazione'
          ? {
              ...schemaDefaults(decisionSchema),
              text: 'Approvato.',
              votesInFavour: 18,
              votesAgainst: 0,
              abstained: 2,
              outcome: 'approvato',
            }
          : null,
    };
    builder.dataset.agendaItems.push(item);
    ids.push(item.id);
  }
  return ids;
}

function writeAttendance(
  builder: Builder,
  network: NetworkPlan,
  meeting: RowOf<'meetings'>,
  count: number,
): void {
  for (const member of builder.choose.sample(network.members, count)) {
    const status = builder.choose.weighted<AttendanceStatus>([
      ['presente', 70],
      ['assente', 10],
      ['assenteGiustificato', 10],
      ['delegato', 10],
    ]);
    builder.dataset.attendances.push({
      ...schemaDefaults(attendanceSchema),
      ...builder.meta(),
      meetingId: meeting.id,
      organizationId: at(builder.dataset.organizations, member, 'organization').id,
      contactId: at(builder.contactIds, member, 'contacts')[0] ?? null,
      status,
      delegateName: status === 'delegato' ? 'Persona delegata' : '',
      arrivalTime: status === 'presente' ? meeting.startTime : null,
    });
  }
}

/**
 * Writes a network's meetings, oldest first: past ones spread over `years` with agenda,
 * attendance and minutes, then a few upcoming ones. Returns the id of the large meeting, if any.
 */
export function buildMeetings(
  builder: Builder,
  network: NetworkPlan,
  plan: MeetingPlan,
): string | null {
  const pastCount = Math.max(plan.count - upcomingMeetings, 0);
  const spacing = (plan.years * 365) / Math.max(pastCount, 1);
  const numbersByYear = new Map<number, number>();
  const coordinatorContacts = at(builder.contactIds, at(network.members, 0, 'member'), 'contacts');
  let largeMeetingId: string | null = null;
  for (let index = 0; index < plan.count; index += 1) {
    const offset =
      index < pastCount ? -Math.round((pastCount - index) * spacing) : (index - pastCount + 1) * 7;
    const date = builder.workingDayBefore(offset);
    const year = Number(date.slice(0, 4));
    const number = (numbersByYear.get(year) ?? 0) + 1;
    numbersByYear.set(year, number);
    const held = offset < 0;
    const large = plan.withLargeMeeting && index === pastCount - 1;
    const meeting: RowOf<'meetings'> = {
      ...schemaDefaults(meetingSchema),
      ...builder.meta(),
      networkId: network.id,
      year,
      number,
      kind: builder.choose.weighted<MeetingKind>([
        ['ordinaria', 60],
        ['tavoloTecnico', 30],
        ['straordinaria', 5],
        ['workshop', 5],
      ]),
      status: statusOf(offset, index - pastCount),
      title: large ? 'Assemblea plenaria della rete' : `Seduta n. ${number}/${year}`,
      date,
      startTime: '10:00',
      endTime: '12:30',
      place: 'Sala consiliare',
      presidentContactId: coordinatorContacts[0] ?? null,
      secretaryContactId: coordinatorContacts[1] ?? null,
    };
    builder.dataset.meetings.push(meeting);
    const itemCount = large ? largeMeeting.agendaItems : plan.itemsPerMeeting;
    const itemIds = writeAgenda(builder, network, meeting, itemCount, held);
    if (held) {
      writeAttendance(
        builder,
        network,
        meeting,
        large ? largeMeeting.attendances : plan.attendancesPerMeeting,
      );
      network.heldMeetings.push({ id: meeting.id, itemIds });
    }
    if (large) {
      // The meeting of 60 members the targets are about: it invites the bodies it records, as a
      // tavolo of a large network does, instead of expecting all of the network's members.
      meeting.invitedOrganizationIds = builder.dataset.attendances
        .filter((attendance) => attendance.meetingId === meeting.id)
        .map((attendance) => attendance.organizationId);
      largeMeetingId = meeting.id;
    }
  }
  return largeMeetingId;
}
