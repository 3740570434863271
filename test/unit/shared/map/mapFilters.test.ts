import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  dayNumber,
  dayOfNumber,
  defaultMapFilters,
  filterOptionsOf,
  isFiltered,
  parseMapViewSettings,
  storedMapViewSettings,
  type MapViewSettings,
} from '../../../../shared/map';
import { emptySource, meeting, organization, project, relationship } from './mapFixtures';

describe('saved map settings', () => {
  it('come back from a MapView row exactly as they were saved', () => {
    const settings: MapViewSettings = {
      filters: {
        links: { relationship: true, project: false, action: true, meeting: true },
        projectIds: ['p1'],
        organizationTypes: ['comune', 'cooperativaSociale'],
        areasOfWork: ['orientamento'],
        provincie: ['MI', 'LO'],
        relationshipKinds: ['invio'],
        date: '2026-02-15',
        minSharedWork: 3,
      },
      sizeBy: 'betweenness',
    };
    expect(parseMapViewSettings(storedMapViewSettings(settings))).toEqual(settings);
  });

  it('keep what is valid and fall back to the defaults for the rest', () => {
    const parsed = parseMapViewSettings({
      links: { project: false, meeting: 'yes' },
      organizationTypes: ['comune', 'castello'],
      provincie: ['MI'],
      date: '15/02/2026',
      sizeBy: 'height',
    });
    expect(parsed.filters.links).toEqual({ ...defaultMapFilters.links, project: false });
    expect(parsed.filters.organizationTypes).toEqual([]);
    expect(parsed.filters.provincie).toEqual(['MI']);
    expect(parsed.filters.date).toBeNull();
    expect(parsed.sizeBy).toBe('degree');
    expect(parseMapViewSettings(null)).toEqual({ filters: defaultMapFilters, sizeBy: 'degree' });
  });

  it('say whether anything narrows the map, and how many filters do', () => {
    expect(isFiltered(defaultMapFilters)).toBe(false);
    expect(isFiltered({ ...defaultMapFilters, date: '2026-01-01' })).toBe(true);
    expect(activeFilterCount(defaultMapFilters)).toBe(0);
    expect(
      activeFilterCount({
        ...defaultMapFilters,
        provincie: ['MI'],
        links: { ...defaultMapFilters.links, meeting: true },
      }),
    ).toBe(2);
  });
});

describe('filterOptionsOf', () => {
  it('offers the projects, areas of work and provinces of the network, and the span of its dates', () => {
    const source = {
      ...emptySource(),
      organizations: [
        organization('a', 'A', { areasOfWork: ['orientamento', 'formazione'], provincia: 'MI' }),
        organization('b', 'B', { areasOfWork: ['formazione'], provincia: 'LO' }),
      ],
      relationships: [relationship('r', 'a', 'b', { from: '2024-10-01', to: '2027-12-31' })],
      projects: [project('p', 'a', ['b'])],
      meetings: [meeting('m', '2025-11-10')],
    };
    const options = filterOptionsOf(source, '2026-03-15');
    expect(options.projects).toEqual([{ value: 'p', label: 'Progetto p' }]);
    expect(options.areasOfWork.map((option) => option.value)).toEqual([
      'formazione',
      'orientamento',
    ]);
    expect(options.provincie.map((option) => option.value)).toEqual(['LO', 'MI']);
    expect(options.dateRange).toEqual({ first: '2024-10-01', last: '2027-12-31' });
  });

  it('numbers days for the time slider and back', () => {
    expect(dayOfNumber(dayNumber('2026-02-28') + 1)).toBe('2026-03-01');
    expect(dayNumber('1970-01-02')).toBe(1);
  });
});
