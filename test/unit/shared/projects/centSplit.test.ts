import { describe, expect, it } from 'vitest';
import { balancedSplit, splitCents } from '../../../../shared/projects';

const sum = (values: readonly number[]): number =>
  values.reduce((total, value) => total + value, 0);

describe('splitCents', () => {
  it('splits 100 € in three equal parts that add up to 100 € exactly', () => {
    expect(splitCents(10_000, [1, 1, 1])).toEqual([3334, 3333, 3333]);
  });

  it('gives nothing when every weight is zero', () => {
    expect(splitCents(500, [0, 0])).toEqual([0, 0]);
  });
});

describe('balancedSplit', () => {
  it('splits the Sportello plan so that every partner and every source adds up to the cent', () => {
    const partners = [281_000, 60_000, 40_000, 130_000, 100_000, 60_000, 80_000].map(
      (euro) => euro * 100,
    );
    const sources = [591_000, 70_000, 50_000, 40_000].map((euro) => euro * 100);
    const cells = balancedSplit(partners, sources);
    expect(cells.map(sum)).toEqual(partners);
    sources.forEach((source, index) => {
      expect(sum(cells.map((row) => row[index] ?? 0))).toBe(source);
    });
    cells.forEach((row, rowIndex) =>
      row.forEach((cents, column) => {
        const exact = ((partners[rowIndex] ?? 0) * (sources[column] ?? 0)) / sum(sources);
        expect(Math.abs(cents - exact)).toBeLessThan(1);
      }),
    );
  });

  it('keeps odd totals exact in both directions', () => {
    const rows = [1, 1, 1, 1, 3];
    const columns = [2, 2, 3];
    const cells = balancedSplit(rows, columns);
    expect(cells.map(sum)).toEqual(rows);
    expect(columns.map((_, index) => sum(cells.map((row) => row[index] ?? 0)))).toEqual(columns);
  });

  it('keeps only the partners exact while their shares do not add up to the funding', () => {
    const cells = balancedSplit([1000, 2001], [1500, 1500]);
    expect(cells).toEqual([
      [500, 500],
      [1001, 1000],
    ]);
  });
});
