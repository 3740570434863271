// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRosterOrganizations } from '../../../../../../renderer/features/roster/list/useRosterRows';
import { createTestContext } from '../../../db/testDatabase';
import { renderInApp } from '../../../ui/renderInApp';
import { organizationOf, recordOf } from '../../../../shared/roster/rosterRecords';

afterEach(cleanup);

const networkId = '00000000-0000-4000-8000-00000000aaaa';

function MemberCount() {
  const rows = useRosterOrganizations(networkId, 'network');
  return <p>{rows === undefined ? 'lettura' : `${rows.length} enti`}</p>;
}

async function member(db: ReturnType<typeof createTestContext>['db'], name: string) {
  const organization = organizationOf({ name });
  await db.organizations.add(organization);
  await db.memberships.add(
    recordOf('memberships', {
      networkId,
      organizationId: organization.id,
      role: 'partner',
      votingRight: true,
    }),
  );
}

describe('the Rete page’s organizations', () => {
  it('are shown at once when the page opens again with nothing changed, and read again after a new member', async () => {
    const { db } = createTestContext();
    await db.open();
    await member(db, 'Comune di Segrate');
    const reads = vi.spyOn(db.memberships, 'where');

    const first = renderInApp(<MemberCount />, db);
    await screen.findByText('1 enti');
    first.unmount();
    renderInApp(<MemberCount />, db);
    expect(screen.getByText('1 enti')).toBeTruthy();
    expect(reads).toHaveBeenCalledTimes(1);

    await member(db, 'Comune di Pioltello');
    // Two writes (the organization, then its membership), each read again.
    await screen.findByText('2 enti');
    expect(reads.mock.calls.length).toBeGreaterThan(1);
  });
});
