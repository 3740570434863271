import { useCallback } from 'react';
import type { Action, ActionStatus } from '../../../shared/domain';
import { label } from '../../app/labels';
import { notifySuccess, reportFailure } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';
import { editAction } from './actionWrites';
import { useActionWriter } from './useActionWriter';

/** Moves an action to another status, as the board does, with its timeline entry. */
export function useActionMoves(): (action: Action, status: ActionStatus) => void {
  const { t } = useRegia();
  const writer = useActionWriter();
  return useCallback(
    (action, status) => {
      void reportFailure(t, async () => {
        await editAction(
          writer,
          action.id,
          status === 'completata' ? { status, progress: 100 } : { status },
        );
        notifySuccess(
          t,
          t('actions.board.moved', { title: action.title, status: label.actionStatus(t, status) }),
        );
      });
    },
    [t, writer],
  );
}
