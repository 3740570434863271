import { describe, expect, it } from 'vitest';
import {
  dayLabel,
  isReversedPeriod,
  projectFieldsOf,
  projectFormValues,
} from '../../../../../renderer/features/projects/form/projectFormValues';

const lead = '00000000-0000-4000-8000-0000000000a1';

describe('projectFieldsOf', () => {
  it('keeps complete partner and source rows, trims texts and splits the budget into lines', () => {
    const fields = projectFieldsOf({
      ...projectFormValues(null),
      title: '  Emergenza lavoro ',
      callDate: '2025-10-15',
      partners: [
        { organizationId: lead, role: ' ', budgetShare: 751_000 },
        { organizationId: null, role: 'partner', budgetShare: 10 },
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
      { organizationId: lead, role: 'partner', budgetShare: 751_000 },
    ]);
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

describe('isReversedPeriod', () => {
  it('finds a project that ends before it starts, and not one with a date still empty', () => {
    expect(isReversedPeriod('2026-12-31', '2026-01-01')).toBe(true);
    expect(isReversedPeriod('2026-01-01', '2026-01-01')).toBe(false);
    expect(isReversedPeriod('', '2026-01-01')).toBe(false);
    expect(dayLabel('2026-12-31')).toBe('31/12/2026');
  });
});
