// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AutomaticBackup } from '../../../../../shared/contract';
import type { BackupSummary } from '../../../../../shared/backup';

const listed: AutomaticBackup[] = [
  {
    fileName: 'regia-20260520-080000-000-daily-on-20260518-080000-000-daily.regia',
    reason: 'daily',
    createdAt: '2026-05-20T08:00:00.000Z',
    sizeBytes: 40_960,
    baseFileName: 'regia-20260518-080000-000-daily.regia',
  },
  {
    fileName: 'regia-20260518-080000-000-daily.regia',
    reason: 'daily',
    createdAt: '2026-05-18T08:00:00.000Z',
    sizeBytes: 4_096_000,
  },
];
vi.mock('../../../../../renderer/bridge', () => ({
  bridge: { listAutomaticBackups: () => Promise.resolve(listed) },
  hostKind: 'web',
}));

const { BackupPanel } = await import('../../../../../renderer/features/backup/BackupPanel');
const { BackupSummaryView } =
  await import('../../../../../renderer/features/backup/BackupSummaryView');
const { renderInApp } = await import('../../ui/renderInApp');

describe('the backups list and the restore preview', () => {
  it('say which automatic copies are full and which incremental', async () => {
    renderInApp(<BackupPanel />);
    const rows = within(await screen.findByTestId('automatic-backups')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/giornaliero.*incrementale.*40 KB/),
      expect.stringMatching(/giornaliero.*completo.*4000 KB/),
    ]);
  });

  it('names the full copy an incremental copy is restored on, and the copy’s own date', () => {
    const summary: BackupSummary = {
      createdAt: '2026-05-20T08:00:00.000Z',
      appVersion: '0.1.0',
      schemaVersion: 6,
      rowCounts: { networks: 1 } as BackupSummary['rowCounts'],
      totalRows: 1,
      networkNames: ['Rete Nord Milano'],
      findings: [],
      baseCreatedAt: '2026-05-18T08:00:00.000Z',
    };
    renderInApp(<BackupSummaryView summary={summary} />);
    expect(screen.getByText(/^Copia incrementale: la copia completa del/).textContent).toMatch(
      /18 mag 2026.*più le modifiche registrate fino al 20 mag 2026/,
    );
    // Each table is named in plain words, never by its name in the database.
    expect(screen.getByRole('row', { name: /^Reti 1$/ }).textContent).toBe('Reti1');
    expect(screen.queryByText('networks')).toBeNull();
  });
});
