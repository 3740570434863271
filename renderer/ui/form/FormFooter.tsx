import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../app/RegiaContext';
import { useFormModal } from '../formModal/FormModalContext';
import { useSubmitting } from './SubmittingContext';

type FormFooterProps = {
  /** The submit button's text: Crea, Salva, Aggiungi… */
  submitLabel: string;
  /** What Annulla does; inside a form modal it closes the modal by default. */
  onCancel?: () => void;
  /** Buttons shown at the start of the footer. */
  extra?: ReactNode;
};

/** Annulla and the submit button, disabled while the form submits. */
export function FormFooter({ submitLabel, onCancel, extra }: FormFooterProps) {
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
        <Button type="submit" loading={submitting}>
          {submitLabel}
        </Button>
      </Group>
    </Group>
  );
}
