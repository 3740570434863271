import { Button, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import {
  membershipRoles,
  organizationTypes,
  type MembershipRole,
  type OrganizationType,
} from '../../../../shared/domain';
import { noRosterFilters, type RosterFilters, type RosterStatus } from '../../../../shared/roster';
import { label } from '../../../app/labels';
import { useRegia } from '../../../app/RegiaContext';
import type { RosterScope } from './useRosterRows';

type RosterFiltersBarProps = {
  query: string;
  onQuery: (query: string) => void;
  filters: RosterFilters;
  onFilters: (filters: RosterFilters) => void;
  scope: RosterScope;
  onScope: (scope: RosterScope) => void;
  /** Choices of the provincia and area filters, from the rows. */
  provinces: string[];
  areas: string[];
};

const statuses: RosterStatus[] = ['active', 'archived', 'all'];

function isOrganizationType(value: string | null): value is OrganizationType {
  return organizationTypes.some((type) => type === value);
}

function isRoleFilter(value: string | null): value is MembershipRole | 'none' {
  return value === 'none' || membershipRoles.some((role) => role === value);
}

/** The search box and the filters above the roster table. */
export function RosterFiltersBar(props: RosterFiltersBarProps) {
  const { t } = useRegia();
  const { filters, onFilters } = props;
  const set = (changes: Partial<RosterFilters>): void => onFilters({ ...filters, ...changes });
  return (
    <Stack gap="xs">
      <Group align="end" wrap="wrap">
        <TextInput
          aria-label={t('common.search')}
          placeholder={t('roster.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={props.query}
          onChange={(event) => props.onQuery(event.currentTarget.value)}
          style={{ flex: '1 1 280px' }}
        />
        <SegmentedControl
          aria-label={t('roster.scope.label')}
          value={props.scope}
          onChange={(value) => props.onScope(value === 'all' ? 'all' : 'network')}
          data={[
            { value: 'network', label: t('roster.scope.network') },
            { value: 'all', label: t('roster.scope.all') },
          ]}
        />
      </Group>
      <Group align="end" wrap="wrap" gap="sm">
        <Select
          label={t('roster.filter.type')}
          placeholder={t('roster.filter.any')}
          clearable
          searchable
          w={220}
          value={filters.type}
          onChange={(value) => set({ type: isOrganizationType(value) ? value : null })}
          data={organizationTypes.map((type) => ({
            value: type,
            label: label.organizationType(t, type),
          }))}
        />
        <Select
          label={t('roster.filter.role')}
          placeholder={t('roster.filter.any')}
          clearable
          w={170}
          value={filters.role}
          onChange={(value) => set({ role: isRoleFilter(value) ? value : null })}
          data={[
            ...membershipRoles.map((role) => ({
              value: role,
              label: label.membershipRole(t, role),
            })),
            { value: 'none', label: t('roster.filter.notMember') },
          ]}
        />
        <Select
          label={t('roster.filter.provincia')}
          placeholder={t('roster.filter.any')}
          clearable
          searchable
          w={130}
          value={filters.provincia}
          onChange={(value) => set({ provincia: value })}
          data={props.provinces}
        />
        <Select
          label={t('roster.filter.area')}
          placeholder={t('roster.filter.any')}
          clearable
          searchable
          w={220}
          value={filters.areaOfWork}
          onChange={(value) => set({ areaOfWork: value })}
          data={props.areas}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="roster-status-label">
            {t('roster.filter.status')}
          </Text>
          <SegmentedControl
            aria-labelledby="roster-status-label"
            value={filters.status}
            onChange={(value) =>
              set({ status: statuses.find((status) => status === value) ?? 'active' })
            }
            data={statuses.map((status) => ({
              value: status,
              label: t(`roster.status.${status}`),
            }))}
          />
        </Stack>
        <Button variant="subtle" onClick={() => onFilters(noRosterFilters)}>
          {t('roster.filter.clear')}
        </Button>
      </Group>
    </Stack>
  );
}
