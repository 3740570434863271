import { useLiveQuery } from 'dexie-react-hooks';
import { isActionReviewItem } from '../../../../shared/actions';
import type { Meeting, Organization } from '../../../../shared/domain';
import type { MinutesActionReviewInput } from '../../../../shared/meetings/minutes/minutesDocument';
import { todayIsoDate } from '../../../app/formatting';
import { useRegia } from '../../../app/RegiaContext';
import { readActionsAsOf } from '../../actions';
import type { MeetingRecord } from '../live/useMeetingRecord';

/** The actions the minutes review, and the organizations that own them. */
export type ReviewedActions = {
  review: MinutesActionReviewInput;
  organizations: ReadonlyMap<string, Organization>;
};

/** When the meeting ended, as an ISO timestamp: its closing time, else its end, else the day's end. */
function meetingEnd(meeting: Meeting): Date {
  const time = meeting.closingTime ?? meeting.endTime ?? '23:59';
  return new Date(`${meeting.date}T${time}:59.999`);
}

/**
 * For minutes with an item that reviews the actions: the network's actions as they stood when
 * the meeting ended (or now, for a meeting still to come), judged overdue against the meeting's
 * day. Null when no item reviews the actions, undefined while reading; kept current.
 */
export function useReviewedActions(
  meeting: Meeting,
  record: MeetingRecord | undefined,
): ReviewedActions | null | undefined {
  const { db } = useRegia();
  const wanted = record?.items.some((item) => isActionReviewItem(item.title)) ?? false;
  const later = (record?.meetings ?? [])
    .filter((other) => other.date > meeting.date)
    .map((other) => other.id)
    .join(',');
  const key = `${meeting.id}|${meeting.updatedAt}|${String(wanted)}|${later}`;
  const result = useLiveQuery(async () => {
    if (!wanted) return { key, value: null };
    const now = new Date();
    const end = meetingEnd(meeting);
    const moment = (end < now ? end : now).toISOString();
    const today = todayIsoDate();
    const actions = await readActionsAsOf(db, meeting.networkId, moment, {
      laterMeetingIds: new Set(later.split(',').filter(Boolean)),
    });
    const ownerIds = new Set(actions.flatMap((action) => action.ownerOrganizationId ?? []));
    const owners = await db.organizations.bulkGet([...ownerIds]);
    const organizations = new Map(
      owners.filter((owner) => owner !== undefined).map((owner) => [owner.id, owner]),
    );
    const day = meeting.date < today ? meeting.date : today;
    return { key, value: { review: { actions, day }, organizations } };
  }, [db, meeting, wanted, later, key]);
  return record && result?.key === key ? result.value : undefined;
}
