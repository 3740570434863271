import type { Meeting, MeetingGuest } from '../../../../shared/domain';
import { reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';

/** The commands on a meeting's guests and observers. */
export type GuestCommands = {
  add: (guest: MeetingGuest) => void;
  remove: (index: number) => void;
};

/** Adds and removes the meeting's guests, each change saved and audited as a meeting update. */
export function useGuestCommands(meeting: Meeting): GuestCommands {
  const { t, repositories } = useRegia();
  const guests = meeting.guests ?? [];
  const write = (next: MeetingGuest[]): void => {
    void reportFailure(t, () => repositories.meetings.update(meeting.id, { guests: next }));
  };
  return {
    add: (guest) =>
      write([
        ...guests,
        { name: guest.name.trim(), body: guest.body.trim(), role: guest.role.trim() },
      ]),
    remove: (index) => write(guests.filter((_, position) => position !== index)),
  };
}
