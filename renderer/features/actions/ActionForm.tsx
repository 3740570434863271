import {
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, type ReactNode } from 'react';
import {
  isCalendarDay,
  progressForStatus,
  progressProblemKeys,
  readProgress,
  statusProgressProblem,
} from '../../../shared/actions';
import { actionPriorities, actionStatuses, type ActionStatus } from '../../../shared/domain';
import { label } from '../../app/labels';
import { FormFooter, GuardedForm } from '../../ui';
import { useRegia } from '../../app/RegiaContext';
import type { ActionFormValues } from './actionFormValues';
import { organizationChoiceLimit, type ActionLookups } from './useActionLookups';

type ActionFormProps = {
  /** The values the form starts from. */
  initialValues: ActionFormValues;
  /** Members, contacts, projects and tags of the network. */
  lookups: ActionLookups;
  /** The label of the submit button. */
  submitLabel: string;
  /** Whether to offer a free-text update for the timeline (editing, not creating). */
  withNote?: boolean;
  /** Shown above the buttons, e.g. the origin of the action. */
  children?: ReactNode;
  /** Stores the values; the form stays filled if it throws. */
  onSubmit: (values: ActionFormValues) => Promise<unknown>;
  /** Closes the form without saving. */
  onCancel: () => void;
  /** Puts the cursor in the title once the form shows (creating an action). */
  focusTitle?: boolean;
  /** The status the edited action has now, to reconcile its progress; null for a new one. */
  savedStatus?: ActionStatus | null;
};

/** The fields of an action: used to create one and to edit one. */
export function ActionForm({
  initialValues,
  lookups,
  submitLabel,
  withNote = false,
  children,
  onSubmit,
  onCancel,
  focusTitle = false,
  savedStatus = null,
}: ActionFormProps) {
  const { t } = useRegia();
  const titleInput = useRef<HTMLInputElement>(null);
  // The form shows once its lookups have loaded, after the dialog has already focused its close
  // button: data-autofocus came too late, so the title takes focus here.
  useEffect(() => {
    if (focusTitle) titleInput.current?.focus();
  }, [focusTitle]);
  const form = useForm<ActionFormValues>({
    initialValues,
    validate: {
      title: (value) => (value.trim() ? null : t('common.required')),
      dueDate: (value) => (value === '' || isCalendarDay(value) ? null : t('common.required')),
      progress: (value, values) => {
        const read = readProgress(value);
        if ('problem' in read) return t(progressProblemKeys[read.problem]);
        const problem = statusProgressProblem(savedStatus, values.status, read.progress);
        return problem ? t(`actions.progress.${problem}`) : null;
      },
    },
  });
  const owner = form.values.ownerOrganizationId;
  const contacts = owner === null ? [] : (lookups.contactsByOrganization.get(owner) ?? []);
  const setStatus = (value: string | null): void => {
    const status = actionStatuses.find((candidate) => candidate === value);
    if (!status) return;
    form.setFieldValue('status', status);
    const read = readProgress(form.values.progress);
    const current = 'progress' in read ? read.progress : 0;
    const next = progressForStatus(savedStatus ?? form.values.status, status, current);
    form.setFieldValue('progress', next ?? '');
    if (next === null) form.setFieldError('progress', t('actions.progress.reopenedStillFull'));
  };
  return (
    <GuardedForm form={form} onSubmit={async (values) => void (await onSubmit(values))}>
      <Stack gap="sm">
        <TextInput
          label={t('actions.field.title')}
          withAsterisk
          ref={titleInput}
          {...form.getInputProps('title')}
        />
        <Textarea
          label={t('actions.field.description')}
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('actions.field.owner')}
            searchable
            clearable
            data={lookups.organizations}
            limit={organizationChoiceLimit}
            {...form.getInputProps('ownerOrganizationId')}
            onChange={(value: string | null) => {
              form.setFieldValue('ownerOrganizationId', value);
              form.setFieldValue('ownerContactId', null);
            }}
          />
          <Select
            label={t('actions.field.ownerContact')}
            searchable
            clearable
            disabled={contacts.length === 0}
            data={contacts}
            {...form.getInputProps('ownerContactId')}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('actions.field.supporting')}
          searchable
          clearable
          data={lookups.organizations.filter((choice) => choice.value !== owner)}
          limit={organizationChoiceLimit}
          {...form.getInputProps('supportingOrganizationIds')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('actions.field.project')}
            searchable
            clearable
            data={lookups.projects}
            {...form.getInputProps('projectId')}
          />
          <TextInput
            type="date"
            label={t('actions.field.dueDate')}
            {...form.getInputProps('dueDate')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('actions.field.status')}
            allowDeselect={false}
            data={actionStatuses.map((status) => ({
              value: status,
              label: label.actionStatus(t, status),
            }))}
            value={form.values.status}
            onChange={setStatus}
          />
          <Select
            label={t('actions.field.priority')}
            allowDeselect={false}
            data={actionPriorities.map((priority) => ({
              value: priority,
              label: label.actionPriority(t, priority),
            }))}
            {...form.getInputProps('priority')}
          />
          <NumberInput
            label={t('actions.field.progress')}
            min={0}
            max={100}
            step={5}
            clampBehavior="none"
            allowDecimal={false}
            {...form.getInputProps('progress')}
          />
        </SimpleGrid>
        <TagsInput
          label={t('actions.field.tags')}
          description={t('actions.field.tagsHint')}
          data={lookups.tags}
          clearable
          {...form.getInputProps('tags')}
        />
        {withNote && (
          <Textarea
            label={t('actions.editor.noteLabel')}
            autosize
            minRows={2}
            {...form.getInputProps('note')}
          />
        )}
        {children}
        <FormFooter submitLabel={submitLabel} onCancel={onCancel} />
      </Stack>
    </GuardedForm>
  );
}
