import { runLayout } from '../../../shared/map';
import type { LayoutProgress, LayoutRequest } from './workerMessages';

// ForceAtlas2 runs here, off the main thread, so panning and typing stay smooth while it settles.
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { requestId, input } = event.data;
  const post = (message: LayoutProgress): void => self.postMessage(message);
  // Each report redraws the whole map on the page: a few per second are enough to see it move.
  const positions = runLayout(
    input,
    (progress, done) => post({ requestId, positions: progress, done, final: false }),
    { reportEvery: 500 },
  );
  post({ requestId, positions, done: input.iterations, final: true });
};
