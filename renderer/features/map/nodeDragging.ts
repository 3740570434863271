import type Sigma from 'sigma';
import type { Point } from '../../../shared/map';
import type { SigmaEdge, SigmaGraph, SigmaNode } from './sigmaGraph';

/**
 * Lets the user drag a node with the mouse: the camera stays still while a node moves, and the
 * new position is reported when the button is released. Returns the function that detaches it.
 */
export function attachNodeDragging(
  sigma: Sigma<SigmaNode, SigmaEdge>,
  graphOf: () => SigmaGraph,
  dropped: (node: string, point: Point) => void,
): () => void {
  let dragged: string | null = null;
  let moved = false;
  const captor = sigma.getMouseCaptor();

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
    }
    dragged = null;
  };

  sigma.on('downNode', onDown);
  captor.on('mousemovebody', onMove);
  captor.on('mouseup', onUp);
  return () => {
    sigma.off('downNode', onDown);
    captor.off('mousemovebody', onMove);
    captor.off('mouseup', onUp);
  };
}
