// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { summarizeIndicator } from '../../../../../shared/projects';
import { ExpenseRegister } from '../../../../../renderer/features/projects/page/ExpenseRegister';
import { IndicatorCard } from '../../../../../renderer/features/projects/page/IndicatorCard';
import {
  removeIndicatorValue,
  saveIndicatorValue,
} from '../../../../../renderer/features/projects/page/indicatorValueWrites';
import type { ProjectData } from '../../../../../renderer/features/projects/useProjectData';
import { createTestContext } from '../../db/testDatabase';
import { renderInApp } from '../../ui/renderInApp';
import { afol, createProject, createProjectWithIndicator, segrate } from './projectWithIndicator';

afterEach(cleanup);

const staff = '00000000-0000-4000-8000-0000000000e1';
const services = '00000000-0000-4000-8000-0000000000e2';
const names = new Map([
  [afol, 'AFOL Metropolitana'],
  [segrate, 'Comune di Segrate'],
]);

/** A clock the test moves forward, so each change has its own day. */
function steppingClock(days: string[]): () => Date {
  let index = 0;
  return () => new Date(`${days[Math.min(index++, days.length - 1)]}T10:00:00Z`);
}

/** The project's period, partners, funding and two voci of spending. */
const projectFields = {
  periodFrom: '2026-01-01',
  periodTo: '2026-12-31',
  partners: [
    { organizationId: afol, role: 'capofila', budgetShare: 600_000 },
    { organizationId: segrate, role: 'partner', budgetShare: 151_000 },
  ],
  fundingSources: [{ name: 'Regione Lombardia', amount: 751_000 }],
  costItems: [
    { id: staff, category: 'personnel' as const, name: 'Operatori', planned: 500_000 },
    { id: services, category: 'services' as const, name: 'Servizi', planned: 251_000 },
  ],
};

/** The usual project stored by a clock that gives each write the next of `days`. */
async function setUp(days: string[]) {
  const context = createTestContext({ now: steppingClock(days) });
  return { context, ...(await createProject(context, projectFields)) };
}

describe('the history of corrections', () => {
  it('shows on an expense’s row what it was before each correction, and lists archived expenses with their amount', async () => {
    const { context, repositories, project } = await setUp([
      '2026-11-02',
      '2026-11-02',
      '2026-11-02',
      '2026-11-02',
      '2026-12-03',
      '2026-12-04',
    ]);
    const expense = (document: string, amount: number) =>
      repositories.expenditures.create({
        projectId: project.id,
        organizationId: afol,
        fundingSourceName: 'Regione Lombardia',
        period: '2026-Q1',
        amount,
        documentReference: document,
        costItemId: staff,
      });
    const invoice = await expense('FT 12/2026', 1_000);
    const payslip = await expense('cedolino 3', 250);
    await repositories.expenditures.update(invoice.id, { amount: 1_200, costItemId: services });
    await repositories.expenditures.archive(payslip.id);
    const data: ProjectData = {
      project,
      indicators: [],
      values: [],
      expenditures: await context.db.expenditures.toArray(),
      actions: [],
    };
    renderInApp(<ExpenseRegister data={data} names={names} today="2026-12-05" />, context.db);

    fireEvent.click(
      await screen.findByRole(
        'button',
        { name: 'Storico della spesa FT 12/2026 di 1.200,00\u00a0€' },
        { timeout: 10_000 },
      ),
    );
    const popover = await screen.findByRole(
      'list',
      { name: 'Storico della spesa FT 12/2026 di 1.200,00\u00a0€', hidden: true },
      { timeout: 5_000 },
    );
    // The popover's list is read as it is written: its opening transition does not run in jsdom.
    const items = [...popover.querySelectorAll('li')];
    expect(items.map((item) => item.textContent)).toEqual([
      'corretta il 03/12/2026 da Giulia Rossi (valore precedente: importo 1.000,00\u00a0€; voce di spesa Operatori)',
    ]);

    fireEvent.click(screen.getByRole('button', { name: '1 spesa archiviata' }));
    const archived = screen.getByTestId('archived-expenses');
    expect(
      within(archived)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'cedolino 3 di 250,00\u00a0€: archiviata il 04/12/2026 da Giulia Rossi (importo 250,00\u00a0€)',
    ]);
  });

  it('shows under an indicator’s values each corrected or removed value with the value it had, latest first', async () => {
    const context = createTestContext({
      now: steppingClock([
        '2026-10-01',
        '2026-10-01',
        '2026-10-01',
        '2026-10-01',
        '2026-10-01',
        '2026-11-20',
        '2026-12-03',
      ]),
    });
    const { repositories, project, indicator } = await createProjectWithIndicator(context, {
      project: projectFields,
    });
    const cell = { indicatorId: indicator.id, projectId: project.id, note: '' };
    await saveIndicatorValue(context.db, repositories, {
      ...cell,
      organizationId: afol,
      period: '2026-Q1',
      value: 12,
    });
    await saveIndicatorValue(context.db, repositories, {
      ...cell,
      organizationId: segrate,
      period: '2026-Q2',
      value: 8,
    });
    await saveIndicatorValue(context.db, repositories, {
      ...cell,
      organizationId: afol,
      period: '2026-Q1',
      value: 15,
    });
    await removeIndicatorValue(context.db, repositories, {
      indicatorId: indicator.id,
      organizationId: segrate,
      period: '2026-Q2',
    });
    const values = await context.db.indicatorValues.toArray();
    renderInApp(
      <IndicatorCard
        summary={summarizeIndicator(indicator, values, [afol, segrate])}
        names={names}
        values={values}
      />,
      context.db,
    );

    const toggle = await screen.findByRole(
      'button',
      { name: 'Storico: 2 correzioni' },
      { timeout: 10_000 },
    );
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('list', {
      name: 'Correzioni dei valori di Persone prese in carico',
    });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Comune di Segrate, 2° trim. 2026: eliminato il 03/12/2026 da Giulia Rossi (valore precedente 8)',
      'AFOL Metropolitana, 1° trim. 2026: corretto il 20/11/2026 da Giulia Rossi (valore precedente 12, ora 15)',
    ]);
  });

  it('shows no history where nothing was corrected', async () => {
    const { context, repositories, project } = await setUp(['2026-10-01']);
    const created = await repositories.expenditures.create({
      projectId: project.id,
      organizationId: afol,
      period: '2026-Q1',
      amount: 100,
      documentReference: 'FT 1',
    });
    renderInApp(
      <ExpenseRegister
        data={{ project, indicators: [], values: [], expenditures: [created], actions: [] }}
        names={names}
        today="2026-12-05"
      />,
      context.db,
    );
    await screen.findByTestId('expense-register');
    expect(screen.queryByRole('button', { name: /^Storico/ })).toBeNull();
  });
});
