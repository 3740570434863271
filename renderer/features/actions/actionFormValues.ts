import { readProgress } from '../../../shared/actions';
import type { Action, ActionPriority, ActionStatus } from '../../../shared/domain';
import type { DraftOf } from '../../db';

/** What the action form edits; the due date as the `yyyy-MM-dd` of a date input, '' for none. */
export type ActionFormValues = {
  title: string;
  description: string;
  ownerOrganizationId: string | null;
  ownerContactId: string | null;
  supportingOrganizationIds: string[];
  projectId: string | null;
  dueDate: string;
  status: ActionStatus;
  priority: ActionPriority;
  /** As typed: '' while empty (an action reopened from completed waits for its new progress). */
  progress: number | string;
  tags: string[];
  /** Free text for the timeline. */
  note: string;
};

/** Where a new action comes from: a meeting and one of its agenda items. */
export type ActionOrigin = { originMeetingId: string; originAgendaItemId: string | null };

/** The empty form of a new action. */
export const newActionValues: ActionFormValues = {
  title: '',
  description: '',
  ownerOrganizationId: null,
  ownerContactId: null,
  supportingOrganizationIds: [],
  projectId: null,
  dueDate: '',
  status: 'daAvviare',
  priority: 'media',
  progress: 0,
  tags: [],
  note: '',
};

/** The form's values for an existing action. */
export function formValuesOf(action: Action): ActionFormValues {
  return {
    title: action.title,
    description: action.description,
    ownerOrganizationId: action.ownerOrganizationId,
    ownerContactId: action.ownerContactId,
    supportingOrganizationIds: action.supportingOrganizationIds,
    projectId: action.projectId,
    dueDate: action.dueDate ?? '',
    status: action.status,
    priority: action.priority,
    progress: action.progress,
    tags: action.tags,
    note: '',
  };
}

/** The progress of valid form values; the form refuses any other before it gets here. */
function progressOf(typed: number | string): number {
  const read = readProgress(typed);
  if ('problem' in read) throw new Error(`Avanzamento non valido: ${String(typed)}`);
  return read.progress;
}

/** The fields of an action the form sets, from its values. */
export function actionFieldsOf(
  values: ActionFormValues,
): Omit<DraftOf<'actions'>, 'networkId' | 'originMeetingId' | 'originAgendaItemId'> {
  return {
    title: values.title.trim(),
    description: values.description,
    ownerOrganizationId: values.ownerOrganizationId,
    ownerContactId: values.ownerOrganizationId === null ? null : values.ownerContactId,
    supportingOrganizationIds: values.supportingOrganizationIds.filter(
      (id) => id !== values.ownerOrganizationId,
    ),
    projectId: values.projectId,
    dueDate: values.dueDate === '' ? null : values.dueDate,
    status: values.status,
    priority: values.priority,
    progress: progressOf(values.progress),
    tags: [...new Set(values.tags.map((tag) => tag.trim()).filter(Boolean))],
  };
}
