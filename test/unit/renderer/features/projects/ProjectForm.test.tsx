// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProjectForm } from '../../../../../renderer/features/projects/form/ProjectForm';
import { createRepositories } from '../../../../../renderer/db/repositories';
import { projectLeads } from '../../../../../shared/projects';
import { createTestContext } from '../../db/testDatabase';
import { renderInApp } from '../../ui/renderInApp';

afterEach(cleanup);

const afol = '00000000-0000-4000-8000-0000000000a1';
const segrate = '00000000-0000-4000-8000-0000000000a2';

describe('the project form', () => {
  it('saves a second ente capofila ticked beside its partner row', async () => {
    const context = createTestContext();
    const repositories = createRepositories(context);
    const network = await repositories.networks.create({ name: 'Ambito di Como' });
    const project = await repositories.projects.create({
      networkId: network.id,
      title: 'Emergenza lavoro',
      state: 'inCorso',
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
        onDone={() => undefined}
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
});
