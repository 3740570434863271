import { describe, expect, it } from 'vitest';
import {
  childEnvironment,
  childHeapMegabytes,
  childSpreadsheetLimits,
} from '../../../../main/exchange/childLimits';
import { spreadsheetLimits } from '../../../../shared/exchange/limits';

describe('the process that parses a spreadsheet in the desktop app', () => {
  it('inherits nothing of the user’s environment but the system folder and temporary folders', () => {
    const parent = {
      PATH: '/usr/bin',
      HOME: '/home/coordinatrice',
      GITHUB_TOKEN: 'segreto',
      HTTPS_PROXY: 'http://proxy',
      NODE_OPTIONS: '--require /tmp/x.js',
      TMPDIR: '/tmp/regia',
      SystemRoot: 'C:\\Windows',
    };
    expect(childEnvironment(parent)).toEqual({ TMPDIR: '/tmp/regia', SystemRoot: 'C:\\Windows' });
  });

  it('has a capped heap and a shorter time than the browser’s worker, with every other limit the same', () => {
    expect(childHeapMegabytes).toBeLessThanOrEqual(512);
    expect(childSpreadsheetLimits.timeLimitMs).toBeLessThan(spreadsheetLimits.timeLimitMs);
    expect({ ...childSpreadsheetLimits, timeLimitMs: 0 }).toEqual({
      ...spreadsheetLimits,
      timeLimitMs: 0,
    });
  });
});
