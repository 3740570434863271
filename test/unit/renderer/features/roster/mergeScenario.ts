import type { RowOf } from '../../../../../shared/domain';
import type { Dataset } from '../../../../../renderer/db';
import { organizationOf, recordOf } from '../../../shared/roster/rosterRecords';

/** Two duplicates and a third organization, with a record of every kind that refers to them. */
export function mergeScenario() {
  const survivor = organizationOf({
    name: 'Lavoro Insieme Società Cooperativa Sociale',
    comune: 'Peschiera Borromeo',
  });
  const merged = organizationOf({
    name: 'Lavoro Insieme coop. soc.',
    comune: 'Peschiera Borromeo',
    vatNumber: '12345678903',
  });
  const third = organizationOf({ name: 'Comune di Segrate', comune: 'Segrate' });
  const network = recordOf('networks', {
    name: 'Patto Sud-Est Milano',
    coordinatingOrganizationId: merged.id,
  });
  const otherNetwork = recordOf('networks', { name: 'Reti per il lavoro' });
  const contact = recordOf('contacts', {
    organizationId: merged.id,
    lastName: 'Bianchi',
    firstName: 'Anna',
  });
  const archivedContact = recordOf('contacts', {
    organizationId: merged.id,
    lastName: 'Verdi',
    archivedAt: '2026-01-01T00:00:00.000Z',
  });
  const membership = (
    networkId: string,
    organizationId: string,
    role: RowOf<'memberships'>['role'],
  ) =>
    recordOf('memberships', {
      networkId,
      organizationId,
      role,
      votingRight: role !== 'osservatore',
    });
  const survivorMembership = membership(network.id, survivor.id, 'aderente');
  const mergedMembership = recordOf('memberships', {
    networkId: network.id,
    organizationId: merged.id,
    role: 'partner',
    votingRight: true,
    representativeContactIds: [contact.id],
  });
  const mergedOtherMembership = membership(otherNetwork.id, merged.id, 'osservatore');
  const action = (fields: Partial<RowOf<'actions'>>) =>
    recordOf('actions', {
      networkId: network.id,
      title: 'Azione',
      status: 'inCorso',
      priority: 'media',
      progress: 10,
      ...fields,
    });
  const owned = action({ ownerOrganizationId: merged.id, supportingOrganizationIds: [third.id] });
  const supported = action({
    ownerOrganizationId: third.id,
    supportingOrganizationIds: [merged.id],
  });
  const relationship = (source: string, target: string) =>
    recordOf('relationships', {
      sourceOrganizationId: source,
      targetOrganizationId: target,
      kind: 'collaborazione',
      directed: true,
    });
  const outgoing = relationship(merged.id, third.id);
  const incoming = relationship(third.id, merged.id);
  const selfLoop = relationship(survivor.id, merged.id);
  const meeting = (number: number) =>
    recordOf('meetings', {
      networkId: network.id,
      year: 2026,
      number,
      kind: 'ordinaria',
      status: 'svolta',
      date: `2026-0${number}-10`,
      invitedOrganizationIds: [survivor.id, merged.id, third.id],
    });
  const firstMeeting = meeting(1);
  const secondMeeting = meeting(2);
  const survivorAbsent = recordOf('attendances', {
    meetingId: firstMeeting.id,
    organizationId: survivor.id,
    status: 'assente',
  });
  const mergedPresent = recordOf('attendances', {
    meetingId: firstMeeting.id,
    organizationId: merged.id,
    status: 'presente',
  });
  const mergedAlone = recordOf('attendances', {
    meetingId: secondMeeting.id,
    organizationId: merged.id,
    status: 'presente',
  });
  const item = recordOf('agendaItems', {
    meetingId: firstMeeting.id,
    order: 0,
    title: 'Avanzamento',
    kind: 'informativa',
    plannedMinutes: 15,
    presenterOrganizationId: merged.id,
  });
  const project = recordOf('projects', {
    networkId: network.id,
    title: 'Sportello lavoro',
    state: 'inCorso',
    leadOrganizationId: merged.id,
    partners: [
      { organizationId: merged.id, role: 'partner', budgetShare: 100 },
      { organizationId: survivor.id, role: 'partner', budgetShare: 50 },
    ],
  });
  const indicator = recordOf('indicators', {
    projectId: project.id,
    name: 'Tirocini',
    kind: 'output',
    target: 10,
    periodicity: 'anno',
  });
  const value = recordOf('indicatorValues', {
    indicatorId: indicator.id,
    projectId: project.id,
    organizationId: merged.id,
    period: '2026',
    value: 3,
  });
  const dataset: Dataset = {
    organizations: [survivor, merged, third],
    networks: [network, otherNetwork],
    contacts: [contact, archivedContact],
    memberships: [survivorMembership, mergedMembership, mergedOtherMembership],
    actions: [owned, supported],
    relationships: [outgoing, incoming, selfLoop],
    meetings: [firstMeeting, secondMeeting],
    attendances: [survivorAbsent, mergedPresent, mergedAlone],
    agendaItems: [item],
    projects: [project],
    indicators: [indicator],
    indicatorValues: [value],
  };
  return {
    survivor,
    merged,
    third,
    dataset,
    ids: {
      contact,
      archivedContact,
      survivorMembership,
      mergedMembership,
      mergedOtherMembership,
      owned,
      supported,
      outgoing,
      incoming,
      selfLoop,
      survivorAbsent,
      mergedPresent,
      mergedAlone,
      item,
      project,
      value,
      network,
      firstMeeting,
    },
  };
}
