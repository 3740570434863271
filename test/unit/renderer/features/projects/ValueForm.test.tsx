// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ValueForm } from '../../../../../renderer/features/projects/page/ValueForm';
import { createTestContext } from '../../db/testDatabase';
import { renderInApp } from '../../ui/renderInApp';
import { afol, createProjectWithIndicator } from './projectWithIndicator';

afterEach(cleanup);

const names = new Map([[afol, 'AFOL Metropolitana']]);

async function projectWithGenderIndicator() {
  const context = createTestContext();
  const { data } = await createProjectWithIndicator(context, {
    project: {
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      leadOrganizationId: afol,
      partners: [{ organizationId: afol, role: 'capofila', budgetShare: 751_000 }],
      fundingSources: [{ name: 'Regione Lombardia', amount: 751_000 }],
    },
    indicator: {
      breakdownDimensions: ['gender'],
    },
  });
  return { context, data };
}

function type(label: string, value: string): void {
  fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });
}

describe('the value form of an indicator broken down by gender', () => {
  it('refuses parts beyond the value, then saves the value with its parts', async () => {
    const { context, data } = await projectWithGenderIndicator();
    renderInApp(<ValueForm data={data} names={names} today="2026-07-02" />, context.db);
    fireEvent.click(screen.getByRole('combobox', { name: 'Periodo' }));
    fireEvent.click(await screen.findByRole('option', { name: '1° trim. 2026' }));
    type('Valore', '20');
    type('Donne', '12');
    type('Uomini', '10');
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(
      await screen.findByText('Genere: le parti sommano 22, più del valore (20)'),
    ).toBeTruthy();
    expect(await context.db.indicatorValues.count()).toBe(0);
    type('Uomini', '8');
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await vi.waitFor(async () => {
      const [stored] = await context.db.indicatorValues.toArray();
      expect(stored).toMatchObject({
        period: '2026-Q1',
        value: 20,
        breakdowns: [
          { dimension: 'gender', category: 'women', value: 12 },
          { dimension: 'gender', category: 'men', value: 8 },
        ],
      });
    }, 10_000);
  }, 45_000);
});
