// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Meeting } from '../../../../../../shared/domain';
import { createRepositories } from '../../../../../../renderer/db/repositories';
import { MeetingDetailsForm } from '../../../../../../renderer/features/meetings/agenda/MeetingDetailsForm';
import type { NetworkDirectory } from '../../../../../../renderer/features/meetings/agenda/useNetworkDirectory';
import type {
  DateCheck,
  MeetingValues,
} from '../../../../../../renderer/features/meetings/meetingWrites';
import { createTestContext } from '../../../db/testDatabase';
import { renderInApp } from '../../../ui/renderInApp';

const nobody: NetworkDirectory = { memberships: [], organizations: new Map(), contacts: new Map() };

async function meetingOn(
  date: string,
): Promise<{ meeting: Meeting; db: ReturnType<typeof createTestContext>['db'] }> {
  const context = createTestContext();
  const repositories = createRepositories(context);
  const network = await repositories.networks.create({ name: 'Patto Sud-Est Milano' });
  const meeting = await repositories.meetings.create({
    networkId: network.id,
    year: 2099,
    number: 2,
    kind: 'ordinaria',
    status: 'bozza',
    date,
    startTime: '10:00',
    title: 'Seduta di primavera',
  });
  return { meeting, db: context.db };
}

describe('the form of a meeting’s details', () => {
  afterEach(cleanup);

  it('saves the schedule typed, with empty times as none, once however often Salva is clicked', async () => {
    const { meeting, db } = await meetingOn('2099-04-15');
    const onSubmit = vi.fn<(values: MeetingValues, check: DateCheck) => Promise<void>>(
      () => new Promise((resolve) => setTimeout(resolve, 50)),
    );
    renderInApp(
      <MeetingDetailsForm meeting={meeting} directory={nobody} onSubmit={onSubmit} />,
      db,
    );
    fireEvent.change(screen.getByRole('textbox', { name: 'Titolo' }), {
      target: { value: 'Seduta di giugno' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Luogo' }), {
      target: { value: 'Sala consiliare' },
    });
    const save = screen.getByRole('button', { name: 'Salva' });
    fireEvent.click(save);
    fireEvent.click(save);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const [values, check] = onSubmit.mock.calls[0] ?? [];
    expect(values).toMatchObject({
      title: 'Seduta di giugno',
      place: 'Sala consiliare',
      date: '2099-04-15',
      startTime: '10:00',
      endTime: null,
    });
    expect(check?.pastDateConfirmed).toBe(false);
  });

  it('asks to confirm a day moved into the past before it saves', async () => {
    const { meeting, db } = await meetingOn('2099-04-15');
    const onSubmit = vi.fn<(values: MeetingValues, check: DateCheck) => Promise<void>>(() =>
      Promise.resolve(),
    );
    renderInApp(
      <MeetingDetailsForm meeting={meeting} directory={nobody} onSubmit={onSubmit} />,
      db,
    );
    fireEvent.change(screen.getByLabelText(/^Data/), { target: { value: '2020-03-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(
      await screen.findByText('La data è già passata: conferma qui sotto se è giusta.'),
    ).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('checkbox', { name: /La data è passata ed è giusta/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[1].pastDateConfirmed).toBe(true);
  });
});
