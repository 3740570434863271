import { describe, expect, it } from 'vitest';
import { portfolioFigures } from '../../../../shared/projects';
import { comoProject, ids, spending } from './projectFixtures';

const otherId = (n: number): string => `00000000-0000-4000-8000-00000000010${n}`;

describe('portfolioFigures', () => {
  const running = comoProject();
  const admitted = comoProject({ id: otherId(1), state: 'ammesso' });
  const concluded = comoProject({ id: otherId(2), state: 'concluso' });
  const candidate = comoProject({ id: otherId(3), state: 'candidato' });
  const refused = comoProject({ id: otherId(4), state: 'nonAmmesso' });
  const archived = comoProject({ id: otherId(5), archivedAt: '2026-03-01T00:00:00.000Z' });

  it('counts only funded, unarchived projects not yet concluded as active', () => {
    const figures = portfolioFigures(
      [running, admitted, concluded, candidate, refused, archived],
      [],
    );
    expect(figures.activeCount).toBe(2);
    expect(figures.countedCount).toBe(3);
    expect(figures.unfundedCount).toBe(2);
  });

  it('leaves candidates, projects not admitted and archived ones out of the network total', () => {
    const figures = portfolioFigures(
      [running, candidate, refused, archived],
      [
        spending(ids.lead, '2026-Q1', 1000.1),
        { ...spending(ids.lead, '2026-Q1', 999), projectId: archived.id },
        { ...spending(ids.lead, '2026-Q1', 555), projectId: candidate.id },
      ],
    );
    expect(figures.plannedCents).toBe(75_100_000);
    expect(figures.spentCents).toBe(100_010);
  });

  it('adds the budgets of several projects in exact cents', () => {
    const tenth = comoProject({ fundingSources: [{ name: 'A', amount: 0.1 }] });
    const fifth = comoProject({ id: otherId(6), fundingSources: [{ name: 'A', amount: 0.2 }] });
    expect(portfolioFigures([tenth, fifth], []).plannedCents).toBe(30);
  });
});
