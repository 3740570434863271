import { runMapImportJob } from '../../../shared/map/importJob';

/** What the page sends: the file's name (it tells CSV from a workbook) and its bytes. */
export type MapImportWorkerRequest = { name: string; bytes: Uint8Array };

// Runs in a Web Worker: SheetJS and unzipping keep this thread busy, never the page's.
self.addEventListener('message', (event: MessageEvent<MapImportWorkerRequest>) => {
  self.postMessage(runMapImportJob(event.data.name, event.data.bytes));
});
