import { describe, expect, it } from 'vitest';
import {
  findingsOfIssues,
  unexplainedFindings,
} from '../../security/electronegativityFindings.mjs';

const issues = [
  {
    id: 'CSP_GLOBAL_CHECK',
    severity: { name: 'MEDIUM' },
    file: 'N/A',
    location: { line: 0, column: 0 },
  },
  {
    id: 'NODE_INTEGRATION_JS_CHECK',
    severity: { name: 'HIGH' },
    file: 'main/window/createMainWindow.ts',
    location: { line: 13, column: 17 },
  },
  {
    id: 'HTTP_RESOURCES_JS_CHECK',
    severity: { name: 'low' },
    file: 'main/index.ts',
    location: { line: 1, column: 1 },
  },
];

const reason = 'Explained at length in the allow-list of this test.';

describe('Electronegativity gate', () => {
  it('reads every issue the runner returns as a finding with its severity and place', () => {
    expect(findingsOfIssues(issues)).toEqual([
      { check: 'CSP_GLOBAL_CHECK', severity: 'MEDIUM', file: 'N/A', location: '0:0' },
      {
        check: 'NODE_INTEGRATION_JS_CHECK',
        severity: 'HIGH',
        file: 'main/window/createMainWindow.ts',
        location: '13:17',
      },
      { check: 'HTTP_RESOURCES_JS_CHECK', severity: 'LOW', file: 'main/index.ts', location: '1:1' },
    ]);
  });

  it('fails medium and high findings that the allow-list does not explain, never low ones', () => {
    const unexplained = unexplainedFindings(findingsOfIssues(issues), [
      { check: 'CSP_GLOBAL_CHECK', file: 'N/A', reason },
    ]);
    expect(unexplained.map((finding) => finding.check)).toEqual(['NODE_INTEGRATION_JS_CHECK']);
  });

  it('does not let an entry for one file explain the same check in another file', () => {
    const unexplained = unexplainedFindings(findingsOfIssues(issues), [
      { check: 'CSP_GLOBAL_CHECK', file: 'N/A', reason },
      { check: 'NODE_INTEGRATION_JS_CHECK', file: 'main/index.ts', reason },
    ]);
    expect(unexplained).toHaveLength(1);
  });

  it('refuses an allow-list entry without a reason', () => {
    expect(() =>
      unexplainedFindings([], [{ check: 'CSP_GLOBAL_CHECK', file: 'N/A', reason: '' }]),
    ).toThrow(/lacks a reason/);
  });

  it('refuses an issue without a check or a severity rather than pass it as clean', () => {
    expect(() =>
      findingsOfIssues([{ id: '', severity: { name: 'HIGH' }, file: 'main/index.ts' }]),
    ).toThrow(/without a check or a severity/);
    expect(() =>
      findingsOfIssues([
        { id: 'X_CHECK', severity: undefined as unknown as { name: string }, file: 'a.ts' },
      ]),
    ).toThrow(/without a check or a severity/);
  });
});
