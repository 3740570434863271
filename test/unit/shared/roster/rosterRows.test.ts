import { describe, expect, it } from 'vitest';
import {
  distinctRosterValues,
  filterRosterRows,
  noRosterFilters,
  sortRosterRows,
  type RosterRow,
} from '../../../../shared/roster';
import { nextId, organizationOf, recordOf } from './rosterRecords';

const networkId = nextId();

function row(
  name: string,
  fields: Partial<Parameters<typeof organizationOf>[0]>,
  role: 'capofila' | 'partner' | 'aderente' | null,
  contactCount = 0,
): RosterRow {
  const organization = organizationOf({ name, ...fields });
  const membership = role
    ? recordOf('memberships', {
        networkId,
        organizationId: organization.id,
        role,
        votingRight: true,
      })
    : null;
  return { organization, membership, contactCount };
}

const afol = row(
  'AFOL Metropolitana',
  { type: 'agenziaLavoro', provincia: 'MI', comune: 'Milano', areasOfWork: ['orientamento'] },
  'capofila',
  3,
);
const segrate = row('Comune di Segrate', { provincia: 'MI', comune: 'Segrate' }, 'partner', 1);
const como = row(
  'Azienda sociale comasca e lariana',
  { type: 'unioneComuni', provincia: 'CO', comune: 'Como' },
  null,
  5,
);
const archived = row(
  'Cooperativa chiusa',
  { type: 'cooperativaSociale', archivedAt: '2026-01-20T10:00:00.000Z' },
  'aderente',
);
const rows = [segrate, como, afol, archived];
const typeLabel = (type: string): string => type;

describe('filterRosterRows', () => {
  it('shows active organizations by default and archived ones on request', () => {
    expect(filterRosterRows(rows, noRosterFilters, null)).toEqual([segrate, como, afol]);
    expect(filterRosterRows(rows, { ...noRosterFilters, status: 'archived' }, null)).toEqual([
      archived,
    ]);
    expect(filterRosterRows(rows, { ...noRosterFilters, status: 'all' }, null)).toHaveLength(4);
  });

  it('filters by type, role in the network, non-membership, provincia and area of work', () => {
    expect(filterRosterRows(rows, { ...noRosterFilters, type: 'comune' }, null)).toEqual([segrate]);
    expect(filterRosterRows(rows, { ...noRosterFilters, role: 'capofila' }, null)).toEqual([afol]);
    expect(filterRosterRows(rows, { ...noRosterFilters, role: 'none' }, null)).toEqual([como]);
    expect(filterRosterRows(rows, { ...noRosterFilters, provincia: 'MI' }, null)).toEqual([
      segrate,
      afol,
    ]);
    expect(
      filterRosterRows(rows, { ...noRosterFilters, areaOfWork: 'orientamento' }, null),
    ).toEqual([afol]);
  });

  it('keeps only the search matches while a search runs', () => {
    const matches = new Set([afol.organization.id, archived.organization.id]);
    expect(filterRosterRows(rows, noRosterFilters, matches)).toEqual([afol]);
  });
});

describe('sortRosterRows', () => {
  it('sorts names as an Italian reader expects, both ways', () => {
    const ascending = sortRosterRows(rows, { column: 'name', direction: 'ascending' }, typeLabel);
    expect(ascending.map((entry) => entry.organization.name)).toEqual([
      'AFOL Metropolitana',
      'Azienda sociale comasca e lariana',
      'Comune di Segrate',
      'Cooperativa chiusa',
    ]);
    const descending = sortRosterRows(rows, { column: 'name', direction: 'descending' }, typeLabel);
    expect(descending[0]?.organization.name).toBe('Cooperativa chiusa');
  });

  it('sorts roles from capofila down, non-members last, and contacts by number', () => {
    const byRole = sortRosterRows(rows, { column: 'role', direction: 'ascending' }, typeLabel);
    expect(byRole.map((entry) => entry.membership?.role ?? null)).toEqual([
      'capofila',
      'partner',
      'aderente',
      null,
    ]);
    const byContacts = sortRosterRows(
      rows,
      { column: 'contacts', direction: 'descending' },
      typeLabel,
    );
    expect(byContacts.map((entry) => entry.contactCount)).toEqual([5, 3, 1, 0]);
  });
});

describe('distinctRosterValues', () => {
  it('lists each non-empty value once, sorted', () => {
    expect(distinctRosterValues(rows, (organization) => [organization.provincia])).toEqual([
      'CO',
      'MI',
    ]);
  });
});
