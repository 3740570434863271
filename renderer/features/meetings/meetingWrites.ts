import type { AgendaItem, Meeting, MeetingKind } from '../../../shared/domain';
import {
  isPastMeetingDate,
  isRecurringItem,
  lifecycleProblem,
  meetingScheduleProblems,
  numberingFor,
  postponedItemProposals,
  reasonProblem,
  type MeetingLifecycleStep,
  type MeetingNumbering,
  type MeetingProblem,
  type PostponedItemProposal,
} from '../../../shared/meetings';
import type { RegiaDatabase, Repositories } from '../../db';

/** What the meeting commands write through. */
export type MeetingWriters = { db: RegiaDatabase; repositories: Repositories };

/** Raised when a meeting command's values break a rule: each problem names its field. */
export class MeetingRuleError extends Error {
  constructor(readonly problems: readonly MeetingProblem[]) {
    super(problems.map((problem) => problem.message).join(', '));
    this.name = 'MeetingRuleError';
  }
}

/** The fields of a meeting its forms edit. */
export type MeetingValues = {
  title: string;
  kind: MeetingKind;
  date: string;
  startTime: string | null;
  endTime: string | null;
  place: string;
  onlineLink: string;
  presidentContactId: string | null;
  secretaryContactId: string | null;
  invitedOrganizationIds: string[];
};

/** What "today" is, and whether the user confirmed a day in the past. */
export type DateCheck = { today: string; pastDateConfirmed: boolean };

/** A meeting that changed number, from and to; null when its number stayed. */
export type Renumbering = { from: MeetingNumbering; to: MeetingNumbering } | null;

/** A meeting written by a command, with the renumbering the write caused. */
export type MeetingWriteResult = { meeting: Meeting; renumbered: Renumbering };

const emptyDetails = {
  endTime: null,
  onlineLink: '',
  presidentContactId: null,
  secretaryContactId: null,
  invitedOrganizationIds: [],
} satisfies Partial<MeetingValues>;

function refuse(problems: readonly (MeetingProblem | null)[]): void {
  const real = problems.filter((problem): problem is MeetingProblem => problem !== null);
  if (real.length > 0) throw new MeetingRuleError(real);
}

function scheduleProblems(values: MeetingValues, check: DateCheck | null): MeetingProblem[] {
  const past =
    check && !check.pastDateConfirmed && isPastMeetingDate(values.date, check.today)
      ? [{ field: 'date', message: 'meetings.rule.pastDate' } satisfies MeetingProblem]
      : [];
  return [...meetingScheduleProblems(values), ...past];
}

function lifecycle(meeting: Meeting, step: MeetingLifecycleStep): void {
  const message = lifecycleProblem(meeting, step);
  if (message) throw new MeetingRuleError([{ field: 'date', message }]);
}

async function meetingsOfNetwork(db: RegiaDatabase, networkId: string): Promise<Meeting[]> {
  return db.meetings
    .where('[networkId+date]')
    .between([networkId, ''], [networkId, '\uffff'])
    .toArray();
}

async function existing(db: RegiaDatabase, meetingId: string): Promise<Meeting> {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting) throw new Error(`Seduta ${meetingId} non trovata`);
  return meeting;
}

function renumbering(before: Meeting, after: Meeting): Renumbering {
  if (before.number === after.number && before.year === after.year) return null;
  return {
    from: { number: before.number, year: before.year },
    to: { number: after.number, year: after.year },
  };
}

const meetingTables = (db: RegiaDatabase) => [
  db.meetings,
  db.agendaItems,
  db.attachments,
  db.attendances,
  db.auditEntries,
];

/** Adds items at the end of a new meeting's agenda, in order. */
async function addItems(
  { repositories }: MeetingWriters,
  meetingId: string,
  drafts: readonly Omit<
    AgendaItem,
    'id' | 'createdAt' | 'updatedAt' | 'rev' | 'meetingId' | 'order'
  >[],
): Promise<void> {
  await repositories.agendaItems.createMany(
    drafts.map((draft, index) => ({ ...draft, meetingId, order: index + 1, archivedAt: null })),
  );
}

