import { describe, expect, it } from 'vitest';
import { planMapImportUndo, type MapImportWrite } from '../../../../shared/map';

const org = 'aaaaaaaa-0000-4000-8000-000000000001';
const tie = 'bbbbbbbb-0000-4000-8000-000000000001';
const member = 'cccccccc-0000-4000-8000-000000000001';

const writes: MapImportWrite[] = [
  { table: 'organizations', recordId: org, operation: 'create', before: null, after: {} },
  { table: 'memberships', recordId: member, operation: 'create', before: null, after: {} },
  {
    table: 'relationships',
    recordId: tie,
    operation: 'update',
    before: { weight: 2, notes: '', rev: 1, updatedAt: 'ieri' },
    after: { weight: 4, notes: 'rivista', rev: 2, updatedAt: 'oggi' },
  },
  // Not a table a map import writes: never touched by its undo.
  { table: 'actions', recordId: org, operation: 'create', before: null, after: {} },
];

describe('planning the undo of a map import from its audit entries', () => {
  it('archives what it created and puts back the fields it changed, never the write stamps', () => {
    const current = new Map<string, object>([
      [org, { archivedAt: null }],
      [member, { archivedAt: null }],
      [tie, { archivedAt: null, weight: 4, notes: 'rivista', rev: 2, updatedAt: 'oggi' }],
    ]);
    const { steps, kept } = planMapImportUndo(writes, (_, id) => current.get(id));
    expect(kept).toEqual([]);
    expect(steps).toEqual([
      {
        kind: 'restoreFields',
        table: 'relationships',
        recordId: tie,
        patch: { weight: 2, notes: '' },
      },
      { kind: 'archive', table: 'memberships', recordId: member },
      { kind: 'archive', table: 'organizations', recordId: org },
    ]);
  });

  it('keeps a field changed again since, and does nothing to what is already undone', () => {
    const current = new Map<string, object>([
      [org, { archivedAt: '2026-04-01T09:00:00.000Z' }],
      [member, { archivedAt: '2026-04-01T09:00:00.000Z' }],
      [tie, { archivedAt: null, weight: 5, notes: '' }],
    ]);
    const { steps, kept } = planMapImportUndo(writes, (_, id) => current.get(id));
    expect(steps).toEqual([]);
    expect(kept).toEqual([{ table: 'relationships', recordId: tie, field: 'weight' }]);
  });

  it('skips records that no longer exist', () => {
    expect(planMapImportUndo(writes, () => undefined)).toEqual({ steps: [], kept: [] });
  });
});
