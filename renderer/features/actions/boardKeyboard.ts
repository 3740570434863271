import type { ClientRect, KeyboardCoordinateGetter } from '@dnd-kit/core';

const center = (rect: ClientRect): number => rect.left + rect.width / 2;

/**
 * Keyboard moves on the board: the left and right arrows carry the picked-up card to the
 * centre of the previous or next column, so one key press is one column (dnd-kit's default
 * moves it by a few pixels). Other keys are left to the sensor.
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (
  event,
  { currentCoordinates, context },
) => {
  if (event.code !== 'ArrowRight' && event.code !== 'ArrowLeft') return undefined;
  event.preventDefault();
  const { collisionRect, droppableRects, droppableContainers } = context;
  if (!collisionRect) return undefined;
  const columns = droppableContainers
    .getEnabled()
    .flatMap((container) => {
      const rect = droppableRects.get(container.id);
      return rect ? [rect] : [];
    })
    .sort((first, second) => first.left - second.left);
  const here = center(collisionRect);
  const target =
    event.code === 'ArrowRight'
      ? columns.find((rect) => center(rect) > here + 1)
      : columns.findLast((rect) => center(rect) < here - 1);
  if (!target) return undefined;
  return { x: currentCoordinates.x + center(target) - here, y: currentCoordinates.y };
};
