import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Badge, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import {
  IconArrowDown,
  IconArrowUp,
  IconDots,
  IconGripVertical,
  IconPaperclip,
  IconPencil,
  IconTrash,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { AgendaItem } from '../../../../shared/domain';
import type { AgendaItemTiming } from '../../../../shared/meetings';
import { label } from '../../../app/labels';
import { useRegia } from '../../../app/RegiaContext';

/** What can be done on a row of the agenda. */
export type AgendaRowCommands = {
  edit: (item: AgendaItem) => void;
  remove: (item: AgendaItem) => void;
  move: (fromIndex: number, toIndex: number) => void;
  attach: (item: AgendaItem) => void;
};

type AgendaItemRowProps = {
  item: AgendaItem;
  index: number;
  count: number;
  timing: AgendaItemTiming | undefined;
  presenter: string;
  commands: AgendaRowCommands;
  /** Approved minutes: the item shows no handle and no menu, nothing changes any more. */
  locked?: boolean;
  children?: ReactNode;
};

/** One punto all'ordine del giorno: handle, number, title, kind, presenter, time, and its menu. */
export function AgendaItemRow(props: AgendaItemRowProps) {
  const { item, index, count, timing, presenter, commands, children, locked = false } = props;
  const { t } = useRegia();
  const sortable = useSortable({ id: item.id });
  const style = {
    transform: CSS.Transform.toString(sortable.transform),
    transition: sortable.transition,
    opacity: sortable.isDragging ? 0.7 : 1,
    listStyle: 'none',
  };
  return (
    <Paper
      component="li"
      ref={sortable.setNodeRef}
      style={style}
      withBorder
      p="xs"
      data-testid="agenda-item"
    >
      <Group wrap="nowrap" align="flex-start" gap="xs">
        {!locked && (
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('meetings.agenda.drag', { title: item.title })}
            style={{ cursor: 'grab', touchAction: 'none' }}
            {...sortable.attributes}
            {...sortable.listeners}
          >
            <IconGripVertical size={18} />
          </ActionIcon>
        )}
        <Text fw={700} w="2ch" ta="end">
          {index + 1}.
        </Text>
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={600} data-testid="agenda-item-title">
            {item.title}
          </Text>
          <Group gap="xs">
            <Badge variant="outline" color="gray" size="sm">
              {label.agendaItemKind(t, item.kind)}
            </Badge>
            {presenter && (
              <Text size="sm">{t('meetings.agenda.presenter', { name: presenter })}</Text>
            )}
          </Group>
          {item.description && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {item.description}
            </Text>
          )}
          {children}
        </Stack>
        <Stack gap={0} align="flex-end">
          <Text size="sm" data-testid="agenda-item-time">
            {timing
              ? t('meetings.agenda.timeRange', { start: timing.start.time, end: timing.end.time })
              : ''}
          </Text>
          <Text size="sm">
            {t('meetings.agenda.minutesShort', { minutes: item.plannedMinutes })}
          </Text>
        </Stack>
        {!locked && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('meetings.agenda.menu', { title: item.title })}
              >
                <IconDots size={18} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => commands.edit(item)}>
                {t('meetings.agenda.edit')}
              </Menu.Item>
              <Menu.Item
                leftSection={<IconPaperclip size={16} />}
                onClick={() => commands.attach(item)}
              >
                {t('meetings.attachments.add')}
              </Menu.Item>
              <Menu.Item
                leftSection={<IconArrowUp size={16} />}
                disabled={index === 0}
                onClick={() => commands.move(index, index - 1)}
              >
                {t('meetings.agenda.moveUp')}
              </Menu.Item>
              <Menu.Item
                leftSection={<IconArrowDown size={16} />}
                disabled={index === count - 1}
                onClick={() => commands.move(index, index + 1)}
              >
                {t('meetings.agenda.moveDown')}
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item
                color="red"
                leftSection={<IconTrash size={16} />}
                onClick={() => commands.remove(item)}
              >
                {t('meetings.agenda.remove')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
    </Paper>
  );
}
