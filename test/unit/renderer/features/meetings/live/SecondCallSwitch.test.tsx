// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepositories } from '../../../../../../renderer/db/repositories';
import { SecondCallSwitch } from '../../../../../../renderer/features/meetings/live/SecondCallSwitch';
import { createTestContext } from '../../../db/testDatabase';
import { renderInApp } from '../../../ui/renderInApp';

async function setUp(secondCallTime: string | null) {
  const context = createTestContext();
  const repositories = createRepositories(context);
  const network = await repositories.networks.create({
    name: 'Patto Sud-Est Milano',
    quorumRule: 'maggioranza',
    secondCallQuorumRule: 'unTerzo',
  });
  const meeting = await repositories.meetings.create({
    networkId: network.id,
    year: 2026,
    number: 7,
    kind: 'ordinaria',
    status: 'convocata',
    date: '2026-12-10',
    startTime: '09:30',
    secondCallTime,
  });
  return { db: context.db, repositories, network, meeting };
}

describe('the second-call switch of the live screen', () => {
  afterEach(cleanup);

  it('records a meeting held in second call and names the quorum rule that then applies', async () => {
    const { db, repositories, network, meeting } = await setUp('10:30');
    renderInApp(<SecondCallSwitch meeting={meeting} network={network} locked={false} />, db);
    expect(screen.getByText(/10:30; quorum: Un terzo degli enti con diritto di voto/)).toBeTruthy();
    fireEvent.click(screen.getByRole('switch', { name: /^Seduta in seconda convocazione/ }));
    await waitFor(async () =>
      expect((await repositories.meetings.get(meeting.id))?.secondCall).toBe(true),
    );
  });

  it('shows nothing for a meeting whose convocation set no second call', async () => {
    const { db, network, meeting } = await setUp(null);
    renderInApp(<SecondCallSwitch meeting={meeting} network={network} locked={false} />, db);
    expect(screen.queryByRole('switch')).toBeNull();
  });
});
