import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../../../../shared/domain';
import { createRepositories } from '../../../../../../renderer/db/repositories';
import {
  addGuest,
  attachDelegaFile,
  closeMeeting,
  markAbsent,
  recordAttendance,
  recordDecision,
  removeGuest,
  saveItemNotes,
  setMeetingTimes,
  setQuorumRule,
} from '../../../../../../renderer/features/meetings/live/liveWrites';
import { createTestContext } from '../../../db/testDatabase';

const now = new Date(2026, 11, 5, 15, 21);

async function setUp(date = '2026-12-10', openingTime: string | null = null) {
  const context = createTestContext();
  const repositories = createRepositories(context);
  const writers = { db: context.db, repositories };
  const network = await repositories.networks.create({ name: 'Patto Sud-Est Milano' });
  const [segrate, afol, sanDonato] = await Promise.all(
    ['Comune di Segrate', 'AFOL Metropolitana', 'Comune di San Donato Milanese'].map((name) =>
      repositories.organizations.create({ name, type: 'comune' }),
    ),
  );
  if (!segrate || !afol || !sanDonato) throw new Error('organizations not created');
  const meeting = await repositories.meetings.create({
    networkId: network.id,
    year: 2026,
    number: 7,
    kind: 'ordinaria',
    status: 'convocata',
    date,
    startTime: '09:30',
    endTime: '11:30',
    openingTime,
  });
  const item = await repositories.agendaItems.create({
    meetingId: meeting.id,
    order: 1,
    title: 'Regolamento del tavolo',
    kind: 'deliberazione',
    plannedMinutes: 20,
  });
  const approve = () => repositories.meetings.update(meeting.id, { status: 'verbaleApprovato' });
  const auditCount = (table: string) =>
    context.db.auditEntries.filter((entry) => entry.table === table).count();
  return {
    context,
    repositories,
    writers,
    network,
    meeting,
    item,
    segrate,
    afol,
    sanDonato,
    approve,
    auditCount,
  };
}

const decision = (patch: Partial<Decision>): Decision => ({
  text: 'Si approva il regolamento.',
  votesInFavour: 0,
  votesAgainst: 0,
  abstained: 0,
  outcome: 'approvato',
  method: 'conteggio',
  rollCall: [],
  outcomeReason: '',
  ...patch,
});

describe('recording attendance', () => {
  it('stamps no clock time on a check-in at a meeting held on another day', async () => {
    const { writers, meeting, segrate } = await setUp('2026-12-10', '09:30');
    const row = await recordAttendance(
      writers,
      meeting.id,
      segrate.id,
      { status: 'presente' },
      now,
    );
    expect(row.arrivalTime).toBeNull();
  });

  it('stamps the clock on a late arrival at a meeting in progress today, kept when delegated', async () => {
    const { writers, meeting, segrate } = await setUp('2026-12-05', '14:30');
    const row = await recordAttendance(
      writers,
      meeting.id,
      segrate.id,
      { status: 'presente' },
      now,
    );
    expect(row.arrivalTime).toBe('15:21');
    const later = new Date(2026, 11, 5, 16, 0);
    const delegated = await recordAttendance(
      writers,
      meeting.id,
      segrate.id,
      { status: 'delegato' },
      later,
    );
    expect(delegated).toMatchObject({ id: row.id, arrivalTime: '15:21' });
  });

  it('drops a proxy once the body is present itself, and clears times when it is absent', async () => {
    const { writers, meeting, segrate, afol } = await setUp();
    const absent = await recordAttendance(writers, meeting.id, segrate.id, {
      status: 'assente',
      proxyOrganizationId: afol.id,
    });
    expect(absent.proxyOrganizationId).toBe(afol.id);
    const present = await recordAttendance(writers, meeting.id, segrate.id, {
      status: 'presente',
      departureTime: '11:00',
    });
    expect(present.proxyOrganizationId).toBeNull();
    const gone = await recordAttendance(writers, meeting.id, segrate.id, { status: 'assente' });
    expect(gone.departureTime).toBeNull();
  });

  it('keeps one row per body however quickly two changes follow each other', async () => {
    const { context, writers, meeting, segrate } = await setUp();
    await Promise.all([
      recordAttendance(writers, meeting.id, segrate.id, { status: 'presente' }),
      recordAttendance(writers, meeting.id, segrate.id, { mode: 'remoto' }),
    ]);
    const rows = await context.db.attendances.where('meetingId').equals(meeting.id).toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'presente', mode: 'remoto' });
  });

  it('refuses a check-in once the minutes are approved', async () => {
    const { context, writers, meeting, segrate, approve } = await setUp();
    await approve();
    await expect(
      recordAttendance(writers, meeting.id, segrate.id, { status: 'presente' }),
    ).rejects.toMatchObject({ name: 'MinutesLockedError' });
    expect(await context.db.attendances.count()).toBe(0);
  });
});

describe('marking the rest absent', () => {
  it('marks absent only the bodies not checked in, one audited row each', async () => {
    const { context, writers, meeting, segrate, afol, sanDonato, auditCount } = await setUp();
    await recordAttendance(writers, meeting.id, segrate.id, { status: 'presente' });
    const marked = await markAbsent(writers, meeting.id, [segrate.id, afol.id, sanDonato.id]);
    expect(marked).toBe(2);
    const rows = await context.db.attendances.where('meetingId').equals(meeting.id).toArray();
    const statusOf = new Map(rows.map((row) => [row.organizationId, row.status]));
    expect(Object.fromEntries(statusOf)).toEqual({
      [segrate.id]: 'presente',
      [afol.id]: 'assente',
      [sanDonato.id]: 'assente',
    });
    expect(await auditCount('attendances')).toBe(3);
  });

  it('writes nothing for a meeting whose minutes are approved', async () => {
    const { context, writers, meeting, afol, sanDonato, approve } = await setUp();
    await approve();
    await expect(markAbsent(writers, meeting.id, [afol.id, sanDonato.id])).rejects.toMatchObject({
      name: 'MinutesLockedError',
    });
    expect(await context.db.attendances.count()).toBe(0);
  });
});

