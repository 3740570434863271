import { useMemo } from 'react';
import type { Decision, MeetingGuest, Network } from '../../../../shared/domain';
import type { VoteContext } from '../../../../shared/meetings/votes';
import { notifyError, notifyProblem, notifySuccess } from '../../../app/notify';
import { useRegia, type Translate } from '../../../app/RegiaContext';
import { MeetingRuleError } from '../meetingWrites';
import { attachDelega } from './delegaFiles';
import {
  addGuest,
  closeMeeting,
  markAbsent,
  recordAttendance,
  recordDecision,
  removeGuest,
  saveItemNotes,
  setMeetingTimes,
  setQuorumRule,
  VoteRefusedError,
  type AttendanceChange,
  type MeetingTimes,
} from './liveWrites';

/** The commands of the live screen for one meeting, each saved in one transaction and reported. */
export type LiveCommands = {
  recordAttendance: (organizationId: string, change: AttendanceChange) => void;
  /** Marks absent every body named that is not checked in yet. */
  markAbsent: (organizationIds: readonly string[]) => void;
  /** Asks for the written delega of a delegated body and attaches it. */
  attachDelega: (attendanceId: string, bodyName: string) => void;
  /** Saves an item's notes for the minutes; resolves once saved, rejects on failure. */
  saveNotes: (itemId: string, minutesText: string) => Promise<unknown>;
  /** Records (or with null removes) an item's decision; resolves whether it was saved. */
  recordDecision: (
    itemId: string,
    decision: Decision | null,
    voting: Omit<VoteContext, 'itemKind'>,
  ) => Promise<boolean>;
  setTimes: (times: MeetingTimes) => void;
  close: (closingTime: string) => void;
  setQuorumRule: (networkId: string, rule: Network['quorumRule']) => void;
  addGuest: (guest: MeetingGuest) => void;
  removeGuest: (index: number) => void;
};

/** Tells the person why a command was refused, in the words of the rule it broke. */
function notifyRefusal(t: Translate, error: unknown, voters: number): void {
  if (error instanceof MeetingRuleError) {
    for (const problem of error.problems) notifyProblem(t, t(problem.message, problem.params));
  } else if (error instanceof VoteRefusedError) {
    for (const problem of error.problems) {
      notifyProblem(t, t(`vote.problem.${problem}`, { count: voters }));
    }
  } else {
    notifyError(t, error);
  }
}

/** The live screen's commands over the app's database; the object stays the same between renders. */
export function useLiveCommands(meetingId: string): LiveCommands {
  const { t, db, repositories } = useRegia();
  return useMemo(() => {
    const writers = { db, repositories };
    const run = async (task: () => Promise<unknown>, voters = 0): Promise<boolean> => {
      try {
        await task();
        return true;
      } catch (error) {
        notifyRefusal(t, error, voters);
        return false;
      }
    };
    return {
      recordAttendance: (organizationId, change) =>
        void run(() => recordAttendance(writers, meetingId, organizationId, change)),
      markAbsent: (organizationIds) =>
        void run(() => markAbsent(writers, meetingId, organizationIds)),
      attachDelega: (attendanceId, bodyName) =>
        void run(async () => {
          const outcome = await attachDelega(
            writers,
            attendanceId,
            t('presence.delegaOf', { name: bodyName }),
          );
          if (outcome.kind === 'attached') notifySuccess(t, t('presence.delegaAttached'));
          if (outcome.kind === 'tooLarge') throw new Error(t('presence.delegaTooLarge'));
        }),
      saveNotes: (itemId, minutesText) => saveItemNotes(writers, itemId, minutesText),
      recordDecision: (itemId, decision, voting) =>
        run(async () => {
          await recordDecision(writers, itemId, decision, voting);
          notifySuccess(t, t(decision ? 'live.decisionSaved' : 'live.decisionRemoved'));
        }, voting.voters),
      setTimes: (times) => void run(() => setMeetingTimes(writers, meetingId, times)),
      close: (closingTime) =>
        void run(async () => {
          await closeMeeting(writers, meetingId, closingTime);
          notifySuccess(t, t('live.closed', { time: closingTime }));
        }),
      setQuorumRule: (networkId, rule) => void run(() => setQuorumRule(writers, networkId, rule)),
      addGuest: (guest) => void run(() => addGuest(writers, meetingId, guest)),
      removeGuest: (index) => void run(() => removeGuest(writers, meetingId, index)),
    };
  }, [t, db, repositories, meetingId]);
}
