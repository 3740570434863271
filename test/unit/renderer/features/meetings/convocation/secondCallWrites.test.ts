import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../../../../../renderer/db/repositories';
import {
  saveLetterDetails,
  setHeldInSecondCall,
} from '../../../../../../renderer/features/meetings/convocation/secondCallWrites';
import { MeetingRuleError } from '../../../../../../renderer/features/meetings/meetingWrites';
import { createTestContext } from '../../../db/testDatabase';

async function setUp() {
  const repositories = createRepositories(createTestContext());
  const network = await repositories.networks.create({ name: 'Patto Sud-Est Milano' });
  const meeting = await repositories.meetings.create({
    networkId: network.id,
    year: 2026,
    number: 7,
    kind: 'ordinaria',
    status: 'convocata',
    date: '2026-12-10',
    startTime: '09:30',
  });
  return { repositories, meeting };
}

const details = { protocolNumber: ' 123 ', protocolDate: null, secondCallDate: null };

describe('the second call of a meeting', () => {
  it('is saved with the convocation, and the meeting can then be recorded as held in it', async () => {
    const { repositories, meeting } = await setUp();
    const saved = await saveLetterDetails(repositories, meeting, {
      ...details,
      secondCallTime: '10:30',
    });
    expect(saved).toMatchObject({ protocolNumber: '123', secondCallTime: '10:30' });
    const held = await setHeldInSecondCall(repositories, saved, true);
    expect(held.secondCall).toBe(true);
  });

  it('refuses a second call before the first, and keeps the meeting unchanged', async () => {
    const { repositories, meeting } = await setUp();
    await expect(
      saveLetterDetails(repositories, meeting, { ...details, secondCallTime: '09:00' }),
    ).rejects.toBeInstanceOf(MeetingRuleError);
    expect((await repositories.meetings.get(meeting.id))?.secondCallTime).toBeNull();
  });

  it('cannot record a meeting as held in second call when its convocation set none', async () => {
    const { repositories, meeting } = await setUp();
    await expect(setHeldInSecondCall(repositories, meeting, true)).rejects.toThrow(
      'meetings.secondCall.notSet',
    );
  });

  it('returns the meeting to first call when its second call is removed', async () => {
    const { repositories, meeting } = await setUp();
    const set = await saveLetterDetails(repositories, meeting, {
      ...details,
      secondCallTime: '10:30',
    });
    const held = await setHeldInSecondCall(repositories, set, true);
    const cleared = await saveLetterDetails(repositories, held, {
      ...details,
      secondCallTime: null,
    });
    expect(cleared.secondCall).toBe(false);
  });
});
