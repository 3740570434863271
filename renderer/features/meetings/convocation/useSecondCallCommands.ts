import type { Meeting } from '../../../../shared/domain';
import { useRegia } from '../../../app/RegiaContext';
import { saveLetterDetails, setHeldInSecondCall, type LetterDetails } from './secondCallWrites';

/** The commands on a meeting's convocation details and its second call. */
export type SecondCallCommands = {
  saveDetails: (meeting: Meeting, details: LetterDetails) => Promise<Meeting>;
  setHeldInSecondCall: (meeting: Meeting, held: boolean) => Promise<Meeting>;
};

/** Saves the convocation's protocol and second call, and records a meeting held in second call. */
export function useSecondCallCommands(): SecondCallCommands {
  const { repositories } = useRegia();
  return {
    saveDetails: (meeting, details) => saveLetterDetails(repositories, meeting, details),
    setHeldInSecondCall: (meeting, held) => setHeldInSecondCall(repositories, meeting, held),
  };
}
