// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExpenditureForm } from '../../../../../renderer/features/projects/page/ExpenditureForm';
import { ExpenseRegister } from '../../../../../renderer/features/projects/page/ExpenseRegister';
import type { ProjectData } from '../../../../../renderer/features/projects/useProjectData';
import { createTestContext } from '../../db/testDatabase';
import { renderInApp } from '../../ui/renderInApp';
import { afol, createProject, segrate } from './projectWithIndicator';

afterEach(cleanup);

const staff = '00000000-0000-4000-8000-0000000000e1';
const names = new Map([
  [afol, 'AFOL Metropolitana'],
  [segrate, 'Comune di Segrate'],
]);

async function projectWithExpenses() {
  const context = createTestContext();
  const { repositories, project } = await createProject(context, {
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    leadOrganizationId: afol,
    partners: [
      { organizationId: afol, role: 'capofila', budgetShare: 600_000 },
      { organizationId: segrate, role: 'partner', budgetShare: 151_000 },
    ],
    fundingSources: [{ name: 'Regione Lombardia', amount: 751_000 }],
    costItems: [{ id: staff, category: 'personnel', name: 'Operatori', planned: 751_000 }],
  });
  const expense = (organizationId: string, period: string, amount: number, document: string) =>
    repositories.expenditures.create({
      projectId: project.id,
      organizationId,
      fundingSourceName: 'Regione Lombardia',
      period,
      amount,
      documentReference: document,
      costItemId: staff,
      note: `nota ${document}`,
    });
  await expense(afol, '2026-Q2', 2_000, 'FT 20/2026');
  await expense(afol, '2026-Q1', 1_000, 'FT 12/2026');
  await expense(segrate, '2026-Q1', 500.5, 'cedolino 3');
  const data: ProjectData = {
    project,
    indicators: [],
    values: [],
    expenditures: await context.db.expenditures.toArray(),
    actions: [],
  };
  return { context, data };
}

describe('the expense register', () => {
  it('lists the expenses oldest first with their notes and total, and archives one after confirmation', async () => {
    const { context, data } = await projectWithExpenses();
    renderInApp(<ExpenseRegister data={data} names={names} today="2026-07-02" />, context.db);
    expect(screen.getByTestId('register-summary').textContent).toBe(
      '3 spese per un totale di 3.500,50\u00a0€',
    );
    const rows = within(screen.getByTestId('expense-register')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.children[2]?.textContent)).toEqual([
      'FT 12/2026',
      'cedolino 3',
      'FT 20/2026',
    ]);
    expect(rows[1]?.textContent).toContain('nota cedolino 3');
    fireEvent.click(
      screen.getByRole('button', { name: 'Archivia la spesa FT 12/2026 di 1.000,00\u00a0€' }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Archivia' }));
    await vi.waitFor(async () => {
      const archived = (await context.db.expenditures.toArray()).filter(
        (row) => row.archivedAt !== null,
      );
      expect(archived.map((row) => row.documentReference)).toEqual(['FT 12/2026']);
    }, 10_000);
  }, 45_000);

  it('corrects an expense in place instead of adding an offsetting one', async () => {
    const { context, data } = await projectWithExpenses();
    const expense = data.expenditures.find((row) => row.documentReference === 'cedolino 3');
    if (!expense) throw new Error('missing expense');
    renderInApp(
      <ExpenditureForm data={data} names={names} today="2026-07-02" expense={expense} />,
      context.db,
    );
    fireEvent.change(screen.getByRole('textbox', { name: 'Importo speso (€)' }), {
      target: { value: '550' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await vi.waitFor(async () => {
      const rows = await context.db.expenditures.toArray();
      expect(rows).toHaveLength(3);
      expect((await context.db.expenditures.get(expense.id))?.amount).toBe(550);
    }, 10_000);
  }, 45_000);

  it('takes the quarter from the date of a new expense', async () => {
    const { context, data } = await projectWithExpenses();
    renderInApp(<ExpenditureForm data={data} names={names} today="2026-07-02" />, context.db);
    fireEvent.change(screen.getByLabelText('Data'), { target: { value: '2026-05-10' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Importo speso (€)' }), {
      target: { value: '120' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await vi.waitFor(async () => {
      const created = (await context.db.expenditures.toArray()).find((row) => row.amount === 120);
      expect(created).toMatchObject({
        date: '2026-05-10',
        period: '2026-Q2',
        organizationId: afol,
      });
    }, 10_000);
  }, 45_000);
});
