import { ActionIcon, Anchor, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { useDraggable } from '@dnd-kit/core';
import { IconDotsVertical, IconGripVertical } from '@tabler/icons-react';
import type { NameLookup } from '../../../shared/actions';
import { actionStatuses, type Action, type ActionStatus } from '../../../shared/domain';
import { label } from '../../app/labels';
import { useRegia } from '../../app/RegiaContext';
import { DueDate } from './DueDate';

/** The fixed height of a card, so each column can be virtualized. */
export const cardHeight = 104;

type BoardCardProps = {
  action: Action;
  names: NameLookup;
  today: string;
  onOpen: (actionId: string) => void;
  onMove: (action: Action, status: ActionStatus) => void;
};

/** An action on the board: a handle to drag it (mouse or keyboard), its title and a "move to" menu. */
export function BoardCard({ action, names, today, onOpen, onMove }: BoardCardProps) {
  const { t } = useRegia();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: action.id,
  });
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="xs"
      h={cardHeight}
      data-testid="board-card"
      data-action-id={action.id}
      style={{ opacity: isDragging ? 0.4 : 1 }}
    >
      <Stack gap={2} h="100%" justify="space-between">
        <Anchor
          component="button"
          type="button"
          size="sm"
          fw={600}
          ta="left"
          lineClamp={2}
          onClick={() => onOpen(action.id)}
        >
          {action.title}
        </Anchor>
        <Group gap={4} wrap="nowrap" justify="space-between">
          <Text size="xs" truncate style={{ minWidth: 0, flex: 1 }}>
            {names.get(action.ownerOrganizationId ?? '') ?? '—'}
          </Text>
          <ActionIcon
            ref={setActivatorNodeRef}
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={t('actions.board.handle', { title: action.title })}
            data-testid="board-card-handle"
            {...attributes}
            {...listeners}
            style={{ cursor: 'grab', touchAction: 'none' }}
          >
            <IconGripVertical size={16} aria-hidden />
          </ActionIcon>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={t('actions.board.moveTo', { title: action.title })}
              >
                <IconDotsVertical size={16} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              {actionStatuses
                .filter((status) => status !== action.status)
                .map((status) => (
                  <Menu.Item key={status} onClick={() => onMove(action, status)}>
                    {label.actionStatus(t, status)}
                  </Menu.Item>
                ))}
            </Menu.Dropdown>
          </Menu>
        </Group>
        <DueDate action={action} today={today} withDate={false} size="xs" />
      </Stack>
    </Paper>
  );
}
