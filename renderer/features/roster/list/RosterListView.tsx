import { Group, Loader, Stack, Text } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useLocation } from 'wouter';
import {
  distinctRosterValues,
  filterRosterRows,
  sortRosterRows,
  type RosterRow,
  type RosterSort,
  type RosterSortColumn,
} from '../../../../shared/roster';
import { label } from '../../../app/labels';
import { useRegia, type Translate } from '../../../app/RegiaContext';
import { organizationPath } from '../organizationPath';
import type { ContactDirectory } from './contactDirectory';
import { lastComputed } from './lastComputed';
import { RosterFiltersBar } from './RosterFiltersBar';
import { RosterTable } from './RosterTable';
import { useOrganizationSearch } from './useOrganizationSearch';
import { useContactDirectory } from './useContactDirectory';
import { useRosterOrganizations } from './useRosterRows';
import { useRosterViewState } from './useRosterViewState';

// The list's rows with their contacts counted, and sorted, kept from one opening of the page to
// the next while the remembered organizations and directory are the same.
const countedRows = lastComputed(
  (organizations: readonly RosterRow[], directory: ContactDirectory): RosterRow[] =>
    organizations.map((row) => ({
      ...row,
      contactCount: directory.counts.get(row.organization.id) ?? 0,
    })),
);
const sortedRows = lastComputed(
  (
    rows: readonly RosterRow[],
    column: RosterSortColumn,
    direction: RosterSort['direction'],
    t: Translate,
  ): RosterRow[] =>
    sortRosterRows(rows, { column, direction }, (type) => label.organizationType(t, type)),
);

type RosterListViewProps = {
  /** The network whose roles the list shows. */
  networkId: string;
};

/** The searchable, filterable, sortable list of organizations. */
export function RosterListView({ networkId }: RosterListViewProps) {
  const { t } = useRegia();
  const [, navigate] = useLocation();
  const [state, change] = useRosterViewState();
  const organizations = useRosterOrganizations(networkId, state.scope);
  const directory = useContactDirectory(organizations !== undefined);
  // The list shows as soon as its organizations are read; the contacts (four times as many rows)
  // arrive after, to count them and to search their words.
  const rows = useMemo(
    () => (organizations && directory ? countedRows(organizations, directory) : organizations),
    [organizations, directory],
  );
  const search = useOrganizationSearch(state.query, organizations, directory);

  const provinces = useMemo(
    () => distinctRosterValues(organizations ?? [], (organization) => [organization.provincia]),
    [organizations],
  );
  const areas = useMemo(
    () => distinctRosterValues(organizations ?? [], (organization) => organization.areasOfWork),
    [organizations],
  );
  // Sorted once per change of data or order (and kept while the page is left); each keystroke
  // then only filters, keeping the order.
  const sorted = useMemo(
    () => (rows ? sortedRows(rows, state.sort.column, state.sort.direction, t) : undefined),
    [rows, state.sort.column, state.sort.direction, t],
  );
  const visible = useMemo(
    () => (sorted ? filterRosterRows(sorted, state.filters, search.matches) : undefined),
    [sorted, state.filters, search.matches],
  );

  const openOrganization = useCallback(
    (organizationId: string) => navigate(organizationPath(organizationId)),
    [navigate],
  );

  const sortBy = (column: RosterSortColumn): void =>
    change({
      sort: {
        column,
        direction:
          state.sort.column === column && state.sort.direction === 'ascending'
            ? 'descending'
            : 'ascending',
      },
    });

  return (
    <Stack gap="sm">
      <RosterFiltersBar
        query={state.query}
        onQuery={(query) => change({ query })}
        filters={state.filters}
        onFilters={(filters) => change({ filters })}
        scope={state.scope}
        onScope={(scope) => change({ scope })}
        provinces={provinces}
        areas={areas}
      />
      {!visible || !rows ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        <>
          <Group justify="space-between">
            <Text
              size="sm"
              aria-live="polite"
              data-testid="roster-count"
              data-query={state.query}
              data-search={search.state}
            >
              {t('roster.resultCount', { count: visible.length, total: rows.length })}
            </Text>
            {search.state === 'searching' && <Loader size="xs" aria-label={t('common.loading')} />}
          </Group>
          {visible.length === 0 ? (
            <Text>{rows.length === 0 ? t('roster.empty') : t('roster.noResults')}</Text>
          ) : (
            <RosterTable
              rows={visible}
              sort={state.sort}
              onSort={sortBy}
              onOpen={openOrganization}
              contactsCounted={directory !== undefined}
            />
          )}
        </>
      )}
    </Stack>
  );
}
