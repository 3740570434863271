import { describe, expect, it } from 'vitest';
import {
  actionFilterOf,
  actionFilterSchema,
  actionSearchText,
  activeFilterCount,
  emptyActionFilter,
  filterActions,
} from '../../../../shared/actions';
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
const actions = [
  actionWith({
    title: 'Regolamento dello sportello',
    ownerOrganizationId: afol,
    projectId: sportello,
    status: 'completata',
    dueDate: '2026-02-28',
    tags: ['sportello'],
    originMeetingId: spring,
  }),
  actionWith({
    title: 'Mappatura dei tirocini',
    description: 'Con le aziende del territorio',
    ownerOrganizationId: segrate,
    projectId: sportello,
    status: 'inCorso',
    dueDate: '2026-04-10',
    tags: ['tirocini', 'imprese'],
    originMeetingId: spring,
  }),
  actionWith({
    title: 'Punto di accesso a Pioltello',
    ownerOrganizationId: pioltello,
    projectId: emergenza,
    status: 'bloccata',
    dueDate: '2026-04-30',
    tags: ['sportello'],
  }),
  actionWith({
    title: 'Candidatura Emergenza lavoro',
    ownerOrganizationId: segrate,
    projectId: emergenza,
  }),
  actionWith({
    title: 'Vecchio impegno archiviato',
    ownerOrganizationId: segrate,
    dueDate: '2026-01-15',
    archivedAt: '2026-02-01T10:00:00.000Z',
  }),
];
const titlesFor = (filter: Parameters<typeof actionFilterOf>[0]): string[] =>
  filterActions(actions, actionFilterOf(filter), today).map((action) => action.title);

describe('action filters', () => {
  it('lets every live action through when empty, and leaves archived ones out', () => {
    expect(titlesFor({})).toHaveLength(4);
    expect(titlesFor({ includeArchived: true })).toHaveLength(5);
  });

  it('filters by owner, status, project, meeting and tag', () => {
    expect(titlesFor({ ownerOrganizationId: segrate })).toEqual([
      'Mappatura dei tirocini',
      'Candidatura Emergenza lavoro',
    ]);
    expect(titlesFor({ statuses: ['inCorso', 'bloccata'] })).toEqual([
      'Mappatura dei tirocini',
      'Punto di accesso a Pioltello',
    ]);
    expect(titlesFor({ projectId: emergenza })).toEqual([
      'Punto di accesso a Pioltello',
      'Candidatura Emergenza lavoro',
    ]);
    expect(titlesFor({ originMeetingId: spring })).toHaveLength(2);
    expect(titlesFor({ tag: 'sportello' })).toEqual([
      'Regolamento dello sportello',
      'Punto di accesso a Pioltello',
    ]);
  });

  it('keeps a due range inclusive and leaves actions without a due date out of it', () => {
    expect(titlesFor({ dueFrom: '2026-04-10', dueTo: '2026-04-30' })).toEqual([
      'Mappatura dei tirocini',
      'Punto di accesso a Pioltello',
    ]);
    expect(titlesFor({ dueTo: '2026-03-01' })).toEqual(['Regolamento dello sportello']);
  });

  it('shows only open actions past their due date when asked for overdue ones', () => {
    expect(titlesFor({ overdueOnly: true })).toEqual(['Mappatura dei tirocini']);
    expect(titlesFor({ overdueOnly: true, includeArchived: true })).toEqual([
      'Mappatura dei tirocini',
      'Vecchio impegno archiviato',
    ]);
  });

  it('finds words of the title or description, ignoring case and accents', () => {
    expect(titlesFor({ text: 'AZIENDE territòrio' })).toEqual(['Mappatura dei tirocini']);
    expect(titlesFor({ text: 'sportello regolamento' })).toEqual(['Regolamento dello sportello']);
  });

  it('searches an edited action by its new words, though the old ones were kept for speed', () => {
    const original = actionWith({ title: 'Mappatura dei tirocini' });
    expect(actionSearchText(original)).toBe('mappatura dei tirocini');
    const edited = { ...original, title: 'Convenzione con le imprese' };
    const search = (text: string, list: typeof actions): number =>
      filterActions(list, actionFilterOf({ text }), today).length;
    expect(search('mappatura', [original])).toBe(1);
    expect(search('mappatura', [edited])).toBe(0);
    expect(search('imprese', [edited])).toBe(1);
  });

  it('combines conditions: all of them must hold', () => {
    expect(titlesFor({ ownerOrganizationId: segrate, statuses: ['daAvviare'] })).toEqual([
      'Candidatura Emergenza lavoro',
    ]);
    expect(titlesFor({ projectId: sportello, tag: 'imprese', overdueOnly: true })).toEqual([
      'Mappatura dei tirocini',
    ]);
    expect(titlesFor({ ownerOrganizationId: afol, statuses: ['inCorso'] })).toEqual([]);
  });

  it('counts the conditions a filter sets', () => {
    expect(activeFilterCount(emptyActionFilter)).toBe(0);
    expect(
      activeFilterCount(actionFilterOf({ tag: 'x', dueFrom: '2026-01-01', dueTo: '2026-02-01' })),
    ).toBe(2);
  });

  it('reads back a stored filter, filling in the fields it lacks and refusing bad days', () => {
    expect(actionFilterSchema.parse({ statuses: ['bloccata'] })).toEqual({
      ...emptyActionFilter,
      statuses: ['bloccata'],
    });
    expect(actionFilterSchema.safeParse({ dueFrom: '15/04/2026' }).success).toBe(false);
  });
});
