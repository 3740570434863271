import { describe, expect, it } from 'vitest';
import { buildDemoDataset } from '../../../../shared/demo';
import { summarizeBudget, toCents } from '../../../../shared/projects';

const dataset = buildDemoDataset({ now: new Date(2026, 11, 20, 9, 0), seed: 7 });

describe('the demo projects’ budgets', () => {
  it('has projects to check', () => {
    expect(dataset.projects.length).toBeGreaterThan(2);
  });

  it.each(dataset.projects.map((project) => [project.title, project] as const))(
    '%s: the sources, the partners’ quotas and the budget lines reconcile to the cent',
    (_title, project) => {
      const sourcesCents = project.fundingSources.map((source) => toCents(source.amount));
      const budgetCents = sourcesCents.reduce((sum, cents) => sum + cents, 0);
      const summary = summarizeBudget(project, []);
      expect(summary.plannedCents).toBe(budgetCents);
      expect(summary.partnersPlannedCents).toBe(budgetCents);
      for (const partner of project.partners) {
        const lines = project.budgetLines.filter(
          (line) => line.organizationId === partner.organizationId,
        );
        expect(lines.reduce((sum, line) => sum + toCents(line.amount), 0)).toBe(
          toCents(partner.budgetShare),
        );
      }
      project.fundingSources.forEach((source, index) => {
        const lines = project.budgetLines.filter((line) => line.fundingSourceName === source.name);
        expect(lines.reduce((sum, line) => sum + toCents(line.amount), 0)).toBe(
          sourcesCents[index],
        );
      });
    },
  );

  it('spends no source beyond its plan and charges spending only to planned sources', () => {
    for (const project of dataset.projects) {
      const summary = summarizeBudget(project, dataset.expenditures);
      for (const source of summary.bySource) {
        expect(source.plannedCents).toBeGreaterThan(0);
        expect(source.remainderCents).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
