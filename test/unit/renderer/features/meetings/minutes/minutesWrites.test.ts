import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../../../../../renderer/db/repositories';
import { recordAttendance } from '../../../../../../renderer/features/meetings/live/liveWrites';
import {
  addAmendment,
  approveMinutes,
  markDraftSent,
  saveDecisionText,
  saveMinutesPremise,
} from '../../../../../../renderer/features/meetings/minutes/minutesWrites';
import { createTestContext } from '../../../db/testDatabase';

async function setUp() {
  const context = createTestContext();
  const repositories = createRepositories(context);
  const writers = { db: context.db, repositories };
  const network = await repositories.networks.create({ name: 'Patto Sud-Est' });
  const organization = await repositories.organizations.create({
    name: 'AFOL',
    type: 'agenziaLavoro',
  });
  const meeting = (number: number, date: string) =>
    repositories.meetings.create({
      networkId: network.id,
      year: 2026,
      number,
      kind: 'ordinaria',
      status: 'svolta',
      date,
    });
  return {
    context,
    repositories,
    writers,
    organization,
    held: await meeting(1, '2026-03-12'),
    next: await meeting(2, '2026-04-15'),
  };
}

const auditOf = async (context: ReturnType<typeof createTestContext>, recordId: string) =>
  (await context.db.auditEntries.toArray()).filter((entry) => entry.recordId === recordId);

describe('the writes of the minutes', () => {
  it('checks a member in once, from the opening, and clears times when it turns out absent', async () => {
    const { repositories, writers, organization, held } = await setUp();
    const present = await recordAttendance(writers, held.id, organization.id, {
      status: 'presente',
      departureTime: '11:00',
    });
    expect(present).toMatchObject({ arrivalTime: null, departureTime: '11:00' });
    const absent = await recordAttendance(writers, held.id, organization.id, {
      status: 'assenteGiustificato',
    });
    expect(absent).toMatchObject({ id: present.id, arrivalTime: null, departureTime: null });
    expect(await repositories.attendances.table.count()).toBe(1);
  });

  it('puts the minutes in draft when sent, then approves them at the later meeting', async () => {
    const { context, writers, held, next } = await setUp();
    const sent = await markDraftSent(writers, held.id, new Date('2026-03-20T09:00:00Z'));
    expect(sent).toMatchObject({
      status: 'verbaleInBozza',
      minutesDraftSentAt: '2026-03-20T09:00:00.000Z',
    });
    const approved = await approveMinutes(
      writers,
      held.id,
      next.id,
      new Date('2026-04-15T10:00:00Z'),
    );
    expect(approved).toMatchObject({
      status: 'verbaleApprovato',
      minutesApprovedInMeetingId: next.id,
      minutesApprovedAt: '2026-04-15T10:00:00.000Z',
    });
    await expect(approveMinutes(writers, held.id, next.id)).rejects.toMatchObject({
      problem: 'alreadyApproved',
    });
    expect((await auditOf(context, held.id)).map((entry) => entry.operation).sort()).toEqual([
      'create',
      'update',
      'update',
    ]);
  });

  it('refuses to approve the minutes in a meeting not held yet, or in an earlier one', async () => {
    const { repositories, writers, held, next } = await setUp();
    await repositories.meetings.update(next.id, { status: 'convocata' });
    await expect(
      approveMinutes(writers, held.id, next.id, new Date('2026-04-20T10:00:00Z')),
    ).rejects.toMatchObject({ problem: 'notHeldYet' });
    await repositories.meetings.update(next.id, { status: 'svolta' });
    await expect(
      approveMinutes(writers, held.id, next.id, new Date('2026-04-01T10:00:00Z')),
    ).rejects.toMatchObject({ problem: 'notHeldYet' });
    await expect(
      approveMinutes(writers, next.id, held.id, new Date('2026-04-20T10:00:00Z')),
    ).rejects.toMatchObject({ problem: 'notLater' });
    expect((await repositories.meetings.get(held.id))?.status).toBe('svolta');
  });

  it('records amendments to approved minutes one after the other, with their dates, in the audit log', async () => {
    const { context, writers, held, next } = await setUp();
    await approveMinutes(writers, held.id, next.id, new Date('2026-04-20T10:00:00Z'));
    await addAmendment(
      writers,
      held.id,
      '  Al punto 2 gli astenuti sono 1. ',
      next.id,
      new Date('2026-05-02T09:00:00Z'),
    );
    const amended = await addAmendment(
      writers,
      held.id,
      'Il delegato di AFOL è Giovanna Esposito.',
      null,
      new Date('2026-05-03T09:00:00Z'),
    );
    expect(amended.minutesAmendments).toEqual([
      {
        at: '2026-05-02T09:00:00.000Z',
        text: 'Al punto 2 gli astenuti sono 1.',
        approvedInMeetingId: next.id,
      },
      {
        at: '2026-05-03T09:00:00.000Z',
        text: 'Il delegato di AFOL è Giovanna Esposito.',
        approvedInMeetingId: null,
      },
    ]);
    expect(amended.status).toBe('verbaleApprovato');
    expect(await auditOf(context, held.id)).toHaveLength(4);
  });

  it('saves the premise and a decision text with its vote unchanged, never on approved minutes', async () => {
    const { repositories, writers, held, next } = await setUp();
    const item = await repositories.agendaItems.create({
      meetingId: held.id,
      order: 1,
      title: 'Calendario',
      kind: 'deliberazione',
      plannedMinutes: 10,
      decision: {
        text: 'Si approva.',
        votesInFavour: 2,
        votesAgainst: 1,
        abstained: 0,
        outcome: 'approvato',
      },
    });
    await saveMinutesPremise(writers, held.id, 'La seduta si tiene in presenza.');
    const saved = await saveDecisionText(writers, item.id, 'Si approva il calendario.');
    expect(saved?.decision).toMatchObject({
      text: 'Si approva il calendario.',
      votesInFavour: 2,
      votesAgainst: 1,
    });
    expect((await repositories.meetings.get(held.id))?.minutesPremise).toBe(
      'La seduta si tiene in presenza.',
    );
    await approveMinutes(writers, held.id, next.id, new Date('2026-04-20T10:00:00Z'));
    await expect(saveMinutesPremise(writers, held.id, 'Altro')).rejects.toMatchObject({
      name: 'MinutesLockedError',
    });
    await expect(saveDecisionText(writers, item.id, 'Altro')).rejects.toMatchObject({
      name: 'MinutesLockedError',
    });
  });
});
