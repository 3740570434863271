import { useLiveQuery } from 'dexie-react-hooks';
import { isOpenAction, isOverdueAction } from '../../../shared/actions';
import type { Action, AuditEntry, Meeting } from '../../../shared/domain';
import { todayIsoDate } from '../../app/formatting';
import { useRegia } from '../../app/RegiaContext';

/** The figures of the overview page for one network. */
export type OverviewData = {
  memberCount: number;
  openActionCount: number;
  overdueActions: Action[];
  nextMeeting: Meeting | undefined;
  projectCount: number;
  recentChanges: AuditEntry[];
};

/** Reads the overview figures of a network through its indexes. */
export function useOverviewData(networkId: string): OverviewData | undefined {
  const { db } = useRegia();
  const today = todayIsoDate();
  return useLiveQuery(async () => {
    const [memberCount, actions, upcoming, projectCount, recentChanges] = await Promise.all([
      db.memberships.where('networkId').equals(networkId).count(),
      db.actions.where('networkId').equals(networkId).toArray(),
      db.meetings
        .where('[networkId+date]')
        .between([networkId, today], [networkId, '9999-12-31'], true, true)
        .first(),
      db.projects.where('networkId').equals(networkId).count(),
      db.auditEntries.orderBy('at').reverse().limit(8).toArray(),
    ]);
    const live = actions.filter((action) => !action.archivedAt);
    return {
      memberCount,
      openActionCount: live.filter(isOpenAction).length,
      overdueActions: live
        .filter((action) => isOverdueAction(action, today))
        .sort((first, second) => (first.dueDate ?? '').localeCompare(second.dueDate ?? '')),
      nextMeeting: upcoming,
      projectCount,
      recentChanges,
    };
  }, [db, networkId, today]);
}
