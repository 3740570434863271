import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { AgendaItem, Meeting } from '../../../../shared/domain';
import { maxAttachmentBytes } from '../../../../shared/domain';
import type { AgendaTemplate } from '../../../../shared/meetings';
import { notifyProblem, notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { attachDocument } from '../attachments/attachmentFiles';
import { openFormModal } from '../../../ui';
import { AgendaItemForm, type DescriptionAutosave } from './AgendaItemForm';
import type { AgendaRowCommands } from './AgendaItemRow';
import {
  addAgendaItem,
  applyAgendaTemplate,
  moveAgendaItem,
  removeAgendaItem,
  updateAgendaItem,
  type AgendaItemValues,
} from './agendaWrites';
import type { AgendaNames } from './agendaReads';
import { readNetworkDirectory } from './useNetworkDirectory';

/** The commands of the agenda builder, each writing through the repositories and telling the user. */
export type AgendaCommands = AgendaRowCommands & {
  add: () => void;
  applyTemplate: (template: AgendaTemplate) => void;
};

const newItem: AgendaItemValues = {
  title: '',
  kind: 'discussione',
  presenterOrganizationId: null,
  presenterContactId: null,
  plannedMinutes: 15,
  description: '',
  recurring: false,
};

/** Opens the forms and confirmations of the agenda builder for one meeting. */
export function useAgendaCommands(meeting: Meeting, names: AgendaNames): AgendaCommands {
  const { t, db, repositories } = useRegia();
  const writers = { db, repositories };
  // The form offers every member and referente, read when it opens rather than with the page.
  const openForm = (
    title: string,
    initialValues: AgendaItemValues,
    save: (values: AgendaItemValues) => Promise<void>,
    submitLabel: string,
    descriptionAutosave?: DescriptionAutosave,
  ): void =>
    void reportFailure(t, async () => {
      const everyone = await readNetworkDirectory(db, meeting.networkId);
      openFormModal({
        t,
        title,
        size: 'lg',
        children: (
          <AgendaItemForm
            initialValues={initialValues}
            directory={everyone}
            submitLabel={submitLabel}
            descriptionAutosave={descriptionAutosave}
            onSubmit={save}
          />
        ),
      });
    });
  return {
    add: () =>
      openForm(
        t('meetings.agenda.add'),
        newItem,
        async (values) => {
          await addAgendaItem(writers, meeting, values);
          notifySuccess(t, t('meetings.agenda.added'));
        },
        t('meetings.agenda.add'),
      ),
    edit: (item) =>
      openForm(
        t('meetings.agenda.editItem', { title: item.title }),
        item,
        async (values) => {
          await updateAgendaItem(writers, item.id, values);
          notifySuccess(t, t('meetings.agenda.saved'));
        },
        t('common.save'),
        {
          draftKey: `agendaItem:${item.id}:description`,
          save: (description) => updateAgendaItem(writers, item.id, { description }),
        },
      ),
    remove: (item: AgendaItem) =>
      modals.openConfirmModal({
        title: t('meetings.agenda.removeItem', { title: item.title }),
        children: (
          <Text size="sm">{t('meetings.agenda.removeConfirm', { title: item.title })}</Text>
        ),
        labels: { confirm: t('meetings.agenda.remove'), cancel: t('common.cancel') },
        confirmProps: { color: 'red' },
        onConfirm: () =>
          void reportFailure(t, async () => {
            await removeAgendaItem(writers, meeting.id, item.id);
            notifySuccess(t, t('meetings.agenda.removed'));
          }),
      }),
    move: (fromIndex, toIndex) =>
      void reportFailure(t, () => moveAgendaItem(writers, meeting.id, fromIndex, toIndex)),
    attach: (item) =>
      void reportFailure(t, async () => {
        const outcome = await attachDocument(
          writers,
          { meetingId: meeting.id, agendaItemId: item.id },
          t('meetings.attachments.addTo', { title: item.title }),
        );
        if (outcome.kind === 'attached') {
          notifySuccess(t, t('meetings.attachments.added', { name: outcome.fileName }));
        } else if (outcome.kind === 'tooLarge') {
          notifyProblem(
            t,
            t('meetings.attachments.tooLarge', { megabytes: maxAttachmentBytes / 1024 / 1024 }),
          );
        }
      }),
    applyTemplate: (template) =>
      void reportFailure(t, async () => {
        const secretary = meeting.secretaryContactId
          ? names.contacts.get(meeting.secretaryContactId)
          : undefined;
        const count = await applyAgendaTemplate(writers, meeting, template, {
          presenterContactId: secretary?.id ?? null,
          presenterOrganizationId: secretary?.organizationId ?? null,
        });
        notifySuccess(
          t,
          count === 0
            ? t('meetings.agenda.templateNothing')
            : t('meetings.agenda.templateApplied', { count }),
        );
      }),
  };
}
