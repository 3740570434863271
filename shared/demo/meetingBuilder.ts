import type {
  AgendaItemKind,
  AttendanceStatus,
  Decision,
  MeetingKind,
  MeetingStatus,
} from '../domain/meetings';
import type { RowOf } from '../domain/tables';
import { addMinutesToTime } from './calendar';
import { contactKeysOf } from './contactSpecs';
import type { DemoContext } from './context';
import { required } from './context';
import type { NetworkHandle } from './networks';
import { contactName } from './roster';

/** A vote as the demo writes it: those in favour are the voting members present, less the rest. */
export type DecisionSpec = {
  text: string;
  against?: number;
  abstained?: number;
  outcome?: Decision['outcome'];
};

/** A punto all'ordine del giorno between the approval of the minutes and "Varie ed eventuali". */
export type AgendaItemSpec = {
  title: string;
  description?: string;
  kind: AgendaItemKind;
  /** Contact key of the presenter. */
  presenter: string;
  plannedMinutes: number;
  /** Written into the minutes once the meeting is held. */
  minutesText?: string;
  decision?: DecisionSpec;
};

/** A member that was not simply present. */
export type AttendanceException = {
  organization: string;
  status: Exclude<AttendanceStatus, 'presente'>;
  /** Contact key of a delegate among the organization's referenti. */
  delegate?: string;
  /** Name of a delegate who is not among the referenti. */
  delegateName?: string;
};

/** One seduta, placed `dayOffset` days from today (moved off weekends). */
export type MeetingSpec = {
  key: string;
  kind: MeetingKind;
  title: string;
  dayOffset: number;
  startTime: string;
  endTime: string;
  place: string;
  onlineLink?: string;
  president: string;
  secretary: string;
  /** Organization keys; every member when absent. */
  invited?: string[];
  items: AgendaItemSpec[];
  otherBusiness?: string;
  exceptions?: AttendanceException[];
  /** Minutes late, by organization key. */
  lateArrivals?: Record<string, number>;
  /** Departure time, by organization key, for members who left early. */
  earlyDepartures?: Record<string, string>;
};

const approvalTitle = 'Approvazione del verbale della seduta precedente';
const otherBusinessTitle = 'Varie ed eventuali';
/** Meetings closer than this are already convoked; later ones are still drafts. */
const convocationNoticeDays = 21;
/** A meeting held this recently has no minutes yet. */
const minutesDraftingDays = 7;

type PlacedMeeting = {
  spec: MeetingSpec;
  id: string;
  date: string;
  year: number;
  number: number;
  held: boolean;
};

function italianDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

function organizationKeyOfContact(contactKey: string): string {
  const [organization] = contactKey.split('.');
  if (organization === undefined || !contactKeysOf(organization).includes(contactKey)) {
    throw new Error(`Demo data: unknown contact "${contactKey}".`);
  }
  return organization;
}

function placeMeetings(context: DemoContext, specs: MeetingSpec[]): PlacedMeeting[] {
  const placed: PlacedMeeting[] = [];
  const countByYear = new Map<number, number>();
  for (const spec of specs) {
    const date = context.calendar.workingDay(spec.dayOffset);
    const previous = placed.at(-1);
    if (previous !== undefined && previous.date >= date) {
      throw new Error(`Demo data: meeting "${spec.key}" must come after "${previous.spec.key}".`);
    }
    const year = Number(date.slice(0, 4));
    const number = (countByYear.get(year) ?? 0) + 1;
    countByYear.set(year, number);
    const id = context.newId();
    context.meetings.register(spec.key, id);
    placed.push({ spec, id, date, year, number, held: date < context.calendar.todayIso });
  }
  return placed;
}

function statusOf(
  context: DemoContext,
  meeting: PlacedMeeting,
  next: PlacedMeeting | undefined,
): MeetingStatus {
  if (!meeting.held) {
    return meeting.date <= context.calendar.day(convocationNoticeDays) ? 'convocata' : 'bozza';
  }
  if (next?.held === true) return 'verbaleApprovato';
  return meeting.date >= context.calendar.day(-minutesDraftingDays) ? 'svolta' : 'verbaleInBozza';
}

function writeAttendance(
  context: DemoContext,
  meeting: PlacedMeeting,
  invited: string[],
  network: NetworkHandle,
): number {
  let voters = 0;
  for (const organization of invited) {
    const exception = meeting.spec.exceptions?.find((entry) => entry.organization === organization);
    const status: AttendanceStatus = exception?.status ?? 'presente';
    const [representative] = contactKeysOf(organization);
    const attends = status === 'presente' || status === 'delegato';
    if (attends && network.votingKeys.has(organization)) voters += 1;
    const delegateKey = status === 'delegato' ? exception?.delegate : undefined;
    const contactKey = status === 'delegato' ? delegateKey : representative;
    const late = meeting.spec.lateArrivals?.[organization] ?? 0;
    context.dataset.attendances.push({
      ...context.meta(),
      meetingId: meeting.id,
      organizationId: context.organizations.id(organization),
      contactId: contactKey === undefined ? null : context.contacts.id(contactKey),
      status,
      delegateName:
        delegateKey !== undefined
          ? contactName(context, delegateKey)
          : (exception?.delegateName ?? ''),
      arrivalTime: attends ? addMinutesToTime(meeting.spec.startTime, late) : null,
      departureTime: attends ? (meeting.spec.earlyDepartures?.[organization] ?? null) : null,
      mode: 'inPresenza',
      people: [],
      delegaAttachmentId: null,
      proxyOrganizationId: null,
    });
  }
  return voters;
}

