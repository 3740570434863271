import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../../../../../renderer/db/repositories';
import { recordAttendance } from '../../../../../../renderer/features/meetings/live/liveWrites';
import {
  addAmendment,
  approveMinutes,
  markDraftSent,
} from '../../../../../../renderer/features/meetings/minutes/minutesWrites';
import { createTestContext } from '../../../db/testDatabase';

async function setUp() {
  const context = createTestContext();
  const repositories = createRepositories(context);
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
    organization,
    held: await meeting(1, '2026-03-12'),
    next: await meeting(2, '2026-04-15'),
  };
}

const auditOf = async (context: ReturnType<typeof createTestContext>, recordId: string) =>
  (await context.db.auditEntries.toArray()).filter((entry) => entry.recordId === recordId);

describe('the writes of the live meeting and the minutes', () => {
  it('checks a member in once, from the opening, and clears times when it turns out absent', async () => {
    const { repositories, organization, held } = await setUp();
    const present = await recordAttendance(repositories, held, organization.id, undefined, {
      status: 'presente',
      departureTime: '11:00',
    });
    expect(present).toMatchObject({ arrivalTime: null, departureTime: '11:00' });
    const absent = await recordAttendance(repositories, held, organization.id, present, {
      status: 'assenteGiustificato',
    });
    expect(absent).toMatchObject({ id: present.id, arrivalTime: null, departureTime: null });
    expect(await repositories.attendances.table.count()).toBe(1);
  });

  it('puts the minutes in draft when sent, then approves them at the later meeting', async () => {
    const { context, repositories, held, next } = await setUp();
    const sent = await markDraftSent(repositories, held, new Date('2026-03-20T09:00:00Z'));
    expect(sent).toMatchObject({
      status: 'verbaleInBozza',
      minutesDraftSentAt: '2026-03-20T09:00:00.000Z',
    });
    const approved = await approveMinutes(
      repositories,
      sent,
      next,
      new Date('2026-04-15T10:00:00Z'),
    );
    expect(approved).toMatchObject({
      status: 'verbaleApprovato',
      minutesApprovedInMeetingId: next.id,
      minutesApprovedAt: '2026-04-15T10:00:00.000Z',
    });
    await expect(approveMinutes(repositories, approved, next)).rejects.toThrow(/già approvato/);
    expect((await auditOf(context, held.id)).map((entry) => entry.operation).sort()).toEqual([
      'create',
      'update',
      'update',
    ]);
  });

  it('refuses to approve the minutes in a meeting not held yet, or in an earlier one', async () => {
    const { repositories, held, next } = await setUp();
    const convoked = await repositories.meetings.update(next.id, { status: 'convocata' });
    await expect(
      approveMinutes(repositories, held, convoked, new Date('2026-04-20T10:00:00Z')),
    ).rejects.toMatchObject({ problem: 'notHeldYet' });
    await expect(
      approveMinutes(repositories, held, next, new Date('2026-04-01T10:00:00Z')),
    ).rejects.toMatchObject({ problem: 'notHeldYet' });
    await expect(
      approveMinutes(repositories, next, held, new Date('2026-04-20T10:00:00Z')),
    ).rejects.toMatchObject({ problem: 'notLater' });
    expect((await repositories.meetings.get(held.id))?.status).toBe('svolta');
  });

  it('records an amendment to approved minutes, with its date, in the audit log', async () => {
    const { context, repositories, held, next } = await setUp();
    const approved = await approveMinutes(
      repositories,
      held,
      next,
      new Date('2026-04-20T10:00:00Z'),
    );
    const amended = await addAmendment(
      repositories,
      approved,
      '  Al punto 2 gli astenuti sono 1. ',
      next.id,
      new Date('2026-05-02T09:00:00Z'),
    );
    expect(amended.minutesAmendments).toEqual([
      {
        at: '2026-05-02T09:00:00.000Z',
        text: 'Al punto 2 gli astenuti sono 1.',
        approvedInMeetingId: next.id,
      },
    ]);
    expect(amended.status).toBe('verbaleApprovato');
    expect(await auditOf(context, held.id)).toHaveLength(3);
  });
});