const carriedItem = (item: AgendaItem) => ({
  title: item.title,
  kind: item.kind,
  description: item.description,
  presenterOrganizationId: item.presenterOrganizationId,
  presenterContactId: item.presenterContactId,
  plannedMinutes: item.plannedMinutes,
  minutesText: '',
  decision: null,
  recurring: item.recurring,
  archivedAt: null,
});

async function carriedItems(db: RegiaDatabase, itemIds: readonly string[]) {
  const items = (await db.agendaItems.bulkGet([...itemIds])).filter(
    (item): item is AgendaItem => item !== undefined,
  );
  return items.map((item) => ({ ...carriedItem(item), carriedFromItemId: item.id }));
}

/**
 * Creates a draft meeting numbered within its year, with the postponed items chosen to take up
 * again at the start of its agenda: one transaction, refused when a rule is broken.
 */
export async function createMeeting(
  writers: MeetingWriters,
  networkId: string,
  values: Partial<MeetingValues> & Pick<MeetingValues, 'title' | 'kind' | 'date'>,
  check: DateCheck,
  carriedItemIds: readonly string[] = [],
): Promise<Meeting> {
  const { db, repositories } = writers;
  const complete: MeetingValues = {
    ...emptyDetails,
    startTime: null,
    place: '',
    ...values,
    title: values.title.trim(),
  };
  refuse(scheduleProblems(complete, check));
  return db.transaction('rw', meetingTables(db), async () => {
    const numbering = numberingFor(await meetingsOfNetwork(db, networkId), complete.date);
    const meeting = await repositories.meetings.create({
      networkId,
      ...numbering,
      ...complete,
      status: 'bozza',
    });
    await addItems(writers, meeting.id, await carriedItems(db, carriedItemIds));
    return meeting;
  });
}

/**
 * Changes a meeting's details; a day moved to another year takes that year's next number, and
 * the result says so. A day moved into the past needs the user's confirmation.
 */
export async function updateMeeting(
  { db, repositories }: MeetingWriters,
  meetingId: string,
  values: MeetingValues,
  check: DateCheck,
): Promise<MeetingWriteResult> {
  return db.transaction('rw', meetingTables(db), async () => {
    const before = await existing(db, meetingId);
    const dateChanged = before.date !== values.date;
    refuse(scheduleProblems({ ...values, title: values.title.trim() }, dateChanged ? check : null));
    const numbering = numberingFor(
      await meetingsOfNetwork(db, before.networkId),
      values.date,
      before,
    );
    const meeting = await repositories.meetings.update(meetingId, {
      ...values,
      title: values.title.trim(),
      ...numbering,
    });
    return { meeting, renumbered: renumbering(before, meeting) };
  });
}

/** Deletes a draft meeting never convoked, with its agenda, documents and attendance. */
export async function deleteDraftMeeting(
  { db, repositories }: MeetingWriters,
  meetingId: string,
): Promise<Meeting> {
  return db.transaction('rw', meetingTables(db), async () => {
    const meeting = await existing(db, meetingId);
    lifecycle(meeting, 'delete');
    const ids = async (table: 'agendaItems' | 'attachments' | 'attendances') =>
      (await db.table(table).where('meetingId').equals(meetingId).primaryKeys()).map(String);
    await repositories.attachments.removeMany(await ids('attachments'));
    await repositories.attendances.removeMany(await ids('attendances'));
    await repositories.agendaItems.removeMany(await ids('agendaItems'));
    await repositories.meetings.remove(meetingId);
    return meeting;
  });
}

/** Cancels a convoked meeting: it stays in the record as annullata, with its reason. */
export async function cancelMeeting(
  { db, repositories }: MeetingWriters,
  meetingId: string,
  reason: string,
  now: Date = new Date(),
): Promise<Meeting> {
  refuse([reasonProblem(reason)]);
  return db.transaction('rw', meetingTables(db), async () => {
    lifecycle(await existing(db, meetingId), 'cancel');
    return repositories.meetings.update(meetingId, {
      status: 'annullata',
      cancellationReason: reason.trim(),
      cancelledAt: now.toISOString(),
    });
  });
}

