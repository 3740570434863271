import { useCallback } from 'react';
import { progressForStatus } from '../../../shared/actions';
import type { Action, ActionStatus } from '../../../shared/domain';
import { label } from '../../app/labels';
import { notifySuccess, reportFailure } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';
import { editAction } from './actionWrites';
import { ReopenProgressForm } from './ReopenProgressForm';
import { useActionWriter } from './useActionWriter';
import { openFormModal } from '../../ui';

/**
 * Moves an action to another status, as the board does, with its timeline entry. Completed brings
 * 100%; moving a completed action back first asks for its new progress.
 */
export function useActionMoves(): (action: Action, status: ActionStatus) => void {
  const { t } = useRegia();
  const writer = useActionWriter();
  return useCallback(
    (action, status) => {
      const move = async (progress: number): Promise<void> => {
        await reportFailure(t, async () => {
          await editAction(
            writer,
            action.id,
            progress === action.progress ? { status } : { status, progress },
          );
          notifySuccess(
            t,
            t('actions.board.moved', {
              title: action.title,
              status: label.actionStatus(t, status),
            }),
          );
        });
      };
      const progress = progressForStatus(action.status, status, action.progress);
      if (progress !== null) {
        void move(progress);
        return;
      }
      openFormModal({
        t,
        title: action.title,
        children: <ReopenProgressForm onSubmit={move} />,
      });
    },
    [t, writer],
  );
}
