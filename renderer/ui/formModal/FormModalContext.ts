import { createContext, useContext } from 'react';

/** What a form inside a form modal can ask of the modal around it. */
export type FormModalControls = {
  /** Closes the modal without asking: after a save, or on an explicit Annulla. */
  close: () => void;
  /** Closes the modal, asking first when the form has unsaved changes. */
  requestClose: () => void;
  /** Tells the modal whether the form holds changes not yet saved. */
  setDirty: (dirty: boolean) => void;
  /** Tells the modal a submit runs: a change of page meanwhile is the submit's own doing. */
  setSubmitting: (submitting: boolean) => void;
};

export const FormModalContext = createContext<FormModalControls | null>(null);

/** The controls of the form modal around this component; null outside one. */
export function useFormModal(): FormModalControls | null {
  return useContext(FormModalContext);
}
