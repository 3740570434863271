import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { Stack } from '@mantine/core';
import type { AgendaItem } from '../../../../shared/domain';
import type { AgendaItemTiming } from '../../../../shared/meetings';
import { useRegia } from '../../../app/RegiaContext';
import { AgendaItemRow, type AgendaRowCommands } from './AgendaItemRow';

type AgendaListProps = {
  items: readonly AgendaItem[];
  /** Each item's expected start and end, in the same order; empty without a start time. */
  timings: readonly AgendaItemTiming[];
  commands: AgendaRowCommands;
  /** Moves the item at one position to another. */
  onMove: (fromIndex: number, toIndex: number) => void;
  /** Shown under an item's title: the open actions for the progress item, its documents. */
  renderExtra: (item: AgendaItem) => React.ReactNode;
  /** The names of the presenters, by item id. */
  presenters: ReadonlyMap<string, string>;
  /** Approved minutes: the items show no handle and no menu. */
  locked?: boolean;
};

/** The agenda as a sortable list: drag a row by its handle with the mouse or the keyboard. */
export function AgendaList(props: AgendaListProps) {
  const { items, timings, commands, onMove, renderExtra, presenters } = props;
  const { t } = useRegia();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const indexOf = (id: UniqueIdentifier | undefined): number =>
    items.findIndex((item) => item.id === id);
  const titleOf = (id: UniqueIdentifier): string => items[indexOf(id)]?.title ?? '';
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('meetings.agenda.pickedUp', {
        title: titleOf(active.id),
        position: indexOf(active.id) + 1,
      }),
    onDragOver: ({ active, over }) =>
      t('meetings.agenda.over', {
        title: titleOf(active.id),
        position: indexOf(over?.id ?? active.id) + 1,
      }),
    onDragEnd: ({ active, over }) =>
      t('meetings.agenda.dropped', {
        title: titleOf(active.id),
        position: indexOf(over?.id ?? active.id) + 1,
      }),
    onDragCancel: ({ active }) => t('meetings.agenda.cancelled', { title: titleOf(active.id) }),
  };
  const finish = ({ active, over }: DragEndEvent): void => {
    const from = indexOf(active.id);
    const to = indexOf(over?.id);
    if (from >= 0 && to >= 0 && from !== to) onMove(from, to);
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('meetings.agenda.instructions') },
      }}
      onDragEnd={finish}
    >
      <SortableContext items={items.map((item) => item.id)} strategy={verticalListSortingStrategy}>
        <Stack
          gap="xs"
          component="ol"
          aria-label={t('meetings.agenda.label')}
          data-testid="agenda-items"
          p={0}
          m={0}
        >
          {items.map((item, index) => (
            <AgendaItemRow
              key={item.id}
              item={item}
              index={index}
              count={items.length}
              timing={timings[index]}
              presenter={presenters.get(item.id) ?? ''}
              commands={commands}
              locked={props.locked}
            >
              {renderExtra(item)}
            </AgendaItemRow>
          ))}
        </Stack>
      </SortableContext>
    </DndContext>
  );
}
