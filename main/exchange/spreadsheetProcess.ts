// Entry of the utility process that reads spreadsheets (bundled as dist/main/spreadsheetProcess.cjs).
import { answerSpreadsheetRequest } from './answerSpreadsheetRequest';

type Port = {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
};

function isPort(value: unknown): value is Port {
  return typeof value === 'object' && value !== null && 'on' in value && 'postMessage' in value;
}

// Electron gives a utility process its parent port on `process`; it is absent anywhere else.
const port: unknown = Reflect.get(process, 'parentPort');
if (isPort(port)) {
  port.on('message', (event) => port.postMessage(answerSpreadsheetRequest(event.data)));
}
