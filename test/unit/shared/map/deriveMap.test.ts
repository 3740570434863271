import { describe, expect, it } from 'vitest';
import {
  defaultMapFilters,
  deriveNetworkMap,
  initialMapFilters,
  type MapFilters,
} from '../../../../shared/map';
import {
  action,
  attendance,
  emptySource,
  meeting,
  membership,
  organization,
  project,
  relationship,
} from './mapFixtures';

const everyLink: MapFilters = {
  ...defaultMapFilters,
  links: { relationship: true, project: true, action: true, meeting: true },
};

const source = () => ({
  ...emptySource(),
  organizations: [
    organization('afol', 'AFOL', { type: 'agenziaLavoro', areasOfWork: ['orientamento'] }),
    organization('segrate', 'Comune di Segrate', { type: 'comune', areasOfWork: ['servizi'] }),
    organization('coop', 'Cooperativa', { type: 'cooperativaSociale', provincia: 'LO' }),
    organization('asst', 'ASST', { type: 'atsAsst' }),
    organization('lonely', 'Ente isolato', { type: 'associazione' }),
  ],
  memberships: ['afol', 'segrate', 'coop', 'asst', 'lonely'].map((id) =>
    membership(id, '2026-01-01'),
  ),
  relationships: [
    relationship('r1', 'segrate', 'afol', { kind: 'convenzione', weight: 9, from: '2024-10-01' }),
    relationship('r2', 'asst', 'coop', { kind: 'invio', directed: true, from: '2026-06-01' }),
    relationship('r3', 'coop', 'afol', { archivedAt: '2026-02-01T00:00:00.000Z' }),
  ],
  projects: [
    project('p1', 'afol', ['segrate', 'coop'], { from: '2026-01-01', to: '2026-12-31' }),
    project('p2', 'afol', ['segrate'], { from: '2027-01-01' }),
  ],
  actions: [
    action('a1', 'afol', ['coop'], { projectId: 'p1' }),
    action('a2', 'coop', ['afol', 'asst']),
    action('a3', 'asst', ['segrate'], { status: 'annullata' }),
  ],
  meetings: [meeting('s1', '2026-02-03'), meeting('s2', '2026-03-03')],
  attendances: [
    attendance('s1', 'afol'),
    attendance('s1', 'segrate', 'delegato'),
    attendance('s1', 'coop', 'assente'),
    attendance('s2', 'afol'),
    attendance('s2', 'segrate'),
  ],
});

const weightOf = (edges: { id: string; weight: number }[], id: string) =>
  edges.find((edge) => edge.id === id)?.weight;

