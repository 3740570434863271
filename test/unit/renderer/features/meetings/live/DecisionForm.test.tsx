// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepositories } from '../../../../../../renderer/db/repositories';
import { DecisionForm } from '../../../../../../renderer/features/meetings/live/DecisionForm';
import { createTestContext } from '../../../db/testDatabase';
import { renderInApp } from '../../../ui/renderInApp';

async function setUp() {
  const context = createTestContext();
  const repositories = createRepositories(context);
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
  const item = await repositories.agendaItems.create({
    meetingId: meeting.id,
    order: 1,
    title: 'Regolamento del tavolo',
    kind: 'deliberazione',
    plannedMinutes: 20,
  });
  return { db: context.db, repositories, item };
}

const voting = { voters: 3, voterIds: ['a', 'b', 'c'], majorityRule: 'semplice' as const };
const text = 'Si approva il regolamento del tavolo tecnico sulla logistica.';

describe('the decision form of the live screen', () => {
  afterEach(() => {
    cleanup();
    window.localStorage.clear();
  });

  it('keeps the decision text typed and not yet recorded across a reload, and forgets it once recorded', async () => {
    const { db, repositories, item } = await setUp();
    const form = <DecisionForm item={item} locked={false} voting={voting} nameOf={String} />;
    renderInApp(form, db);
    fireEvent.change(screen.getByRole('textbox', { name: 'Testo della decisione' }), {
      target: { value: text },
    });
    cleanup();

    renderInApp(form, db);
    const area = screen.getByRole('textbox', { name: 'Testo della decisione' });
    expect((area as HTMLTextAreaElement).value).toBe(text);

    fireEvent.click(screen.getByRole('radio', { name: "All'unanimità" }));
    fireEvent.click(screen.getByRole('button', { name: 'Registra la decisione' }));
    await waitFor(async () =>
      expect((await repositories.agendaItems.get(item.id))?.decision?.text).toBe(text),
    );
    expect(Object.keys(window.localStorage).filter((key) => key.includes(item.id))).toEqual([]);
  });
});
