import { Anchor, Badge, Checkbox, Group, Progress, Table, Text } from '@mantine/core';
import type { ActionGrouping, NameLookup } from '../../../shared/actions';
import { actionStatusColor, label } from '../../app/labels';
import { useRegia } from '../../app/RegiaContext';
import { DueDate } from './DueDate';
import type { TableLine } from './tableRows';

/** The fixed height of every row, so the virtualizer knows where each one is. */
export const rowHeight = 53;

/** The number of columns of the action table. */
export const columnCount = 7;

type ActionsTableLineProps = {
  line: TableLine;
  rowIndex: number;
  names: NameLookup;
  grouping: ActionGrouping;
  today: string;
  selected: boolean;
  selectable: boolean;
  onToggle: (id: string, checked: boolean) => void;
  onOpen: (actionId: string) => void;
};

/** One row of the action table: a group heading or an action with its selection box. */
export function ActionsTableLine(props: ActionsTableLineProps) {
  const { line, names } = props;
  const { t } = useRegia();
  if (line.kind === 'group') {
    const fallback =
      props.grouping === 'project' ? t('actions.group.noProject') : t('actions.group.noOwner');
    return (
      <Table.Tr aria-rowindex={props.rowIndex} h={rowHeight} data-group={line.id ?? 'none'}>
        <Table.Td colSpan={columnCount}>
          <Text fw={700} size="sm" truncate>
            {t('actions.group.header', { name: line.name ?? fallback, count: line.count })}
          </Text>
        </Table.Td>
      </Table.Tr>
    );
  }
  const { action } = line;
  return (
    <Table.Tr aria-rowindex={props.rowIndex} h={rowHeight} data-action-id={action.id}>
      <Table.Td>
        {props.selectable && (
          <Checkbox
            aria-label={t('actions.table.select', { title: action.title })}
            checked={props.selected}
            onChange={(event) => props.onToggle(action.id, event.currentTarget.checked)}
          />
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Anchor
            component="button"
            type="button"
            size="sm"
            fw={500}
            truncate
            ta="left"
            onClick={() => props.onOpen(action.id)}
          >
            {action.title}
          </Anchor>
          {action.archivedAt && (
            <Badge size="xs" color="gray" variant="outline">
              {t('actions.table.archived')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm" truncate>
          {names.get(action.ownerOrganizationId ?? '') ?? '—'}
        </Text>
      </Table.Td>
      <Table.Td>
        <DueDate action={action} today={props.today} stacked />
      </Table.Td>
      <Table.Td>
        <Badge color={actionStatusColor[action.status]} variant="dot">
          {label.actionStatus(t, action.status)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{label.actionPriority(t, action.priority)}</Text>
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Progress
            value={action.progress}
            flex={1}
            aria-label={`${t('actions.progress')} ${action.progress}%`}
          />
          <Text size="xs" w={34} ta="right">
            {action.progress}%
          </Text>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
