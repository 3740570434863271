import { describe, expect, it, vi } from 'vitest';
import { lastComputed } from '../../../../../../renderer/features/roster/list/lastComputed';

describe('a computation that keeps its last result', () => {
  it('hands back the last result while asked with the same inputs, and computes again for others', () => {
    const rows = [3, 1, 2];
    const sort = vi.fn((list: readonly number[], direction: 'up' | 'down') =>
      [...list].sort((first, second) => (direction === 'up' ? first - second : second - first)),
    );
    const sorted = lastComputed(sort);

    const first = sorted(rows, 'up');
    expect(sorted(rows, 'up')).toBe(first);
    expect(sort).toHaveBeenCalledTimes(1);

    expect(sorted(rows, 'down')).toEqual([3, 2, 1]);
    expect(sorted([...rows], 'down')).toEqual([3, 2, 1]);
    expect(sort).toHaveBeenCalledTimes(3);
    expect(first).toEqual([1, 2, 3]);
  });
});
