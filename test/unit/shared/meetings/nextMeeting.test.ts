import { describe, expect, it } from 'vitest';
import {
  agendaItemSchema,
  meetingSchema,
  type AgendaItem,
  type Meeting,
} from '../../../../shared/domain';
import { isRecurringItem, postponedItemProposals } from '../../../../shared/meetings';

const stamp = {
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  rev: 1,
  archivedAt: null,
};
const networkId = '00000000-0000-4000-8000-000000000001';

const meeting = (id: string, date: string, status: Meeting['status'] = 'svolta'): Meeting =>
  meetingSchema.parse({
    ...stamp,
    id,
    networkId,
    year: 2026,
    number: 1,
    kind: 'ordinaria',
    status,
    date,
  });

const item = (id: string, meetingId: string, changes: Partial<AgendaItem> = {}): AgendaItem =>
  agendaItemSchema.parse({
    ...stamp,
    id,
    meetingId,
    order: 1,
    title: 'Regolamento',
    kind: 'deliberazione',
    plannedMinutes: 10,
    ...changes,
  });

const postponed = {
  text: '',
  votesInFavour: 0,
  votesAgainst: 0,
  abstained: 0,
  outcome: 'rinviato' as const,
  method: 'conteggio' as const,
  rollCall: [],
  outcomeReason: '',
};
const id = (n: number): string => `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`;

describe('the next meeting', () => {
  it('takes back the items marked recurring and the standing ones, whatever their case', () => {
    expect(isRecurringItem({ recurring: true, title: 'Monitoraggio' })).toBe(true);
    expect(isRecurringItem({ recurring: false, title: 'VARIE ED EVENTUALI' })).toBe(true);
    expect(isRecurringItem({ recurring: false, title: 'Bando 2027' })).toBe(false);
  });

  it('proposes postponed items oldest first, leaving out those taken up and those of cancelled meetings', () => {
    const meetings = [
      meeting(id(1), '2026-10-01'),
      meeting(id(2), '2026-09-01'),
      meeting(id(3), '2026-11-01', 'annullata'),
      meeting(id(4), '2026-12-01', 'bozza'),
    ];
    const items = [
      item(id(11), id(1), { title: 'Ottobre', decision: postponed }),
      item(id(12), id(2), { title: 'Settembre', decision: postponed }),
      item(id(13), id(2), { title: 'Ripreso', decision: postponed }),
      item(id(14), id(3), { title: 'Di una seduta annullata', decision: postponed }),
      item(id(15), id(4), { title: 'Ripreso', carriedFromItemId: id(13) }),
    ];
    expect(postponedItemProposals(meetings, items).map((entry) => entry.item.title)).toEqual([
      'Settembre',
      'Ottobre',
    ]);
  });
});
