import type {
  AgendaItem,
  Attendance,
  AttendanceStatus,
  Decision,
  Meeting,
  MeetingGuest,
  Network,
} from '../../../../shared/domain';
import { closingTimeProblem } from '../../../../shared/meetings';
import { defaultArrivalTime, type MomentMeeting } from '../../../../shared/meetings/meetingMoment';
import {
  settledDecision,
  voteProblems,
  type VoteContext,
  type VoteProblem,
} from '../../../../shared/meetings/votes';
import type { PatchOf, RegiaDatabase } from '../../../db';
import { MeetingRuleError, type MeetingWriters } from '../meetingWrites';

/** A change of one member's attendance at a meeting. */
export type AttendanceChange = Omit<PatchOf<'attendances'>, 'meetingId' | 'organizationId'>;

/** A file chosen by the person, as the bridge reads it. */
export type ChosenFile = { name: string; bytes: Uint8Array; mimeType: string };

/** Raised when a decision's vote does not add up: each problem is a sentence in the catalog. */
export class VoteRefusedError extends Error {
  constructor(readonly problems: readonly VoteProblem[]) {
    super(`Vote refused: ${problems.join(', ')}`);
    this.name = 'VoteRefusedError';
  }
}

const meetingOf = async (db: RegiaDatabase, meetingId: string): Promise<Meeting> => {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting) throw new Error(`Meeting ${meetingId} not found.`);
  return meeting;
};

const itemOf = async (db: RegiaDatabase, itemId: string): Promise<AgendaItem> => {
  const item = await db.agendaItems.get(itemId);
  if (!item) throw new Error(`Agenda item ${itemId} not found.`);
  return item;
};

/** The live attendance row of a body at a meeting, read by the compound index. */
const attendanceOf = async (
  db: RegiaDatabase,
  meetingId: string,
  organizationId: string,
): Promise<Attendance | undefined> =>
  (
    await db.attendances
      .where('[meetingId+organizationId]')
      .equals([meetingId, organizationId])
      .toArray()
  ).find((row) => row.archivedAt === null);

const attends = (status: AttendanceStatus | undefined): boolean =>
  status === 'presente' || status === 'delegato';

/**
 * The patch a change of attendance writes: checking a member in as present or delegated records
 * no arrival (from the opening) unless it arrives late at a meeting in progress today, never the
 * computer's clock for a meeting on another day; an absent body keeps no times, people or
 * delegate; a body attending itself entrusts its vote to nobody.
 */
export function attendancePatch(
  meeting: MomentMeeting,
  existing: Pick<Attendance, 'status'> | undefined,
  change: AttendanceChange,
  now: Date,
): AttendanceChange {
  const status = change.status;
  const arrival =
    attends(status) && !attends(existing?.status) && change.arrivalTime === undefined
      ? { arrivalTime: defaultArrivalTime(meeting, now) }
      : {};
  const leaves = status === 'assente' || status === 'assenteGiustificato';
  const cleared = leaves
    ? {
        arrivalTime: null,
        departureTime: null,
        delegateName: '',
        people: [],
        mode: 'inPresenza' as const,
      }
    : status === 'presente'
      ? { delegateName: '' }
      : {};
  const attending = attends(status) ? { proxyOrganizationId: null } : {};
  return { ...change, ...arrival, ...cleared, ...attending };
}

/**
 * Records a member's attendance in one transaction: changes its row if there is one, otherwise
 * creates it, with the defaults of `attendancePatch` taken from the meeting as stored.
 */
export function recordAttendance(
  { db, repositories }: MeetingWriters,
  meetingId: string,
  organizationId: string,
  change: AttendanceChange,
  now: Date = new Date(),
): Promise<Attendance> {
  return db.transaction('rw', [db.attendances, db.meetings, db.auditEntries], async () => {
    const meeting = await meetingOf(db, meetingId);
    const existing = await attendanceOf(db, meetingId, organizationId);
    const patch = attendancePatch(meeting, existing, change, now);
    if (existing) return repositories.attendances.update(existing.id, patch);
    return repositories.attendances.create({
      meetingId,
      organizationId,
      status: change.status ?? 'presente',
      ...patch,
    });
  });
}

/**
 * Marks absent, in one transaction and one bulk write, every body named that has no attendance
 * yet; returns how many it marked.
 */
export function markAbsent(
  { db, repositories }: MeetingWriters,
  meetingId: string,
  organizationIds: readonly string[],
): Promise<number> {
  return db.transaction('rw', [db.attendances, db.meetings, db.auditEntries], async () => {
    await meetingOf(db, meetingId);
    const recorded = new Set(
      (await db.attendances.where('meetingId').equals(meetingId).toArray())
        .filter((row) => row.archivedAt === null)
        .map((row) => row.organizationId),
    );
    const rest = [...new Set(organizationIds)].filter((id) => !recorded.has(id));
    await repositories.attendances.createMany(
      rest.map((organizationId) => ({ meetingId, organizationId, status: 'assente' as const })),
    );
    return rest.length;
  });
}

/**
 * Keeps a written delega among the meeting's documents and links it to the body's attendance,
 * both in one transaction.
 */
