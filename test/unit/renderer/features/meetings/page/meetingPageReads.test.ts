import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../../../../../renderer/db/repositories';
import {
  readFollowUp,
  readMeeting,
} from '../../../../../../renderer/features/meetings/page/meetingPageReads';
import { createTestContext } from '../../../db/testDatabase';

describe('a meeting page’s reads', () => {
  it('find a meeting by its id, and null for an unknown one', async () => {
    const context = createTestContext();
    const repositories = createRepositories(context);
    const network = await repositories.networks.create({ name: 'Patto Sud-Est Milano' });
    const meeting = await repositories.meetings.create({
      networkId: network.id,
      year: 2026,
      number: 4,
      kind: 'ordinaria',
      status: 'svolta',
      date: '2026-04-15',
    });
    expect((await readMeeting(context.db, meeting.id))?.number).toBe(4);
    expect(await readMeeting(context.db, crypto.randomUUID())).toBeNull();
  });

  it('list the actions a meeting created by the order of their item, then by title', async () => {
    const context = createTestContext();
    const repositories = createRepositories(context);
    const network = await repositories.networks.create({ name: 'Patto Sud-Est Milano' });
    const owner = await repositories.organizations.create({ name: 'AFOL', type: 'agenziaLavoro' });
    const meeting = await repositories.meetings.create({
      networkId: network.id,
      year: 2026,
      number: 4,
      kind: 'ordinaria',
      status: 'svolta',
      date: '2026-04-15',
    });
    const [first, second] = await Promise.all(
      ['Apertura', 'Bilancio'].map((title, index) =>
        repositories.agendaItems.create({
          meetingId: meeting.id,
          order: index + 1,
          title,
          kind: 'discussione',
          plannedMinutes: 10,
        }),
      ),
    );
    const action = (title: string, originAgendaItemId: string | null) =>
      repositories.actions.create({
        networkId: network.id,
        title,
        status: 'inCorso',
        priority: 'media',
        progress: 0,
        originMeetingId: meeting.id,
        originAgendaItemId,
        ownerOrganizationId: owner.id,
      });
    await action('Zeta', second?.id ?? null);
    await action('Beta', second?.id ?? null);
    await action('Alfa', first?.id ?? null);
    await action('Senza punto', null);
    const archived = await action('Archiviata', first?.id ?? null);
    await repositories.actions.archive(archived.id);
    const followUp = await readFollowUp(context.db, meeting.id);
    expect(followUp.actions.map((created) => created.title)).toEqual([
      'Alfa',
      'Beta',
      'Zeta',
      'Senza punto',
    ]);
    expect(followUp.itemTitles.get(second?.id ?? '')).toBe('2. Bilancio');
    expect(followUp.ownerNames.get(owner.id)).toBe('AFOL');
  });
});
