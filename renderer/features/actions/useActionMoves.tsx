import { modals } from '@mantine/modals';
import { useCallback } from 'react';
import { progressForStatus } from '../../../shared/actions';
import type { Action, ActionStatus } from '../../../shared/domain';
import { label } from '../../app/labels';
import { notifySuccess, reportFailure } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';
import { editAction } from './actionWrites';
import { ReopenProgressForm } from './ReopenProgressForm';
import { useActionWriter } from './useActionWriter';

/**
 * Moves an action to another status, as the board does, with its timeline entry. Completed brings
 * 100%; moving a completed action back first asks for its new progress.
 */
export function useActionMoves(): (action: Action, status: ActionStatus) => void {
  const { t } = useRegia();
  const writer = useActionWriter();
  return useCallback(
    (action, status) => {
      const move = (progress: number): void =>
        void reportFailure(t, async () => {
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
      const progress = progressForStatus(action.status, status, action.progress);
      if (progress !== null) {
        move(progress);
        return;
      }
      const id = modals.open({
        title: action.title,
        children: (
          <ReopenProgressForm
            onCancel={() => modals.close(id)}
            onSubmit={(value) => {
              modals.close(id);
              move(value);
            }}
          />
        ),
      });
    },
    [t, writer],
  );
}
