import type { MessageKey, MessageParams } from '../../shared/i18n';

/** A message for the user, from the catalog. */
export type UserMessage = { key: MessageKey; params?: MessageParams };

type ErrorLike = { name?: unknown; message?: unknown; inner?: unknown; failures?: unknown };

const isErrorLike = (value: unknown): value is ErrorLike =>
  typeof value === 'object' && value !== null;

/**
 * An error and its causes, outermost first: Dexie keeps the browser's real error in `inner`,
 * and a failed bulk write (BulkError) keeps each failed operation's error in `failures`.
 */
function causesOf(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  const pending: unknown[] = [error];
  while (pending.length > 0 && chain.length < 10) {
    const current = pending.shift();
    if (!isErrorLike(current)) continue;
    chain.push(current);
    pending.push(current.inner ?? (current instanceof Error ? current.cause : undefined));
    if (Array.isArray(current.failures)) {
      const failures: unknown[] = current.failures;
      pending.push(...failures.slice(0, 3));
    }
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
