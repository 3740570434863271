import { Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import type { PostponedItemProposal } from '../../../shared/meetings';
import { useRegia } from '../../app/RegiaContext';
import { FormFooter, GuardedForm } from '../../ui';
import { submitOrShowRefusal } from './meetingFormErrors';
import { PostponedItemsChecklist } from './PostponedItemsChecklist';

/** What every form that starts a meeting holds: the postponed items it takes up. */
export type CarriedItems = { carriedItemIds: string[] };

type MeetingStartFormProps<Values extends CarriedItems> = {
  form: UseFormReturnType<Values>;
  /** Whether the person changed what they typed (the proposals start ticked, which is no change). */
  dirty: boolean;
  proposals: readonly PostponedItemProposal[];
  /** Creates the meeting; a rule's refusal is shown on its field. */
  onSubmit: (values: Values) => Promise<void>;
  /** The meeting's own fields, above the postponed items. */
  children: ReactNode;
};

/** The ids of the postponed items a new meeting takes up unless unticked: all of them. */
export function carriedAtFirst(proposals: readonly PostponedItemProposal[]): string[] {
  return proposals.map((proposal) => proposal.item.id);
}

/**
 * A form that starts a meeting, new or copied: its fields, the postponed items offered for its
 * agenda, and «Crea», which creates it once and shows a rule's refusal on its field.
 */
export function MeetingStartForm<Values extends CarriedItems>({
  form,
  dirty,
  proposals,
  onSubmit,
  children,
}: MeetingStartFormProps<Values>) {
  const { t } = useRegia();
  return (
    <GuardedForm
      form={form}
      dirty={dirty}
      onSubmit={(values) => submitOrShowRefusal(t, form.setErrors, () => onSubmit(values))}
    >
      <Stack>
        {children}
        <PostponedItemsChecklist
          proposals={proposals}
          value={form.values.carriedItemIds}
          onChange={(ids) => form.setValues((values) => ({ ...values, carriedItemIds: ids }))}
        />
        <FormFooter submitLabel={t('common.create')} />
      </Stack>
    </GuardedForm>
  );
}
