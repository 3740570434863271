import { describe, expect, it } from 'vitest';
import type { MeasureSpec } from '../../bench/runner/measure';
import { buildResults, type Collected } from '../../bench/runner/report';

const floorRead: MeasureSpec = {
  id: 'floor.read',
  title: 'read',
  host: 'chromium',
  unit: 'ms',
  targets: [],
};
const floorWrite: MeasureSpec = {
  id: 'floor.write',
  title: 'write',
  host: 'chromium',
  unit: 'ms',
  targets: [],
};
const imported: MeasureSpec = {
  id: 'import.file',
  title: 'import',
  host: 'chromium',
  unit: 'ms',
  targets: [{ kind: 'ratio', limit: 1.5, text: '≤ 1.5×' }],
  floor: ['floor.read', 'floor.write'],
};

const collected = (entries: Record<string, number[]>): Map<string, Collected> =>
  new Map(Object.entries(entries).map(([id, samples]) => [id, { samples }]));

describe('the bench verdicts', () => {
  it('divides a measure’s median by the sum of its floors’ medians, taken in the same run', () => {
    const results = buildResults(
      [floorRead, floorWrite, imported],
      collected({
        'floor.read': [90, 100, 110],
        'floor.write': [50, 100, 400],
        'import.file': [250, 280, 900],
      }),
    );
    const result = results.find((entry) => entry.id === 'import.file');
    expect(result?.floor?.median).toBe(200);
    expect(result?.ratio).toBeCloseTo(1.4);
    expect(result?.outcome).toBe('ok');
  });

  it('reports a measure over its ratio target as over target', () => {
    const [, , result] = buildResults(
      [floorRead, floorWrite, imported],
      collected({ 'floor.read': [100], 'floor.write': [100], 'import.file': [301] }),
    );
    expect(result?.outcome).toBe('over target');
  });

  it('leaves a ratio target unjudged, never passed, when its floor was not measured in the run', () => {
    const [result] = buildResults([imported], collected({ 'import.file': [10] }));
    expect(result?.ratio).toBeUndefined();
    expect(result?.outcome).toBe('unjudged');
  });
});
