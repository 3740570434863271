import { describe, expect, it } from 'vitest';
import { measureGroups } from '../../bench/measures';
import type { MeasureSpec, Target } from '../../bench/runner/measure';

const specs = new Map<string, MeasureSpec>(
  measureGroups.flatMap((group) => group.measures).map((spec) => [spec.id, spec]),
);

/** A target as the issue states it: a limit on the median or the 95th percentile, or a ratio. */
type Limit = { kind: Target['kind']; limit: number; statistic?: 'median' | 'p95' };

function limitsOf(id: string): Limit[] {
  const spec = specs.get(id);
  if (!spec) throw new Error(`The bench has no measure ${id}.`);
  return spec.targets.map((target) =>
    target.kind === 'below'
      ? { kind: target.kind, limit: target.limit, statistic: target.statistic }
      : { kind: target.kind, limit: target.limit },
  );
}

const below = (limit: number, statistic: 'median' | 'p95' = 'median'): Limit => ({
  kind: 'below',
  limit,
  statistic,
});

// Issue 20's table and its "What it must do", for a quiet machine.
const issueTargets: Record<string, Limit> = {
  'app.cold-start': below(800),
  'actions.open': below(1_000),
  'actions.group': below(50, 'p95'),
  'roster.search': below(50, 'p95'),
  'meeting.open': below(300),
  'page.rete': below(500),
  'returns.day-60': below(60_000),
  'import.workbook-20000': { kind: 'ratio', limit: 2 },
  'roster.import-5000': below(3_000),
  'backup.large': below(8_000),
  'restore.large': below(15_000),
};

describe('the bench’s targets', () => {
  it.each(Object.entries(issueTargets))('for %s are the issue’s', (id, target) => {
    expect(limitsOf(id)).toContainEqual(target);
  });

  it('hold every page of the app under 1 s', () => {
    const pages = [...specs.values()].filter((spec) => spec.id.startsWith('page.'));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const limits = page.targets.map((target) => target.limit);
      expect(limits.length).toBeGreaterThan(0);
      expect(Math.max(...limits)).toBeLessThanOrEqual(1_000);
    }
  });

  it('judge the 20,000-row import against the SheetJS read plus the raw put of 20,000 actions', () => {
    expect(specs.get('import.workbook-20000')?.floor).toEqual([
      'floor.sheetjs-read.import',
      'floor.idb-put',
    ]);
  });
});
