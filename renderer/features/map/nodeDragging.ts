import type Sigma from 'sigma';
import type { Point } from '../../../shared/map';
import type { SigmaEdge, SigmaGraph, SigmaNode } from './sigmaGraph';

/** Dragging attached to a map: whether the click now ending is the drop of a node, and how to detach it. */
export type NodeDragging = { droppedJustNow: () => boolean; detach: () => void };

/**
 * Lets the user drag a node with the mouse: the camera stays still while a node moves, and the
 * new position is reported when the button is released.
 */
export function attachNodeDragging(
  sigma: Sigma<SigmaNode, SigmaEdge>,
  graphOf: () => SigmaGraph,
  dropped: (node: string, point: Point) => void,
): NodeDragging {
  let dragged: string | null = null;
  let moved = false;
  // The browser ends a drag with a click: it must not select the node and fly the camera to it.
  let justDropped = false;
  const captor = sigma.getMouseCaptor();

  const onPress = (): void => {
    justDropped = false;
  };
  const onDown = ({ node }: { node: string }): void => {
    dragged = node;
    moved = false;
    // A fixed frame keeps the view from rescaling while the map's extent changes under the mouse.
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  };
  const onMove = (event: Parameters<Parameters<typeof captor.on<'mousemovebody'>>[1]>[0]): void => {
    if (!dragged) return;
    const point = sigma.viewportToGraph(event);
    graphOf().mergeNodeAttributes(dragged, { x: point.x, y: point.y });
    moved = true;
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  };
  const onUp = (): void => {
    if (dragged && moved) {
      const attributes = graphOf().getNodeAttributes(dragged);
      dropped(dragged, { x: attributes.x, y: attributes.y });
      justDropped = true;
    }
    dragged = null;
  };

  captor.on('mousedown', onPress);
  sigma.on('downNode', onDown);
  captor.on('mousemovebody', onMove);
  captor.on('mouseup', onUp);
  return {
    droppedJustNow: () => justDropped,
    detach: () => {
      captor.off('mousedown', onPress);
      sigma.off('downNode', onDown);
      captor.off('mousemovebody', onMove);
      captor.off('mouseup', onUp);
    },
  };
}
