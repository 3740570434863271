import {
  attendanceSchema,
  meetingSchema,
  type Action,
  type Attendance,
  type Meeting,
  type Membership,
  type Organization,
  type OrganizationType,
  type Project,
  type Relationship,
  type RelationshipKind,
} from '../../../../shared/domain';
import type { MapSourceData } from '../../../../shared/map';
import { schemaDefaults } from '../../../fixtures/schemaDefaults';

const at = '2026-01-15T09:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: at, updatedAt: at, rev: 1, archivedAt: null });
const networkId = '00000000-0000-4000-8000-000000000000';

/** A readable uuid for a test record: `uuid(7)` is `…-000000000007`. */
export function uuid(number: number): string {
  return `00000000-0000-4000-8000-${String(number).padStart(12, '0')}`;
}

/** An organization of the test network. */
export function organization(
  id: string,
  name: string,
  fields: Partial<Pick<Organization, 'provincia' | 'areasOfWork' | 'comune'>> & {
    type?: OrganizationType;
  } = {},
): Organization {
  return {
    ...meta(id),
    name,
    type: fields.type ?? 'comune',
    taxCode: '',
    vatNumber: '',
    comune: fields.comune ?? '',
    provincia: fields.provincia ?? 'MI',
    address: '',
    email: '',
    pec: '',
    phone: '',
    website: '',
    areasOfWork: fields.areasOfWork ?? [],
    notes: '',
    searchWords: [],
  };
}

/** A membership of the test network. */
export function membership(
  organizationId: string,
  from: string | null = null,
  to: string | null = null,
): Membership {
  return {
    ...meta(`m-${organizationId}`),
    networkId,
    organizationId,
    role: 'partner',
    votingRight: true,
    from,
    to,
    representativeContactIds: [],
    delegateContactIds: [],
  };
}

/** A relationship between two organizations. */
export function relationship(
  id: string,
  source: string,
  target: string,
  fields: Partial<Pick<Relationship, 'weight' | 'from' | 'to' | 'directed' | 'archivedAt'>> & {
    kind?: RelationshipKind;
  } = {},
): Relationship {
  return {
    ...meta(id),
    networkId,
    sourceOrganizationId: source,
    targetOrganizationId: target,
    kind: fields.kind ?? 'collaborazione',
    directed: fields.directed ?? false,
    weight: fields.weight ?? 1,
    from: fields.from ?? null,
    to: fields.to ?? null,
    notes: '',
    archivedAt: fields.archivedAt ?? null,
  };
}

/** A project led by one organization with some partners. */
export function project(
  id: string,
  lead: string,
  partners: string[],
  period: { from?: string; to?: string } = {},
): Project {
  return {
    ...meta(id),
    networkId,
    title: `Progetto ${id}`,
    code: '',
    callReference: '',
    state: 'inCorso',
    periodFrom: period.from ?? null,
    periodTo: period.to ?? null,
    leadOrganizationId: lead,
    partners: partners.map((organizationId) => ({
      organizationId,
      role: 'partner',
      budgetShare: 0,
    })),
    fundingSources: [],
    budgetLines: [],
    costItems: [],
    costPlan: [],
    cofinancingSources: [],
    description: '',
    goodPractice: null,
    callNumber: '',
    callDate: null,
    notes: '',
  };
}

/** An action owned by one organization and supported by others. */
export function action(
  id: string,
  owner: string,
  supporting: string[],
  fields: Partial<Pick<Action, 'projectId' | 'status' | 'originMeetingId'>> = {},
): Action {
  return {
    ...meta(id),
    networkId,
    title: `Azione ${id}`,
    description: '',
    ownerOrganizationId: owner,
    ownerContactId: null,
    supportingOrganizationIds: supporting,
    projectId: fields.projectId ?? null,
    dueDate: null,
    status: fields.status ?? 'inCorso',
    priority: 'media',
    progress: 0,
    tags: [],
    originMeetingId: fields.originMeetingId ?? null,
    originAgendaItemId: null,
  };
}

/** A meeting on a day; every field with a default takes it. */
export function meeting(id: string, date: string): Meeting {
  return {
    ...schemaDefaults(meetingSchema),
    ...meta(id),
    networkId,
    year: Number(date.slice(0, 4)),
    number: 1,
    kind: 'ordinaria',
    status: 'svolta',
    title: '',
    date,
  };
}

/** The attendance of one organization at a meeting; every field with a default takes it. */
export function attendance(
  meetingId: string,
  organizationId: string,
  status: Attendance['status'] = 'presente',
): Attendance {
  return {
    ...schemaDefaults(attendanceSchema),
    ...meta(`a-${meetingId}-${organizationId}`),
    meetingId,
    organizationId,
    status,
  };
}

/** Source data with nothing in it, to be filled by a test. */
export function emptySource(): MapSourceData {
  return {
    organizations: [],
    memberships: [],
    relationships: [],
    projects: [],
    actions: [],
    meetings: [],
    attendances: [],
  };
}
