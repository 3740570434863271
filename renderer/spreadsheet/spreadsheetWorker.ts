import type { SpreadsheetLimits } from '../../shared/exchange/limits';
import { runSpreadsheetJob } from '../../shared/exchange/spreadsheetJob';

/** What the page sends: the file's bytes and the limits to read them within. */
export type SpreadsheetWorkerRequest = { bytes: Uint8Array; limits: SpreadsheetLimits };

// Runs in a Web Worker: a hostile file can keep this thread busy, never the page's.
self.addEventListener('message', (event: MessageEvent<SpreadsheetWorkerRequest>) => {
  self.postMessage(runSpreadsheetJob(event.data.bytes, event.data.limits));
});
