// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyMeetingForm } from '../../../../../../renderer/features/meetings/life/CopyMeetingForm';
import type {
  CopySchedule,
  DateCheck,
} from '../../../../../../renderer/features/meetings/meetingWrites';
import { renderInApp } from '../../../ui/renderInApp';
import { meetingWithPostponedItem } from '../postponedItem';

type Submit = (schedule: CopySchedule, check: DateCheck, carriedItemIds: string[]) => Promise<void>;

const today = '2099-04-20';

/** A held meeting at 10:00 whose item «Bilancio sociale» was postponed. */
function heldMeeting(): ReturnType<typeof meetingWithPostponedItem> {
  return meetingWithPostponedItem({
    number: 2,
    date: '2099-04-15',
    startTime: '10:00',
    title: 'Seduta di primavera',
  });
}

/** Shows the copy form for the stored meeting, proposing 13 May 2099 for the copy. */
function renderCopyForm(
  { db, source, proposals }: Awaited<ReturnType<typeof heldMeeting>>,
  onSubmit: Submit,
): void {
  renderInApp(
    <CopyMeetingForm
      source={source}
      date="2099-05-13"
      today={today}
      proposals={proposals}
      onSubmit={onSubmit}
    />,
    db,
  );
}

describe('the form that copies a meeting into the next one', () => {
  afterEach(cleanup);

  it('starts from the source’s title and time on the day proposed, and creates the copy once with the postponed item', async () => {
    const stored = await heldMeeting();
    const onSubmit = vi.fn<Submit>(() => new Promise((resolve) => setTimeout(resolve, 50)));
    renderCopyForm(stored, onSubmit);
    expect(screen.getByRole('textbox', { name: 'Titolo' })).toHaveProperty(
      'value',
      'Seduta di primavera',
    );
    expect(screen.getByLabelText(/^Data/)).toHaveProperty('value', '2099-05-13');
    expect(screen.getByRole('checkbox', { name: /Bilancio sociale/ })).toHaveProperty(
      'checked',
      true,
    );
    fireEvent.change(screen.getByRole('textbox', { name: 'Titolo' }), {
      target: { value: 'Seduta di maggio' },
    });
    const create = screen.getByRole('button', { name: 'Crea' });
    fireEvent.click(create);
    fireEvent.click(create);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]).toEqual([
      { title: 'Seduta di maggio', date: '2099-05-13', startTime: '10:00' },
      { today, pastDateConfirmed: false },
      [stored.item.id],
    ]);
  });

  it('asks to confirm a day in the past before it creates the copy', async () => {
    const onSubmit = vi.fn<Submit>(() => Promise.resolve());
    renderCopyForm(await heldMeeting(), onSubmit);
    fireEvent.change(screen.getByLabelText(/^Data/), { target: { value: '2099-04-01' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Bilancio sociale/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Crea' }));
    expect(
      await screen.findByText('La data è già passata: conferma qui sotto se è giusta.'),
    ).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('checkbox', { name: /La data è passata ed è giusta/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Crea' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[1]).toEqual({ today, pastDateConfirmed: true });
    expect(onSubmit.mock.calls[0]?.[2]).toEqual([]);
  });
});
