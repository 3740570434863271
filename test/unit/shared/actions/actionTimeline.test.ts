import { describe, expect, it } from 'vitest';
import {
  fieldChangesOf,
  newestFirst,
  timelineChangeOf,
  timelineEntryFor,
} from '../../../../shared/actions';
import { actionUpdateSchema } from '../../../../shared/domain';

const before = { status: 'daAvviare' as const, progress: 0, dueDate: '2026-04-30' };
const context = { author: 'Giulia Rossi', at: '2026-04-02T08:15:00.000Z', source: 'ui' as const };
const actionId = '00000000-0000-4000-8000-00000000abcd';

describe('the action timeline', () => {
  it('records a change of status alone', () => {
    expect(timelineChangeOf(before, { ...before, status: 'inCorso' })).toEqual({
      statusFrom: 'daAvviare',
      statusTo: 'inCorso',
      progressFrom: null,
      progressTo: null,
      dueDateFrom: null,
      dueDateTo: null,
    });
  });

  it('records a change of progress alone', () => {
    const change = timelineChangeOf(before, { ...before, progress: 40 });
    expect(change && fieldChangesOf(change)).toEqual([{ field: 'progress', from: 0, to: 40 }]);
  });

  it('records a due date moved, set and removed', () => {
    const moved = timelineChangeOf(before, { ...before, dueDate: '2026-06-30' });
    expect(moved && fieldChangesOf(moved)).toEqual([
      { field: 'dueDate', from: '2026-04-30', to: '2026-06-30' },
    ]);
    const removed = timelineChangeOf(before, { ...before, dueDate: null });
    expect(removed && fieldChangesOf(removed)).toEqual([
      { field: 'dueDate', from: '2026-04-30', to: null },
    ]);
    const set = timelineChangeOf({ ...before, dueDate: null }, before);
    expect(set && fieldChangesOf(set)).toEqual([
      { field: 'dueDate', from: null, to: '2026-04-30' },
    ]);
  });

  it('records every tracked field when several change at once', () => {
    const change = timelineChangeOf(before, {
      status: 'completata',
      progress: 100,
      dueDate: '2026-04-20',
    });
    expect(change && fieldChangesOf(change).map((entry) => entry.field)).toEqual([
      'status',
      'progress',
      'dueDate',
    ]);
  });

  it('records nothing when no tracked field changes', () => {
    expect(timelineChangeOf(before, { ...before })).toBeNull();
    expect(timelineEntryFor(actionId, before, { ...before }, context)).toBeNull();
    expect(
      timelineEntryFor(actionId, before, { ...before }, { ...context, text: '  ' }),
    ).toBeNull();
  });

  it('writes a valid entry with who, when, from where and the text, even with no field change', () => {
    const entry = timelineEntryFor(
      actionId,
      before,
      { ...before },
      { ...context, source: 'import', text: ' Sentiti i servizi sociali ' },
    );
    expect(entry).toMatchObject({
      actionId,
      author: 'Giulia Rossi',
      at: '2026-04-02T08:15:00.000Z',
      source: 'import',
      text: 'Sentiti i servizi sociali',
    });
    expect(entry && fieldChangesOf(entry)).toEqual([]);
    const row = {
      ...entry,
      id: '00000000-0000-4000-8000-00000000ffff',
      createdAt: context.at,
      updatedAt: context.at,
      rev: 1,
      archivedAt: null,
    };
    expect(actionUpdateSchema.safeParse(row).success).toBe(true);
  });

  it('records the starting values of a new action', () => {
    const entry = timelineEntryFor(actionId, null, before, context);
    expect(entry && fieldChangesOf(entry)).toEqual([
      { field: 'status', from: null, to: 'daAvviare' },
      { field: 'progress', from: null, to: 0 },
      { field: 'dueDate', from: null, to: '2026-04-30' },
    ]);
  });

  it('lists entries newest first', () => {
    const entries = [
      { id: 'a', at: '2026-04-01T10:00:00.000Z', createdAt: '2026-04-01T10:00:00.000Z' },
      { id: 'b', at: '2026-04-03T10:00:00.000Z', createdAt: '2026-04-03T10:00:00.000Z' },
      { id: 'c', at: '2026-04-01T10:00:00.000Z', createdAt: '2026-04-05T10:00:00.000Z' },
    ];
    expect(newestFirst(entries).map((entry) => entry.id)).toEqual(['b', 'c', 'a']);
  });
});
