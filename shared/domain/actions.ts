import { z } from 'zod';
import { isoDateSchema, optionalText, recordMetaSchema, reference, references } from './record';

export const actionStatuses = [
  'daAvviare',
  'inCorso',
  'completata',
  'bloccata',
  'annullata',
] as const;
export const actionPriorities = ['bassa', 'media', 'alta'] as const;
export const changeSources = ['ui', 'import', 'restore', 'demo', 'migration'] as const;

export type ActionStatus = (typeof actionStatuses)[number];
export type ActionPriority = (typeof actionPriorities)[number];
export type ChangeSource = (typeof changeSources)[number];

/** An azione / impegno: who does what by when. */
export const actionSchema = recordMetaSchema.extend({
  networkId: z.uuid(),
  title: z.string().trim().min(1).max(500),
  description: optionalText,
  ownerOrganizationId: reference,
  ownerContactId: reference,
  supportingOrganizationIds: references,
  projectId: reference,
  dueDate: isoDateSchema.nullable().default(null),
  status: z.enum(actionStatuses),
  priority: z.enum(actionPriorities),
  progress: z.number().int().min(0).max(100),
  tags: z.array(z.string()).default([]),
  originMeetingId: reference,
  originAgendaItemId: reference,
});
export type Action = z.infer<typeof actionSchema>;

/** One entry of an action's timeline. */
export const actionUpdateSchema = recordMetaSchema.extend({
  actionId: z.uuid(),
  at: z.iso.datetime(),
  author: optionalText,
  source: z.enum(changeSources),
  text: optionalText,
  statusFrom: z.enum(actionStatuses).nullable().default(null),
  statusTo: z.enum(actionStatuses).nullable().default(null),
  progressFrom: z.number().nullable().default(null),
  progressTo: z.number().nullable().default(null),
  dueDateFrom: isoDateSchema.nullable().default(null),
  dueDateTo: isoDateSchema.nullable().default(null),
});
export type ActionUpdate = z.infer<typeof actionUpdateSchema>;
