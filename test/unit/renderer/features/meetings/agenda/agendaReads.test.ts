import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../../../../../renderer/db/repositories';
import {
  readAgendaView,
  readOpenActions,
} from '../../../../../../renderer/features/meetings/agenda/agendaReads';
import { createTestContext } from '../../../db/testDatabase';

async function setUp() {
  const context = createTestContext();
  const repositories = createRepositories(context);
  const network = await repositories.networks.create({ name: 'Patto Sud-Est Milano' });
  const organization = (name: string) =>
    repositories.organizations.create({ name, type: 'comune' });
  const contact = (organizationId: string, lastName: string) =>
    repositories.contacts.create({ organizationId, firstName: 'Anna', lastName });
  const [afol, segrate, rozzano] = await Promise.all([
    organization('AFOL Metropolitana'),
    organization('Comune di Segrate'),
    organization('Comune di Rozzano'),
  ]);
  const president = await contact(afol.id, 'Bianchi');
  const presenter = await contact(segrate.id, 'Verdi');
  const stranger = await contact(rozzano.id, 'Neri');
  for (const member of [afol, segrate, rozzano]) {
    await repositories.memberships.create({
      networkId: network.id,
      organizationId: member.id,
      role: 'partner',
      votingRight: true,
      representativeContactIds: member.id === rozzano.id ? [stranger.id] : [],
    });
  }
  const meeting = await repositories.meetings.create({
    networkId: network.id,
    year: 2026,
    number: 1,
    kind: 'ordinaria',
    status: 'bozza',
    date: '2026-04-15',
    presidentContactId: president.id,
  });
  return { context, repositories, network, meeting, afol, segrate, rozzano, presenter, stranger };
}

describe('the agenda tab’s read', () => {
  it('brings items in order, documents, network and only the names the agenda shows', async () => {
    const { context, repositories, network, meeting, afol, segrate, presenter, stranger } =
      await setUp();
    for (const [order, title] of [
      [2, 'Secondo'],
      [1, 'Primo'],
    ] as const) {
      await repositories.agendaItems.create({
        meetingId: meeting.id,
        order,
        title,
        kind: 'discussione',
        plannedMinutes: 10,
        presenterContactId: order === 2 ? presenter.id : null,
      });
    }
    const archived = await repositories.agendaItems.create({
      meetingId: meeting.id,
      order: 3,
      title: 'Ritirato',
      kind: 'informativa',
      plannedMinutes: 5,
    });
    await repositories.agendaItems.archive(archived.id);
    const first = await context.db.agendaItems.filter((item) => item.title === 'Primo').first();
    await repositories.attachments.create({
      meetingId: meeting.id,
      agendaItemId: first?.id ?? null,
      fileName: 'piano.pdf',
      sizeBytes: 1,
      bytes: new Uint8Array([1]),
    });
    const view = await readAgendaView(context.db, meeting);
    expect(view.items.map((item) => item.title)).toEqual(['Primo', 'Secondo']);
    expect(view.attachments.map((attachment) => attachment.fileName)).toEqual(['piano.pdf']);
    expect(view.network?.name).toBe(network.name);
    expect([...view.names.contacts.keys()].toSorted()).toEqual(
      [meeting.presidentContactId, presenter.id].toSorted(),
    );
    expect([...view.names.organizations.keys()].toSorted()).toEqual(
      [afol.id, segrate.id].toSorted(),
    );
    expect(view.names.contacts.has(stranger.id)).toBe(false);
  });

  it('lists the network’s open actions earliest due first, with their owners’ names', async () => {
    const { context, repositories, network, segrate } = await setUp();
    const action = (title: string, status: 'daAvviare' | 'completata', dueDate: string | null) =>
      repositories.actions.create({
        networkId: network.id,
        title,
        status,
        priority: 'media',
        progress: 0,
        dueDate,
        ownerOrganizationId: segrate.id,
      });
    await action('Senza scadenza', 'daAvviare', null);
    await action('Fatta', 'completata', '2026-01-10');
    await action('Prima', 'daAvviare', '2026-03-01');
    const archived = await action('Archiviata', 'daAvviare', '2026-02-01');
    await repositories.actions.archive(archived.id);
    const { actions, ownerNames } = await readOpenActions(context.db, network.id);
    expect(actions.map((open) => open.title)).toEqual(['Prima', 'Senza scadenza']);
    expect(ownerNames.get(segrate.id)).toBe('Comune di Segrate');
  });

  it('names the body an item is presented by, and the body of a person presenting for it', async () => {
    const { context, repositories, meeting, afol, segrate, rozzano, presenter } = await setUp();
    await repositories.agendaItems.create({
      meetingId: meeting.id,
      order: 1,
      title: 'Per conto di Rozzano',
      kind: 'discussione',
      plannedMinutes: 10,
      presenterOrganizationId: rozzano.id,
      presenterContactId: presenter.id,
    });
    const view = await readAgendaView(context.db, meeting);
    expect([...view.names.organizations.keys()].toSorted()).toEqual(
      [afol.id, segrate.id, rozzano.id].toSorted(),
    );
  });
});
