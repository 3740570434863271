import type { MessageKey, MessageParams } from '../../shared/i18n';

/** A message for the user, from the catalog. */
export type UserMessage = { key: MessageKey; params?: MessageParams };

type ErrorLike = { name?: unknown; message?: unknown; inner?: unknown };

const isErrorLike = (value: unknown): value is ErrorLike =>
  typeof value === 'object' && value !== null;

/** The chain of an error and its causes: Dexie keeps the browser's real error in `inner`. */
function causesOf(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  let current: unknown = error;
  while (isErrorLike(current) && chain.length < 5) {
    chain.push(current);
    current = current.inner ?? (current instanceof Error ? current.cause : undefined);
  }
  return chain;
}

/** Turns a storage or validation error into a plain-Italian message that says what to do. */
export function describeStorageError(error: unknown): UserMessage {
  const chain = causesOf(error);
  const names = chain.map((link) => (typeof link.name === 'string' ? link.name : ''));
  if (names.includes('QuotaExceededError')) return { key: 'error.quota' };
  if (names.includes('VersionError') || names.includes('NewerDatabaseError')) {
    return { key: 'error.newerDatabase' };
  }
  if (names.includes('ZodError')) return { key: 'error.validation' };
  if (names.includes('MinutesLockedError')) return { key: 'meetings.agenda.locked' };
  const innermost = chain.at(-1);
  const cause =
    innermost && typeof innermost.message === 'string' ? innermost.message : String(error);
  return { key: 'error.storage', params: { cause } };
}
