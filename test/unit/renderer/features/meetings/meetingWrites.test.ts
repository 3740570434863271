import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../../../../renderer/db/repositories';
import { MinutesLockedError } from '../../../../../renderer/db/minutesLock';
import {
  cancelMeeting,
  copyMeeting,
  createMeeting,
  deleteDraftMeeting,
  MeetingRuleError,
  postponeMeeting,
  readPostponedItems,
  updateMeeting,
  type DateCheck,
  type MeetingValues,
} from '../../../../../renderer/features/meetings/meetingWrites';
import { createTestContext } from '../../db/testDatabase';

const check: DateCheck = { today: '2026-12-05', pastDateConfirmed: false };

async function setUp() {
  const context = createTestContext();
  const repositories = createRepositories(context);
  const network = await repositories.networks.create({ name: 'Patto Sud-Est Milano' });
  const writers = { db: context.db, repositories };
  const create = (date: string, title = 'Cabina di regia') =>
    createMeeting(
      writers,
      network.id,
      { title, kind: 'ordinaria', date, startTime: '10:00' },
      check,
    );
  return { context, repositories, writers, network, create };
}

const valuesOf = (meeting: MeetingValues): MeetingValues => ({
  title: meeting.title,
  kind: meeting.kind,
  date: meeting.date,
  startTime: meeting.startTime,
  endTime: meeting.endTime,
  place: meeting.place,
  onlineLink: meeting.onlineLink,
  presidentContactId: meeting.presidentContactId,
  secretaryContactId: meeting.secretaryContactId,
  invitedOrganizationIds: meeting.invitedOrganizationIds,
});

async function refusal(task: Promise<unknown>): Promise<string[]> {
  const error: unknown = await task.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof MeetingRuleError))
    throw new Error(`expected a rule error, got ${String(error)}`);
  return error.problems.map((problem) => problem.message);
}

describe('creating a meeting', () => {
  it('numbers drafts within their year and audits each creation', async () => {
    const { create, context } = await setUp();
    const first = await create('2026-12-10');
    const second = await create('2026-12-20');
    const nextYear = await create('2027-01-15');
    expect([first, second, nextYear].map((m) => `${m.number}/${m.year} ${m.status}`)).toEqual([
      '1/2026 bozza',
      '2/2026 bozza',
      '1/2027 bozza',
    ]);
    expect(await context.db.auditEntries.where('table').equals('meetings').count()).toBe(3);
  });

  it('refuses an empty title, an end before the start and an unconfirmed past day, writing nothing', async () => {
    const { writers, network, context } = await setUp();
    const values = { kind: 'ordinaria' as const, date: '2026-12-10' };
    expect(
      await refusal(createMeeting(writers, network.id, { ...values, title: ' ' }, check)),
    ).toEqual(['meetings.rule.titleRequired']);
    expect(
      await refusal(
        createMeeting(
          writers,
          network.id,
          { ...values, title: 'Seduta', startTime: '10:00', endTime: '09:00' },
          check,
        ),
      ),
    ).toEqual(['meetings.rule.endBeforeStart']);
    expect(
      await refusal(
        createMeeting(
          writers,
          network.id,
          { ...values, title: 'Seduta', date: '2020-03-01' },
          check,
        ),
      ),
    ).toEqual(['meetings.rule.pastDate']);
    expect(await context.db.meetings.count()).toBe(0);
    const confirmed = await createMeeting(
      writers,
      network.id,
      { ...values, title: 'Seduta', date: '2020-03-01' },
      { ...check, pastDateConfirmed: true },
    );
    expect(confirmed.year).toBe(2020);
  });
});