describe('deriveNetworkMap', () => {
  it('keeps recorded relationships with their kind, direction and weight, and leaves out archived ones', () => {
    const map = deriveNetworkMap(source(), {
      ...defaultMapFilters,
      links: { ...everyLink.links, project: false, action: false, meeting: false },
    });
    expect(map.edges.map((edge) => edge.id).sort()).toEqual(['r1', 'r2']);
    expect(map.edges.find((edge) => edge.id === 'r2')).toMatchObject({
      source: 'asst',
      target: 'coop',
      kind: 'invio',
      directed: true,
      origin: 'relationship',
    });
    expect(weightOf(map.edges, 'r1')).toBe(9);
  });

  it('weights a derived link by the number of projects, actions or meetings the pair shares', () => {
    const map = deriveNetworkMap(source(), everyLink);
    // AFOL and Segrate share the two projects (p2 has no end) and attended both meetings.
    expect(weightOf(map.edges, 'project:afol:segrate')).toBe(2);
    expect(weightOf(map.edges, 'meeting:afol:segrate')).toBe(2);
    // AFOL and the cooperative share one project and two actions.
    expect(weightOf(map.edges, 'project:afol:coop')).toBe(1);
    expect(weightOf(map.edges, 'action:afol:coop')).toBe(2);
    // A cancelled action links nobody; an absent member shares no meeting.
    expect(weightOf(map.edges, 'action:asst:segrate')).toBeUndefined();
    expect(weightOf(map.edges, 'meeting:afol:coop')).toBeUndefined();
    expect(map.edges.find((edge) => edge.id === 'action:afol:coop')?.basis.sort()).toEqual([
      'a1',
      'a2',
    ]);
  });

  it('shows only the kinds of links that are switched on', () => {
    const map = deriveNetworkMap(source(), {
      ...everyLink,
      links: { relationship: false, project: true, action: false, meeting: false },
    });
    expect(new Set(map.edges.map((edge) => edge.origin))).toEqual(new Set(['project']));
  });

  it('counts the actions each organization owns or supports, cancelled ones excluded', () => {
    const map = deriveNetworkMap(source(), everyLink);
    const count = (id: string) => map.nodes.find((node) => node.id === id)?.actionCount;
    expect(count('afol')).toBe(2);
    expect(count('asst')).toBe(1);
    expect(count('segrate')).toBe(0);
  });

  it('keeps isolated members as nodes without links', () => {
    const map = deriveNetworkMap(source(), everyLink);
    expect(map.nodes.map((node) => node.id)).toContain('lonely');
    expect(map.edges.some((edge) => edge.source === 'lonely' || edge.target === 'lonely')).toBe(
      false,
    );
  });

  it('shows the network as it was on a day: relationships, projects, meetings and memberships in force then', () => {
    const map = deriveNetworkMap(source(), { ...everyLink, date: '2026-02-15' });
    const ids = map.edges.map((edge) => edge.id);
    expect(ids).toContain('r1');
    expect(ids).not.toContain('r2');
    expect(weightOf(map.edges, 'project:afol:segrate')).toBe(1);
    expect(weightOf(map.edges, 'meeting:afol:segrate')).toBe(1);

    const before = deriveNetworkMap(source(), { ...everyLink, date: '2025-06-01' });
    // Nobody was a member yet: only the convenzione in force then shows, with its two ends.
    expect(before.nodes.map((node) => node.id).sort()).toEqual(['afol', 'segrate']);
    expect(before.edges.map((edge) => edge.id)).toEqual(['r1']);
    expect(before.nodes.every((node) => node.role === null)).toBe(true);
  });

  it('narrows to the organizations of a project and to the links that project and its actions create', () => {
    const map = deriveNetworkMap(source(), { ...everyLink, projectIds: ['p1'] });
    expect(map.nodes.map((node) => node.id).sort()).toEqual(['afol', 'coop', 'segrate']);
    expect(weightOf(map.edges, 'project:afol:segrate')).toBe(1);
    expect(weightOf(map.edges, 'action:afol:coop')).toBe(1);
    expect(map.edges.map((edge) => edge.id)).toContain('r1');
  });

  it('filters organizations by type, area of work and provincia, dropping links to hidden ones', () => {
    const byType = deriveNetworkMap(source(), {
      ...everyLink,
      organizationTypes: ['comune', 'agenziaLavoro'],
    });
    expect(byType.nodes.map((node) => node.id).sort()).toEqual(['afol', 'segrate']);
    expect(byType.edges.every((edge) => ['afol', 'segrate'].includes(edge.source))).toBe(true);

    const byArea = deriveNetworkMap(source(), { ...everyLink, areasOfWork: ['orientamento'] });
    expect(byArea.nodes.map((node) => node.id)).toEqual(['afol']);
    expect(byArea.edges).toEqual([]);

    const byProvincia = deriveNetworkMap(source(), { ...everyLink, provincie: ['LO'] });
    expect(byProvincia.nodes.map((node) => node.id)).toEqual(['coop']);
  });

  it('keeps only derived links with enough work in common, recorded relationships whatever their weight', () => {
    const map = deriveNetworkMap(source(), { ...everyLink, minSharedWork: 2 });
    expect(weightOf(map.edges, 'project:afol:segrate')).toBe(2);
    expect(weightOf(map.edges, 'action:afol:coop')).toBe(2);
    expect(weightOf(map.edges, 'project:afol:coop')).toBeUndefined();
    expect(map.edges.filter((edge) => edge.origin === 'relationship')).toHaveLength(2);
  });

  it('opens a large network with derived links thinned to a readable number, strongest first', () => {
    expect(initialMapFilters(source())).toEqual(defaultMapFilters);
    const all = deriveNetworkMap(source(), defaultMapFilters);
    const recorded = all.edges.filter((edge) => edge.origin === 'relationship').length;
    const strong = all.edges.filter(
      (edge) => edge.origin !== 'relationship' && edge.weight >= 2,
    ).length;
    const filters = initialMapFilters(source(), recorded + strong);
    expect(filters.minSharedWork).toBe(2);
    expect(deriveNetworkMap(source(), filters).edges.length).toBeLessThanOrEqual(recorded + strong);
    expect(initialMapFilters(source(), recorded).minSharedWork).toBeGreaterThan(2);
  });

  it('keeps only the relationships of the chosen kinds, derived links untouched', () => {
    const map = deriveNetworkMap(source(), { ...everyLink, relationshipKinds: ['invio'] });
    const recorded = map.edges.filter((edge) => edge.origin === 'relationship');
    expect(recorded.map((edge) => edge.id)).toEqual(['r2']);
    expect(map.edges.some((edge) => edge.origin === 'project')).toBe(true);
  });
});
