// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  membershipSchema,
  networkSchema,
  organizationSchema,
  type RecordMeta,
} from '../../../../../../shared/domain';
import type { NetworkMember } from '../../../../../../renderer/data';
import { ExportPanel } from '../../../../../../renderer/features/exchange/export/ExportPanel';
import { stubLayout } from '../../../ui/layoutStub';
import { renderInApp } from '../../../ui/renderInApp';

const at = '2026-12-01T09:00:00.000Z';
const meta = (id: string): RecordMeta => ({
  id,
  createdAt: at,
  updatedAt: at,
  rev: 1,
  archivedAt: null,
});
const uuid = (prefix: string, index: number): string =>
  `${prefix}-0000-4000-8000-${String(index).padStart(12, '0')}`;

const network = networkSchema.parse({
  ...meta(uuid('10000000', 0)),
  name: 'Cabina di regia',
  coordinatingOrganizationId: null,
});

function members(count: number): NetworkMember[] {
  return Array.from({ length: count }, (_, index) => ({
    organization: organizationSchema.parse({
      ...meta(uuid('20000000', index)),
      name: `Comune ${String(index).padStart(4, '0')}`,
      type: 'comune',
    }),
    membership: membershipSchema.parse({
      ...meta(uuid('30000000', index)),
      networkId: network.id,
      organizationId: uuid('20000000', index),
      role: 'partner',
      votingRight: true,
    }),
  }));
}

const partnerTable = (): HTMLElement => screen.getByTestId('exchange-partners');
const drawnRows = (): HTMLElement[] =>
  within(partnerTable())
    .getAllByRole('row')
    .filter((row) => row.hasAttribute('data-index'));

let restoreLayout = (): void => undefined;
beforeAll(() => {
  restoreLayout = stubLayout({ viewport: 600, row: 45 });
});
afterAll(() => restoreLayout());
afterEach(cleanup);

describe('the partners table of Scambio fogli', () => {
  it('lists every partner of a small network with its export and e-mail buttons', () => {
    renderInApp(<ExportPanel network={network} members={members(25)} returns={new Map()} />);
    expect(drawnRows()).toHaveLength(25);
    const last = drawnRows().at(-1);
    if (!last) throw new Error('no row drawn');
    expect(within(last).getByRole('cell', { name: 'Comune 0024' })).toBeTruthy();
    expect(
      within(last).getByRole('button', { name: 'Esporta scheda di Comune 0024' }),
    ).toBeTruthy();
    expect(within(last).getByRole('button', { name: 'Bozza e-mail per Comune 0024' })).toBeTruthy();
  });

  it('names a row’s e-mail button by its title rather than by a floating tooltip of its own', () => {
    renderInApp(<ExportPanel network={network} members={members(3)} returns={new Map()} />);
    const button = screen.getByRole('button', { name: 'Bozza e-mail per Comune 0001' });
    expect(button.getAttribute('title')).toBe('Bozza e-mail per Comune 0001');
  });

  it('draws only a window of the rows of a network of 5,000 partners, counting them all', () => {
    renderInApp(<ExportPanel network={network} members={members(5_000)} returns={new Map()} />);
    expect(drawnRows().length).toBeGreaterThan(0);
    expect(drawnRows().length).toBeLessThan(60);
    expect(partnerTable().getAttribute('aria-rowcount')).toBe('5001');
    expect(screen.getByRole('cell', { name: 'Comune 0000' })).toBeTruthy();
    expect(screen.queryByRole('cell', { name: 'Comune 4999' })).toBeNull();
  });
});
