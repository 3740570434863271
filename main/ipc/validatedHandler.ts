import {
  validateArguments,
  validateResult,
  type ArgumentsOf,
  type ContractMethod,
  type ResultOf,
} from '../../shared/contract';
import { translate } from '../../shared/i18n';
import { isAppUrl } from '../security';

/** The main-process implementation of every contract method, checked against the contract. */
export type ContractHandlers = {
  [K in ContractMethod]: (...args: ArgumentsOf<K>) => Promise<ResultOf<K>>;
};

/** A contract handler behind the IPC boundary: takes the sender's URL and the raw arguments. */
export type ValidatedHandler<K extends ContractMethod> = (
  senderUrl: string | null | undefined,
  args: readonly unknown[],
) => Promise<ResultOf<K>>;

/**
 * Wraps a handler so that it runs only for calls from the app's own pages, with arguments that
 * satisfy the contract, and returns only results that satisfy it.
 */
export function createValidatedHandler<K extends ContractMethod>(
  method: K,
  handler: ContractHandlers[K],
): ValidatedHandler<K> {
  return async (senderUrl, args) => {
    if (!isAppUrl(senderUrl)) throw new Error(translate('it', 'error.untrustedSender'));
    const parsedArguments = validateArguments(method, args);
    const result = await handler(...parsedArguments);
    return validateResult(method, result);
  };
}
