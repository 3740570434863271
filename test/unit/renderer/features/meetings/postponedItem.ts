import type { AgendaItem, Meeting } from '../../../../../shared/domain';
import type { PostponedItemProposal } from '../../../../../shared/meetings';
import type { RegiaDatabase } from '../../../../../renderer/db';
import { createRepositories } from '../../../../../renderer/db/repositories';
import { createTestContext } from '../../db/testDatabase';

/** What differs between the held meetings the tests start from. */
export type HeldMeetingFields = Pick<Meeting, 'number' | 'date' | 'title'> &
  Partial<Pick<Meeting, 'startTime'>>;

/** A held meeting of 2099 whose item «Bilancio sociale» was postponed, and the proposal of it. */
export async function meetingWithPostponedItem(fields: HeldMeetingFields): Promise<{
  db: RegiaDatabase;
  source: Meeting;
  item: AgendaItem;
  proposals: PostponedItemProposal[];
}> {
  const context = createTestContext();
  const repositories = createRepositories(context);
  const network = await repositories.networks.create({ name: 'Patto Sud-Est Milano' });
  const source = await repositories.meetings.create({
    networkId: network.id,
    year: 2099,
    kind: 'ordinaria',
    status: 'svolta',
    ...fields,
  });
  const item = await repositories.agendaItems.create({
    meetingId: source.id,
    order: 0,
    title: 'Bilancio sociale',
    kind: 'deliberazione',
    plannedMinutes: 15,
  });
  return { db: context.db, source, item, proposals: [{ item, meeting: source }] };
}