describe('changing a meeting', () => {
  it('keeps the number within the year and says when a new year renumbers it', async () => {
    const { create, writers } = await setUp();
    await create('2026-12-10');
    const meeting = await create('2026-12-20');
    const same = await updateMeeting(
      writers,
      meeting.id,
      { ...valuesOf(meeting), date: '2026-12-22' },
      check,
    );
    expect(same.renumbered).toBeNull();
    const moved = await updateMeeting(
      writers,
      meeting.id,
      { ...valuesOf(meeting), date: '2027-01-12' },
      check,
    );
    expect(moved.renumbered).toEqual({
      from: { number: 2, year: 2026 },
      to: { number: 1, year: 2027 },
    });
  });

  it('asks for a past day only when the day changes', async () => {
    const { writers, network } = await setUp();
    const old = await createMeeting(
      writers,
      network.id,
      { title: 'Seduta', kind: 'ordinaria', date: '2026-11-03' },
      { ...check, pastDateConfirmed: true },
    );
    const renamed = await updateMeeting(
      writers,
      old.id,
      { ...valuesOf(old), place: 'Sala Consiliare' },
      check,
    );
    expect(renamed.meeting.place).toBe('Sala Consiliare');
    expect(
      await refusal(
        updateMeeting(writers, old.id, { ...valuesOf(old), date: '2026-11-02' }, check),
      ),
    ).toEqual(['meetings.rule.pastDate']);
  });

  it('refuses to change a meeting whose minutes are approved', async () => {
    const { create, writers, repositories } = await setUp();
    const meeting = await create('2026-12-10');
    await repositories.meetings.update(meeting.id, { status: 'verbaleApprovato' });
    await expect(
      updateMeeting(writers, meeting.id, { ...valuesOf(meeting), title: 'Altro' }, check),
    ).rejects.toBeInstanceOf(MinutesLockedError);
  });
});

describe('a meeting’s life', () => {
  it('deletes a draft with its agenda, audited, and refuses to delete a convoked meeting', async () => {
    const { create, writers, repositories, context } = await setUp();
    const draft = await create('2026-12-10');
    await repositories.agendaItems.create({
      meetingId: draft.id,
      order: 1,
      title: 'Programma 2027',
      kind: 'discussione',
      plannedMinutes: 20,
    });
    await deleteDraftMeeting(writers, draft.id);
    expect(await context.db.meetings.count()).toBe(0);
    expect(await context.db.agendaItems.count()).toBe(0);
    const deletions = await context.db.auditEntries
      .filter((entry) => entry.operation === 'delete')
      .count();
    expect(deletions).toBe(2);
    const convoked = await create('2026-12-20');
    await repositories.meetings.update(convoked.id, { status: 'convocata' });
    expect(await refusal(deleteDraftMeeting(writers, convoked.id))).toEqual([
      'meetings.rule.deleteOnlyDraft',
    ]);
  });

  it('cancels a convoked meeting with its reason, and refuses without one', async () => {
    const { create, writers, repositories } = await setUp();
    const meeting = await create('2026-12-10');
    expect(await refusal(cancelMeeting(writers, meeting.id, 'Nessuna convocazione'))).toEqual([
      'meetings.rule.cancelOnlyConvoked',
    ]);
    await repositories.meetings.update(meeting.id, { status: 'convocata' });
    expect(await refusal(cancelMeeting(writers, meeting.id, '  '))).toEqual([
      'meetings.rule.reasonRequired',
    ]);
    const cancelled = await cancelMeeting(
      writers,
      meeting.id,
      'Sciopero dei trasporti',
      new Date('2026-12-05T09:00:00Z'),
    );
    expect(cancelled).toMatchObject({
      status: 'annullata',
      cancellationReason: 'Sciopero dei trasporti',
      cancelledAt: '2026-12-05T09:00:00.000Z',
    });
  });

  it('postpones a convoked meeting to a new day, keeping the old day and the reason', async () => {
    const { create, writers, repositories } = await setUp();
    const meeting = await create('2026-12-10');
    await repositories.meetings.update(meeting.id, { status: 'convocata' });
    const { meeting: postponed, renumbered } = await postponeMeeting(
      writers,
      meeting.id,
      { date: '2026-12-17', startTime: '09:30', reason: 'Assenza del presidente' },
      check,
    );
    expect(postponed).toMatchObject({
      status: 'rinviata',
      date: '2026-12-17',
      startTime: '09:30',
      postponedFromDate: '2026-12-10',
      postponementReason: 'Assenza del presidente',
      number: 1,
    });
    expect(renumbered).toBeNull();
    expect(
      await refusal(
        postponeMeeting(
          writers,
          meeting.id,
          { date: '2026-12-17', startTime: null, reason: 'x' },
          check,
        ),
      ),
    ).toEqual(['meetings.life.sameDate']);
  });
});

