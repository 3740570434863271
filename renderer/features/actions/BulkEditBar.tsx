import { Button, Group, Paper, Select, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { actionStatuses, type ActionStatus } from '../../../shared/domain';
import type { PatchOf } from '../../db';
import { label } from '../../app/labels';
import { notifyProblem, notifySuccess, reportFailure } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';
import { editActions } from './actionWrites';
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

type BulkChoice = { status: ActionStatus | null; owner: string | null; dueDate: string };

const none: BulkChoice = { status: null, owner: null, dueDate: '' };

/** Changes status, owner or due date of every selected action in one transaction. */
export function BulkEditBar({ selection, lookups, onDone }: BulkEditBarProps) {
  const { t } = useRegia();
  const writer = useActionWriter();
  const [choice, setChoice] = useState<BulkChoice>(none);
  const [busy, setBusy] = useState(false);
  const apply = async (): Promise<void> => {
    const patch: PatchOf<'actions'> = {};
    if (choice.status) patch.status = choice.status;
    if (choice.status === 'completata') patch.progress = 100;
    if (choice.owner) {
      patch.ownerOrganizationId = choice.owner;
      patch.ownerContactId = null;
    }
    if (choice.dueDate) patch.dueDate = choice.dueDate;
    if (Object.keys(patch).length === 0) {
      notifyProblem(t, t('actions.bulk.nothing'));
      return;
    }
    setBusy(true);
    const updated = await reportFailure(t, () =>
      editActions(writer, [...selection], patch, { note: ownerChangeNote(t, lookups.names) }),
    );
    setBusy(false);
    if (updated) {
      notifySuccess(t, t('actions.bulk.done', { count: updated.length }));
      setChoice(none);
      onDone();
    }
  };
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
        <Button loading={busy} onClick={() => void apply()}>
          {t('actions.bulk.apply')}
        </Button>
        <Button variant="default" onClick={onDone}>
          {t('actions.bulk.clear')}
        </Button>
      </Group>
    </Paper>
  );
}
