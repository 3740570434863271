import { Button, Group, NumberInput, Paper, Select, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import { progressProblemKeys, readProgress } from '../../../shared/actions';
import { actionStatuses, type ActionStatus } from '../../../shared/domain';
import type { PatchOf } from '../../db';
import { label } from '../../app/labels';
import { notifyError, notifyProblem, reportFailure } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';
import {
  archiveActionsUndoable,
  editActionsUndoable,
  ReopenNeedsProgressError,
  type BulkChange,
} from './bulkActionWrites';
import { notifyUndoable } from './notifyUndoable';
import { ownerChangeNote } from './ownerChangeNote';
import { organizationChoiceLimit, type ActionLookups } from './useActionLookups';
import { useActionWriter } from './useActionWriter';

type BulkEditBarProps = {
  /** The ids of the selected actions. */
  selection: ReadonlySet<string>;
  lookups: ActionLookups;
  /** Called once the change is stored. */
  onDone: () => void;
};

type BulkChoice = {
  status: ActionStatus | null;
  owner: string | null;
  dueDate: string;
  /** The progress of completed actions the new status reopens, as typed. */
  reopenedProgress: number | string;
};

const none: BulkChoice = { status: null, owner: null, dueDate: '', reopenedProgress: '' };

/**
 * Changes status, owner or due date of every selected action in one transaction, or archives
 * them, once the person confirms; the notification that follows offers to undo it.
 */
export function BulkEditBar({ selection, lookups, onDone }: BulkEditBarProps) {
  const { t } = useRegia();
  const writer = useActionWriter();
  const [choice, setChoice] = useState<BulkChoice>(none);
  const [busy, setBusy] = useState(false);
  const [progressError, setProgressError] = useState<string | null>(null);
  const count = selection.size;
  const confirmThen = (body: string, color: string, run: () => Promise<void>): void => {
    modals.openConfirmModal({
      title: t('actions.bulk.confirmTitle'),
      children: <Text size="sm">{body}</Text>,
      labels: { confirm: t('actions.bulk.confirm'), cancel: t('common.cancel') },
      confirmProps: { color, 'data-testid': 'bulk-confirm' },
      onConfirm: () => void run(),
    });
  };
  const finish = (change: BulkChange | undefined, message: string): void => {
    if (!change) return;
    notifyUndoable(t, message, change.undo);
    setChoice(none);
    onDone();
  };
  const apply = (): void => {
    const patch: PatchOf<'actions'> = {};
    if (choice.status) patch.status = choice.status;
    if (choice.owner) {
      patch.ownerOrganizationId = choice.owner;
      patch.ownerContactId = null;
    }
    if (choice.dueDate) patch.dueDate = choice.dueDate;
    if (Object.keys(patch).length === 0) {
      notifyProblem(t, t('actions.bulk.nothing'));
      return;
    }
    let reopenedProgress: number | null = null;
    if (choice.reopenedProgress !== '') {
      const read = readProgress(choice.reopenedProgress);
      if ('problem' in read) {
        setProgressError(t(progressProblemKeys[read.problem]));
        return;
      }
      reopenedProgress = read.progress;
    }
    setProgressError(null);
    confirmThen(t('actions.bulk.confirmEdit', { count }), 'blue', async () => {
      setBusy(true);
      try {
        const change = await editActionsUndoable(writer, [...selection], patch, {
          note: ownerChangeNote(t, lookups.names),
          reopenedProgress,
        });
        finish(change, t('actions.bulk.done', { count: change.changed.length }));
      } catch (error) {
        if (error instanceof ReopenNeedsProgressError) {
          setProgressError(t('actions.bulk.reopenNeedsProgress', { count: error.count }));
        } else {
          notifyError(t, error);
        }
      } finally {
        setBusy(false);
      }
    });
  };
  const archive = (): void =>
    confirmThen(t('actions.bulk.confirmArchive', { count }), 'red', async () => {
      setBusy(true);
      const change = await reportFailure(t, () => archiveActionsUndoable(writer, [...selection]));
      setBusy(false);
      finish(change, t('actions.bulk.archived', { count: change?.changed.length ?? 0 }));
    });
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('actions.bulk.region')}>
      <Group align="flex-end" gap="sm">
        <Text fw={600} size="sm" data-testid="bulk-count" mb={8}>
          {t('actions.bulk.selected', { count: selection.size })}
        </Text>
        <Select
          label={t('actions.bulk.status')}
          placeholder={t('actions.bulk.keep')}
          clearable
          data={actionStatuses.map((status) => ({
            value: status,
            label: label.actionStatus(t, status),
          }))}
          value={choice.status}
          onChange={(value) =>
            setChoice({
              ...choice,
              status: actionStatuses.find((status) => status === value) ?? null,
            })
          }
        />
        <Select
          label={t('actions.bulk.owner')}
          placeholder={t('actions.bulk.keep')}
          searchable
          clearable
          data={lookups.organizations}
          limit={organizationChoiceLimit}
          value={choice.owner}
          onChange={(value) => setChoice({ ...choice, owner: value })}
        />
        <TextInput
          type="date"
          label={t('actions.bulk.dueDate')}
          value={choice.dueDate}
          onChange={(event) => setChoice({ ...choice, dueDate: event.currentTarget.value })}
        />
        {choice.status !== null && choice.status !== 'completata' && (
          <NumberInput
            label={t('actions.bulk.reopenedProgress')}
            min={0}
            max={100}
            clampBehavior="none"
            allowDecimal={false}
            w={190}
            value={choice.reopenedProgress}
            error={progressError}
            onChange={(value) => setChoice({ ...choice, reopenedProgress: value })}
          />
        )}
        <Button loading={busy} onClick={apply}>
          {t('actions.bulk.apply')}
        </Button>
        <Button loading={busy} variant="light" color="red" onClick={archive}>
          {t('actions.bulk.archive')}
        </Button>
        <Button variant="default" onClick={onDone}>
          {t('actions.bulk.clear')}
        </Button>
      </Group>
    </Paper>
  );
}
