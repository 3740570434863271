import Dexie, { type Collection } from 'dexie';
import {
  actionFilterOf,
  actionFilterPredicate,
  addCalendarDays,
  type ActionFilter,
} from '../../../shared/actions';
import type { Action } from '../../../shared/domain';
import type { RegiaDatabase } from '../../db';
import { todayIsoDate } from '../../app/formatting';

type ActionCollection = Collection<Action, string>;

/** One way to narrow the actions of a network through an index. */
export type ActionIndexCandidate = { index: string; collection: () => ActionCollection };

const highestDay = '9999-12-31';

/** The indexed collections that contain every action a filter can let through. */
export function indexCandidates(
  db: RegiaDatabase,
  networkId: string,
  filter: ActionFilter,
  today: string,
): ActionIndexCandidate[] {
  const candidates: ActionIndexCandidate[] = [];
  const { statuses, ownerOrganizationId, projectId, originMeetingId, tag } = filter;
  if (statuses.length > 0) {
    candidates.push({
      index: '[networkId+status]',
      collection: () =>
        db.actions.where('[networkId+status]').anyOf(statuses.map((status) => [networkId, status])),
    });
  }
  if (ownerOrganizationId !== null) {
    candidates.push({
      index: '[networkId+ownerOrganizationId]',
      collection: () =>
        db.actions
          .where('[networkId+ownerOrganizationId]')
          .equals([networkId, ownerOrganizationId]),
    });
  }
  if (projectId !== null) {
    candidates.push({
      index: '[networkId+projectId]',
      collection: () => db.actions.where('[networkId+projectId]').equals([networkId, projectId]),
    });
  }
  if (originMeetingId !== null) {
    candidates.push({
      index: 'originMeetingId',
      collection: () => db.actions.where('originMeetingId').equals(originMeetingId),
    });
  }
  if (tag !== null) {
    candidates.push({ index: 'tags', collection: () => db.actions.where('tags').equals(tag) });
  }
  if (filter.dueFrom !== null || filter.dueTo !== null || filter.overdueOnly) {
    const lowest = filter.dueFrom ?? '';
    const yesterday = addCalendarDays(today, -1);
    const upper = filter.dueTo ?? highestDay;
    const highest = filter.overdueOnly && yesterday < upper ? yesterday : upper;
    candidates.push({
      index: '[networkId+dueDate]',
      collection: () =>
        db.actions
          .where('[networkId+dueDate]')
          .between([networkId, lowest], [networkId, highest], true, true),
    });
  }
  return candidates;
}

/**
 * The candidate that reads the fewest rows, by counting each through its index. Written with
 * `then` on Dexie's promises rather than `await`: inside a live query an await of a promise that
 * is not Dexie's can lose the zone, and the query would stop following changes.
 */
function narrowest(candidates: ActionIndexCandidate[]): Promise<ActionIndexCandidate | null> {
  if (candidates.length <= 1) return Dexie.Promise.resolve(candidates[0] ?? null);
  return Dexie.Promise.all(candidates.map((candidate) => candidate.collection().count())).then(
    (counts) => {
      let best = 0;
      counts.forEach((count, index) => {
        if (count < (counts[best] ?? Infinity)) best = index;
      });
      return candidates[best] ?? null;
    },
  );
}

/** The index a filter's query reads through: the narrowest one, or `networkId` when none applies. */
export async function planActionQuery(
  db: RegiaDatabase,
  networkId: string,
  filter: Partial<ActionFilter>,
  today: string = todayIsoDate(),
): Promise<string> {
  const candidate = await narrowest(indexCandidates(db, networkId, actionFilterOf(filter), today));
  return candidate?.index ?? 'networkId';
}

/**
 * The actions of a network that pass a filter. The narrowest index the filter allows (status,
 * owner, project, origin meeting, tag or due range, each counted first) reads the candidate rows;
 * the other conditions are checked in memory. With no indexed condition, the network's index.
 * Safe inside a Dexie live query: every step is a Dexie promise.
 */
export function queryActions(
  db: RegiaDatabase,
  networkId: string,
  filter: Partial<ActionFilter> = {},
  today: string = todayIsoDate(),
): Promise<Action[]> {
  const complete = actionFilterOf(filter);
  const passes = actionFilterPredicate(complete, today);
  return narrowest(indexCandidates(db, networkId, complete, today))
    .then((candidate) =>
      candidate
        ? candidate.collection().toArray()
        : db.actions.where('networkId').equals(networkId).toArray(),
    )
    .then((rows) => rows.filter((action) => action.networkId === networkId && passes(action)));
}
