import { createContext, useContext } from 'react';

/** Whether the form around is submitting: its footer disables the submit button meanwhile. */
export const SubmittingContext = createContext(false);

/** Whether the form around this component is submitting. */
export function useSubmitting(): boolean {
  return useContext(SubmittingContext);
}
