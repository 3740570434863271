import type { ActionPriority, ActionStatus } from '../domain/actions';
import type { RowOf } from '../domain/tables';
import { contactKeysOf } from './contactSpecs';
import type { DemoContext } from './context';
import { required } from './context';
import { meetingRow } from './meetingBuilder';
import type { NetworkHandle } from './networks';
import { contactName } from './roster';

/** A deadline: `inDays` from today, or `thisWeek` days ahead but no later than Sunday. */
export type DueSpec = { inDays: number } | { thisWeek: number };

/** One entry of an action's timeline, `inDays` (negative) from today. */
export type ActionUpdateSpec = {
  inDays: number;
  time: string;
  /** Contact key of the author. */
  author: string;
  source: 'ui' | 'import';
  text: string;
  status?: [from: ActionStatus, to: ActionStatus];
  progress?: [from: number, to: number];
  due?: [from: DueSpec, to: DueSpec];
};

/** An azione of the demo. */
export type ActionSpec = {
  title: string;
  description: string;
  owner: string;
  /** Defaults to the owner's first referente. */
  ownerContact?: string;
  supporting?: string[];
  project?: string;
  due: DueSpec;
  status: ActionStatus;
  priority: ActionPriority;
  progress: number;
  tags: string[];
  /** The meeting key and agenda item order the action was decided at. */
  origin?: { meeting: string; item: number };
  updates?: ActionUpdateSpec[];
};

function dueDate(context: DemoContext, due: DueSpec): string {
  return 'inDays' in due
    ? context.calendar.day(due.inDays)
    : context.calendar.laterThisWeek(due.thisWeek);
}

function writeUpdates(context: DemoContext, actionId: string, updates: ActionUpdateSpec[]): void {
  for (const update of updates) {
    if (update.inDays >= 0) throw new Error(`Demo data: an action update must be in the past.`);
    context.dataset.actionUpdates.push({
      ...context.meta(),
      actionId,
      at: context.calendar.moment(update.inDays, update.time),
      author: contactName(context, update.author),
      source: update.source,
      text: update.text,
      statusFrom: update.status?.[0] ?? null,
      statusTo: update.status?.[1] ?? null,
      progressFrom: update.progress?.[0] ?? null,
      progressTo: update.progress?.[1] ?? null,
      dueDateFrom: update.due === undefined ? null : dueDate(context, update.due[0]),
      dueDateTo: update.due === undefined ? null : dueDate(context, update.due[1]),
    });
  }
}

/** Writes a network's actions and their timelines. */
export function buildActions(
  context: DemoContext,
  network: NetworkHandle,
  specs: ActionSpec[],
): void {
  for (const spec of specs) {
    const ownerContact = required(
      spec.ownerContact ?? contactKeysOf(spec.owner)[0],
      `referente of "${spec.owner}"`,
    );
    const origin = spec.origin;
    const row: RowOf<'actions'> = {
      ...context.meta(),
      networkId: network.id,
      title: spec.title,
      description: spec.description,
      ownerOrganizationId: context.organizations.id(spec.owner),
      ownerContactId: context.contacts.id(ownerContact),
      supportingOrganizationIds: (spec.supporting ?? []).map((key) =>
        context.organizations.id(key),
      ),
      projectId: spec.project === undefined ? null : context.projects.id(spec.project),
      dueDate: dueDate(context, spec.due),
      status: spec.status,
      priority: spec.priority,
      progress: spec.progress,
      tags: spec.tags,
      originMeetingId: origin === undefined ? null : meetingRow(context, origin.meeting).id,
      originAgendaItemId:
        origin === undefined ? null : context.agendaItems.id(`${origin.meeting}#${origin.item}`),
    };
    context.dataset.actions.push(row);
    writeUpdates(context, row.id, spec.updates ?? []);
  }
}
