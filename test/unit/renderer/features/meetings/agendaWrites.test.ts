import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../../../../renderer/db/repositories';
import {
  addAgendaItem,
  applyAgendaTemplate,
  moveAgendaItem,
  removeAgendaItem,
  type AgendaItemValues,
} from '../../../../../renderer/features/meetings/agenda/agendaWrites';
import { createTestContext } from '../../db/testDatabase';

const values = (title: string): AgendaItemValues => ({
  title,
  kind: 'discussione',
  presenterOrganizationId: null,
  presenterContactId: null,
  plannedMinutes: 10,
  description: '',
  recurring: false,
});

async function setUp() {
  const context = createTestContext();
  const repositories = createRepositories(context);
  const network = await repositories.networks.create({ name: 'Patto Sud-Est Milano' });
  const meeting = await repositories.meetings.create({
    networkId: network.id,
    year: 2026,
    number: 1,
    kind: 'ordinaria',
    status: 'bozza',
    date: '2026-04-15',
  });
  const writers = { db: context.db, repositories };
  const titles = async (): Promise<string[]> =>
    (await context.db.agendaItems.where('meetingId').equals(meeting.id).sortBy('order')).map(
      (item) => `${item.order}:${item.title}`,
    );
  return { context, writers, meeting, titles };
}

describe('agenda writes', () => {
  it('adds items at the end, moves one and renumbers, each change audited', async () => {
    const { context, writers, meeting, titles } = await setUp();
    for (const title of ['A', 'B', 'C']) await addAgendaItem(writers, meeting, values(title));
    await moveAgendaItem(writers, meeting.id, 0, 2);
    expect(await titles()).toEqual(['1:B', '2:C', '3:A']);
    const audited = await context.db.auditEntries.where('table').equals('agendaItems').count();
    expect(audited).toBe(6);
  });

  it('removes an item with its documents and closes the gap', async () => {
    const { writers, meeting, titles, context } = await setUp();
    for (const title of ['A', 'B', 'C']) await addAgendaItem(writers, meeting, values(title));
    const middle = (await context.db.agendaItems.toArray()).find((item) => item.title === 'B');
    if (!middle) throw new Error('item B missing');
    await writers.repositories.attachments.create({
      meetingId: meeting.id,
      agendaItemId: middle.id,
      fileName: 'relazione.pdf',
      sizeBytes: 3,
      bytes: new Uint8Array([1, 2, 3]),
    });
    await removeAgendaItem(writers, meeting.id, middle.id);
    expect(await titles()).toEqual(['1:A', '2:C']);
    expect(await context.db.attachments.count()).toBe(0);
  });

  it('applies a template around the existing items, once', async () => {
    const { writers, meeting, titles } = await setUp();
    await addAgendaItem(writers, meeting, values('Monitoraggio'));
    const presenter = { presenterContactId: null, presenterOrganizationId: null };
    expect(await applyAgendaTemplate(writers, meeting, 'conAvanzamento', presenter)).toBe(3);
    expect(await titles()).toEqual([
      '1:Approvazione del verbale della seduta precedente',
      '2:Stato di avanzamento delle azioni',
      '3:Monitoraggio',
      '4:Varie ed eventuali',
    ]);
    expect(await applyAgendaTemplate(writers, meeting, 'conAvanzamento', presenter)).toBe(0);
  });
});
