import type { LayoutInput, Positions } from '../../../shared/map';
import type { LayoutProgress, LayoutRequest } from './workerMessages';

/** What a layout run reports: intermediate positions, then the final ones. */
export type LayoutListener = {
  progress: (positions: Positions) => void;
  done: (positions: Positions) => void;
};

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
        listener.done(event.data.positions);
      } else listener.progress(event.data.positions);
    };
    const request: LayoutRequest = { requestId, input };
    worker.postMessage(request);
  }

  /** Stops a run in progress: its worker is dropped, as a synchronous loop cannot be interrupted. */
  cancel(): void {
    if (!this.running) return;
    this.running = false;
    this.worker?.terminate();
    this.worker = null;
  }

  /** Releases the worker. */
  dispose(): void {
    this.running = false;
    this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): Worker {
    this.worker ??= new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    return this.worker;
  }
}
