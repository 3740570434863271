import { Loader } from '@mantine/core';
import { notifySuccess } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';
import { useFormModal } from '../../ui';
import { ActionForm } from './ActionForm';
import {
  actionFieldsOf,
  newActionValues,
  type ActionFormValues,
  type ActionOrigin,
} from './actionFormValues';
import { createAction } from './actionWrites';
import { OriginLink } from './OriginLink';
import { useActionLookups } from './useActionLookups';
import { useActionWriter } from './useActionWriter';

type NewActionFormProps = {
  /** The network the action belongs to. */
  networkId: string;
  /** The meeting and agenda item the action is decided at, if any. */
  origin?: ActionOrigin;
  /** Called on cancel; inside a form modal, the modal closes by default. */
  onDone?: () => void;
};

/** Creates an action, with the first entry of its timeline. */
export function NewActionForm({ networkId, origin, onDone }: NewActionFormProps) {
  const { t } = useRegia();
  const modal = useFormModal();
  const writer = useActionWriter();
  const lookups = useActionLookups(networkId, t);
  if (!lookups) return <Loader aria-label={t('common.loading')} />;
  // A failure is reported by the form, which stays open with what was typed.
  const create = async (values: ActionFormValues): Promise<void> => {
    const action = await createAction(writer, {
      ...actionFieldsOf(values),
      networkId,
      originMeetingId: origin?.originMeetingId ?? null,
      originAgendaItemId: origin?.originAgendaItemId ?? null,
    });
    notifySuccess(t, t('actions.created', { title: action.title }));
  };
  return (
    <ActionForm
      initialValues={newActionValues}
      lookups={lookups}
      submitLabel={t('common.create')}
      focusTitle
      onSubmit={create}
      onCancel={onDone ?? modal?.close ?? (() => undefined)}
    >
      {origin && (
        <OriginLink meetingId={origin.originMeetingId} agendaItemId={origin.originAgendaItemId} />
      )}
    </ActionForm>
  );
}
