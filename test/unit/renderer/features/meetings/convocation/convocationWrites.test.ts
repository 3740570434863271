import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { MeetingStatus } from '../../../../../../shared/domain';
import { createRepositories } from '../../../../../../renderer/db/repositories';
import { markConvoked } from '../../../../../../renderer/features/meetings/convocation/convocationWrites';
import { MeetingRuleError } from '../../../../../../renderer/features/meetings/meetingWrites';
import { createTestContext } from '../../../db/testDatabase';

async function setUp(status: MeetingStatus) {
  const context = createTestContext();
  const repositories = createRepositories(context);
  const network = await repositories.networks.create({ name: 'Patto Sud-Est Milano' });
  const meeting = await repositories.meetings.create({
    networkId: network.id,
    year: 2026,
    number: 3,
    kind: 'ordinaria',
    status,
    date: '2026-06-10',
  });
  const writers = { db: context.db, repositories };
  const updates = () =>
    context.db.auditEntries
      .filter((entry) => entry.table === 'meetings' && entry.operation === 'update')
      .count();
  return { writers, meeting, updates };
}

describe('marking a convocation as sent', () => {
  it('makes a draft meeting convocata, with an audit entry', async () => {
    const { writers, meeting, updates } = await setUp('bozza');
    const convoked = await markConvoked(writers, meeting.id);
    expect(convoked.status).toBe('convocata');
    expect(await writers.repositories.meetings.get(meeting.id)).toMatchObject({
      status: 'convocata',
      rev: 2,
    });
    expect(await updates()).toBe(1);
  });

  it('changes nothing the second time, as a double click would ask', async () => {
    const { writers, meeting, updates } = await setUp('bozza');
    await markConvoked(writers, meeting.id);
    const again = await markConvoked(writers, meeting.id);
    expect(again).toMatchObject({ status: 'convocata', rev: 2 });
    expect(await updates()).toBe(1);
  });

  it.each<MeetingStatus>(['svolta', 'annullata', 'verbaleApprovato'])(
    'is refused for a meeting that is %s, which keeps its state',
    async (status) => {
      const { writers, meeting, updates } = await setUp(status);
      const refusal = markConvoked(writers, meeting.id);
      await expect(refusal).rejects.toBeInstanceOf(MeetingRuleError);
      await expect(refusal).rejects.toThrow('meetings.rule.convokeOnlyDraft');
      expect((await writers.repositories.meetings.get(meeting.id))?.status).toBe(status);
      expect(await updates()).toBe(0);
    },
  );
});
