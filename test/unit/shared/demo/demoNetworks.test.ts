import { describe, expect, it } from 'vitest';
import { buildDemoDataset, type DemoDataset } from '../../../../shared/demo';
import { entityTableNames, tableSchemas } from '../../../../shared/domain/tables';
import { isValidCodiceFiscale, isValidPartitaIva } from '../../../../shared/roster/taxCodes';

const june15 = new Date(2026, 5, 15, 9, 30);
const todayJune15 = '2026-06-15';
const openStatuses = new Set(['daAvviare', 'inCorso', 'bloccata']);

/** Moments spread over a year, so that statuses and numbering are checked wherever `now` falls. */
const otherMoments = [
  new Date(2026, 0, 7, 8, 0),
  new Date(2026, 2, 1, 23, 59),
  new Date(2026, 9, 31, 12, 0),
  new Date(2026, 11, 30, 18, 0),
  new Date(2027, 4, 3, 10, 0),
];

function byId<T extends { id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

function schemaProblems(dataset: DemoDataset): string[] {
  const problems: string[] = [];
  for (const table of entityTableNames) {
    dataset[table].forEach((row, index) => {
      try {
        expect(tableSchemas[table].parse(row)).toEqual(row);
      } catch (error) {
        problems.push(`${table}[${index}] ${row.id}: ${String(error)}`);
      }
    });
  }
  return problems;
}

function referenceProblems(dataset: DemoDataset): string[] {
  const problems: string[] = [];
  const networks = byId(dataset.networks);
  const organizations = byId(dataset.organizations);
  const contacts = byId(dataset.contacts);
  const projects = byId(dataset.projects);
  const indicators = byId(dataset.indicators);
  const meetings = byId(dataset.meetings);
  const agendaItems = byId(dataset.agendaItems);
  const actions = byId(dataset.actions);
  const check = (ok: boolean, message: string): void => {
    if (!ok) problems.push(message);
  };
  const contactOf = (
    contactId: string | null,
    organizationId: string | null,
    where: string,
  ): void => {
    if (contactId === null) return;
    const contact = contacts.get(contactId);
    check(contact !== undefined, `${where}: unknown contact ${contactId}`);
    if (organizationId !== null) {
      check(
        contact?.organizationId === organizationId,
        `${where}: contact of another organization`,
      );
    }
  };
  const organization = (id: string | null, where: string): void => {
    if (id !== null) check(organizations.has(id), `${where}: unknown organization ${id}`);
  };
  const membersOf = (networkId: string): Set<string> =>
    new Set(
      dataset.memberships
        .filter((row) => row.networkId === networkId)
        .map((row) => row.organizationId),
    );

  for (const network of dataset.networks) {
    organization(network.coordinatingOrganizationId, `network ${network.name}`);
  }
  for (const contact of dataset.contacts)
    organization(contact.organizationId, `contact ${contact.id}`);
  for (const membership of dataset.memberships) {
    const where = `membership ${membership.id}`;
    check(networks.has(membership.networkId), `${where}: unknown network`);
    organization(membership.organizationId, where);
    for (const contactId of [
      ...membership.representativeContactIds,
      ...membership.delegateContactIds,
    ]) {
      contactOf(contactId, membership.organizationId, where);
    }
  }
  for (const project of dataset.projects) {
    const where = `project ${project.title}`;
    check(networks.has(project.networkId), `${where}: unknown network`);
    organization(project.leadOrganizationId, where);
    for (const partner of project.partners) organization(partner.organizationId, where);
  }
  for (const indicator of dataset.indicators) {
    check(projects.has(indicator.projectId), `indicator ${indicator.name}: unknown project`);
  }
  for (const value of dataset.indicatorValues) {
    const indicator = indicators.get(value.indicatorId);
    check(indicator !== undefined, `indicator value ${value.id}: unknown indicator`);
    check(indicator?.projectId === value.projectId, `indicator value ${value.id}: wrong project`);
    organization(value.organizationId, `indicator value ${value.id}`);
  }
  for (const meeting of dataset.meetings) {
    const where = `meeting ${meeting.title}`;
    check(networks.has(meeting.networkId), `${where}: unknown network`);
    contactOf(meeting.presidentContactId, null, `${where} president`);
    contactOf(meeting.secretaryContactId, null, `${where} secretary`);
    const members = membersOf(meeting.networkId);
    for (const id of meeting.invitedOrganizationIds) {
      check(members.has(id), `${where}: invites an organization outside the network`);
    }
    if (meeting.minutesApprovedInMeetingId !== null) {
      const approving = meetings.get(meeting.minutesApprovedInMeetingId);
      check(approving !== undefined, `${where}: unknown approving meeting`);
      check(approving?.networkId === meeting.networkId, `${where}: approved in another network`);
      check((approving?.date ?? '') > meeting.date, `${where}: approved before it was held`);
    }
  }
  for (const item of dataset.agendaItems) {
    const where = `agenda item ${item.title}`;
    check(meetings.has(item.meetingId), `${where}: unknown meeting`);
    organization(item.presenterOrganizationId, where);
    contactOf(item.presenterContactId, item.presenterOrganizationId, where);
  }
  for (const attendance of dataset.attendances) {
    const where = `attendance ${attendance.id}`;
    check(meetings.has(attendance.meetingId), `${where}: unknown meeting`);
    organization(attendance.organizationId, where);
    contactOf(attendance.contactId, attendance.organizationId, where);
  }
  for (const action of dataset.actions) {
    const where = `action ${action.title}`;
    check(networks.has(action.networkId), `${where}: unknown network`);
    organization(action.ownerOrganizationId, where);
    contactOf(action.ownerContactId, action.ownerOrganizationId, where);
    action.supportingOrganizationIds.forEach((id) => organization(id, where));
    if (action.projectId !== null)
      check(projects.has(action.projectId), `${where}: unknown project`);
    if (action.originMeetingId !== null) {
      check(
        meetings.get(action.originMeetingId)?.networkId === action.networkId,
        `${where}: origin meeting`,
      );
    }
    if (action.originAgendaItemId !== null) {
      const item = agendaItems.get(action.originAgendaItemId);
      check(item?.meetingId === action.originMeetingId, `${where}: origin item of another meeting`);
    }
  }
  for (const update of dataset.actionUpdates) {
    check(actions.has(update.actionId), `action update ${update.id}: unknown action`);
  }
  for (const relationship of dataset.relationships) {
    const where = `relationship ${relationship.id}`;
    if (relationship.networkId !== null)
      check(networks.has(relationship.networkId), `${where}: network`);
    organization(relationship.sourceOrganizationId, where);
    organization(relationship.targetOrganizationId, where);
  }
  return problems;
}

function allIds(dataset: DemoDataset): string[] {
  return entityTableNames.flatMap((table) => dataset[table].map((row) => row.id));
}

function sudEstNetwork(dataset: DemoDataset): DemoDataset['networks'][number] {
  const network = dataset.networks.find((row) => row.name.includes('Sud-Est Milano'));
  if (network === undefined) throw new Error('The Sud-Est Milano network is missing.');
  return network;
}

function organizationNamed(
  dataset: DemoDataset,
  name: string,
): DemoDataset['organizations'][number] {
  const organization = dataset.organizations.find((row) => row.name === name);
  if (organization === undefined) throw new Error(`${name} is missing.`);
  return organization;
}

describe('buildDemoDataset', () => {
  const dataset = buildDemoDataset({ now: june15, seed: 7 });

  it('fills every entity table, with realistic sizes', () => {
    expect(Object.keys(dataset).sort()).toEqual([...entityTableNames].sort());
    expect(dataset.organizations.length).toBeGreaterThanOrEqual(30);
    expect(dataset.actions.length).toBeGreaterThanOrEqual(30);
    expect(dataset.relationships.length).toBeGreaterThanOrEqual(20);
  });

  it('writes rows that pass their table schema unchanged', () => {
    expect(schemaProblems(dataset)).toEqual([]);
  });

  it('gives every record an id used nowhere else', () => {
    const ids = allIds(dataset);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('points every reference at an existing row of the right table and organization', () => {
    expect(referenceProblems(dataset)).toEqual([]);
  });

  it('stamps every record with now, revision 1 and no archive date', () => {
    for (const table of entityTableNames) {
      for (const row of dataset[table]) {
        expect(row).toMatchObject({
          createdAt: june15.toISOString(),
          updatedAt: june15.toISOString(),
          rev: 1,
          archivedAt: null,
        });
      }
    }
  });

  it('is the same for the same seed and now, and has other ids for another seed', () => {
    expect(buildDemoDataset({ now: june15, seed: 7 })).toEqual(dataset);
    const other = buildDemoDataset({ now: june15, seed: 8 });
    const ids = new Set(allIds(dataset));
    expect(allIds(other).some((id) => ids.has(id))).toBe(false);
    expect(other.organizations.map((row) => row.name)).toEqual(
      dataset.organizations.map((row) => row.name),
    );
  });

  it('has two networks, the Sud-Est Milano one coordinated by AFOL Metropolitana', () => {
    expect(dataset.networks).toHaveLength(2);
    const afol = organizationNamed(dataset, 'AFOL Metropolitana');
    expect(sudEstNetwork(dataset).coordinatingOrganizationId).toBe(afol.id);
  });

  it('has the Comune di Segrate as a capofila member of the Sud-Est Milano network', () => {
    const segrate = organizationNamed(dataset, 'Comune di Segrate');
    const membership = dataset.memberships.find(
      (row) => row.networkId === sudEstNetwork(dataset).id && row.organizationId === segrate.id,
    );
    expect(membership?.role).toBe('capofila');
  });

  it('lets an organization belong to both networks with the same id', () => {
    const afol = organizationNamed(dataset, 'AFOL Metropolitana');
    const networksOfAfol = dataset.memberships.filter((row) => row.organizationId === afol.id);
    expect(networksOfAfol).toHaveLength(2);
  });

  it('gives observers no vote', () => {
    for (const membership of dataset.memberships.filter((row) => row.role === 'osservatore')) {
      expect(membership.votingRight).toBe(false);
    }
  });

  it('opens every agenda with the approval of the minutes and closes it with "Varie ed eventuali"', () => {
    for (const meeting of dataset.meetings) {
      const items = dataset.agendaItems
        .filter((item) => item.meetingId === meeting.id)
        .sort((a, b) => a.order - b.order);
      expect(items.length).toBeGreaterThanOrEqual(4);
      expect(items.length).toBeLessThanOrEqual(7);
      expect(items.at(0)?.title).toBe('Approvazione del verbale della seduta precedente');
      expect(items.at(-1)?.title).toBe('Varie ed eventuali');
      expect(items.map((item) => item.order)).toEqual(items.map((_, index) => index + 1));
    }
  });

  it('records attendance and votes only for meetings already held', () => {
    for (const meeting of dataset.meetings) {
      const held = meeting.date < todayJune15;
      const attendance = dataset.attendances.filter((row) => row.meetingId === meeting.id);
      expect(attendance.length > 0).toBe(held);
      expect(attendance).toHaveLength(held ? meeting.invitedOrganizationIds.length : 0);
      const present = attendance.filter(
        (row) => row.status === 'presente' || row.status === 'delegato',
      );
      for (const item of dataset.agendaItems.filter((row) => row.meetingId === meeting.id)) {
        if (!held) expect(item.decision).toBeNull();
        if (item.decision === null) continue;
        const { votesInFavour, votesAgainst, abstained } = item.decision;
        expect(votesInFavour + votesAgainst + abstained).toBeLessThanOrEqual(present.length);
      }
      for (const row of attendance.filter((entry) => entry.status === 'delegato')) {
        expect(row.delegateName).not.toBe('');
      }
    }
  });

  it('with now on 15 June 2026 has overdue open actions, actions due this week and future meetings', () => {
    const overdue = dataset.actions.filter(
      (action) =>
        action.dueDate !== null && action.dueDate < todayJune15 && openStatuses.has(action.status),
    );
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    const dueThisWeek = dataset.actions.filter(
      (action) =>
        action.dueDate !== null && action.dueDate >= todayJune15 && action.dueDate <= '2026-06-21',
    );
    expect(dueThisWeek.length).toBeGreaterThanOrEqual(2);
    expect(dataset.meetings.filter((meeting) => meeting.date > todayJune15).length).toBeGreaterThan(
      0,
    );
    for (const status of ['completata', 'bloccata', 'annullata'] as const) {
      expect(dataset.actions.some((action) => action.status === status)).toBe(true);
    }
  });

  it('adds up every project’s funding sources to its partners’ budget shares', () => {
    for (const project of dataset.projects) {
      const funding = project.fundingSources.reduce((sum, source) => sum + source.amount, 0);
      const shares = project.partners.reduce((sum, partner) => sum + partner.budgetShare, 0);
      expect(funding, project.title).toBe(shares);
      expect(funding, project.title).toBeGreaterThan(0);
    }
    const sportello = dataset.projects.find(
      (row) => row.title === 'Sportello Lavoro Sud Est Milano',
    );
    expect(sportello?.fundingSources.reduce((sum, source) => sum + source.amount, 0)).toBe(751_000);
  });

  it('reports indicator values by partner for the quarters of 2026 started so far', () => {
    expect(new Set(dataset.indicatorValues.map((row) => row.period))).toEqual(
      new Set(['2026-Q1', '2026-Q2']),
    );
    for (const value of dataset.indicatorValues) {
      expect(value.organizationId).not.toBeNull();
      expect(value.value).toBeGreaterThanOrEqual(0);
    }
  });

  it('gives valid check digits to every codice fiscale and partita IVA', () => {
    const withCodes = dataset.organizations.filter(
      (row) => row.taxCode !== '' || row.vatNumber !== '',
    );
    expect(withCodes.length).toBeGreaterThan(5);
    for (const organization of withCodes) {
      if (organization.taxCode !== '')
        expect(isValidCodiceFiscale(organization.taxCode)).toBe(true);
      if (organization.vatNumber !== '')
        expect(isValidPartitaIva(organization.vatNumber)).toBe(true);
    }
  });

  it('ends each action’s timeline on its current status, progress and due date', () => {
    for (const action of dataset.actions) {
      const updates = dataset.actionUpdates
        .filter((row) => row.actionId === action.id)
        .sort((a, b) => a.at.localeCompare(b.at));
      const lastStatus = updates.filter((row) => row.statusTo !== null).at(-1);
      const lastProgress = updates.filter((row) => row.progressTo !== null).at(-1);
      const lastDue = updates.filter((row) => row.dueDateTo !== null).at(-1);
      if (lastStatus) expect(lastStatus.statusTo, action.title).toBe(action.status);
      if (lastProgress) expect(lastProgress.progressTo, action.title).toBe(action.progress);
      if (lastDue) expect(lastDue.dueDateTo, action.title).toBe(action.dueDate);
    }
  });

  it('dates every update after the meeting the action came from and before now', () => {
    const meetings = byId(dataset.meetings);
    const actions = byId(dataset.actions);
    for (const update of dataset.actionUpdates) {
      expect(update.at <= june15.toISOString()).toBe(true);
      const origin = actions.get(update.actionId)?.originMeetingId;
      const meeting = origin === null || origin === undefined ? undefined : meetings.get(origin);
      if (meeting) expect(new Date(update.at) > new Date(`${meeting.date}T23:59:59`)).toBe(true);
    }
  });

  it('puts searchable words on organizations and contacts', () => {
    expect(organizationNamed(dataset, 'Comune di Segrate').searchWords).toContain('segrate');
    expect(dataset.contacts.every((contact) => contact.searchWords.length > 0)).toBe(true);
  });
});

describe.each([june15, ...otherMoments])('buildDemoDataset with now = %s', (now) => {
  const dataset = buildDemoDataset({ now });
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

  it('stays valid and consistent', () => {
    expect(schemaProblems(dataset)).toEqual([]);
    expect(referenceProblems(dataset)).toEqual([]);
  });

  it('numbers the meetings of each network and year 1..n in date order', () => {
    const groups = new Map<string, DemoDataset['meetings']>();
    for (const meeting of dataset.meetings) {
      const key = `${meeting.networkId}/${meeting.year}`;
      groups.set(key, [...(groups.get(key) ?? []), meeting]);
      expect(meeting.date.startsWith(String(meeting.year))).toBe(true);
    }
    for (const meetings of groups.values()) {
      const sorted = [...meetings].sort((a, b) => a.date.localeCompare(b.date));
      expect(sorted.map((meeting) => meeting.number)).toEqual(sorted.map((_, index) => index + 1));
    }
  });

  it('gives past meetings a held status and future ones a draft or convocation', () => {
    for (const meeting of dataset.meetings) {
      const held = ['svolta', 'verbaleInBozza', 'verbaleApprovato'].includes(meeting.status);
      expect(held, meeting.title).toBe(meeting.date < today);
      expect(meeting.minutesApprovedInMeetingId !== null).toBe(
        meeting.status === 'verbaleApprovato',
      );
    }
  });
});
