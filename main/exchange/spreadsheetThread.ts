// The same reader as the utility process, as a worker thread: how Node runs it in tests and benchmarks.
import { parentPort } from 'node:worker_threads';
import { answerSpreadsheetRequest } from './answerSpreadsheetRequest';

parentPort?.on('message', (message: unknown) =>
  parentPort?.postMessage(answerSpreadsheetRequest(message)),
);
