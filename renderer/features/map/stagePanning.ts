import type Sigma from 'sigma';
import type { MouseCoords } from 'sigma/types';
import type { SigmaEdge, SigmaNode } from './sigmaGraph';

/** Stage panning attached to a map: whether the click now ending closes a pan, and how to detach it. */
export type StagePanning = {
  pannedJustNow: () => boolean;
  /** Slides the picture by a share of the view, for an arrow key held down. */
  slideByKey: (shareX: number, shareY: number) => void;
  /** Moves the camera to where the key slides took the picture, when the key is released. */
  endKeySlide: () => void;
  detach: () => void;
};

/** Below this many pixels a press on the stage is a click, not a pan. */
const clickTolerancePx = 3;

/**
 * Pans the map by dragging its empty stage. While the mouse moves, the drawn layers only slide
 * (a CSS transform, applied by the compositor); sigma's camera moves once, on release, and the
 * map is drawn anew then. Where WebGL runs in software, redrawing thousands of nodes on every
 * mouse move takes several frames; sliding the picture takes one. The mouse layer never moves:
 * sigma reads the pointer's position against it. The arrow keys slide the picture the same way
 * while they are held, and the camera moves when they are released.
 */
export function attachStagePanning(sigma: Sigma<SigmaNode, SigmaEdge>): StagePanning {
  const captor = sigma.getMouseCaptor();
  let start: { x: number; y: number } | null = null;
  let offset = { x: 0, y: 0 };
  let frame: number | null = null;
  let justPanned = false;

  const slidingLayers = (): HTMLCanvasElement[] =>
    Object.entries(sigma.getCanvases()).flatMap(([name, canvas]) =>
      name === 'mouse' ? [] : [canvas],
    );
  const slide = (x: number, y: number): void => {
    const transform = x === 0 && y === 0 ? '' : `translate(${x}px, ${y}px)`;
    for (const layer of slidingLayers()) layer.style.transform = transform;
  };
  const moved = (): boolean =>
    Math.abs(offset.x) > clickTolerancePx || Math.abs(offset.y) > clickTolerancePx;

  const onPress = (): void => {
    justPanned = false;
  };
  const onDownStage = ({ event }: { event: { x: number; y: number } }): void => {
    start = { x: event.x, y: event.y };
    offset = { x: 0, y: 0 };
  };
  const onMove = (event: MouseCoords): void => {
    if (!start) return;
    offset = { x: event.x - start.x, y: event.y - start.y };
    frame ??= requestAnimationFrame(() => {
      frame = null;
      slide(offset.x, offset.y);
    });
    event.preventSigmaDefault();
    event.original.preventDefault();
  };
  // Moves the camera so that the point under `from` comes under `from + offset`.
  const moveCamera = (from: { x: number; y: number }): void => {
    const camera = sigma.getCamera();
    const grabbed = sigma.viewportToFramedGraph(from);
    const released = sigma.viewportToFramedGraph({ x: from.x + offset.x, y: from.y + offset.y });
    const state = camera.getState();
    // The slide stays until sigma has drawn the map at the new camera, so nothing jumps back;
    // a pan begun meanwhile slides from the new camera on.
    sigma.once('afterRender', () =>
      keySliding || start ? slide(offset.x, offset.y) : slide(0, 0),
    );
    camera.setState({ x: state.x + grabbed.x - released.x, y: state.y + grabbed.y - released.y });
    sigma.scheduleRender();
  };
  const onUp = (): void => {
    const from = start;
    start = null;
    if (frame !== null) cancelAnimationFrame(frame);
    frame = null;
    if (!from) return;
    if (!moved()) {
      slide(0, 0);
      return;
    }
    justPanned = true;
    moveCamera(from);
  };

  let keySliding = false;
  const slideByKey = (shareX: number, shareY: number): void => {
    if (start) return;
    if (!keySliding) offset = { x: 0, y: 0 };
    keySliding = true;
    const { width, height } = sigma.getDimensions();
    offset = { x: offset.x + shareX * width, y: offset.y + shareY * height };
    slide(offset.x, offset.y);
  };
  const endKeySlide = (): void => {
    if (!keySliding) return;
    keySliding = false;
    const { width, height } = sigma.getDimensions();
    moveCamera({ x: width / 2, y: height / 2 });
  };

  captor.on('mousedown', onPress);
  sigma.on('downStage', onDownStage);
  captor.on('mousemovebody', onMove);
  captor.on('mouseup', onUp);
  return {
    pannedJustNow: () => justPanned,
    slideByKey,
    endKeySlide,
    detach: () => {
      captor.off('mousedown', onPress);
      sigma.off('downStage', onDownStage);
      captor.off('mousemovebody', onMove);
      captor.off('mouseup', onUp);
      slide(0, 0);
    },
  };
}
