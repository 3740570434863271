import { describe, expect, it } from 'vitest';
import { parseFindings, unexplainedFindings } from '../../security/electronegativityFindings.mjs';

const report = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'CSP_GLOBAL_CHECK,"MEDIUM","CERTAIN","N/A","0:0","default-src \'self\';\nstyle-src \'unsafe-inline\', x","vulnerable",https://example.org',
  'NODE_INTEGRATION_JS_CHECK,"HIGH","FIRM","main/window/createMainWindow.ts","13:17","new BrowserWindow(options)","Disable nodeIntegration",https://example.org',
  'HTTP_RESOURCES_JS_CHECK,"LOW","FIRM","main/index.ts","1:1","http://x","Use https",https://example.org',
].join('\n');

const reason = 'Explained at length in the allow-list of this test.';

describe('Electronegativity gate', () => {
  it('reads every finding, even one whose sample holds commas and a line break', () => {
    expect(parseFindings(report)).toEqual([
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
    const unexplained = unexplainedFindings(parseFindings(report), [
      { check: 'CSP_GLOBAL_CHECK', file: 'N/A', reason },
    ]);
    expect(unexplained.map((finding) => finding.check)).toEqual(['NODE_INTEGRATION_JS_CHECK']);
  });

  it('does not let an entry for one file explain the same check in another file', () => {
    const unexplained = unexplainedFindings(parseFindings(report), [
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

  it('refuses a report without the expected columns rather than pass it as clean', () => {
    expect(() => parseFindings('something, else\n1, 2')).toThrow(/expected columns/);
  });
});
