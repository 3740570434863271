// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuarterGrid } from '../../../../../renderer/features/projects/page/QuarterGrid';
import { createTestContext } from '../../db/testDatabase';
import { renderInApp } from '../../ui/renderInApp';
import { afol, createProjectWithIndicator, segrate } from './projectWithIndicator';

afterEach(cleanup);

const names = new Map([
  [afol, 'AFOL Metropolitana'],
  [segrate, 'Comune di Segrate'],
]);

async function projectWithTwoPartners() {
  const context = createTestContext();
  const { data } = await createProjectWithIndicator(context, {
    project: {
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      leadOrganizationId: afol,
      partners: [
        { organizationId: afol, role: 'capofila', budgetShare: 600_000 },
        { organizationId: segrate, role: 'partner', budgetShare: 151_000 },
      ],
      fundingSources: [{ name: 'Regione Lombardia', amount: 751_000 }],
    },
    indicator: {
      unit: 'persone',
    },
  });
  return { context, data };
}

describe('the grid of one quarter’s values', () => {
  it('takes a column pasted from Excel, refuses a negative count, then saves every partner’s value', async () => {
    const { context, data } = await projectWithTwoPartners();
    renderInApp(<QuarterGrid data={data} names={names} today="2026-07-02" />, context.db);
    fireEvent.click(screen.getByRole('combobox', { name: 'Periodo' }));
    fireEvent.click(await screen.findByRole('option', { name: '1° trim. 2026' }));
    const first = screen.getByRole('textbox', { name: 'Valore di AFOL Metropolitana' });
    const second = screen.getByRole('textbox', { name: 'Valore di Comune di Segrate' });
    fireEvent.paste(first, { clipboardData: { getData: () => '12\r\n-3\r\n' } });
    expect([(first as HTMLInputElement).value, (second as HTMLInputElement).value]).toEqual([
      '12',
      '-3',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Salva i valori' }));
    expect(await screen.findByText('Un valore negativo non ha senso per «persone»')).toBeTruthy();
    expect(await context.db.indicatorValues.count()).toBe(0);
    fireEvent.change(second, { target: { value: '8' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva i valori' }));
    await vi.waitFor(async () => {
      const stored = await context.db.indicatorValues.toArray();
      expect(stored.map((row) => [row.organizationId, row.period, row.value]).sort()).toEqual([
        [afol, '2026-Q1', 12],
        [segrate, '2026-Q1', 8],
      ]);
    }, 10_000);
  }, 45_000);
});
