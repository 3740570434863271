import type { Meeting, MeetingGuest } from '../../../../shared/domain';
import { useLiveCommands } from './useLiveCommands';

/** The commands on a meeting's guests and observers. */
export type GuestCommands = {
  add: (guest: MeetingGuest) => void;
  remove: (index: number) => void;
};

/** Adds and removes the meeting's guests, each change saved and audited as a meeting update. */
export function useGuestCommands(meeting: Meeting): GuestCommands {
  const commands = useLiveCommands(meeting.id);
  return { add: commands.addGuest, remove: commands.removeGuest };
}