/** Where and why a meeting is postponed. */
export type Postponement = { date: string; startTime: string | null; reason: string };

/**
 * Postpones a convoked meeting to a new day: it moves there as rinviata and keeps the day it
 * left and why; a move to another year renumbers it, and the result says so.
 */
export async function postponeMeeting(
  { db, repositories }: MeetingWriters,
  meetingId: string,
  postponement: Postponement,
  check: DateCheck,
  now: Date = new Date(),
): Promise<MeetingWriteResult> {
  return db.transaction('rw', meetingTables(db), async () => {
    const before = await existing(db, meetingId);
    lifecycle(before, 'postpone');
    const moved = { ...before, date: postponement.date, startTime: postponement.startTime };
    refuse([
      reasonProblem(postponement.reason),
      ...scheduleProblems({ ...moved, endTime: null }, check),
      postponement.date === before.date
        ? { field: 'date', message: 'meetings.life.sameDate' }
        : null,
    ]);
    const meeting = await repositories.meetings.update(meetingId, {
      date: postponement.date,
      startTime: postponement.startTime,
      endTime: null,
      ...numberingFor(await meetingsOfNetwork(db, before.networkId), postponement.date, before),
      status: 'rinviata',
      postponedFromDate: before.date,
      postponementReason: postponement.reason.trim(),
      postponedAt: now.toISOString(),
    });
    return { meeting, renumbered: renumbering(before, meeting) };
  });
}

/** When the copy of a meeting is held. */
export type CopySchedule = { title: string; date: string; startTime: string | null };

/**
 * Starts the next meeting of a series from one: same kind, invited bodies, president, secretary,
 * place and recurring items, on a new day, with the postponed items chosen.
 */
export async function copyMeeting(
  writers: MeetingWriters,
  meetingId: string,
  schedule: CopySchedule,
  check: DateCheck,
  carriedItemIds: readonly string[] = [],
): Promise<Meeting> {
  const { db, repositories } = writers;
  return db.transaction('rw', meetingTables(db), async () => {
    const source = await existing(db, meetingId);
    const values: MeetingValues = {
      title: schedule.title.trim(),
      kind: source.kind,
      date: schedule.date,
      startTime: schedule.startTime,
      endTime: null,
      place: source.place,
      onlineLink: source.onlineLink,
      presidentContactId: source.presidentContactId,
      secretaryContactId: source.secretaryContactId,
      invitedOrganizationIds: source.invitedOrganizationIds,
    };
    refuse(scheduleProblems(values, check));
    const numbering = numberingFor(await meetingsOfNetwork(db, source.networkId), values.date);
    const meeting = await repositories.meetings.create({
      networkId: source.networkId,
      ...numbering,
      ...values,
      status: 'bozza',
    });
    const sourceItems = (
      await db.agendaItems
        .where('[meetingId+order]')
        .between([source.id, -Infinity], [source.id, Infinity])
        .toArray()
    ).filter((item) => !item.archivedAt && isRecurringItem(item));
    const carried = await carriedItems(db, carriedItemIds);
    // The standing items keep their places; postponed ones come right after the opening item.
    const [opening, ...rest] = sourceItems.map((item) => ({
      ...carriedItem(item),
      carriedFromItemId: null,
    }));
    await addItems(writers, meeting.id, opening ? [opening, ...carried, ...rest] : carried);
    return meeting;
  });
}

/** The items postponed in the network's meetings and not yet taken up, for a new agenda. */
export async function readPostponedItems(
  db: RegiaDatabase,
  networkId: string,
  excludeMeetingId: string | null = null,
): Promise<PostponedItemProposal[]> {
  const meetings = await meetingsOfNetwork(db, networkId);
  const items = await db.agendaItems
    .where('meetingId')
    .anyOf(meetings.map((meeting) => meeting.id))
    .toArray();
  return postponedItemProposals(meetings, items, excludeMeetingId);
}
