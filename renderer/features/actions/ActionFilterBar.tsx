import { Button, Checkbox, Group, MultiSelect, Paper, SimpleGrid, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { memo, useMemo } from 'react';
import {
  activeFilterCount,
  emptyActionFilter,
  isInvertedDueRange,
  type ActionFilter,
} from '../../../shared/actions';
import { actionStatuses } from '../../../shared/domain';
import { label } from '../../app/labels';
import { useRegia } from '../../app/RegiaContext';
import { ChoiceFilter } from './ChoiceFilter';
import { SavedFiltersMenu } from './SavedFiltersMenu';
import type { ActionLookups } from './useActionLookups';

type ActionFilterBarProps = {
  /** The network whose saved filters are offered. */
  networkId: string;
  filter: ActionFilter;
  /** Changes some conditions and keeps the others; kept the same between renders by the page. */
  onChange: (changes: Partial<ActionFilter>) => void;
  lookups: ActionLookups;
};

const day = (value: string): string | null => (value === '' ? null : value);

/**
 * The filters of the action views: owner, status, project, meeting, due range, overdue, tag,
 * text. Memoized, as are its selects: changing the grouping or one filter redraws only what changed.
 */
export const ActionFilterBar = memo(function ActionFilterBar({
  networkId,
  filter,
  onChange,
  lookups,
}: ActionFilterBarProps) {
  const { t } = useRegia();
  const choose = useMemo(
    () => ({
      owner: (value: string | null) => onChange({ ownerOrganizationId: value }),
      project: (value: string | null) => onChange({ projectId: value }),
      meeting: (value: string | null) => onChange({ originMeetingId: value }),
      tag: (value: string | null) => onChange({ tag: value }),
    }),
    [onChange],
  );
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('actions.filter.title')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="xs">
        <TextInput
          label={t('actions.filter.text')}
          placeholder={t('actions.filter.textPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={filter.text}
          onChange={(event) => onChange({ text: event.currentTarget.value })}
        />
        <ChoiceFilter
          label={t('actions.filter.owner')}
          data={lookups.organizations}
          value={filter.ownerOrganizationId}
          onChange={choose.owner}
          testId="filter-owner"
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
            onChange({ statuses: actionStatuses.filter((status) => values.includes(status)) })
          }
          data-testid="filter-status"
        />
        <ChoiceFilter
          label={t('actions.filter.project')}
          data={lookups.projects}
          value={filter.projectId}
          onChange={choose.project}
        />
        <ChoiceFilter
          label={t('actions.filter.meeting')}
          data={lookups.meetings}
          value={filter.originMeetingId}
          onChange={choose.meeting}
        />
        <ChoiceFilter
          label={t('actions.filter.tag')}
          data={lookups.tags}
          value={filter.tag}
          onChange={choose.tag}
        />
        <TextInput
          type="date"
          label={t('actions.filter.dueFrom')}
          value={filter.dueFrom ?? ''}
          onChange={(event) => onChange({ dueFrom: day(event.currentTarget.value) })}
        />
        <TextInput
          type="date"
          label={t('actions.filter.dueTo')}
          value={filter.dueTo ?? ''}
          error={isInvertedDueRange(filter) ? t('actions.filter.invertedRange') : undefined}
          onChange={(event) => onChange({ dueTo: day(event.currentTarget.value) })}
        />
      </SimpleGrid>
      <Group mt="sm" justify="space-between">
        <Group>
          <Checkbox
            label={t('actions.filter.overdueOnly')}
            checked={filter.overdueOnly}
            onChange={(event) => onChange({ overdueOnly: event.currentTarget.checked })}
          />
          <Checkbox
            label={t('actions.filter.includeArchived')}
            checked={filter.includeArchived}
            onChange={(event) => onChange({ includeArchived: event.currentTarget.checked })}
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
});
