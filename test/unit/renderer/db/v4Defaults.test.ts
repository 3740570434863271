import { describe, expect, it } from 'vitest';
import { withVersion4Defaults } from '../../../../renderer/db/migrations/v4Defaults';

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
    expect(upgraded).toMatchObject({ name: 'Cabina di regia', territory: 'Como' });
    expect(upgraded.quorumRule).toBe('maggioranza');
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
    const upgraded = withVersion4Defaults('meetings', row);
    expect(upgraded.startTime).toBe('10:00');
    expect(upgraded.minutesAmendments).toEqual([]);
    expect(upgraded.openingTime).toBeNull();
    expect(upgraded.minutesApprovedAt).toBeNull();
  });

  it('leaves a row the schema refuses exactly as it was', () => {
    const row = { ...meta, title: '' };
    expect(withVersion4Defaults('projects', row)).toEqual(row);
  });
});
