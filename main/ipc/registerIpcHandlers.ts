import { ipcMain } from 'electron';
import { channelOf, contractMethods, type ContractMethod } from '../../shared/contract';
import { createValidatedHandler, type ContractHandlers } from './validatedHandler';

/** Answers every contract method on its IPC channel, through the sender and contract checks. */
export function registerIpcHandlers(handlers: ContractHandlers): void {
  for (const method of contractMethods) register(method, handlers[method]);
}

function register<K extends ContractMethod>(method: K, handler: ContractHandlers[K]): void {
  const validated = createValidatedHandler(method, handler);
  ipcMain.handle(channelOf(method), (event, ...args: unknown[]) =>
    validated(event.senderFrame?.url, args),
  );
}
