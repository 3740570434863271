import { describe, expect, it } from 'vitest';
import {
  actionsByStatus,
  actionsOfPartner,
  groupActions,
  partnerCounts,
  sortActions,
  textSortKey,
} from '../../../../shared/actions';
import { actionWith, afol, emergenza, names, pioltello, segrate, sportello } from './actionFixture';

const first = actionWith({
  title: 'Bando',
  ownerOrganizationId: segrate,
  projectId: emergenza,
  dueDate: '2026-05-01',
  priority: 'alta',
  progress: 20,
  status: 'inCorso',
});
const second = actionWith({
  title: 'avviso',
  ownerOrganizationId: afol,
  projectId: sportello,
  dueDate: '2026-03-01',
  priority: 'bassa',
  progress: 80,
  status: 'bloccata',
});
const third = actionWith({ title: 'Convenzione', ownerOrganizationId: null, dueDate: null });
const fourth = actionWith({
  title: 'Delibera',
  ownerOrganizationId: pioltello,
  projectId: sportello,
  dueDate: '2026-03-01',
  status: 'completata',
  progress: 100,
});
const actions = [first, second, third, fourth];
const titles = (list: { title: string }[]): string[] => list.map((action) => action.title);

describe('sorting actions', () => {
  it('sorts by due date, undated last in both directions, ties by title', () => {
    expect(titles(sortActions(actions, { key: 'dueDate', direction: 'asc' }))).toEqual([
      'avviso',
      'Delibera',
      'Bando',
      'Convenzione',
    ]);
    expect(titles(sortActions(actions, { key: 'dueDate', direction: 'desc' }))).toEqual([
      'Bando',
      'avviso',
      'Delibera',
      'Convenzione',
    ]);
  });

  it('sorts titles and owner names the Italian way, ignoring case', () => {
    expect(titles(sortActions(actions, { key: 'title', direction: 'asc' }))).toEqual([
      'avviso',
      'Bando',
      'Convenzione',
      'Delibera',
    ]);
    expect(titles(sortActions(actions, { key: 'owner', direction: 'asc' }, names))).toEqual([
      'avviso',
      'Delibera',
      'Bando',
      'Convenzione',
    ]);
  });

  it('sorts by the names it is given, so a renamed organization moves', () => {
    const renamed = new Map(names).set(afol, 'Zeta Formazione');
    const byOwner = { key: 'owner', direction: 'asc' } as const;
    expect(titles(sortActions(actions, byOwner, names))[0]).toBe('avviso');
    expect(titles(sortActions(actions, byOwner, renamed))).toEqual([
      'Delibera',
      'Bando',
      'avviso',
      'Convenzione',
    ]);
  });

  it('sorts an edited action by its new title and due date', () => {
    const edited = { ...first, title: 'Accordo', dueDate: '2026-01-01' };
    const list = [edited, second, third, fourth];
    expect(titles(sortActions(list, { key: 'title', direction: 'asc' }))[0]).toBe('Accordo');
    expect(titles(sortActions(list, { key: 'dueDate', direction: 'asc' }))[0]).toBe('Accordo');
  });

  it('sorts status and priority in their natural order, progress as a number', () => {
    expect(titles(sortActions(actions, { key: 'status', direction: 'asc' }))).toEqual([
      'Convenzione',
      'Bando',
      'Delibera',
      'avviso',
    ]);
    expect(titles(sortActions(actions, { key: 'priority', direction: 'desc' }))[0]).toBe('Bando');
    expect(titles(sortActions(actions, { key: 'progress', direction: 'desc' }))).toEqual([
      'Delibera',
      'avviso',
      'Bando',
      'Convenzione',
    ]);
  });

  it('leaves the input as it was', () => {
    sortActions(actions, { key: 'title', direction: 'desc' });
    expect(titles(actions)).toEqual(['Bando', 'avviso', 'Convenzione', 'Delibera']);
  });
});

describe('grouping actions', () => {
  it('groups by owner with groups by name and the actions without owner last, keeping the order', () => {
    const sorted = sortActions(actions, { key: 'dueDate', direction: 'asc' });
    const groups = groupActions(sorted, 'owner', names);
    expect(groups.map((group) => [group.name, titles(group.actions)])).toEqual([
      ['AFOL Metropolitana', ['avviso']],
      ['Comune di Pioltello', ['Delibera']],
      ['Comune di Segrate', ['Bando']],
      [null, ['Convenzione']],
    ]);
  });

  it('groups by project', () => {
    const groups = groupActions(actions, 'project', names);
    expect(groups.map((group) => [group.id, titles(group.actions)])).toEqual([
      [emergenza, ['Bando']],
      [sportello, ['avviso', 'Delibera']],
      [null, ['Convenzione']],
    ]);
  });

  it('puts every action in the column of its status', () => {
    const columns = actionsByStatus(actions);
    expect(titles(columns.daAvviare)).toEqual(['Convenzione']);
    expect(titles(columns.inCorso)).toEqual(['Bando']);
    expect(titles(columns.bloccata)).toEqual(['avviso']);
    expect(titles(columns.completata)).toEqual(['Delibera']);
    expect(columns.annullata).toEqual([]);
  });
});

describe('counting actions by partner', () => {
  it('counts owned actions by state and supported ones apart', () => {
    const owned = [
      actionWith({ ownerOrganizationId: afol, status: 'inCorso', dueDate: '2026-01-01' }),
      actionWith({ ownerOrganizationId: afol, status: 'daAvviare', dueDate: '2026-12-01' }),
      actionWith({ ownerOrganizationId: afol, status: 'completata', dueDate: '2026-01-01' }),
      actionWith({
        ownerOrganizationId: segrate,
        status: 'annullata',
        supportingOrganizationIds: [afol],
      }),
    ];
    const counts = partnerCounts(owned, '2026-04-15');
    expect(counts.get(afol)).toEqual({
      open: 2,
      overdue: 1,
      completed: 1,
      total: 3,
      supporting: 1,
    });
    expect(counts.get(segrate)).toEqual({
      open: 0,
      overdue: 0,
      completed: 0,
      total: 1,
      supporting: 0,
    });
    expect(actionsOfPartner(owned, afol)).toHaveLength(4);
    expect(actionsOfPartner(owned, segrate)).toHaveLength(1);
  });
});

describe('the text sort key', () => {
  it('orders without case or accents and numbers by value, like an Italian reader', () => {
    const texts = ['Azione 10', 'azione 2', 'Èra', 'era', 'Azione 1', 'Zona', 'ente'];
    const sorted = [...texts].sort((first, second) =>
      textSortKey(first) < textSortKey(second)
        ? -1
        : textSortKey(first) > textSortKey(second)
          ? 1
          : 0,
    );
    expect(sorted).toEqual(['Azione 1', 'azione 2', 'Azione 10', 'ente', 'Èra', 'era', 'Zona']);
  });
});
