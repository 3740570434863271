import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { actionsByStatus, type NameLookup } from '../../../shared/actions';
import { actionStatuses, type Action, type ActionStatus } from '../../../shared/domain';
import { label } from '../../app/labels';
import { useRegia } from '../../app/RegiaContext';
import { BoardColumn } from './BoardColumn';
import { columnKeyboardCoordinates } from './boardKeyboard';

type ActionsBoardProps = {
  /** The filtered actions, already sorted. */
  actions: readonly Action[];
  names: NameLookup;
  today: string;
  onOpen: (actionId: string) => void;
  onMove: (action: Action, status: ActionStatus) => void;
};

// The pointer decides where a dragged card lands; the keyboard, which has no pointer, uses overlap.
const collisionDetection: CollisionDetection = (args) => {
  const underPointer = pointerWithin(args);
  return underPointer.length > 0 ? underPointer : rectIntersection(args);
};

const statusOf = (id: UniqueIdentifier | undefined): ActionStatus | undefined =>
  actionStatuses.find((status) => status === id);

/** The board by status: drag a card with the mouse or the keyboard, or use its "move to" menu. */
export function ActionsBoard({ actions, names, today, onOpen, onMove }: ActionsBoardProps) {
  const { t } = useRegia();
  const [activeId, setActiveId] = useState<UniqueIdentifier | null>(null);
  const columns = useMemo(() => actionsByStatus(actions), [actions]);
  const byId = useMemo(() => new Map(actions.map((action) => [action.id, action])), [actions]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );
  const titleOf = (id: UniqueIdentifier): string => byId.get(String(id))?.title ?? '';
  const statusName = (id: UniqueIdentifier | undefined): string => {
    const status = statusOf(id);
    return status ? label.actionStatus(t, status) : '';
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('actions.board.pickedUp', {
        title: titleOf(active.id),
        status: statusName(byId.get(String(active.id))?.status),
      }),
    onDragOver: ({ active, over }) =>
      over
        ? t('actions.board.over', { title: titleOf(active.id), status: statusName(over.id) })
        : t('actions.board.outside', { title: titleOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('actions.board.dropped', { title: titleOf(active.id), status: statusName(over.id) })
        : t('actions.board.cancelled', { title: titleOf(active.id) }),
    onDragCancel: ({ active }) => t('actions.board.cancelled', { title: titleOf(active.id) }),
  };
  const finish = ({ active, over }: DragEndEvent): void => {
    setActiveId(null);
    const action = byId.get(String(active.id));
    const status = statusOf(over?.id);
    if (action && status && status !== action.status) onMove(action, status);
  };
  const dragged = activeId === null ? undefined : byId.get(String(activeId));
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('actions.board.instructions') },
      }}
      onDragStart={({ active }) => setActiveId(active.id)}
      onDragEnd={finish}
      onDragCancel={() => setActiveId(null)}
    >
      <section aria-label={t('actions.board.label')} data-testid="actions-board">
        <SimpleGrid cols={{ base: 1, sm: 3, lg: 5 }} spacing="xs">
          {actionStatuses.map((status) => (
            <BoardColumn
              key={status}
              status={status}
              actions={columns[status]}
              names={names}
              today={today}
              onOpen={onOpen}
              onMove={onMove}
            />
          ))}
        </SimpleGrid>
      </section>
      <DragOverlay>
        {dragged && (
          <Paper withBorder shadow="md" p="xs">
            <Text size="sm" fw={600} lineClamp={2}>
              {dragged.title}
            </Text>
          </Paper>
        )}
      </DragOverlay>
    </DndContext>
  );
}
