import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../../../../renderer/db/repositories';
import { recordAttendance } from '../../../../../renderer/features/meetings/live/liveWrites';
import { createTestContext } from '../../db/testDatabase';

const now = new Date(2026, 11, 5, 15, 21);

async function setUp(date: string, openingTime: string | null) {
  const repositories = createRepositories(createTestContext());
  const network = await repositories.networks.create({ name: 'Patto Sud-Est Milano' });
  const organization = await repositories.organizations.create({
    name: 'Comune di Segrate',
    type: 'comune',
  });
  const meeting = await repositories.meetings.create({
    networkId: network.id,
    year: 2026,
    number: 7,
    kind: 'ordinaria',
    status: 'convocata',
    date,
    startTime: '09:30',
    openingTime,
  });
  return { repositories, meeting, organizationId: organization.id };
}

describe('recording attendance', () => {
  it('stamps no clock time on a check-in at a meeting held on another day', async () => {
    const { repositories, meeting, organizationId } = await setUp('2026-12-10', '09:30');
    const row = await recordAttendance(
      repositories,
      meeting,
      organizationId,
      undefined,
      { status: 'presente' },
      now,
    );
    expect(row.arrivalTime).toBeNull();
  });

  it('stamps the clock on a late arrival at a meeting in progress today, kept when delegated', async () => {
    const { repositories, meeting, organizationId } = await setUp('2026-12-05', '14:30');
    const row = await recordAttendance(
      repositories,
      meeting,
      organizationId,
      undefined,
      { status: 'presente' },
      now,
    );
    expect(row.arrivalTime).toBe('15:21');
    const later = new Date(2026, 11, 5, 16, 0);
    const delegated = await recordAttendance(
      repositories,
      meeting,
      organizationId,
      row,
      { status: 'delegato' },
      later,
    );
    expect(delegated.arrivalTime).toBe('15:21');
  });

  it('drops a proxy once the body is present itself, and clears times when it is absent', async () => {
    const { repositories, meeting, organizationId } = await setUp('2026-12-10', null);
    const absent = await recordAttendance(
      repositories,
      meeting,
      organizationId,
      undefined,
      { status: 'assente', proxyOrganizationId: crypto.randomUUID() },
      now,
    );
    expect(absent.proxyOrganizationId).not.toBeNull();
    const present = await recordAttendance(
      repositories,
      meeting,
      organizationId,
      absent,
      { status: 'presente', departureTime: '11:00' },
      now,
    );
    expect(present.proxyOrganizationId).toBeNull();
    const gone = await recordAttendance(
      repositories,
      meeting,
      organizationId,
      present,
      { status: 'assente' },
      now,
    );
    expect(gone.departureTime).toBeNull();
  });
});
