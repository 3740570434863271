import { describe, expect, it } from 'vitest';
import { defaultReportQuarter, quarterLabel, reportQuarters } from '../../../../../shared/projects';
import { comoProject } from '../projectFixtures';

describe('the quarters a report can show', () => {
  it('offers the project’s quarters up to today’s, latest first, and starts on the last closed one', () => {
    const project = comoProject();
    expect(reportQuarters(project, '2026-05-10')).toEqual(['2026-Q2', '2026-Q1']);
    expect(defaultReportQuarter(project, '2026-05-10')).toBe('2026-Q1');
  });

  it('stops at the project’s last quarter once it has ended', () => {
    const project = comoProject();
    expect(reportQuarters(project, '2027-02-01')).toEqual([
      '2026-Q4',
      '2026-Q3',
      '2026-Q2',
      '2026-Q1',
    ]);
    expect(defaultReportQuarter(project, '2027-02-01')).toBe('2026-Q4');
  });

  it('offers only today’s quarter to a project that has not started or started in it', () => {
    expect(reportQuarters(comoProject({ periodFrom: '2026-04-15' }), '2026-05-10')).toEqual([
      '2026-Q2',
    ]);
    expect(defaultReportQuarter(comoProject({ periodFrom: '2026-04-15' }), '2026-05-10')).toBe(
      '2026-Q2',
    );
    expect(reportQuarters(comoProject({ periodFrom: '2026-09-01' }), '2026-05-10')).toEqual([
      '2026-Q2',
    ]);
  });

  it('names a quarter in full in Italian and short in English', () => {
    expect(quarterLabel('it', '2026-Q1')).toBe('1° trimestre 2026');
    expect(quarterLabel('en', '2026-Q3')).toBe('Q3 2026');
  });
});
