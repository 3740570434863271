import type { Action } from '../../../../shared/domain';

let counter = 0;

/** A valid action with the given fields; ids are readable UUIDs counted from 1. */
export function actionWith(fields: Partial<Action> = {}): Action {
  counter += 1;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  return {
    id,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    rev: 1,
    archivedAt: null,
    networkId: '11111111-1111-4111-8111-111111111111',
    title: `Azione ${counter}`,
    description: '',
    ownerOrganizationId: null,
    ownerContactId: null,
    supportingOrganizationIds: [],
    projectId: null,
    dueDate: null,
    status: 'daAvviare',
    priority: 'media',
    progress: 0,
    tags: [],
    originMeetingId: null,
    originAgendaItemId: null,
    ...fields,
  };
}

export const afol = 'aaaaaaaa-0000-4000-8000-000000000001';
export const segrate = 'aaaaaaaa-0000-4000-8000-000000000002';
export const pioltello = 'aaaaaaaa-0000-4000-8000-000000000003';
export const sportello = 'bbbbbbbb-0000-4000-8000-000000000001';
export const emergenza = 'bbbbbbbb-0000-4000-8000-000000000002';
export const spring = 'cccccccc-0000-4000-8000-000000000001';

/** Names of the organizations and projects above. */
export const names: ReadonlyMap<string, string> = new Map([
  [afol, 'AFOL Metropolitana'],
  [segrate, 'Comune di Segrate'],
  [pioltello, 'Comune di Pioltello'],
  [sportello, 'Sportello Lavoro Sud Est'],
  [emergenza, 'Emergenza lavoro'],
]);
