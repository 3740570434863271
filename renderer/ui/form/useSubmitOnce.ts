import { useCallback, useRef, useState } from 'react';

/** What a task run once reports: `false` means it did not finish its job and may run again. */
export type SubmitOutcome = boolean | void;

/** A runner that ignores a second start while the first is in flight. */
export type SubmitOnce = {
  /** Starts the task unless one is running; after a success it stays locked when `lockAfterSuccess`. */
  run: (task: () => Promise<SubmitOutcome>) => Promise<void>;
  /** Whether a task is running (or finished and locked): the submit button shows it and is disabled. */
  running: boolean;
};

/**
 * Runs a submit at most once at a time however often it is clicked or Enter is pressed. With
 * `lockAfterSuccess` (a form that closes when saved) a finished submit never runs again.
 */
export function useSubmitOnce(lockAfterSuccess = false): SubmitOnce {
  const inFlight = useRef(false);
  const [running, setRunning] = useState(false);
  const run = useCallback(
    async (task: () => Promise<SubmitOutcome>): Promise<void> => {
      if (inFlight.current) return;
      inFlight.current = true;
      setRunning(true);
      let done = false;
      try {
        done = (await task()) !== false;
      } finally {
        if (!(done && lockAfterSuccess)) {
          inFlight.current = false;
          setRunning(false);
        }
      }
    },
    [lockAfterSuccess],
  );
  return { run, running };
}