describe('the next meeting', () => {
  it('proposes postponed items not yet taken up, and takes them up in a new meeting', async () => {
    const { create, writers, repositories, network } = await setUp();
    const held = await create('2026-12-10');
    const item = await repositories.agendaItems.create({
      meetingId: held.id,
      order: 1,
      title: 'Regolamento del tavolo',
      kind: 'deliberazione',
      plannedMinutes: 20,
      decision: { text: '', votesInFavour: 0, votesAgainst: 0, abstained: 0, outcome: 'rinviato' },
    });
    await repositories.agendaItems.create({
      meetingId: held.id,
      order: 2,
      title: 'Bilancio',
      kind: 'deliberazione',
      plannedMinutes: 20,
      decision: { text: '', votesInFavour: 9, votesAgainst: 0, abstained: 0, outcome: 'approvato' },
    });
    const proposed = await readPostponedItems(writers.db, network.id);
    expect(proposed.map((entry) => entry.item.title)).toEqual(['Regolamento del tavolo']);
    const next = await createMeeting(
      writers,
      network.id,
      { title: 'Seduta', kind: 'ordinaria', date: '2027-01-14' },
      check,
      [item.id],
    );
    const items = await writers.db.agendaItems.where('meetingId').equals(next.id).toArray();
    expect(items.map((entry) => [entry.title, entry.carriedFromItemId, entry.decision])).toEqual([
      ['Regolamento del tavolo', item.id, null],
    ]);
    expect(await readPostponedItems(writers.db, network.id)).toEqual([]);
  });

  it('copies a meeting with its kind, invited bodies and recurring items only', async () => {
    const { writers, repositories, network } = await setUp();
    const organization = await repositories.organizations.create({
      name: 'AFOL Metropolitana',
      type: 'agenziaLavoro',
    });
    const source = await createMeeting(
      writers,
      network.id,
      {
        title: 'Tavolo tecnico lavoro',
        kind: 'tavoloTecnico',
        date: '2026-12-10',
        invitedOrganizationIds: [organization.id],
        place: 'Sala Consiliare',
      },
      check,
    );
    const titles = [
      'Approvazione del verbale della seduta precedente',
      'Bando 2027',
      'Monitoraggio',
      'Varie ed eventuali',
    ];
    for (const [index, title] of titles.entries()) {
      await repositories.agendaItems.create({
        meetingId: source.id,
        order: index + 1,
        title,
        kind: 'discussione',
        plannedMinutes: 10,
        recurring: title === 'Monitoraggio',
      });
    }
    const copy = await copyMeeting(
      writers,
      source.id,
      { title: 'Tavolo tecnico lavoro', date: '2027-01-14', startTime: '10:00' },
      check,
    );
    expect(copy).toMatchObject({
      kind: 'tavoloTecnico',
      status: 'bozza',
      invitedOrganizationIds: [organization.id],
      place: 'Sala Consiliare',
      number: 1,
      year: 2027,
    });
    const items = await writers.db.agendaItems.where('meetingId').equals(copy.id).sortBy('order');
    expect(items.map((entry) => `${entry.order} ${entry.title}`)).toEqual([
      '1 Approvazione del verbale della seduta precedente',
      '2 Monitoraggio',
      '3 Varie ed eventuali',
    ]);
  });
});
