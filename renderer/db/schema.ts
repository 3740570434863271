import type { TableName } from '../../shared/domain';

type SchemaDefinition = Record<TableName, string>;

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

/** The schema version this build of Regia writes. */
export const currentSchemaVersion = 2;
