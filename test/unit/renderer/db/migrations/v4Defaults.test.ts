import { describe, expect, it } from 'vitest';
import { withVersion4Defaults } from '../../../../../renderer/db/migrations/v4Defaults';

const meta = {
  id: '6f1c1a52-8f0e-4b8a-9f57-6a1f0b3f4a10',
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-01-10T09:00:00.000Z',
  rev: 1,
  archivedAt: null,
};

describe('version 4 upgrade', () => {
  it('gives a version 3 network the default quorum rule and keeps its fields', () => {
    const row = { ...meta, name: 'Cabina di regia', territory: 'Como' };
    const upgraded = withVersion4Defaults('networks', row);
    expect(upgraded).toEqual({ ...row, quorumRule: 'maggioranza' });
  });

  it('gives a version 3 meeting empty minutes fields without touching its times', () => {
    const row = {
      ...meta,
      networkId: '0b7f3f2e-27c5-4f44-9b0e-3c1e4b3c7d21',
      year: 2026,
      number: 3,
      kind: 'ordinaria',
      status: 'svolta',
      date: '2026-03-12',
      startTime: '10:00',
    };
    expect(withVersion4Defaults('meetings', row)).toEqual({
      ...row,
      openingTime: null,
      closingTime: null,
      minutesPremise: '',
      minutesDraftSentAt: null,
      minutesApprovedAt: null,
      minutesAmendments: [],
    });
  });

  it('adds only the fields version 4 added, not those of later versions or of the current schema', () => {
    const row = { ...meta, title: 'Progetto' };
    expect(withVersion4Defaults('projects', row)).toEqual({
      ...row,
      budgetLines: [],
      goodPractice: null,
    });
  });

  it('keeps a value a row already has', () => {
    const row = { ...meta, name: 'Cabina di regia', quorumRule: 'dueTerzi' };
    expect(withVersion4Defaults('networks', row).quorumRule).toBe('dueTerzi');
  });

  it('gives each row its own copy of a list default', () => {
    const first = withVersion4Defaults('projects', { ...meta });
    const second = withVersion4Defaults('projects', { ...meta });
    expect(first.budgetLines).not.toBe(second.budgetLines);
  });
});
