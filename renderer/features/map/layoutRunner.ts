import type { Coordinates, LayoutInput } from '../../../shared/map';
import type { LayoutProgress, LayoutRequest } from './workerMessages';

/** What a layout run reports: coordinates of the input's nodes so far, then the final ones. */
export type LayoutListener = {
  progress: (coordinates: Coordinates) => void;
  done: (coordinates: Coordinates) => void;
};

/**
 * One started worker kept idle between runs and openings of the map. A worker starts only when
 * the page's main thread is free, and the first frames of a large map keep it busy for a second
 * on a software renderer: a worker started ahead lays the map out meanwhile.
 */
let idleWorker: Worker | null = null;

const startWorker = (): Worker =>
  new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });

/** Starts a layout worker ahead of the map, e.g. while the page reads the network. */
export function prepareLayoutWorker(): void {
  idleWorker ??= startWorker();
}

/** Runs ForceAtlas2 in a web worker; a new run stops the one before it. */
export class LayoutRunner {
  private worker: Worker | null = null;
  private requestId = 0;
  private running = false;

  /** Starts laying out; the listener hears only about this run. */
  run(input: LayoutInput, listener: LayoutListener): void {
    this.cancel();
    const worker = this.ensureWorker();
    this.requestId += 1;
    const requestId = this.requestId;
    this.running = true;
    worker.onmessage = (event: MessageEvent<LayoutProgress>) => {
      if (event.data.requestId !== requestId) return;
      if (event.data.final) {
        this.running = false;
        listener.done(event.data.coordinates);
      } else listener.progress(event.data.coordinates);
    };
    const request: LayoutRequest = { requestId, input };
    worker.postMessage(request);
  }

  /** Takes a worker now, so that its script loads while the map is prepared. */
  prepare(): void {
    this.ensureWorker();
  }

  /** Stops a run in progress: its worker is dropped, as a synchronous loop cannot be interrupted. */
  cancel(): void {
    if (!this.running) return;
    this.running = false;
    this.worker?.terminate();
    this.worker = null;
  }

  /** Releases the worker: a busy one is stopped, an idle one kept for the next map. */
  dispose(): void {
    this.cancel();
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    worker.onmessage = null;
    if (idleWorker) worker.terminate();
    else idleWorker = worker;
  }

  private ensureWorker(): Worker {
    if (!this.worker) {
      this.worker = idleWorker ?? startWorker();
      idleWorker = null;
    }
    return this.worker;
  }
}