export function attachDelegaFile(
  { db, repositories }: MeetingWriters,
  attendanceId: string,
  file: ChosenFile,
): Promise<Attendance> {
  return db.transaction(
    'rw',
    [db.attendances, db.attachments, db.meetings, db.auditEntries],
    async () => {
      const attendance = await db.attendances.get(attendanceId);
      if (!attendance) throw new Error(`Attendance ${attendanceId} not found.`);
      const attachment = await repositories.attachments.create({
        meetingId: attendance.meetingId,
        agendaItemId: null,
        fileName: file.name,
        mimeType: file.mimeType,
        sizeBytes: file.bytes.byteLength,
        bytes: file.bytes,
      });
      return repositories.attendances.update(attendanceId, { delegaAttachmentId: attachment.id });
    },
  );
}

/** Saves the notes taken on an agenda item for the minutes. */
export function saveItemNotes(
  { db, repositories }: MeetingWriters,
  itemId: string,
  minutesText: string,
): Promise<AgendaItem> {
  return db.transaction('rw', [db.agendaItems, db.meetings, db.auditEntries], () =>
    repositories.agendaItems.update(itemId, { minutesText }),
  );
}

/**
 * Records the decision on an agenda item, once its vote adds up for the voters present (the
 * counts of a unanimity or a roll call written into it), or removes it with null.
 */
export function recordDecision(
  { db, repositories }: MeetingWriters,
  itemId: string,
  decision: Decision | null,
  voting: Omit<VoteContext, 'itemKind'>,
): Promise<AgendaItem> {
  return db.transaction('rw', [db.agendaItems, db.meetings, db.auditEntries], async () => {
    if (decision === null) return repositories.agendaItems.update(itemId, { decision: null });
    const item = await itemOf(db, itemId);
    const context: VoteContext = { ...voting, itemKind: item.kind };
    const settled = settledDecision(decision, context);
    const problems = voteProblems(settled, context);
    if (problems.length > 0) throw new VoteRefusedError(problems);
    return repositories.agendaItems.update(itemId, { decision: settled });
  });
}

const heldStatuses = new Set<Meeting['status']>(['svolta', 'verbaleInBozza', 'verbaleApprovato']);

// A meeting opened and closed within the same minute (an aborted one) is allowed; a closing
// before the opening is not.
function refuseClosingBeforeOpening(opening: string | null, closing: string | null): void {
  if (opening === null || closing === null || closing >= opening) return;
  const problem = closingTimeProblem(opening, closing);
  if (problem) throw new MeetingRuleError([problem]);
}

/** The opening and closing times a person types on the live screen; undefined leaves one as is. */
export type MeetingTimes = { openingTime?: string | null; closingTime?: string | null };

/** Changes the times the meeting opened and closed, refusing a closing not after the opening. */
export function setMeetingTimes(
  { db, repositories }: MeetingWriters,
  meetingId: string,
  times: MeetingTimes,
): Promise<Meeting> {
  return db.transaction('rw', [db.meetings, db.auditEntries], async () => {
    const meeting = await meetingOf(db, meetingId);
    refuseClosingBeforeOpening(
      times.openingTime === undefined ? meeting.openingTime : times.openingTime,
      times.closingTime === undefined ? meeting.closingTime : times.closingTime,
    );
    return repositories.meetings.update(meetingId, times);
  });
}

/** Closes the meeting at a time, which marks it held unless it already is. */
export function closeMeeting(
  { db, repositories }: MeetingWriters,
  meetingId: string,
  closingTime: string,
): Promise<Meeting> {
  return db.transaction('rw', [db.meetings, db.auditEntries], async () => {
    const meeting = await meetingOf(db, meetingId);
    refuseClosingBeforeOpening(meeting.openingTime, closingTime);
    return repositories.meetings.update(meetingId, {
      closingTime,
      ...(heldStatuses.has(meeting.status) ? {} : { status: 'svolta' }),
    });
  });
}

/** Changes the quorum rule of the network the meeting belongs to. */
export function setQuorumRule(
  { db, repositories }: MeetingWriters,
  networkId: string,
  quorumRule: Network['quorumRule'],
): Promise<Network> {
  return db.transaction('rw', [db.networks, db.auditEntries], () =>
    repositories.networks.update(networkId, { quorumRule }),
  );
}

/** Adds a guest or observer to the meeting, its texts trimmed. */
export function addGuest(
  { db, repositories }: MeetingWriters,
  meetingId: string,
  guest: MeetingGuest,
): Promise<Meeting> {
  return db.transaction('rw', [db.meetings, db.auditEntries], async () => {
    const meeting = await meetingOf(db, meetingId);
    const added = { name: guest.name.trim(), body: guest.body.trim(), role: guest.role.trim() };
    return repositories.meetings.update(meetingId, { guests: [...meeting.guests, added] });
  });
}

/** Removes the meeting's guest at a position of its list. */
export function removeGuest(
  { db, repositories }: MeetingWriters,
  meetingId: string,
  index: number,
): Promise<Meeting> {
  return db.transaction('rw', [db.meetings, db.auditEntries], async () => {
    const meeting = await meetingOf(db, meetingId);
    const guests = meeting.guests.filter((_, position) => position !== index);
    return repositories.meetings.update(meetingId, { guests });
  });
}
