import type { z } from 'zod';
import { actionSchema, actionUpdateSchema } from './actions';
import { attachmentSchema } from './attachments';
import { auditEntrySchema, settingSchema } from './audit';
import { exchangeBatchSchema } from './exchange';
import { agendaItemSchema, attendanceSchema, meetingSchema } from './meetings';
import { mapViewSchema, relationshipSchema } from './networkMap';
import {
  expenditureSchema,
  indicatorSchema,
  indicatorValueSchema,
  projectSchema,
} from './projects';
import { contactSchema, membershipSchema, networkSchema, organizationSchema } from './roster';

/** Every stored table and the schema of its rows: the single list backup, restore and the database share. */
export const tableSchemas = {
  networks: networkSchema,
  organizations: organizationSchema,
  contacts: contactSchema,
  memberships: membershipSchema,
  projects: projectSchema,
  indicators: indicatorSchema,
  indicatorValues: indicatorValueSchema,
  expenditures: expenditureSchema,
  meetings: meetingSchema,
  agendaItems: agendaItemSchema,
  attendances: attendanceSchema,
  attachments: attachmentSchema,
  actions: actionSchema,
  actionUpdates: actionUpdateSchema,
  relationships: relationshipSchema,
  mapViews: mapViewSchema,
  exchangeBatches: exchangeBatchSchema,
  auditEntries: auditEntrySchema,
  settings: settingSchema,
} as const;

export type TableName = keyof typeof tableSchemas;
export type RowOf<T extends TableName> = z.infer<(typeof tableSchemas)[T]>;
export const tableNames = Object.keys(tableSchemas) as TableName[];

/** Tables whose rows carry the record bookkeeping fields and go through a repository. */
export type EntityTableName = Exclude<TableName, 'auditEntries' | 'settings'>;
export const entityTableNames = tableNames.filter(
  (name): name is EntityTableName => name !== 'auditEntries' && name !== 'settings',
);
