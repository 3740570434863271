import { describe, expect, it } from 'vitest';
import {
  isProjectLead,
  leadNamesLabel,
  leadsLabel,
  projectLeads,
} from '../../../../shared/projects';
import { comoProject, ids } from './projectFixtures';

const names = new Map([
  [ids.lead, 'Azienda sociale comasca e lariana'],
  [ids.partner, 'Cooperativa Lavoro Insieme'],
  [ids.other, 'Comune di Cantù'],
]);
const name = (id: string): string => names.get(id) ?? '';

describe('projectLeads', () => {
  it('gives a project written with one capofila its main lead only, with its role', () => {
    const project = comoProject();
    expect(projectLeads(project)).toEqual([{ organizationId: ids.lead, role: 'capofila' }]);
    expect(isProjectLead(project, ids.partner)).toBe(false);
  });

  it('lists every partner marked capofila after the main one, each once', () => {
    const project = comoProject({
      partners: [
        {
          organizationId: ids.partner,
          role: 'capofila per la parte lavoro',
          budgetShare: 300_000,
          lead: true,
        },
        {
          organizationId: ids.lead,
          role: 'capofila amministrativo',
          budgetShare: 451_000,
          lead: true,
        },
        { organizationId: ids.other, role: 'partner', budgetShare: 0, lead: false },
      ],
    });
    expect(projectLeads(project).map((lead) => lead.organizationId)).toEqual([
      ids.lead,
      ids.partner,
    ]);
    expect(isProjectLead(project, ids.partner)).toBe(true);
    expect(isProjectLead(project, ids.other)).toBe(false);
    expect(leadsLabel(project, name)).toBe(
      'Azienda sociale comasca e lariana (capofila amministrativo); Cooperativa Lavoro Insieme (capofila per la parte lavoro)',
    );
    expect(leadNamesLabel(project, name)).toBe(
      'Azienda sociale comasca e lariana, Cooperativa Lavoro Insieme',
    );
  });

  it('has no capofila when none is set', () => {
    const project = comoProject({ leadOrganizationId: null });
    expect(projectLeads(project)).toEqual([]);
    expect(leadsLabel(project, name)).toBe('');
  });
});
