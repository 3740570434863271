import type { TableName } from '../../shared/domain';

/** Table name to Dexie index list; a table absent from an older version did not exist then. */
type SchemaDefinition = Partial<Record<TableName, string>>;

/** Version 1: every entity of the design, keyed by UUID, with the indexes the pages query by. */
export const schemaV1: SchemaDefinition = {
  networks: 'id, name, updatedAt',
  organizations: 'id, name, type, provincia, comune, taxCode, vatNumber, email, updatedAt',
  contacts: 'id, organizationId, lastName, email, updatedAt',
  memberships: 'id, networkId, organizationId, [networkId+organizationId], role',
  projects: 'id, networkId, code, leadOrganizationId',
  indicators: 'id, projectId',
  indicatorValues: 'id, indicatorId, projectId, organizationId, period',
  meetings: 'id, networkId, date, status, [networkId+date], [networkId+year]',
  agendaItems: 'id, meetingId, [meetingId+order]',
  attendances: 'id, meetingId, organizationId, [meetingId+organizationId]',
  actions:
    'id, networkId, ownerOrganizationId, status, dueDate, projectId, originMeetingId, [networkId+status], [networkId+dueDate], *tags',
  actionUpdates: 'id, actionId, at',
  relationships: 'id, networkId, sourceOrganizationId, targetOrganizationId, kind',
  mapViews: 'id, networkId',
  exchangeBatches: 'id, networkId, partnerOrganizationId, at',
  auditEntries: 'id, at, [table+recordId], batchId, source',
  settings: 'key',
};

/** Version 2: a multi-entry word index on organizations and contacts for the roster search. */
export const schemaV2: SchemaDefinition = {
  ...schemaV1,
  organizations: `${schemaV1.organizations}, *searchWords`,
  contacts: `${schemaV1.contacts}, *searchWords`,
};

/**
 * Version 3: compound indexes for the action views at scale (by owner, project and meeting
 * within a network, timeline by action and time) and the attachments of agenda items.
 */
export const schemaV3: SchemaDefinition = {
  ...schemaV2,
  actions: `${schemaV2.actions}, [networkId+ownerOrganizationId], [networkId+projectId], updatedAt`,
  actionUpdates: `${schemaV2.actionUpdates}, [actionId+at]`,
  attachments: 'id, meetingId, agendaItemId',
};

/**
 * Version 4: the organization page finds actions an organization supports; projects get the
 * expenditures reported per partner and period. New fields of networks, meetings and projects
 * need no index; the upgrade fills their defaults.
 */
export const schemaV4: SchemaDefinition = {
  ...schemaV3,
  actions: `${schemaV3.actions}, *supportingOrganizationIds`,
  expenditures: 'id, projectId, organizationId, [projectId+period]',
};

/**
 * Version 5: the indexes nothing reads any more are dropped, since every index is written again
 * with each record and an import rewrites thousands. The actions page filters in memory, so the
 * actions keep only the indexes of the pages that read a slice of them (a meeting's, a project's,
 * an organization's, a partner's, the overview's by status, the tags); a timeline is read through
 * `[actionId+at]` (Dexie reads `actionId` alone through it too), and audit entries are read by
 * time, by record and by batch.
 */
export const schemaV5: SchemaDefinition = {
  ...schemaV4,
  actions:
    'id, networkId, ownerOrganizationId, originMeetingId, [networkId+status], [networkId+ownerOrganizationId], [networkId+projectId], *tags, *supportingOrganizationIds',
  actionUpdates: 'id, at, [actionId+at]',
  auditEntries: 'id, at, [table+recordId], batchId',
};

/**
 * Version 6: the upgrade gives older rows the fields listed in `migrations/v6Fields.ts`. The
 * Azioni page's first opening draws its first rows and its count before every action is read:
 * the live actions in due order through `[networkId+dueDate]`, and the archived ones counted
 * through `[networkId+archivedAt]` (a live action's null leaves it out of that index).
 */
export const schemaV6: SchemaDefinition = {
  ...schemaV5,
  actions: `${schemaV5.actions}, [networkId+dueDate], [networkId+archivedAt]`,
};

/** The schema version this build of Regia writes. */
export const currentSchemaVersion = 6;
