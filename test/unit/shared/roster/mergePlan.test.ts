import { describe, expect, it } from 'vitest';
import {
  planOrganizationMerge,
  summarizeMergePlan,
  type MergeSources,
} from '../../../../shared/roster';
import { nextId, organizationOf, recordOf } from './rosterRecords';

const networkId = nextId();
const otherNetworkId = nextId();
const survivor = organizationOf({
  name: 'Lavoro Insieme Società Cooperativa Sociale',
  type: 'cooperativaSociale',
  comune: 'Peschiera Borromeo',
  provincia: 'MI',
  areasOfWork: ['inserimento lavorativo'],
});
const merged = organizationOf({
  name: 'Lavoro Insieme coop. soc.',
  type: 'cooperativaSociale',
  comune: 'Peschiera Borromeo',
  provincia: 'MI',
  vatNumber: '12345678903',
  email: 'info@lavoroinsieme.it',
  areasOfWork: ['formazione', 'inserimento lavorativo'],
});
const third = organizationOf({ name: 'Comune di Segrate' });

function sourcesWith(overrides: Partial<MergeSources>): MergeSources {
  return {
    survivor,
    merged,
    contacts: [],
    memberships: [],
    actions: [],
    relationships: [],
    attendances: [],
    projects: [],
    meetings: [],
    agendaItems: [],
    indicatorValues: [],
    networks: [],
    ...overrides,
  };
}

