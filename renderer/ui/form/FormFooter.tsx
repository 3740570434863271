import { Button, Group, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../app/RegiaContext';
import { useFormModal } from '../formModal/FormModalContext';
import { useSubmitting } from './SubmittingContext';

type FormFooterProps = {
  /** The submit button's text: Crea, Salva, Aggiungi… */
  submitLabel: string;
  /** The submit button's colour: red for a submit that cannot be taken back (Unisci). */
  submitColor?: MantineColor;
  /** Disables the submit while the form lacks what it needs (nothing chosen yet). */
  submitDisabled?: boolean;
  /** What Annulla does; inside a form modal it closes the modal by default. */
  onCancel?: () => void;
  /** Buttons shown at the start of the footer. */
  extra?: ReactNode;
};

/** Annulla and the submit button, disabled while the form submits. */
export function FormFooter({
  submitLabel,
  submitColor,
  submitDisabled,
  onCancel,
  extra,
}: FormFooterProps) {
  const t = useT();
  const modal = useFormModal();
  const submitting = useSubmitting();
  const cancel = onCancel ?? modal?.close;
  return (
    <Group justify={extra ? 'space-between' : 'flex-end'}>
      {extra}
      <Group>
        {cancel && (
          <Button variant="default" onClick={cancel}>
            {t('common.cancel')}
          </Button>
        )}
        <Button type="submit" color={submitColor} disabled={submitDisabled} loading={submitting}>
          {submitLabel}
        </Button>
      </Group>
    </Group>
  );
}
