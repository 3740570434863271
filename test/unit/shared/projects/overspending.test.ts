import { describe, expect, it } from 'vitest';
import {
  formatEuro,
  formatShare,
  overspending,
  summarizeBudget,
  summarizeCostItems,
} from '../../../../shared/projects';
import { comoCostItems, comoProject, ids, spending } from './projectFixtures';

describe('overspending', () => {
  it('flags the Regione source spent at 100,6% with a residual of -3.398,00 €', () => {
    const budget = summarizeBudget(comoProject(), [
      spending(ids.lead, '2026-Q1', 300_000),
      spending(ids.partner, '2026-Q2', 294_398),
    ]);
    const [source, ...others] = overspending(budget);
    expect(others).toEqual([]);
    expect(source).toMatchObject({ kind: 'source', key: 'Regione Lombardia' });
    expect(formatEuro('it', (source?.remainderCents ?? 0) / 100)).toBe('-3.398,00\u00a0€');
    expect(formatShare('it', source?.spentShare ?? 0)).toBe('100,6%');
  });

  it('flags a partner that spent beyond its quota, and nothing in a plan kept', () => {
    expect(
      overspending(summarizeBudget(comoProject(), [spending(ids.lead, '2026-Q1', 10)])),
    ).toEqual([]);
    const budget = summarizeBudget(comoProject(), [
      spending(ids.partner, '2026-Q1', 300_000.01, 'Cofinanziamento partner'),
    ]);
    expect(overspending(budget)).toEqual([
      expect.objectContaining({ kind: 'source', key: 'Cofinanziamento partner' }),
      expect.objectContaining({ kind: 'partner', key: ids.partner, remainderCents: -1 }),
    ]);
  });

  it('flags a voce di spesa spent beyond its plan even when the partner and source are within theirs', () => {
    const project = comoProject({ costItems: comoCostItems });
    const expenses = [
      spending(ids.lead, '2026-Q1', 51_000.01, 'Regione Lombardia', {
        costItemId: comoCostItems[2]?.id ?? null,
      }),
    ];
    const budget = summarizeBudget(project, expenses);
    expect(overspending(budget)).toEqual([]);
    expect(overspending(budget, summarizeCostItems(project, expenses))).toEqual([
      expect.objectContaining({ kind: 'costItem', key: 'Spese generali', remainderCents: -1 }),
    ]);
  });
});
