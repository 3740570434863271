import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../shared/domain';
import { expenseCorrections, valueCorrections } from '../../../../shared/projects';
import { ids, peopleIndicator, spending, value } from './projectFixtures';

function entry(
  table: string,
  recordId: string,
  operation: AuditEntry['operation'],
  at: string,
  before: object | null,
  after: object | null,
): AuditEntry {
  return {
    id: `${recordId}-${at}`,
    at,
    userName: '',
    userOrganization: '',
    source: 'ui',
    table,
    recordId,
    operation,
    before,
    after,
    batchId: null,
  };
}

describe('valueCorrections', () => {
  it('keeps only changes of the value, of this indicator, and a removal with the value it had', () => {
    const kept = value(ids.lead, '2026-Q1', 15);
    const removed = { ...value(ids.partner, '2026-Q1', 8), archivedAt: '2026-12-03T10:00:00.000Z' };
    const other = value(ids.lead, '2026-Q1', 3, { indicatorId: ids.project });
    const corrections = valueCorrections(
      peopleIndicator().id,
      [kept, removed, other],
      [
        entry('indicatorValues', kept.id, 'create', '2026-10-01T10:00:00Z', null, kept),
        entry(
          'indicatorValues',
          kept.id,
          'update',
          '2026-11-01T10:00:00Z',
          { value: 12 },
          { value: 15 },
        ),
        entry(
          'indicatorValues',
          kept.id,
          'update',
          '2026-11-02T10:00:00Z',
          { note: '' },
          { note: 'x' },
        ),
        entry('indicatorValues', removed.id, 'archive', '2026-12-03T10:00:00Z', {}, {}),
        entry(
          'indicatorValues',
          other.id,
          'update',
          '2026-11-05T10:00:00Z',
          { value: 1 },
          { value: 3 },
        ),
      ],
    );
    expect(corrections.map(({ kind, previous, current }) => ({ kind, previous, current }))).toEqual(
      [
        { kind: 'removed', previous: 8, current: null },
        { kind: 'corrected', previous: 12, current: 15 },
      ],
    );
  });
});

describe('expenseCorrections', () => {
  it('lists the earlier value of each field a correction changed, and leaves out the creation', () => {
    const expense = spending(ids.lead, '2026-Q1', 1_200, 'Regione Lombardia');
    const history = expenseCorrections(
      [expense],
      [
        entry('expenditures', expense.id, 'create', '2026-10-01T10:00:00Z', null, expense),
        entry(
          'expenditures',
          expense.id,
          'update',
          '2026-11-01T10:00:00Z',
          { amount: 1_000, note: '', rev: 1 },
          { amount: 1_200, note: 'rettifica', rev: 2 },
        ),
      ],
    );
    expect(history.get(expense.id)).toEqual([
      {
        at: '2026-11-01T10:00:00Z',
        userName: '',
        kind: 'corrected',
        changes: [
          { field: 'amount', previous: 1_000 },
          { field: 'note', previous: '' },
        ],
      },
    ]);
  });
});
