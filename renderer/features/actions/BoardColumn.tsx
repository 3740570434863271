import { Paper, Title } from '@mantine/core';
import { useDroppable } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { NameLookup } from '../../../shared/actions';
import type { Action, ActionStatus } from '../../../shared/domain';
import { label } from '../../app/labels';
import { useRegia } from '../../app/RegiaContext';
import { BoardCard, cardHeight } from './BoardCard';

const gap = 8;

type BoardColumnProps = {
  status: ActionStatus;
  actions: readonly Action[];
  names: NameLookup;
  today: string;
  onOpen: (actionId: string) => void;
  onMove: (action: Action, status: ActionStatus) => void;
};

/** One status of the board: a drop target whose cards are virtualized. */
export function BoardColumn({ status, actions, names, today, onOpen, onMove }: BoardColumnProps) {
  const { t } = useRegia();
  const { setNodeRef, isOver } = useDroppable({ id: status });
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const virtualizer = useVirtualizer({
    count: actions.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => cardHeight + gap,
    overscan: 4,
    getItemKey: (index) => actions[index]?.id ?? index,
  });
  const headingId = `board-column-${status}`;
  return (
    <Paper
      withBorder
      p={6}
      bg={isOver ? 'var(--mantine-color-blue-light)' : undefined}
      data-testid={headingId}
      style={{ minWidth: 0 }}
    >
      <Title order={2} size="h5" px={4} pb={6} id={headingId}>
        {t('actions.board.column', {
          status: label.actionStatus(t, status),
          count: actions.length,
        })}
      </Title>
      <div
        ref={(node) => {
          setNodeRef(node);
          scrollRef.current = node;
        }}
        style={{ height: 'max(320px, calc(100dvh - 400px))', overflowY: 'auto' }}
      >
        <div
          role="list"
          aria-labelledby={headingId}
          style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const action = actions[item.index];
            if (!action) return null;
            return (
              <div
                key={action.id}
                role="listitem"
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                <BoardCard
                  action={action}
                  names={names}
                  today={today}
                  onOpen={onOpen}
                  onMove={onMove}
                />
              </div>
            );
          })}
        </div>
      </div>
    </Paper>
  );
}
