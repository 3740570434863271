import type { ModalProps } from '@mantine/core';
import { randomId } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import type { ReactNode } from 'react';
import type { Translate } from '../../app/RegiaContext';
import { FormModalFrame, type CloseRequest } from './FormModalFrame';

/** How a form modal looks and what it holds. */
export type FormModalOptions = {
  /** The translator, for the close button's name. */
  t: Translate;
  /** The modal's heading. */
  title: string;
  /** The modal's width. */
  size?: ModalProps['size'];
  /** The form; it reaches the modal through `useFormModal()` (or `GuardedForm`, which does). */
  children: ReactNode;
};

/**
 * Opens a form in a modal that asks "Scartare le modifiche?" before Escape, the close button, a
 * click outside or a change of page throws away what the form holds. Returns the modal's id.
 */
export function openFormModal({ t, title, size, children }: FormModalOptions): string {
  const modalId = randomId('form-modal-');
  // The frame mounts inside the modal and takes over the close requests the modal receives.
  const closeRequest: CloseRequest = { current: () => modals.close(modalId) };
  modals.open({
    modalId,
    title,
    size,
    closeOnEscape: false,
    closeOnClickOutside: false,
    overlayProps: { onClick: () => closeRequest.current() },
    closeButtonProps: {
      'aria-label': t('common.close'),
      // Mantine's close button closes before its own onClick runs: the capture phase comes first.
      onClickCapture: (event) => {
        event.stopPropagation();
        closeRequest.current();
      },
    },
    children: (
      <FormModalFrame closeRequest={closeRequest} close={() => modals.close(modalId)}>
        {children}
      </FormModalFrame>
    ),
  });
  return modalId;
}
