// The layout module alone, not the map's index: the worker then loads no spreadsheet or i18n code.
import { layOut } from '../../../shared/map/layout';
import type { LayoutProgress, LayoutRequest } from './workerMessages';

// ForceAtlas2 runs here, off the main thread, so panning and typing stay smooth while it settles.
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { requestId, input } = event.data;
  // The coordinates are handed over, not copied: the worker never reads them again.
  const post = (message: LayoutProgress): void =>
    self.postMessage(message, { transfer: [message.coordinates.buffer] });
  // Each report redraws the whole map on the page: on a large map, drawing competes with the
  // layout for the processor, so a large map reports less often.
  const reportEvery = input.nodes.length > 1000 ? 1000 : 500;
  const { coordinates, done } = layOut(
    input,
    (progress, iterations) =>
      post({ requestId, coordinates: progress, done: iterations, final: false }),
    { reportEvery },
  );
  post({ requestId, coordinates, done, final: true });
};
