// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../../../../shared/domain';
import { livePresence } from '../../../../../../shared/meetings/meetingMoment';
import { createRepositories } from '../../../../../../renderer/db/repositories';
import { AttendancePanel } from '../../../../../../renderer/features/meetings/live/AttendancePanel';
import { useMeetingRecord } from '../../../../../../renderer/features/meetings/live/useMeetingRecord';
import { createTestContext } from '../../../db/testDatabase';
import { renderInApp } from '../../../ui/renderInApp';

const names = ['AFOL Metropolitana', 'Comune di Segrate', 'Comune di San Donato Milanese'];

async function setUp() {
  const context = createTestContext();
  const repositories = createRepositories(context);
  const network = await repositories.networks.create({ name: 'Patto Sud-Est Milano' });
  const organizations = [];
  for (const name of names) {
    const organization = await repositories.organizations.create({ name, type: 'comune' });
    await repositories.memberships.create({
      networkId: network.id,
      organizationId: organization.id,
      role: 'partner',
      votingRight: true,
    });
    organizations.push(organization);
  }
  const meeting = await repositories.meetings.create({
    networkId: network.id,
    year: 2026,
    number: 7,
    kind: 'ordinaria',
    status: 'convocata',
    date: '2026-12-10',
    startTime: '09:30',
  });
  const attendances = () => context.db.attendances.where('meetingId').equals(meeting.id).toArray();
  return { db: context.db, meeting, organizations, attendances };
}

/** The check-in as the live tab draws it: the meeting's record read live, presence from it. */
function CheckIn({ meeting }: { meeting: Meeting }) {
  const record = useMeetingRecord(meeting);
  if (!record) return null;
  const presence = livePresence({ ...record, meeting }, new Date(2026, 11, 10, 10, 0));
  return <AttendancePanel meeting={meeting} record={record} presence={presence} locked={false} />;
}

describe('the check-in of the live screen', () => {
  afterEach(cleanup);
  // The record is read from IndexedDB after each write: on a loaded machine that takes a while.
  const wait = { timeout: 10_000 };

  it('names the people present for a body in a plain field that becomes the tags input when focused', async () => {
    const { db, meeting, attendances } = await setUp();
    renderInApp(<CheckIn meeting={meeting} />, db);
    fireEvent.change(await screen.findByLabelText('Presenza di Comune di Segrate', {}, wait), {
      target: { value: 'presente' },
    });
    const plain = await screen.findByLabelText('Persone presenti per Comune di Segrate', {}, wait);
    expect(plain.hasAttribute('readonly')).toBe(true);
    fireEvent.focus(plain);
    // The tags input: the editable field of that name (Mantine also labels its hidden value).
    const tags = await waitFor(() => {
      const input = screen
        .getAllByLabelText('Persone presenti per Comune di Segrate')
        // Only an input: other elements labelled so (a wrapper, a listbox) have no value to type.
        .find(
          (element): element is HTMLInputElement =>
            element instanceof HTMLInputElement && element.type !== 'hidden' && !element.readOnly,
        );
      if (!input) throw new Error('The people field is still the plain field.');
      return input;
    }, wait);
    fireEvent.change(tags, { target: { value: 'Laura Bianchi' } });
    fireEvent.keyDown(tags, { key: 'Enter' });
    await waitFor(
      async () =>
        expect((await attendances())[0]).toMatchObject({
          status: 'presente',
          people: [{ name: 'Laura Bianchi', capacity: 'rappresentante', contactId: null }],
        }),
      wait,
    );
  });

  it('marks absent, in one go, every body not checked in yet', async () => {
    const { db, meeting, organizations, attendances } = await setUp();
    renderInApp(<CheckIn meeting={meeting} />, db);
    fireEvent.change(await screen.findByLabelText('Presenza di AFOL Metropolitana', {}, wait), {
      target: { value: 'presente' },
    });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Segna assenti i restanti (2)' }, wait),
    );
    await waitFor(async () => expect(await attendances()).toHaveLength(3), wait);
    const statusOf = new Map((await attendances()).map((row) => [row.organizationId, row.status]));
    expect(organizations.map((organization) => statusOf.get(organization.id))).toEqual([
      'presente',
      'assente',
      'assente',
    ]);
    expect(
      (
        await screen.findByRole('button', { name: 'Segna assenti i restanti (0)' }, wait)
      ).hasAttribute('disabled'),
    ).toBe(true);
  });
});
