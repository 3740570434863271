// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExchangeBatch } from '../../../../../../shared/domain';
import { mapImportSnapshot, tableImportSnapshot } from '../../../../../../shared/exchange';
import { HistoryPanel } from '../../../../../../renderer/features/exchange/history/HistoryPanel';
import { renderInApp } from '../../../ui/renderInApp';

const networkId = '11111111-1111-4111-8111-111111111111';

function importBatch(
  id: string,
  fileName: string,
  at: string,
  baseSnapshot: Record<string, unknown>,
  undoneAt: string | null = null,
): ExchangeBatch {
  return {
    id,
    createdAt: at,
    updatedAt: at,
    rev: 1,
    archivedAt: null,
    networkId,
    direction: 'import',
    fileName,
    partnerOrganizationId: null,
    at,
    baseSnapshot,
    applied: [],
    undoneAt,
    fingerprint: null,
  };
}

const rowOf = (fileName: string): HTMLElement => {
  const row = screen.getByText(fileName).closest('tr');
  if (!row) throw new Error(`no line for ${fileName}`);
  return row;
};

afterEach(cleanup);

describe('the exchange history', () => {
  it('lists a map import with its count and its undo, and a table import with the counts it stored', () => {
    renderInApp(
      <HistoryPanel
        partnerNames={new Map()}
        batches={[
          importBatch(
            '22222222-2222-4222-8222-222222222222',
            'mappa.xlsx',
            '2026-12-05T10:00:00.000Z',
            mapImportSnapshot(2),
          ),
          importBatch(
            '33333333-3333-4333-8333-333333333333',
            'enti.csv',
            '2026-12-04T10:00:00.000Z',
            tableImportSnapshot({ organizations: 1, contacts: 2, members: 1 }),
          ),
          importBatch(
            '44444444-4444-4444-8444-444444444444',
            'nodi.csv, archi.csv',
            '2026-12-03T10:00:00.000Z',
            mapImportSnapshot(1),
            '2026-12-03T11:00:00.000Z',
          ),
        ]}
      />,
    );
    const map = within(rowOf('mappa.xlsx'));
    expect(map.getByText('Importazione mappa')).toBeTruthy();
    expect(map.getByText('2 modifiche applicate')).toBeTruthy();
    expect(map.getByRole('button', { name: 'Annulla importazione di mappa.xlsx' })).toBeTruthy();

    const table = within(rowOf('enti.csv'));
    expect(table.getByText('Importazione')).toBeTruthy();
    expect(table.getByText('1 ente e 2 referenti creati; 1 ente aggiunto alla rete')).toBeTruthy();

    const undone = within(rowOf('nodi.csv, archi.csv'));
    expect(undone.getByText('1 modifica applicata')).toBeTruthy();
    expect(undone.queryByRole('button')).toBeNull();
    expect(undone.getByText(/^Annullata il /)).toBeTruthy();
  });
});
