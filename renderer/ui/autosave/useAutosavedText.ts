import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { readDraft, removeDraft, writeDraft } from './draftStore';

/** Where a saved text is in its life: as stored, typed and waiting, or being written. */
export type AutosaveStatus = 'saved' | 'pending' | 'saving';

type AutosavedTextOptions = {
  /** Names the text across reloads, e.g. `meeting:<id>:minutesPremise`. */
  draftKey: string;
  /** The text as stored. */
  value: string;
  /** Writes the text where it belongs. */
  save: (text: string) => Promise<unknown>;
  /** Called when a save fails; the draft is kept. */
  onError?: (error: unknown) => void;
  /** Quiet time after the last keystroke before saving. */
  delayMs?: number;
};

/** A long text saved as it is typed, with the props of its text area. */
export type AutosavedText = {
  text: string;
  status: AutosaveStatus;
  setText: (text: string) => void;
  /** Saves now what is typed, if anything is waiting. */
  flush: () => Promise<void>;
  inputProps: {
    value: string;
    onChange: (event: ChangeEvent<HTMLTextAreaElement | HTMLInputElement>) => void;
    onBlur: () => void;
  };
};

/**
 * Saves a long text as the person types: after a pause, on leaving the field, when the component
 * goes away and when the window closes. Every keystroke is also kept as a local draft, so a reload
 * brings back (and saves) what had not reached the database yet.
 */
export function useAutosavedText({
  draftKey,
  value,
  save,
  onError,
  delayMs = 700,
}: AutosavedTextOptions): AutosavedText {
  const [text, setTextState] = useState(() => readDraft(draftKey) ?? value);
  const [status, setStatus] = useState<AutosaveStatus>(() =>
    (readDraft(draftKey) ?? value) === value ? 'saved' : 'pending',
  );
  const latest = useRef(text);
  const stored = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const callbacks = useRef({ save, onError });
  callbacks.current = { save, onError };

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const toSave = latest.current;
    if (toSave === stored.current) {
      removeDraft(draftKey);
      return;
    }
    setStatus('saving');
    try {
      await callbacks.current.save(toSave);
      stored.current = toSave;
      if (latest.current === toSave) {
        removeDraft(draftKey);
        setStatus('saved');
      } else {
        setStatus('pending');
      }
    } catch (error) {
      setStatus('pending');
      callbacks.current.onError?.(error);
    }
  }, [draftKey]);

  const setText = useCallback(
    (next: string): void => {
      latest.current = next;
      setTextState(next);
      writeDraft(draftKey, next);
      setStatus('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, draftKey, flush],
  );

  // A draft left by a reload is saved at once.
  useEffect(() => {
    if (latest.current !== stored.current) void flush();
  }, [flush]);

  // A change made elsewhere shows here unless something typed here waits to be saved.
  useEffect(() => {
    if (latest.current === stored.current && value !== stored.current) {
      latest.current = value;
      setTextState(value);
    }
    stored.current = value;
  }, [value]);

  useEffect(() => {
    const onBeforeUnload = (): void => void flush();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      void flush();
    };
  }, [flush]);

  return {
    text,
    status,
    setText,
    flush,
    inputProps: {
      value: text,
      onChange: (event) => setText(event.currentTarget.value),
      onBlur: () => void flush(),
    },
  };
}
