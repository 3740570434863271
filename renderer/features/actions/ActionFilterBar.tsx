import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  TextInput,
} from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { activeFilterCount, emptyActionFilter, type ActionFilter } from '../../../shared/actions';
import { actionStatuses } from '../../../shared/domain';
import { label } from '../../app/labels';
import { useRegia } from '../../app/RegiaContext';
import { SavedFiltersMenu } from './SavedFiltersMenu';
import { organizationChoiceLimit, type ActionLookups } from './useActionLookups';

type ActionFilterBarProps = {
  /** The network whose saved filters are offered. */
  networkId: string;
  filter: ActionFilter;
  onChange: (filter: ActionFilter) => void;
  lookups: ActionLookups;
};

/** The filters of the action views: owner, status, project, meeting, due range, overdue, tag, text. */
export function ActionFilterBar({ networkId, filter, onChange, lookups }: ActionFilterBarProps) {
  const { t } = useRegia();
  const set = (changes: Partial<ActionFilter>): void => onChange({ ...filter, ...changes });
  const day = (value: string): string | null => (value === '' ? null : value);
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('actions.filter.title')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="xs">
        <TextInput
          label={t('actions.filter.text')}
          placeholder={t('actions.filter.textPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={filter.text}
          onChange={(event) => set({ text: event.currentTarget.value })}
        />
        <Select
          label={t('actions.filter.owner')}
          placeholder={t('actions.filter.any')}
          searchable
          clearable
          data={lookups.organizations}
          limit={organizationChoiceLimit}
          value={filter.ownerOrganizationId}
          onChange={(value) => set({ ownerOrganizationId: value })}
          data-testid="filter-owner"
        />
        <MultiSelect
          label={t('actions.filter.status')}
          placeholder={filter.statuses.length === 0 ? t('actions.filter.any') : undefined}
          clearable
          data={actionStatuses.map((status) => ({
            value: status,
            label: label.actionStatus(t, status),
          }))}
          value={filter.statuses}
          onChange={(values) =>
            set({ statuses: actionStatuses.filter((status) => values.includes(status)) })
          }
          data-testid="filter-status"
        />
        <Select
          label={t('actions.filter.project')}
          placeholder={t('actions.filter.any')}
          searchable
          clearable
          data={lookups.projects}
          value={filter.projectId}
          onChange={(value) => set({ projectId: value })}
        />
        <Select
          label={t('actions.filter.meeting')}
          placeholder={t('actions.filter.any')}
          searchable
          clearable
          data={lookups.meetings}
          value={filter.originMeetingId}
          onChange={(value) => set({ originMeetingId: value })}
        />
        <Select
          label={t('actions.filter.tag')}
          placeholder={t('actions.filter.any')}
          searchable
          clearable
          data={lookups.tags}
          value={filter.tag}
          onChange={(value) => set({ tag: value })}
        />
        <TextInput
          type="date"
          label={t('actions.filter.dueFrom')}
          value={filter.dueFrom ?? ''}
          onChange={(event) => set({ dueFrom: day(event.currentTarget.value) })}
        />
        <TextInput
          type="date"
          label={t('actions.filter.dueTo')}
          value={filter.dueTo ?? ''}
          onChange={(event) => set({ dueTo: day(event.currentTarget.value) })}
        />
      </SimpleGrid>
      <Group mt="sm" justify="space-between">
        <Group>
          <Checkbox
            label={t('actions.filter.overdueOnly')}
            checked={filter.overdueOnly}
            onChange={(event) => set({ overdueOnly: event.currentTarget.checked })}
          />
          <Checkbox
            label={t('actions.filter.includeArchived')}
            checked={filter.includeArchived}
            onChange={(event) => set({ includeArchived: event.currentTarget.checked })}
          />
        </Group>
        <Group gap="xs">
          <SavedFiltersMenu networkId={networkId} filter={filter} onApply={onChange} />
          <Button
            variant="default"
            leftSection={<IconFilterOff size={16} />}
            disabled={activeFilterCount(filter) === 0}
            onClick={() => onChange(emptyActionFilter)}
          >
            {t('actions.filter.clear')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
