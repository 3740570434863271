import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { DiscardChangesPrompt } from './DiscardChangesPrompt';
import { FormModalContext, type FormModalControls } from './FormModalContext';

/** The handler the modal calls when asked to close; the frame replaces it once mounted. */
export type CloseRequest = { current: () => void };

type FormModalFrameProps = {
  closeRequest: CloseRequest;
  /** Closes the modal for good. */
  close: () => void;
  children: ReactNode;
};

// An open Select or menu marks its input so that its Escape closes only the dropdown.
function escapeBelongsToDropdown(event: KeyboardEvent): boolean {
  return (
    event.target instanceof Element &&
    event.target.getAttribute('data-mantine-stop-propagation') === 'true'
  );
}

/** The inside of a form modal: guards its close requests while the form holds unsaved changes. */
export function FormModalFrame({ closeRequest, close: closeModal, children }: FormModalFrameProps) {
  const dirty = useRef(false);
  // A closed modal stays mounted through its exit transition: it must not react meanwhile.
  const closed = useRef(false);
  const close = useCallback((): void => {
    if (closed.current) return;
    closed.current = true;
    closeModal();
  }, [closeModal]);
  const submitting = useRef(false);
  const leavingTo = useRef<string | null>(null);
  const [asking, setAsking] = useState(false);

  const controls = useMemo<FormModalControls>(
    () => ({
      close,
      requestClose: () => (dirty.current ? setAsking(true) : close()),
      setDirty: (value) => {
        dirty.current = value;
      },
      setSubmitting: (value) => {
        submitting.current = value;
      },
    }),
    [close],
  );

  useEffect(() => {
    closeRequest.current = controls.requestClose;
  }, [closeRequest, controls]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (closed.current || event.key !== 'Escape' || event.isComposing) return;
      if (escapeBelongsToDropdown(event)) return;
      if (asking) setAsking(false);
      else controls.requestClose();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [asking, controls]);

  // Leaving the page: the browser asks on a reload or a closed tab; a change of route inside the
  // app goes back and asks here, and goes on only if the changes are discarded.
  useEffect(() => {
    let returning = false;
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (dirty.current && !closed.current) event.preventDefault();
    };
    const onHashChange = (event: HashChangeEvent): void => {
      if (closed.current) return;
      if (returning) {
        returning = false;
        return;
      }
      // A submit that opens the record it created leaves the page: nothing is lost.
      if (!dirty.current || submitting.current) {
        close();
        return;
      }
      leavingTo.current = event.newURL;
      returning = true;
      window.location.replace(event.oldURL);
      setAsking(true);
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('hashchange', onHashChange);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [close]);

  const discard = (): void => {
    const destination = leavingTo.current;
    close();
    if (destination) window.location.hash = new URL(destination).hash;
  };
  const keepEditing = (): void => {
    leavingTo.current = null;
    setAsking(false);
  };

  return (
    <FormModalContext.Provider value={controls}>
      {asking && <DiscardChangesPrompt onKeepEditing={keepEditing} onDiscard={discard} />}
      {children}
    </FormModalContext.Provider>
  );
}
