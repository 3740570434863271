import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconArchive, IconRestore } from '@tabler/icons-react';
import type { Action } from '../../../shared/domain';
import { notifySuccess, reportFailure } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';
import { ActionForm } from './ActionForm';
import { actionFieldsOf, formValuesOf, type ActionFormValues } from './actionFormValues';
import { ActionTimeline } from './ActionTimeline';
import { editAction, setActionArchived } from './actionWrites';
import { OriginLink } from './OriginLink';
import { ownerChangeNote } from './ownerChangeNote';
import { useAction } from './useActionData';
import { useActionLookups } from './useActionLookups';
import { useActionWriter } from './useActionWriter';

type ActionEditorProps = {
  /** The action to edit. */
  actionId: string;
  /** Called after saving, archiving or cancelling. */
  onClose: () => void;
};

/** Edits an action, archives or restores it, and shows its timeline. */
export function ActionEditor({ actionId, onClose }: ActionEditorProps) {
  const { t } = useRegia();
  const writer = useActionWriter();
  const action = useAction(actionId);
  const lookups = useActionLookups(action?.networkId ?? '', t);
  if (action === undefined || !lookups) return <Loader aria-label={t('common.loading')} />;
  if (action === null) return <Text>{t('actions.editor.notFound')}</Text>;

  const save = (values: ActionFormValues): Promise<unknown> =>
    reportFailure(t, async () => {
      const saved = await editAction(writer, action.id, actionFieldsOf(values), {
        text: values.note,
        note: ownerChangeNote(t, lookups.names),
      });
      notifySuccess(t, t('actions.editor.saved', { title: saved.title }));
      onClose();
    });
  const toggleArchive = (current: Action): Promise<unknown> =>
    reportFailure(t, async () => {
      if (current.archivedAt) {
        await setActionArchived(writer, current.id, false);
        notifySuccess(t, t('actions.editor.restored', { title: current.title }));
      } else {
        await setActionArchived(writer, current.id, true);
        notifySuccess(t, t('actions.editor.archived', { title: current.title }));
        onClose();
      }
    });

  return (
    <Stack>
      {action.archivedAt && <Alert color="gray">{t('actions.editor.archivedNotice')}</Alert>}
      <ActionForm
        key={action.id}
        initialValues={formValuesOf(action)}
        lookups={lookups}
        submitLabel={t('actions.editor.save')}
        withNote
        savedStatus={action.status}
        onSubmit={save}
        onCancel={onClose}
      >
        <Group gap="xs">
          <Text size="sm" fw={500}>
            {t('actions.editor.origin')}:
          </Text>
          <OriginLink meetingId={action.originMeetingId} agendaItemId={action.originAgendaItemId} />
        </Group>
      </ActionForm>
      <Group justify="flex-start">
        <Button
          variant="default"
          leftSection={action.archivedAt ? <IconRestore size={16} /> : <IconArchive size={16} />}
          onClick={() => void toggleArchive(action)}
        >
          {action.archivedAt ? t('actions.editor.restore') : t('actions.editor.archive')}
        </Button>
      </Group>
      <ActionTimeline actionId={action.id} />
    </Stack>
  );
}
