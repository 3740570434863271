import path from 'node:path';
import { utilityProcess } from 'electron';
import { childEnvironment, childHeapMegabytes } from './childLimits';
import type { SpreadsheetChild } from './spreadsheetTask';

/** Starts the spreadsheet reader as an Electron utility process: capped heap, bare environment. */
export function spawnSpreadsheetUtilityProcess(): SpreadsheetChild {
  const child = utilityProcess.fork(path.join(__dirname, 'spreadsheetProcess.cjs'), [], {
    serviceName: 'Regia – lettura fogli di calcolo',
    execArgv: [`--max-old-space-size=${childHeapMegabytes}`],
    env: childEnvironment(process.env),
    stdio: 'ignore',
  });
  return {
    send: (request) => child.postMessage(request),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', listener),
    kill: () => {
      child.kill();
    },
  };
}
