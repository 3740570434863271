import {
  addCalendarDays,
  calendarDayOf,
  compareIso,
  completionsByMonth,
  endOfWeekDay,
  isDueBetween,
  isOverdueAction,
  openActionStatuses,
  type MonthlyCompletions,
} from '../../../shared/actions';
import type { Action } from '../../../shared/domain';
import type { RegiaDatabase } from '../../db';

/** How many actions one organization has open, and how many of them are overdue. */
export type PartnerLoad = { organizationId: string; open: number; overdue: number };

/** A completed action and the moment it was completed. */
export type Completion = { action: Action; completedAt: string };

/** How many actions are in a list, and the first few to show. */
export type ActionSample = { count: number; first: Action[] };

/** The action figures of the overview: counts, and only the few rows the page shows. */
export type OverviewActions = {
  openCount: number;
  overdue: ActionSample;
  dueThisWeek: ActionSample;
  blocked: ActionSample;
  /** The ten organizations with the most open actions. */
  partners: PartnerLoad[];
  /** How many organizations have open actions, shown or not. */
  partnerCount: number;
  recentlyCompleted: Completion[];
  completions: MonthlyCompletions[];
  /** Names of the organizations the cards show (the owners listed and the partners), by id. */
  organizationNames: ReadonlyMap<string, string>;
};

// Enough to show every overdue action of a real network; the card scrolls.
const shownPerList = 50;

const byDueDate = (first: Action, second: Action): number =>
  compareIso(first.dueDate ?? '', second.dueDate ?? '');

function sampleOf(actions: Action[]): ActionSample {
  return { count: actions.length, first: actions.sort(byDueDate).slice(0, shownPerList) };
}

function partnerFigures(loads: PartnerLoad[]): { partners: PartnerLoad[]; partnerCount: number } {
  return { partners: loads.slice(0, 10), partnerCount: loads.length };
}

function partnerLoads(open: readonly Action[], today: string): PartnerLoad[] {
  const loads = new Map<string, PartnerLoad>();
  for (const action of open) {
    if (action.ownerOrganizationId === null) continue;
    const load = loads.get(action.ownerOrganizationId) ?? {
      organizationId: action.ownerOrganizationId,
      open: 0,
      overdue: 0,
    };
    load.open += 1;
    if (isOverdueAction(action, today)) load.overdue += 1;
    loads.set(action.ownerOrganizationId, load);
  }
  return [...loads.values()].sort(
    (first, second) => second.overdue - first.overdue || second.open - first.open,
  );
}

/**
 * Completions of the last twelve months from the timeline (each change to "completata"), the
 * network's completed actions found through `[networkId+status]` by key only, never by row.
 */
async function readCompletions(
  db: RegiaDatabase,
  networkId: string,
  today: string,
): Promise<{ recentlyCompleted: Completion[]; completions: MonthlyCompletions[] }> {
  const since = new Date(`${addCalendarDays(today, -400)}T00:00:00`).toISOString();
  const [completedKeys, updates] = await Promise.all([
    db.actions.where('[networkId+status]').equals([networkId, 'completata']).primaryKeys(),
    db.actionUpdates.where('at').aboveOrEqual(since).toArray(),
  ]);
  const completed = new Set(completedKeys);
  const events = updates
    .filter((update) => update.statusTo === 'completata' && completed.has(update.actionId))
    .sort((first, second) => compareIso(second.at, first.at));
  const latest = new Map<string, string>();
  for (const event of events) if (!latest.has(event.actionId)) latest.set(event.actionId, event.at);
  const recentIds = [...latest.keys()].slice(0, 5);
  const recentRows = await db.actions.bulkGet(recentIds);
  return {
    recentlyCompleted: recentRows.flatMap((action) =>
      action && action.archivedAt === null
        ? [{ action, completedAt: latest.get(action.id) ?? action.updatedAt }]
        : [],
    ),
    completions: completionsByMonth(
      events.map((event) => calendarDayOf(new Date(event.at))),
      today,
    ),
  };
}

/** Names of the organizations, read by id: only the few the page shows, never the whole network. */
async function namesOf(
  db: RegiaDatabase,
  ids: ReadonlySet<string>,
): Promise<ReadonlyMap<string, string>> {
  const organizations = await db.organizations.bulkGet([...ids]);
  return new Map(
    organizations.flatMap((organization) =>
      organization ? [[organization.id, organization.name] as const] : [],
    ),
  );
}

/**
 * The action figures of a network through its indexes: the open actions by `[networkId+status]`
 * (overdue, due this week, blocked and per-partner counts come from them), completions from the
 * timeline's `at` index. Closed actions are never read row by row.
 */
export async function readOverviewActions(
  db: RegiaDatabase,
  networkId: string,
  today: string,
): Promise<OverviewActions> {
  // One equality query per open status: each is a single getAll, where anyOf walks a cursor.
  const [openGroups, completions] = await Promise.all([
    Promise.all(
      openActionStatuses.map((status) =>
        db.actions.where('[networkId+status]').equals([networkId, status]).toArray(),
      ),
    ),
    readCompletions(db, networkId, today),
  ]);
  const openRows = openGroups.flat();
  const weekEnd = endOfWeekDay(today);
  const open = openRows.filter((action) => action.archivedAt === null);
  const overdue = sampleOf(open.filter((action) => isOverdueAction(action, today)));
  const dueThisWeek = sampleOf(open.filter((action) => isDueBetween(action, today, weekEnd)));
  const blocked = sampleOf(open.filter((action) => action.status === 'bloccata'));
  const partners = partnerFigures(partnerLoads(open, today));
  const shownOwners = new Set([
    ...[overdue, dueThisWeek, blocked].flatMap((sample) =>
      sample.first.flatMap((action) => action.ownerOrganizationId ?? []),
    ),
    ...partners.partners.map((partner) => partner.organizationId),
  ]);
  return {
    openCount: open.length,
    overdue,
    dueThisWeek,
    blocked,
    ...partners,
    ...completions,
    organizationNames: await namesOf(db, shownOwners),
  };
}
