import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { MinutesLockedError } from '../../../../renderer/db/minutesLock';
import { createRepositories } from '../../../../renderer/db/repositories';
import {
  addAgendaItem,
  removeAgendaItem,
} from '../../../../renderer/features/meetings/agenda/agendaWrites';
import { createTestContext } from './testDatabase';

async function approvedMeeting() {
  const context = createTestContext();
  const repositories = createRepositories(context);
  const network = await repositories.networks.create({ name: 'Patto Sud-Est Milano' });
  const organization = await repositories.organizations.create({
    name: 'Comune di Segrate',
    type: 'comune',
  });
  const meeting = await repositories.meetings.create({
    networkId: network.id,
    year: 2026,
    number: 2,
    kind: 'ordinaria',
    status: 'verbaleInBozza',
    date: '2026-03-12',
  });
  const item = await repositories.agendaItems.create({
    meetingId: meeting.id,
    order: 1,
    title: 'Approvazione del verbale della seduta precedente',
    kind: 'deliberazione',
    plannedMinutes: 5,
  });
  const attendance = await repositories.attendances.create({
    meetingId: meeting.id,
    organizationId: organization.id,
    status: 'presente',
  });
  await repositories.meetings.update(meeting.id, { status: 'verbaleApprovato' });
  return { context, repositories, meeting, item, attendance };
}

describe('approved minutes are locked', () => {
  it('refuses to change the meeting, its items or its attendance, and changes nothing', async () => {
    const { context, repositories, meeting, item, attendance } = await approvedMeeting();
    await expect(repositories.meetings.update(meeting.id, { place: 'Altrove' })).rejects.toThrow(
      MinutesLockedError,
    );
    await expect(
      repositories.agendaItems.update(item.id, { title: 'Un altro titolo' }),
    ).rejects.toThrow(MinutesLockedError);
    await expect(
      repositories.attendances.update(attendance.id, { status: 'assente' }),
    ).rejects.toThrow(MinutesLockedError);
    const writers = { db: context.db, repositories };
    await expect(
      addAgendaItem(writers, meeting, {
        title: 'Punto aggiunto dopo',
        kind: 'informativa',
        presenterOrganizationId: null,
        presenterContactId: null,
        plannedMinutes: 5,
        description: '',
        recurring: false,
      }),
    ).rejects.toThrow(MinutesLockedError);
    await expect(removeAgendaItem(writers, meeting.id, item.id)).rejects.toThrow(
      MinutesLockedError,
    );

    expect((await context.db.meetings.get(meeting.id))?.place).toBe('');
    expect((await context.db.agendaItems.get(item.id))?.title).toBe(item.title);
    expect(await context.db.agendaItems.where('meetingId').equals(meeting.id).count()).toBe(1);
    expect((await context.db.attendances.get(attendance.id))?.status).toBe('presente');
  });

  it('records an amendment, and lets a merge of organizations move references', async () => {
    const { context, repositories, meeting, attendance } = await approvedMeeting();
    const amendment = { at: '2026-04-20T10:00:00.000Z', text: 'Si corregge l’orario di chiusura.' };
    await repositories.meetings.update(meeting.id, {
      minutesAmendments: [{ ...amendment, approvedInMeetingId: null }],
    });
    expect((await context.db.meetings.get(meeting.id))?.minutesAmendments).toHaveLength(1);

    const other = await repositories.organizations.create({ name: 'Segrate', type: 'comune' });
    await repositories.attendances.update(
      attendance.id,
      { organizationId: other.id },
      { referencesOnly: true },
    );
    expect((await context.db.attendances.get(attendance.id))?.organizationId).toBe(other.id);
  });
});
