import { describe, expect, it } from 'vitest';
import { nextReportDue, projectsToFollow } from '../../../../shared/projects';
import { comoProject, ids, spending } from './projectFixtures';

describe('nextReportDue', () => {
  it('is the quarter just ended while its 30 days run, then the current quarter', () => {
    const project = comoProject();
    expect(nextReportDue(project, '2026-10-12')).toEqual({
      period: '2026-Q3',
      dueDate: '2026-10-30',
    });
    expect(nextReportDue(project, '2026-12-07')).toEqual({
      period: '2026-Q4',
      dueDate: '2027-01-30',
    });
  });

  it('asks for the last quarter’s report after the end, and none after that', () => {
    const project = comoProject({ periodTo: '2026-12-31' });
    expect(nextReportDue(project, '2027-01-20')).toEqual({
      period: '2026-Q4',
      dueDate: '2027-01-30',
    });
    expect(nextReportDue(project, '2027-02-15')).toBeNull();
  });
});

describe('projectsToFollow', () => {
  it('lists active projects only, the one spent beyond plan first', () => {
    const calm = comoProject();
    const overspent = comoProject({ id: '00000000-0000-4000-8000-000000000201', title: 'Oltre' });
    const candidate = comoProject({
      id: '00000000-0000-4000-8000-000000000202',
      state: 'candidato',
    });
    const rows = projectsToFollow(
      [calm, overspent, candidate],
      [],
      [],
      [{ ...spending(ids.lead, '2026-Q1', 600_000), projectId: overspent.id }],
      '2026-02-10',
    );
    expect(rows.map((row) => [row.project.title, row.overspent])).toEqual([
      ['Oltre', true],
      ['Emergenza lavoro', false],
    ]);
  });
});
