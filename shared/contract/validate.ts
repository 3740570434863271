import type { z } from 'zod';
import { contract, type ContractMethod } from './contract';

type Contract = typeof contract;
/** The parsed argument tuple of a contract method. */
export type ArgumentsOf<K extends ContractMethod> = z.output<Contract[K]['args']>;
/** The parsed result of a contract method. */
export type ResultOf<K extends ContractMethod> = z.output<Contract[K]['result']>;

// A mapped view of the contract lets TypeScript relate contract[method] to its own K.
const schemas: {
  [K in ContractMethod]: { args: z.ZodType<ArgumentsOf<K>>; result: z.ZodType<ResultOf<K>> };
} = contract;

/** Thrown when a call across the IPC boundary carries arguments the contract does not allow. */
export class ContractViolation extends Error {
  constructor(
    readonly method: string,
    readonly details: string,
  ) {
    super(`Richiesta non valida per "${method}": ${details}`);
    this.name = 'ContractViolation';
  }
}

/** Whether a string names a method of the contract. */
export function isContractMethod(name: string): name is ContractMethod {
  return Object.hasOwn(contract, name);
}

/** Checks the arguments of a call against the contract and returns them parsed, or throws ContractViolation. */
export function validateArguments<K extends ContractMethod>(
  method: K,
  args: unknown,
): ArgumentsOf<K> {
  if (!isContractMethod(method)) throw new ContractViolation(String(method), 'metodo sconosciuto');
  const parsed = schemas[method].args.safeParse(args);
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || 'argomenti'}: ${issue.message}`)
      .join('; ');
    throw new ContractViolation(method, details);
  }
  return parsed.data;
}

/** Checks a result before it crosses back to the renderer. */
export function validateResult<K extends ContractMethod>(method: K, result: unknown): ResultOf<K> {
  const parsed = schemas[method].result.safeParse(result);
  if (!parsed.success) throw new ContractViolation(method, 'risposta non conforme al contratto');
  return parsed.data;
}