describe('attaching a written delega', () => {
  const file = {
    name: 'delega.pdf',
    bytes: new Uint8Array([37, 80, 68, 70]),
    mimeType: 'application/pdf',
  };

  it('keeps the file among the meeting documents and links it to the attendance', async () => {
    const { context, writers, meeting, segrate } = await setUp();
    const row = await recordAttendance(writers, meeting.id, segrate.id, { status: 'delegato' });
    const linked = await attachDelegaFile(writers, row.id, file);
    const attachment = await context.db.attachments.get(linked.delegaAttachmentId ?? '');
    expect(attachment).toMatchObject({
      meetingId: meeting.id,
      fileName: 'delega.pdf',
      sizeBytes: 4,
    });
  });

  it('stores neither the file nor the link on approved minutes', async () => {
    const { context, writers, meeting, segrate, approve } = await setUp();
    const row = await recordAttendance(writers, meeting.id, segrate.id, { status: 'delegato' });
    await approve();
    await expect(attachDelegaFile(writers, row.id, file)).rejects.toMatchObject({
      name: 'MinutesLockedError',
    });
    expect(await context.db.attachments.count()).toBe(0);
  });
});

describe('recording on an agenda item', () => {
  const voting = { voters: 3, voterIds: ['a', 'b', 'c'], majorityRule: 'semplice' as const };

  it('records a unanimity with the counts it gives, and removes it again', async () => {
    const { repositories, writers, item } = await setUp();
    const saved = await recordDecision(writers, item.id, decision({ method: 'unanimita' }), voting);
    expect(saved.decision).toMatchObject({
      votesInFavour: 3,
      votesAgainst: 0,
      outcome: 'approvato',
    });
    await recordDecision(writers, item.id, null, voting);
    expect((await repositories.agendaItems.get(item.id))?.decision).toBeNull();
  });

  it('refuses votes that exceed the voters present, or an outcome against the counts without a reason', async () => {
    const { repositories, writers, item } = await setUp();
    await expect(
      recordDecision(writers, item.id, decision({ votesInFavour: 3, votesAgainst: 1 }), voting),
    ).rejects.toMatchObject({ problems: ['tooManyVotes'] });
    await expect(
      recordDecision(
        writers,
        item.id,
        decision({ votesInFavour: 2, votesAgainst: 1, outcome: 'respinto' }),
        voting,
      ),
    ).rejects.toMatchObject({ problems: ['reasonNeeded'] });
    expect((await repositories.agendaItems.get(item.id))?.decision).toBeNull();
  });

  it('saves the notes for the minutes until the minutes are approved', async () => {
    const { repositories, writers, item, approve } = await setUp();
    await saveItemNotes(writers, item.id, 'La coordinatrice illustra il punto.');
    expect((await repositories.agendaItems.get(item.id))?.minutesText).toBe(
      'La coordinatrice illustra il punto.',
    );
    await approve();
    await expect(saveItemNotes(writers, item.id, 'Altro')).rejects.toMatchObject({
      name: 'MinutesLockedError',
    });
  });
});

describe('the meeting clock', () => {
  it('closes the meeting at the time given, which marks it held', async () => {
    const { writers, meeting } = await setUp();
    await setMeetingTimes(writers, meeting.id, { openingTime: '09:35' });
    const closed = await closeMeeting(writers, meeting.id, '11:00');
    expect(closed).toMatchObject({ openingTime: '09:35', closingTime: '11:00', status: 'svolta' });
  });

  it('refuses a closing before the opening, typed or on closing', async () => {
    const { repositories, writers, meeting } = await setUp();
    await setMeetingTimes(writers, meeting.id, { openingTime: '09:35' });
    await expect(closeMeeting(writers, meeting.id, '09:00')).rejects.toMatchObject({
      problems: [{ field: 'closingTime', message: 'meetings.rule.closingBeforeOpening' }],
    });
    await closeMeeting(writers, meeting.id, '09:35');
    await expect(
      setMeetingTimes(writers, meeting.id, { openingTime: '10:00' }),
    ).rejects.toMatchObject({
      name: 'MeetingRuleError',
    });
    expect(await repositories.meetings.get(meeting.id)).toMatchObject({
      openingTime: '09:35',
      closingTime: '09:35',
    });
  });
});

describe('the network rule and the guests', () => {
  it('changes the quorum rule of the network with an audit entry', async () => {
    const { repositories, writers, network, auditCount } = await setUp();
    await setQuorumRule(writers, network.id, 'dueTerzi');
    expect((await repositories.networks.get(network.id))?.quorumRule).toBe('dueTerzi');
    expect(await auditCount('networks')).toBe(2);
  });

  it('adds guests with their texts trimmed and removes one by its position', async () => {
    const { writers, meeting } = await setUp();
    await addGuest(writers, meeting.id, {
      name: ' Laura Bianchi ',
      body: 'Regione Lombardia ',
      role: '',
    });
    await addGuest(writers, meeting.id, { name: 'Marco Neri', body: '', role: 'osservatore' });
    const left = await removeGuest(writers, meeting.id, 0);
    expect(left.guests).toEqual([{ name: 'Marco Neri', body: '', role: 'osservatore' }]);
  });
});
