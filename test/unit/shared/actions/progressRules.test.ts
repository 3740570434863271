import { describe, expect, it } from 'vitest';
import {
  isInvertedDueRange,
  progressForStatus,
  readProgress,
  statusProgressProblem,
} from '../../../../shared/actions';

describe('readProgress', () => {
  it('reads whole numbers from 0 to 100, typed or as numbers', () => {
    expect(readProgress(0)).toEqual({ progress: 0 });
    expect(readProgress(' 100 ')).toEqual({ progress: 100 });
    expect(readProgress('45')).toEqual({ progress: 45 });
  });

  it('refuses 150 and -5 instead of turning them into 15 or 5', () => {
    expect(readProgress(150)).toEqual({ problem: 'outOfRange' });
    expect(readProgress('150')).toEqual({ problem: 'outOfRange' });
    expect(readProgress('-5')).toEqual({ problem: 'outOfRange' });
  });

  it('refuses an empty field, fractions and text', () => {
    expect(readProgress('')).toEqual({ problem: 'missing' });
    expect(readProgress('12,5')).toEqual({ problem: 'notWhole' });
    expect(readProgress('molto')).toEqual({ problem: 'notWhole' });
  });
});

describe('status and progress', () => {
  it('puts a completed action at 100% and refuses it below', () => {
    expect(progressForStatus('inCorso', 'completata', 40)).toBe(100);
    expect(statusProgressProblem('inCorso', 'completata', 90)).toBe('completedNotFull');
    expect(statusProgressProblem('inCorso', 'completata', 100)).toBeNull();
  });

  it('asks for the new progress of a completed action moved back to in corso', () => {
    expect(progressForStatus('completata', 'inCorso', 100)).toBeNull();
    expect(statusProgressProblem('completata', 'inCorso', 100)).toBe('reopenedStillFull');
    expect(statusProgressProblem('completata', 'inCorso', 70)).toBeNull();
  });

  it('keeps the progress of other moves, and of a completed action cancelled', () => {
    expect(progressForStatus('daAvviare', 'inCorso', 0)).toBe(0);
    expect(progressForStatus('completata', 'annullata', 100)).toBe(100);
    expect(statusProgressProblem(null, 'inCorso', 100)).toBeNull();
  });
});

describe('isInvertedDueRange', () => {
  it('finds a due-date range that ends before it starts', () => {
    expect(isInvertedDueRange({ dueFrom: '2026-06-30', dueTo: '2026-06-01' })).toBe(true);
    expect(isInvertedDueRange({ dueFrom: '2026-06-01', dueTo: '2026-06-01' })).toBe(false);
    expect(isInvertedDueRange({ dueFrom: null, dueTo: '2026-06-01' })).toBe(false);
  });
});
