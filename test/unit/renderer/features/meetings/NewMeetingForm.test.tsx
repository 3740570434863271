// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeetingRuleError } from '../../../../../renderer/features/meetings/meetingWrites';
import {
  NewMeetingForm,
  type NewMeetingFormValues,
} from '../../../../../renderer/features/meetings/NewMeetingForm';
import { renderInApp } from '../../ui/renderInApp';
import { meetingWithPostponedItem } from './postponedItem';

type Submit = (values: NewMeetingFormValues) => Promise<void>;

const today = '2099-04-20';

/** A held meeting whose item «Bilancio sociale» was postponed, offered for the new one. */
function postponedItem(): ReturnType<typeof meetingWithPostponedItem> {
  return meetingWithPostponedItem({ number: 1, date: '2099-03-10', title: 'Seduta di marzo' });
}

afterEach(cleanup);

describe('the new-meeting form', () => {
  it('creates the meeting once with what was typed and the postponed items still ticked', async () => {
    const { db, item, proposals } = await postponedItem();
    const onSubmit = vi.fn<Submit>(() => new Promise((resolve) => setTimeout(resolve, 50)));
    renderInApp(<NewMeetingForm today={today} proposals={proposals} onSubmit={onSubmit} />, db);
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
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      title: 'Seduta di maggio',
      date: today,
      carriedItemIds: [item.id],
    });
  });

  it('shows a refusal of the command on the field it names and lets the person try again', async () => {
    const { db, proposals } = await postponedItem();
    const onSubmit = vi.fn<Submit>(() =>
      Promise.reject(
        new MeetingRuleError([{ field: 'date', message: 'meetings.rule.dateRequired' }]),
      ),
    );
    renderInApp(<NewMeetingForm today={today} proposals={proposals} onSubmit={onSubmit} />, db);
    fireEvent.change(screen.getByRole('textbox', { name: 'Titolo' }), {
      target: { value: 'Seduta di maggio' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Crea' }));
    expect(await screen.findByText('Indica la data della seduta')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Crea' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
  });
});
