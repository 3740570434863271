import { describe, expect, it } from 'vitest';
import {
  actionAsOf,
  actionsAsOf,
  timelineEntryFor,
  type RecordedChange,
  type TrackedFields,
} from '../../../../shared/actions';
import type { Action } from '../../../../shared/domain';
import { actionWith } from './actionFixture';

const meetingEnd = '2026-03-12T12:20:00.000Z';

/** The timeline entry the app writes for a change of tracked fields at a moment. */
function change(
  action: Action,
  before: TrackedFields | null,
  after: TrackedFields,
  at: string,
): RecordedChange {
  const entry = timelineEntryFor(action.id, before, after, { author: 'Giulia', at, source: 'ui' });
  if (!entry) throw new Error('No change to record.');
  return { ...entry, createdAt: at };
}

describe('an action as it stood at a moment', () => {
  const action = actionWith({
    title: 'Regolamento della cabina di regia',
    createdAt: '2026-02-01T09:00:00.000Z',
    status: 'completata',
    progress: 100,
    dueDate: '2026-05-31',
  });
  const history = [
    change(
      action,
      null,
      { status: 'daAvviare', progress: 0, dueDate: '2026-03-31' },
      '2026-02-01T09:00:00.000Z',
    ),
    change(
      action,
      { status: 'daAvviare', progress: 0, dueDate: '2026-03-31' },
      { status: 'inCorso', progress: 40, dueDate: '2026-03-31' },
      '2026-03-01T10:00:00.000Z',
    ),
    change(
      action,
      { status: 'inCorso', progress: 40, dueDate: '2026-03-31' },
      { status: 'inCorso', progress: 60, dueDate: '2026-05-31' },
      '2026-04-02T10:00:00.000Z',
    ),
    change(
      action,
      { status: 'inCorso', progress: 60, dueDate: '2026-05-31' },
      { status: 'completata', progress: 100, dueDate: '2026-05-31' },
      '2026-05-20T10:00:00.000Z',
    ),
  ];

  it('rewinds status, progress and due date through the changes recorded after the moment', () => {
    expect(actionAsOf(action, history, meetingEnd)).toMatchObject({
      status: 'inCorso',
      progress: 40,
      dueDate: '2026-03-31',
    });
    expect(actionAsOf(action, history, '2026-04-15T00:00:00.000Z')).toMatchObject({
      status: 'inCorso',
      progress: 60,
      dueDate: '2026-05-31',
    });
  });

  it('keeps the action as it is when nothing changed after the moment', () => {
    expect(actionAsOf(action, history, '2026-06-01T00:00:00.000Z')).toEqual(action);
  });

  it('gives back a due date the action did not have then', () => {
    const dated = actionWith({ createdAt: '2026-01-01T00:00:00.000Z', dueDate: '2026-04-30' });
    const added = change(
      dated,
      { status: 'daAvviare', progress: 0, dueDate: null },
      { status: 'daAvviare', progress: 0, dueDate: '2026-04-30' },
      '2026-03-20T08:00:00.000Z',
    );
    expect(actionAsOf(dated, [added], meetingEnd)?.dueDate).toBeNull();
  });

  it('knows no action created after the moment, nor one decided at a later meeting', () => {
    const fields = { status: 'daAvviare', progress: 0, dueDate: null } as const;
    const created = actionWith({ createdAt: '2026-03-12T12:30:00.000Z' });
    const creation = change(created, null, fields, '2026-03-12T12:30:00.000Z');
    expect(actionAsOf(created, [creation], meetingEnd)).toBeNull();
    const laterMeeting = '44444444-0000-4000-8000-000000000001';
    const decided = actionWith({ originMeetingId: laterMeeting });
    const context = { laterMeetingIds: new Set([laterMeeting]) };
    expect(actionAsOf(decided, [], meetingEnd, context)).toBeNull();
    expect(actionAsOf(decided, [], meetingEnd)).not.toBeNull();
  });

  it('takes an action whose creation is not recorded to have existed, whenever it was stored', () => {
    const imported = actionWith({ createdAt: '2026-06-01T00:00:00.000Z', status: 'inCorso' });
    expect(actionAsOf(imported, [], meetingEnd)).toEqual(imported);
  });

  it('counts an archiving only once it happened', () => {
    const archivedLater = actionWith({ archivedAt: '2026-04-01T00:00:00.000Z' });
    expect(actionAsOf(archivedLater, [], meetingEnd)?.archivedAt).toBeNull();
    const archivedBefore = actionWith({ archivedAt: '2026-02-01T00:00:00.000Z' });
    expect(actionAsOf(archivedBefore, [], meetingEnd)?.archivedAt).toBe('2026-02-01T00:00:00.000Z');
  });

  it('rewinds many actions each through its own changes', () => {
    const other = actionWith({ createdAt: '2026-01-01T00:00:00.000Z', status: 'annullata' });
    const cancelled = change(
      other,
      { status: 'bloccata', progress: 0, dueDate: null },
      { status: 'annullata', progress: 0, dueDate: null },
      '2026-03-15T08:00:00.000Z',
    );
    const young = actionWith({ createdAt: '2026-03-13T00:00:00.000Z' });
    const born = change(
      young,
      null,
      { status: 'daAvviare', progress: 0, dueDate: null },
      '2026-03-13T00:00:00.000Z',
    );
    const then = actionsAsOf([action, other, young], [...history, cancelled, born], meetingEnd);
    expect(then.map((row) => [row.id, row.status])).toEqual([
      [action.id, 'inCorso'],
      [other.id, 'bloccata'],
    ]);
  });
});
