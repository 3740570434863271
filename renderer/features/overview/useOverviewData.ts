import type { AuditEntry, Meeting } from '../../../shared/domain';
import { isActiveProject } from '../../../shared/projects';
import { useRegia } from '../../app/RegiaContext';
import { useTableQuery } from '../actions';
import { readOverviewActions, type OverviewActions } from './overviewActions';

/** The figures of the overview page for one network, apart from the actions. */
export type OverviewData = {
  memberCount: number;
  /** Funded projects not yet concluded nor archived (the same rule as the monitoring page). */
  projectCount: number;
  nextMeeting: Meeting | undefined;
  recentChanges: AuditEntry[];
  /** Names of the organizations of the network, by id. */
  organizationNames: ReadonlyMap<string, string>;
};

const tables = ['memberships', 'organizations', 'meetings', 'projects', 'auditEntries'] as const;
const actionTables = ['actions', 'actionUpdates'] as const;

/**
 * Reads the overview figures of a network through its indexes, again whenever one of the tables
 * behind them changes; undefined while loading.
 */
export function useOverviewData(networkId: string, today: string): OverviewData | undefined {
  const { db } = useRegia();
  return useTableQuery(
    db,
    tables,
    async () => {
      const [memberships, upcoming, projects, recentChanges] = await Promise.all([
        db.memberships.where('networkId').equals(networkId).toArray(),
        db.meetings
          .where('[networkId+date]')
          .between([networkId, today], [networkId, '9999-12-31'], true, true)
          .first(),
        db.projects.where('networkId').equals(networkId).toArray(),
        db.auditEntries.orderBy('at').reverse().limit(6).toArray(),
      ]);
      const organizations = await db.organizations.bulkGet(
        memberships.map((membership) => membership.organizationId),
      );
      return {
        memberCount: memberships.length,
        projectCount: projects.filter(isActiveProject).length,
        nextMeeting: upcoming,
        recentChanges,
        organizationNames: new Map(
          organizations.flatMap((organization) =>
            organization ? [[organization.id, organization.name]] : [],
          ),
        ),
      };
    },
    [db, networkId, today],
  );
}

/**
 * The action figures of the overview, read apart from the rest: in a large network they take
 * longest, and the page shows everything else meanwhile. They are read once `ready` says the
 * rest is shown: read alongside, their tens of thousands of rows hold up the small reads of the
 * first figures in the database's queue.
 */
export function useOverviewActions(
  networkId: string,
  today: string,
  ready: boolean,
): OverviewActions | undefined {
  const { db } = useRegia();
  return useTableQuery(
    db,
    actionTables,
    () => (ready ? readOverviewActions(db, networkId, today) : Promise.resolve(undefined)),
    [db, networkId, today, ready],
  );
}
