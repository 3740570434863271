// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProjectForm } from '../../../../../renderer/features/projects/form/ProjectForm';
import { projectLeads } from '../../../../../shared/projects';
import { createTestContext } from '../../db/testDatabase';
import { renderInApp } from '../../ui/renderInApp';
import { afol, createProject, segrate } from './projectWithIndicator';

afterEach(cleanup);

describe('the project form', () => {
  it('saves a second ente capofila ticked beside its partner row', async () => {
    const context = createTestContext();
    const { network, project } = await createProject(context, {
      leadOrganizationId: afol,
      partners: [
        { organizationId: afol, role: 'capofila amministrativo', budgetShare: 451_000 },
        { organizationId: segrate, role: 'capofila tecnico', budgetShare: 300_000 },
      ],
      fundingSources: [{ name: 'Regione Lombardia', amount: 751_000 }],
    });
    renderInApp(
      <ProjectForm
        networkId={network.id}
        project={project}
        organizations={[
          { value: afol, label: 'AFOL Metropolitana' },
          { value: segrate, label: 'Comune di Segrate' },
        ]}
      />,
      context.db,
    );
    expect(screen.getByRole('checkbox', { name: 'Capofila 1' })).toHaveProperty('checked', true);
    const second = screen.getByRole('checkbox', { name: 'Capofila 2' });
    expect(second).toHaveProperty('checked', false);
    fireEvent.click(second);
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await vi.waitFor(async () => {
      const saved = await context.db.projects.get(project.id);
      expect(saved && projectLeads(saved)).toEqual([
        { organizationId: afol, role: 'capofila amministrativo' },
        { organizationId: segrate, role: 'capofila tecnico' },
      ]);
    }, 10_000);
  }, 45_000);

  it('splits a voce per partner and source, says where the plan does not add up, and saves the cells with the co-financing source', async () => {
    const context = createTestContext();
    const staff = '00000000-0000-4000-8000-0000000000d1';
    const { network, project } = await createProject(context, {
      leadOrganizationId: afol,
      partners: [
        { organizationId: afol, role: 'capofila', budgetShare: 451_000, lead: true },
        { organizationId: segrate, role: 'partner', budgetShare: 300_000 },
      ],
      fundingSources: [
        { name: 'Regione Lombardia', amount: 591_000 },
        { name: 'Cofinanziamento', amount: 160_000 },
      ],
      costItems: [{ id: staff, category: 'personnel', name: 'Operatori', planned: 751_000 }],
    });
    renderInApp(
      <ProjectForm
        networkId={network.id}
        project={project}
        organizations={[
          { value: afol, label: 'AFOL Metropolitana' },
          { value: segrate, label: 'Comune di Segrate' },
        ]}
      />,
      context.db,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Cofinanziamento dei partner 2' }));
    const cell = (partner: string, source: string): HTMLElement =>
      screen.getByRole('textbox', { name: `Operatori: ${partner}, ${source}` });
    fireEvent.change(cell('AFOL Metropolitana', 'Regione Lombardia'), {
      target: { value: '371.000' },
    });
    fireEvent.change(cell('AFOL Metropolitana', 'Cofinanziamento'), {
      target: { value: '80.000' },
    });
    fireEvent.change(cell('Comune di Segrate', 'Regione Lombardia'), {
      target: { value: '220.000' },
    });
    await screen.findByText(
      'Voce «Operatori»: previsti 751.000,00 €, ripartiti 671.000,00 € (differenza -80.000,00 €)',
    );
    screen.getByText(
      'Comune di Segrate: il piano gli assegna 220.000,00 €, la sua quota è 300.000,00 € (differenza -80.000,00 €)',
    );
    fireEvent.change(cell('Comune di Segrate', 'Cofinanziamento'), {
      target: { value: '80.000' },
    });
    await vi.waitFor(() => expect(screen.queryByText('Il piano non torna')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await vi.waitFor(async () => {
      const saved = await context.db.projects.get(project.id);
      expect(saved?.cofinancingSources).toEqual(['Cofinanziamento']);
      expect(saved?.costPlan.map((line) => line.amount)).toEqual([
        371_000, 80_000, 220_000, 80_000,
      ]);
      expect(saved?.budgetLines).toContainEqual({
        organizationId: segrate,
        fundingSourceName: 'Cofinanziamento',
        amount: 80_000,
      });
    }, 10_000);
  }, 45_000);

  it('refuses a period that ends before it starts, with the kit’s message, and saves nothing', async () => {
    const context = createTestContext();
    const { network, project } = await createProject(context, {
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
    });
    renderInApp(
      <ProjectForm networkId={network.id} project={project} organizations={[]} />,
      context.db,
    );
    const message = 'La data di fine non può essere prima della data di inizio';
    expect(screen.queryByText(message)).toBeNull();
    fireEvent.change(screen.getByLabelText('Al'), { target: { value: '2025-06-30' } });
    expect(screen.getByText(message)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await context.db.projects.get(project.id))?.periodTo).toBe('2026-12-31');
    expect(screen.getByText(message)).toBeTruthy();
  }, 45_000);
});
