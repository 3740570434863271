import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { MinutesLockedError } from '../../../../../../renderer/db/minutesLock';
import { createRepositories } from '../../../../../../renderer/db/repositories';
import {
  addAttachment,
  removeAttachment,
} from '../../../../../../renderer/features/meetings/attachments/attachmentWrites';
import { createTestContext } from '../../../db/testDatabase';

async function setUp() {
  const context = createTestContext();
  const repositories = createRepositories(context);
  const network = await repositories.networks.create({ name: 'Patto Sud-Est Milano' });
  const meetingOn = (date: string, number: number) =>
    repositories.meetings.create({
      networkId: network.id,
      year: 2026,
      number,
      kind: 'ordinaria',
      status: 'bozza',
      date,
    });
  const meeting = await meetingOn('2026-04-15', 1);
  const item = await repositories.agendaItems.create({
    meetingId: meeting.id,
    order: 1,
    title: 'Piano annuale',
    kind: 'discussione',
    plannedMinutes: 10,
  });
  const writers = { db: context.db, repositories };
  const audited = (operation: string) =>
    context.db.auditEntries
      .filter((entry) => entry.table === 'attachments' && entry.operation === operation)
      .count();
  return { context, repositories, writers, meeting, item, meetingOn, audited };
}

const document = { name: 'Relazione.PDF', bytes: new Uint8Array([1, 2, 3]) };

describe('the documents of an agenda item', () => {
  it('are stored with the item, their type and size, and the change is audited', async () => {
    const { writers, meeting, item, audited } = await setUp();
    const attachment = await addAttachment(
      writers,
      { meetingId: meeting.id, agendaItemId: item.id },
      document,
    );
    expect(attachment).toMatchObject({
      meetingId: meeting.id,
      agendaItemId: item.id,
      fileName: 'Relazione.PDF',
      mimeType: 'application/pdf',
      sizeBytes: 3,
    });
    expect(await audited('create')).toBe(1);
  });

  it('are refused for an item of another meeting, and nothing is stored', async () => {
    const { context, writers, item, meetingOn } = await setUp();
    const other = await meetingOn('2026-05-20', 2);
    await expect(
      addAttachment(writers, { meetingId: other.id, agendaItemId: item.id }, document),
    ).rejects.toThrow(item.id);
    expect(await context.db.attachments.count()).toBe(0);
  });

  it('are removed with an audit entry that keeps what was removed', async () => {
    const { context, writers, meeting, item, audited } = await setUp();
    const target = { meetingId: meeting.id, agendaItemId: item.id };
    const attachment = await addAttachment(writers, target, document);
    const removed = await removeAttachment(writers, attachment.id);
    expect(removed.fileName).toBe('Relazione.PDF');
    expect(await context.db.attachments.count()).toBe(0);
    expect(await audited('delete')).toBe(1);
  });

  it('can be neither added nor removed once the minutes are approved', async () => {
    const { context, repositories, writers, meeting, item } = await setUp();
    const target = { meetingId: meeting.id, agendaItemId: item.id };
    const attachment = await addAttachment(writers, target, document);
    await context.db.meetings.update(meeting.id, { status: 'verbaleApprovato' });
    await expect(addAttachment(writers, target, document)).rejects.toBeInstanceOf(
      MinutesLockedError,
    );
    await expect(removeAttachment(writers, attachment.id)).rejects.toBeInstanceOf(
      MinutesLockedError,
    );
    expect(await repositories.attachments.get(attachment.id)).toBeDefined();
    expect(await context.db.attachments.count()).toBe(1);
  });
});