describe('planOrganizationMerge', () => {
  it('fills the survivor’s empty fields from the merged one, joins the areas and archives the merged one', () => {
    const plan = planOrganizationMerge(sourcesWith({}));
    expect(plan.updates).toEqual([
      {
        table: 'organizations',
        id: survivor.id,
        patch: {
          vatNumber: '12345678903',
          email: 'info@lavoroinsieme.it',
          areasOfWork: ['inserimento lavorativo', 'formazione'],
        },
      },
    ]);
    expect(plan.archives).toEqual([{ table: 'organizations', id: merged.id }]);
  });

  it('moves contacts, and moves a membership of a network the survivor is not in', () => {
    const contact = recordOf('contacts', { organizationId: merged.id, lastName: 'Bianchi' });
    const membership = recordOf('memberships', {
      networkId: otherNetworkId,
      organizationId: merged.id,
      role: 'aderente',
      votingRight: false,
    });
    const plan = planOrganizationMerge(
      sourcesWith({ contacts: [contact], memberships: [membership] }),
    );
    expect(plan.updates).toContainEqual({
      table: 'contacts',
      id: contact.id,
      patch: { organizationId: survivor.id },
    });
    expect(plan.updates).toContainEqual({
      table: 'memberships',
      id: membership.id,
      patch: { organizationId: survivor.id },
    });
  });

  it('combines two memberships of the same network into the survivor’s and archives the other', () => {
    const representative = nextId();
    const delegate = nextId();
    const kept = recordOf('memberships', {
      networkId,
      organizationId: survivor.id,
      role: 'aderente',
      votingRight: false,
      from: '2025-01-01',
      to: '2026-12-31',
      representativeContactIds: [representative],
    });
    const duplicate = recordOf('memberships', {
      networkId,
      organizationId: merged.id,
      role: 'partner',
      votingRight: true,
      from: '2024-06-01',
      to: null,
      representativeContactIds: [representative],
      delegateContactIds: [delegate],
    });
    const plan = planOrganizationMerge(sourcesWith({ memberships: [kept, duplicate] }));
    expect(plan.updates).toContainEqual({
      table: 'memberships',
      id: kept.id,
      patch: {
        role: 'partner',
        votingRight: true,
        from: '2024-06-01',
        to: null,
        representativeContactIds: [representative],
        delegateContactIds: [delegate],
      },
    });
    expect(plan.archives).toContainEqual({ table: 'memberships', id: duplicate.id });
  });

  it('moves owned and supported actions without listing the owner among its supporters', () => {
    const owned = recordOf('actions', {
      networkId,
      title: 'Mappatura dei servizi',
      ownerOrganizationId: merged.id,
      supportingOrganizationIds: [survivor.id, third.id],
      status: 'inCorso',
      priority: 'media',
      progress: 20,
    });
    const supported = recordOf('actions', {
      networkId,
      title: 'Sportello lavoro',
      ownerOrganizationId: third.id,
      supportingOrganizationIds: [merged.id, survivor.id],
      status: 'daAvviare',
      priority: 'alta',
      progress: 0,
    });
    const plan = planOrganizationMerge(sourcesWith({ actions: [owned, supported] }));
    expect(plan.updates).toContainEqual({
      table: 'actions',
      id: owned.id,
      patch: { ownerOrganizationId: survivor.id, supportingOrganizationIds: [third.id] },
    });
    expect(plan.updates).toContainEqual({
      table: 'actions',
      id: supported.id,
      patch: { ownerOrganizationId: third.id, supportingOrganizationIds: [survivor.id] },
    });
  });

  it('moves both ends of relationships and archives one that would join the survivor to itself', () => {
    const outgoing = recordOf('relationships', {
      sourceOrganizationId: merged.id,
      targetOrganizationId: third.id,
      kind: 'convenzione',
      directed: true,
    });
    const incoming = recordOf('relationships', {
      sourceOrganizationId: third.id,
      targetOrganizationId: merged.id,
      kind: 'invio',
      directed: true,
    });
    const selfLoop = recordOf('relationships', {
      sourceOrganizationId: survivor.id,
      targetOrganizationId: merged.id,
      kind: 'collaborazione',
      directed: false,
    });
    const plan = planOrganizationMerge(
      sourcesWith({ relationships: [outgoing, incoming, selfLoop] }),
    );
    expect(plan.updates).toContainEqual({
      table: 'relationships',
      id: outgoing.id,
      patch: { sourceOrganizationId: survivor.id, targetOrganizationId: third.id },
    });
    expect(plan.updates).toContainEqual({
      table: 'relationships',
      id: incoming.id,
      patch: { sourceOrganizationId: third.id, targetOrganizationId: survivor.id },
    });
    expect(plan.archives).toContainEqual({ table: 'relationships', id: selfLoop.id });
    expect(plan.updates.some((update) => update.id === selfLoop.id)).toBe(false);
  });

  it('keeps the better attendance when both attended the same meeting, and moves the others', () => {
    const meetingId = nextId();
    const otherMeetingId = nextId();
    const absent = recordOf('attendances', {
      meetingId,
      organizationId: survivor.id,
      status: 'assente',
    });
    const present = recordOf('attendances', {
      meetingId,
      organizationId: merged.id,
      status: 'presente',
      arrivalTime: '09:30',
    });
    const elsewhere = recordOf('attendances', {
      meetingId: otherMeetingId,
      organizationId: merged.id,
      status: 'assenteGiustificato',
    });
    const plan = planOrganizationMerge(sourcesWith({ attendances: [absent, present, elsewhere] }));
    expect(plan.updates).toContainEqual({
      table: 'attendances',
      id: absent.id,
      patch: {
        status: 'presente',
        contactId: null,
        delegateName: '',
        arrivalTime: '09:30',
        departureTime: null,
      },
    });
    expect(plan.archives).toContainEqual({ table: 'attendances', id: present.id });
    expect(plan.updates).toContainEqual({
      table: 'attendances',
      id: elsewhere.id,
      patch: { organizationId: survivor.id },
    });
  });

  it('moves the lead and partners of projects, adding up the budget of a partner listed twice', () => {
    const project = recordOf('projects', {
      networkId,
      title: 'Patto per il lavoro',
      state: 'inCorso',
      leadOrganizationId: merged.id,
      partners: [
        { organizationId: survivor.id, role: 'partner', budgetShare: 1000 },
        { organizationId: merged.id, role: 'partner', budgetShare: 500 },
        { organizationId: third.id, role: 'partner', budgetShare: 200 },
      ],
    });
    const plan = planOrganizationMerge(sourcesWith({ projects: [project] }));
    expect(plan.updates).toContainEqual({
      table: 'projects',
      id: project.id,
      patch: {
        leadOrganizationId: survivor.id,
        partners: [
          { organizationId: survivor.id, role: 'partner', budgetShare: 1500 },
          { organizationId: third.id, role: 'partner', budgetShare: 200 },
        ],
      },
    });
  });

  it('moves invitations, presentations, indicator values and the coordination of networks', () => {
    const meeting = recordOf('meetings', {
      networkId,
      year: 2026,
      number: 1,
      kind: 'ordinaria',
      status: 'convocata',
      date: '2026-02-10',
      invitedOrganizationIds: [merged.id, survivor.id],
    });
    const item = recordOf('agendaItems', {
      meetingId: meeting.id,
      order: 0,
      title: 'Presentazione',
      kind: 'informativa',
      plannedMinutes: 10,
      presenterOrganizationId: merged.id,
    });
    const value = recordOf('indicatorValues', {
      indicatorId: nextId(),
      projectId: nextId(),
      organizationId: merged.id,
      period: '2026-Q1',
      value: 4,
    });
    const network = recordOf('networks', { name: 'Rete', coordinatingOrganizationId: merged.id });
    const plan = planOrganizationMerge(
      sourcesWith({
        meetings: [meeting],
        agendaItems: [item],
        indicatorValues: [value],
        networks: [network],
      }),
    );
    expect(plan.updates).toContainEqual({
      table: 'meetings',
      id: meeting.id,
      patch: { invitedOrganizationIds: [survivor.id] },
    });
    expect(plan.updates).toContainEqual({
      table: 'agendaItems',
      id: item.id,
      patch: { presenterOrganizationId: survivor.id },
    });
    expect(plan.updates).toContainEqual({
      table: 'indicatorValues',
      id: value.id,
      patch: { organizationId: survivor.id },
    });
    expect(plan.updates).toContainEqual({
      table: 'networks',
      id: network.id,
      patch: { coordinatingOrganizationId: survivor.id },
    });
    expect(summarizeMergePlan(plan)).toEqual({
      organizations: { updated: 1, archived: 1 },
      meetings: { updated: 1, archived: 0 },
      agendaItems: { updated: 1, archived: 0 },
      indicatorValues: { updated: 1, archived: 0 },
      networks: { updated: 1, archived: 0 },
    });
  });

  it('refuses to merge an organization into itself', () => {
    expect(() => planOrganizationMerge(sourcesWith({ merged: survivor }))).toThrow(/itself/);
  });
});
