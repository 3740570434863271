import { describe, expect, it } from 'vitest';
import { networkSchema } from '../../../../shared/domain';
import {
  hasSecondCall,
  secondCallProblems,
  secondCallQuorumRule,
} from '../../../../shared/meetings';

const firstCall = { date: '2026-12-10', startTime: '09:30' };
const messages = (secondCallDate: string | null, secondCallTime: string | null): string[] =>
  secondCallProblems(firstCall, { secondCallDate, secondCallTime }).map(
    (problem) => `${problem.field}: ${problem.message}`,
  );

const network = networkSchema.parse({
  id: '00000000-0000-4000-8000-000000000001',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  rev: 1,
  archivedAt: null,
  name: 'Patto Sud-Est Milano',
  quorumRule: 'dueTerzi',
});
const meeting = { date: firstCall.date, invitedOrganizationIds: [], secondCall: false };

describe('second call (seconda convocazione)', () => {
  it('accepts no second call, or one later the same day or on a later day', () => {
    expect(messages(null, null)).toEqual([]);
    expect(messages(null, '10:30')).toEqual([]);
    expect(messages('2026-12-10', '10:30')).toEqual([]);
    expect(messages('2026-12-11', '08:00')).toEqual([]);
  });

  it('refuses a day without its time', () => {
    expect(messages('2026-12-11', null)).toEqual([
      'secondCallTime: meetings.secondCall.timeRequired',
    ]);
  });

  it('refuses a second call at or before the first one', () => {
    expect(messages(null, '09:30')).toEqual(['secondCallTime: meetings.secondCall.notAfterFirst']);
    expect(messages('2026-12-10', '09:00')).toEqual([
      'secondCallTime: meetings.secondCall.notAfterFirst',
    ]);
    expect(messages('2026-12-09', '18:00')).toEqual([
      'secondCallDate: meetings.secondCall.notAfterFirst',
    ]);
  });

  it('offers holding in second call only where the convocation set one', () => {
    expect(hasSecondCall({ secondCallTime: '10:30' })).toBe(true);
    expect(hasSecondCall({ secondCallTime: null })).toBe(false);
  });

  it('names the network’s second-call quorum rule, or its first-call rule where none is set', () => {
    expect(secondCallQuorumRule(meeting, { ...network, secondCallQuorumRule: 'unTerzo' })).toBe(
      'unTerzo',
    );
    expect(secondCallQuorumRule(meeting, network)).toBe('dueTerzi');
    expect(secondCallQuorumRule(meeting, null)).toBe('maggioranza');
  });
});
