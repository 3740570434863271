import { notifications } from '@mantine/notifications';
import { describeStorageError } from '../db';
import type { Translate } from './RegiaContext';

/** Shows a short confirmation that something worked. */
export function notifySuccess(t: Translate, message: string): void {
  notifications.show({
    color: 'teal',
    message,
    autoClose: 4000,
    closeButtonProps: { 'aria-label': t('common.close') },
  });
}

/** Shows a problem the user can act on; it stays until closed. */
export function notifyProblem(t: Translate, message: string): void {
  notifications.show({
    color: 'red',
    title: t('error.title'),
    message,
    autoClose: false,
    closeButtonProps: { 'aria-label': t('common.close') },
  });
}

/** Shows what went wrong in plain language; it stays until the user closes it. */
export function notifyError(t: Translate, error: unknown): void {
  const message = describeStorageError(error);
  console.error(error);
  notifyProblem(t, t(message.key, message.params));
}

/** Runs a task and reports its failure to the user instead of losing it. */
export async function reportFailure<T>(
  t: Translate,
  task: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await task();
  } catch (error) {
    notifyError(t, error);
    return undefined;
  }
}
