import type { UseFormReturnType } from '@mantine/form';
import { useEffect, type ReactNode } from 'react';
import { notifyError } from '../../app/notify';
import { useT } from '../../app/RegiaContext';
import { useFormModal } from '../formModal/FormModalContext';
import { useLeaveGuard } from './useLeaveGuard';
import { SubmittingContext } from './SubmittingContext';
import { useSubmitOnce, type SubmitOutcome } from './useSubmitOnce';

type GuardedFormProps<Values> = {
  /** The form's state (`useForm` of @mantine/form). */
  form: UseFormReturnType<Values>;
  /** Saves the values; `false` keeps the form open and editable (nothing was saved). */
  onSubmit: (values: Values) => Promise<SubmitOutcome>;
  /** Whether the form holds unsaved changes; by default whether its values differ from the start. */
  dirty?: boolean;
  /** Accessible name of the form. */
  'aria-label'?: string;
  /** Leaves checking to the form's own rules (an e-mail field then shows their message, not the browser's). */
  noValidate?: boolean;
  children: ReactNode;
};

/**
 * A form that submits once however often it is clicked or Enter is pressed, reports a failure to
 * the user, and guards its unsaved changes (inside a form modal: Escape, close, click outside,
 * change of page; on a page: reload and closing the window). Inside a form modal, a successful
 * submit closes the modal.
 */
export function GuardedForm<Values>({
  form,
  onSubmit,
  dirty,
  children,
  ...rest
}: GuardedFormProps<Values>) {
  const t = useT();
  const modal = useFormModal();
  const changed = dirty ?? form.isDirty();
  const { run, running } = useSubmitOnce(modal !== null);
  useEffect(() => modal?.setDirty(changed), [modal, changed]);
  useLeaveGuard(changed && modal === null);
  const submit = form.onSubmit((values) =>
    run(async () => {
      modal?.setSubmitting(true);
      try {
        const outcome = await onSubmit(values);
        if (outcome !== false) {
          modal?.setDirty(false);
          modal?.close();
        }
        return outcome;
      } catch (error) {
        notifyError(t, error);
        return false;
      } finally {
        modal?.setSubmitting(false);
      }
    }),
  );
  return (
    <SubmittingContext.Provider value={running}>
      <form onSubmit={submit} aria-label={rest['aria-label']} noValidate={rest.noValidate}>
        {children}
      </form>
    </SubmittingContext.Provider>
  );
}