function decisionOf(spec: DecisionSpec, voters: number, meetingKey: string): Decision {
  const against = spec.against ?? 0;
  const abstained = spec.abstained ?? 0;
  const votesInFavour = voters - against - abstained;
  if (votesInFavour < 0) {
    throw new Error(
      `Demo data: more votes against and abstentions than voters in "${meetingKey}".`,
    );
  }
  return {
    text: spec.text,
    votesInFavour,
    votesAgainst: against,
    abstained,
    outcome: spec.outcome ?? 'approvato',
    method: 'conteggio',
    rollCall: [],
    outcomeReason: '',
  };
}

function agendaOf(meeting: PlacedMeeting, previous: PlacedMeeting | undefined): AgendaItemSpec[] {
  const previousName =
    previous === undefined
      ? 'della seduta precedente'
      : `della seduta n. ${previous.number}/${previous.year} del ${italianDate(previous.date)}`;
  const approval: AgendaItemSpec = {
    title: approvalTitle,
    description: `Verbale ${previousName}, trasmesso con la convocazione.`,
    kind: 'deliberazione',
    presenter: meeting.spec.secretary,
    plannedMinutes: 5,
    minutesText: `Il verbale ${previousName} è approvato senza osservazioni.`,
    decision: { text: `Approvato il verbale ${previousName}.` },
  };
  const otherBusiness: AgendaItemSpec = {
    title: otherBusinessTitle,
    kind: 'discussione',
    presenter: meeting.spec.president,
    plannedMinutes: 10,
    minutesText:
      meeting.spec.otherBusiness ??
      `Non essendovi altri argomenti, la seduta è tolta alle ore ${meeting.spec.endTime}.`,
  };
  return [approval, ...meeting.spec.items, otherBusiness];
}

/** Writes a network's meetings with agendas, attendance and decisions consistent with today. */
export function buildMeetings(
  context: DemoContext,
  network: NetworkHandle,
  specs: MeetingSpec[],
): void {
  const placed = placeMeetings(context, specs);
  placed.forEach((meeting, index) => {
    const previous = placed[index - 1];
    const next = placed[index + 1];
    const status = statusOf(context, meeting, next);
    const invited = meeting.spec.invited ?? network.memberKeys;
    const row: RowOf<'meetings'> = {
      ...context.meta(meeting.id),
      networkId: network.id,
      year: meeting.year,
      number: meeting.number,
      kind: meeting.spec.kind,
      status,
      title: meeting.spec.title,
      date: meeting.date,
      startTime: meeting.spec.startTime,
      endTime: meeting.spec.endTime,
      place: meeting.spec.place,
      onlineLink: meeting.spec.onlineLink ?? '',
      presidentContactId: context.contacts.id(meeting.spec.president),
      secretaryContactId: context.contacts.id(meeting.spec.secretary),
      invitedOrganizationIds: invited.map((key) => context.organizations.id(key)),
      minutesApprovedInMeetingId:
        status === 'verbaleApprovato' && next !== undefined ? next.id : null,
      openingTime: meeting.held ? meeting.spec.startTime : null,
      closingTime: meeting.held ? meeting.spec.endTime : null,
      minutesPremise: '',
      protocolNumber: '',
      protocolDate: null,
      secondCallDate: null,
      secondCallTime: null,
      minutesDraftSentAt: null,
      minutesApprovedAt:
        status === 'verbaleApprovato' && next !== undefined ? context.meta().updatedAt : null,
      minutesAmendments: [],
      guests: [],
      secondCall: false,
      cancellationReason: '',
      cancelledAt: null,
      postponedFromDate: null,
      postponementReason: '',
      postponedAt: null,
    };
    context.dataset.meetings.push(row);
    const voters = meeting.held ? writeAttendance(context, meeting, invited, network) : 0;
    const withMinutes = meeting.held && status !== 'svolta';
    agendaOf(meeting, previous).forEach((item, itemIndex) => {
      const order = itemIndex + 1;
      const itemRow: RowOf<'agendaItems'> = {
        ...context.meta(),
        meetingId: meeting.id,
        order,
        title: item.title,
        description: item.description ?? '',
        kind: item.kind,
        presenterOrganizationId: context.organizations.id(organizationKeyOfContact(item.presenter)),
        presenterContactId: context.contacts.id(item.presenter),
        plannedMinutes: item.plannedMinutes,
        minutesText: withMinutes ? (item.minutesText ?? '') : '',
        decision:
          meeting.held && item.decision !== undefined
            ? decisionOf(item.decision, voters, meeting.spec.key)
            : null,
        recurring: false,
        carriedFromItemId: null,
      };
      context.agendaItems.register(`${meeting.spec.key}#${order}`, itemRow.id);
      context.dataset.agendaItems.push(itemRow);
    });
  });
}

/** Looks up a placed meeting's row, for builders that need its date. */
export function meetingRow(context: DemoContext, meetingKey: string): RowOf<'meetings'> {
  const id = context.meetings.id(meetingKey);
  return required(
    context.dataset.meetings.find((row) => row.id === id),
    `meeting "${meetingKey}"`,
  );
}
