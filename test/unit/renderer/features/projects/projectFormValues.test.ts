import { describe, expect, it } from 'vitest';
import {
  amountOf,
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
        { name: 'Regione Lombardia', amount: 591_000, cofinancing: false },
        { name: 'Cofinanziamento', amount: '160.000,00', cofinancing: true },
        { name: ' ', amount: 5, cofinancing: true },
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
    expect(fields.cofinancingSources).toEqual(['Cofinanziamento']);
    expect(projectFormValues(comoProject(fields)).fundingSources).toEqual([
      { name: 'Regione Lombardia', amount: 591_000, cofinancing: false },
      { name: 'Cofinanziamento', amount: 160_000, cofinancing: true },
    ]);
  });

  it('takes the budget lines from the voci split per partner and source, keeping only cells that still have a row and an amount', () => {
    const staff = '00000000-0000-4000-8000-0000000000d1';
    const removed = '00000000-0000-4000-8000-0000000000d2';
    const cell = (organizationId: string, fundingSourceName: string, amount: number | string) => ({
      costItemId: staff,
      organizationId,
      fundingSourceName,
      amount,
    });
    const fields = projectFieldsOf({
      ...projectFormValues(null),
      title: 'Emergenza lavoro',
      partners: [
        { organizationId: lead, role: 'capofila', budgetShare: 451_000, lead: true },
        { organizationId: partner, role: 'partner', budgetShare: 300_000, lead: false },
      ],
      fundingSources: [
        { name: 'Regione Lombardia', amount: 591_000, cofinancing: false },
        { name: 'Cofinanziamento', amount: 160_000, cofinancing: true },
      ],
      costItems: [{ id: staff, category: 'personnel', name: 'Operatori', planned: 751_000 }],
      costPlan: [
        cell(lead, 'Regione Lombardia', '371.000,00'),
        cell(lead, 'Cofinanziamento', 80_000),
        cell(partner, 'Regione Lombardia', 220_000),
        cell(partner, 'Cofinanziamento', 80_000),
        cell(partner, 'Fondo chiuso', 5_000),
        cell(other, 'Regione Lombardia', 1_000),
        { ...cell(lead, 'Regione Lombardia', 7), costItemId: removed },
        cell(lead, 'Regione Lombardia', ''),
      ],
    });
    expect(fields.costPlan).toEqual([
      cell(lead, 'Regione Lombardia', 371_000),
      cell(lead, 'Cofinanziamento', 80_000),
      cell(partner, 'Regione Lombardia', 220_000),
      cell(partner, 'Cofinanziamento', 80_000),
    ]);
    expect(fields.budgetLines).toEqual([
      { organizationId: lead, fundingSourceName: 'Regione Lombardia', amount: 371_000 },
      { organizationId: lead, fundingSourceName: 'Cofinanziamento', amount: 80_000 },
      { organizationId: partner, fundingSourceName: 'Regione Lombardia', amount: 220_000 },
      { organizationId: partner, fundingSourceName: 'Cofinanziamento', amount: 80_000 },
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

describe('amountOf', () => {
  it('reads what the money input hands over the JavaScript way, and what is typed the Italian way', () => {
    expect(amountOf(220_000)).toBe(220_000);
    expect(amountOf('220000.00')).toBe(220_000);
    expect(amountOf('79999.5')).toBe(79_999.5);
    expect(amountOf('160.000,00')).toBe(160_000);
    expect(amountOf('1.234')).toBe(1.234);
    expect(amountOf('')).toBe(0);
    expect(amountOf('-')).toBe(0);
  });
});
