import { describe, expect, it } from 'vitest';
import {
  dayLabel,
  isReversedPeriod,
  projectFieldsOf,
  projectFormValues,
} from '../../../../../renderer/features/projects/form/projectFormValues';
import { projectLeads } from '../../../../../shared/projects';
import { comoProject, ids } from '../../../shared/projects/projectFixtures';

const { lead, partner, other } = ids;

describe('projectFieldsOf', () => {
  it('keeps complete partner and source rows, trims texts and splits the budget into lines', () => {
    const fields = projectFieldsOf({
      ...projectFormValues(null),
      title: '  Emergenza lavoro ',
      callDate: '2025-10-15',
      partners: [
        { organizationId: lead, role: ' ', budgetShare: 751_000, lead: false },
        { organizationId: null, role: 'partner', budgetShare: 10, lead: false },
      ],
      fundingSources: [
        { name: 'Regione Lombardia', amount: 591_000 },
        { name: 'Cofinanziamento', amount: '160.000,00' },
        { name: ' ', amount: 5 },
      ],
    });
    expect(fields.title).toBe('Emergenza lavoro');
    expect(fields.callDate).toBe('2025-10-15');
    expect(fields.periodFrom).toBeNull();
    expect(fields.partners).toEqual([
      { organizationId: lead, role: 'partner', budgetShare: 751_000, lead: false },
    ]);
    expect(fields.leadOrganizationId).toBeNull();
    expect(fields.fundingSources).toEqual([
      { name: 'Regione Lombardia', amount: 591_000 },
      { name: 'Cofinanziamento', amount: 160_000 },
    ]);
    expect(fields.budgetLines).toEqual([
      { organizationId: lead, fundingSourceName: 'Regione Lombardia', amount: 591_000 },
      { organizationId: lead, fundingSourceName: 'Cofinanziamento', amount: 160_000 },
    ]);
  });
});

describe('several enti capofila', () => {
  it('makes the first partner marked capofila the main one and keeps the others marked', () => {
    const fields = projectFieldsOf({
      ...projectFormValues(null),
      title: 'Emergenza lavoro',
      partners: [
        { organizationId: partner, role: 'partner', budgetShare: 160_000, lead: false },
        { organizationId: lead, role: 'capofila amministrativo', budgetShare: 451_000, lead: true },
        { organizationId: other, role: 'capofila tecnico', budgetShare: 140_000, lead: true },
      ],
    });
    expect(fields.leadOrganizationId).toBe(lead);
    const project = comoProject({ ...fields, leadOrganizationId: lead });
    expect(projectLeads(project).map((entry) => entry.organizationId)).toEqual([lead, other]);
    expect(projectFormValues(project).partners.map((row) => row.lead)).toEqual([false, true, true]);
  });

  it('shows a main capofila missing from the partners as the first, marked partner', () => {
    const project = comoProject({
      leadOrganizationId: other,
      partners: [{ organizationId: partner, role: 'partner', budgetShare: 751_000 }],
    });
    expect(projectFormValues(project).partners).toEqual([
      { organizationId: other, role: '', budgetShare: 0, lead: true },
      { organizationId: partner, role: 'partner', budgetShare: 751_000, lead: false },
    ]);
  });
});

describe('isReversedPeriod', () => {
  it('finds a project that ends before it starts, and not one with a date still empty', () => {
    expect(isReversedPeriod('2026-12-31', '2026-01-01')).toBe(true);
    expect(isReversedPeriod('2026-01-01', '2026-01-01')).toBe(false);
    expect(isReversedPeriod('', '2026-01-01')).toBe(false);
    expect(dayLabel('2026-12-31')).toBe('31/12/2026');
  });
});
