import { describe, expect, it } from 'vitest';
import {
  actionFilterOf,
  filterActions,
  indexActions,
  queryActionIndex,
  sortActions,
  type ActionFilter,
} from '../../../../shared/actions';
import { actionStatuses, type Action } from '../../../../shared/domain';
import {
  actionWith,
  afol,
  emergenza,
  pioltello,
  segrate,
  spring,
  sportello,
} from './actionFixture';

const today = '2026-04-15';
const owners = [afol, segrate, pioltello, null];
const projects = [sportello, emergenza, null];

// A small deterministic generator, so a failure can be reproduced.
let seed = 11;
const next = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(values: readonly T[]): T => {
  const value = values[Math.floor(next() * values.length)];
  if (value === undefined) throw new Error('Nothing to pick from.');
  return value;
};

const actions: Action[] = Array.from({ length: 400 }, () =>
  actionWith({
    title: pick(['Mappatura', 'Convenzione', 'Avviso', 'Sportello']),
    ownerOrganizationId: pick(owners),
    projectId: pick(projects),
    originMeetingId: next() < 0.3 ? spring : null,
    status: pick(actionStatuses),
    dueDate: next() < 0.8 ? `2026-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}` : null,
    tags: next() < 0.3 ? ['tirocini'] : [],
    archivedAt: next() < 0.05 ? '2026-02-01T00:00:00.000Z' : null,
  }),
);
const sorted = sortActions(actions, { key: 'dueDate', direction: 'asc' });
const index = indexActions(sorted);

const filters: Partial<ActionFilter>[] = [
  {},
  { includeArchived: true },
  { statuses: ['inCorso'] },
  { statuses: ['inCorso', 'bloccata'] },
  { ownerOrganizationId: segrate },
  { ownerOrganizationId: 'ffffffff-0000-4000-8000-000000000009' },
  { projectId: emergenza, statuses: ['daAvviare'] },
  { originMeetingId: spring, overdueOnly: true },
  { statuses: ['completata'], ownerOrganizationId: afol, tag: 'tirocini' },
  { dueFrom: '2026-03-01', dueTo: '2026-05-31', text: 'avviso' },
];

describe('the in-memory index of the actions', () => {
  it.each(filters)('finds what a plain filter finds, in the same order: %j', (partial) => {
    const filter = actionFilterOf(partial);
    const expected = filterActions(sorted, filter, today);
    expect(queryActionIndex(index, filter, today)).toEqual(expected);
  });

  it('reads only the narrowest list a filter selects, not every action', () => {
    const filter = actionFilterOf({ ownerOrganizationId: pioltello, statuses: ['inCorso'] });
    expect(queryActionIndex(index, filter, today).length).toBeGreaterThan(0);
    // An index whose owner list is emptied: the actions are still in the others, but not read.
    const withoutOwner = { ...index, byOwner: new Map([[pioltello, []]]) };
    expect(queryActionIndex(withoutOwner, filter, today)).toEqual([]);
  });

  it('keeps every list in the order of the sorted actions', () => {
    for (const list of [...index.byStatus.values(), ...index.byOwner.values()]) {
      const positions = list.map((action) => sorted.indexOf(action));
      expect(positions).toEqual([...positions].sort((first, second) => first - second));
    }
  });
});
