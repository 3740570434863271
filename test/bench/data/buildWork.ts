import type { ActionPriority, ActionStatus, RelationshipKind, RowOf } from '../../../shared/domain';
import { projectStates } from '../../../shared/domain';
import { at, type Builder, type NetworkPlan } from './builder';
import { actionSubjects, actionTags, actionTitles, relationshipNotes } from './names';

const indicatorNames = ['Persone prese in carico', 'Tirocini avviati', 'Assunzioni dopo 6 mesi'];

/** Writes `count` projects of a network, each with three indicators and last year's quarterly values. */
export function buildProjects(builder: Builder, network: NetworkPlan, count: number): void {
  const organizations = builder.dataset.organizations;
  for (let index = 0; index < count; index += 1) {
    const start = builder.year - builder.choose.integer(0, 3);
    const partners = builder.choose.sample(network.members, builder.choose.integer(3, 8));
    const shares = partners.map(() => builder.choose.integer(2, 20) * 5_000);
    const project: RowOf<'projects'> = {
      ...builder.meta(),
      networkId: network.id,
      title: `Progetto ${at(actionSubjects, index % actionSubjects.length, 'subject')} ${index + 1}`,
      code: `PRJ-${start}-${String(index + 1).padStart(3, '0')}`,
      callReference: 'Avviso regionale per l’inclusione attiva',
      state: builder.choose.pick(projectStates),
      periodFrom: `${start}-01-01`,
      periodTo: `${start + 2}-12-31`,
      leadOrganizationId: at(organizations, at(partners, 0, 'partner'), 'organization').id,
      partners: partners.map((partner, position) => ({
        organizationId: at(organizations, partner, 'organization').id,
        role: position === 0 ? 'capofila' : 'partner',
        budgetShare: at(shares, position, 'share'),
      })),
      fundingSources: [
        { name: 'Fondo sociale europeo', amount: shares.reduce((a, b) => a + b, 0) },
      ],
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
    builder.dataset.projects.push(project);
    network.projectIds.push(project.id);
    for (const name of indicatorNames) {
      const target = builder.choose.integer(4, 40) * 10;
      const indicator: RowOf<'indicators'> = {
        ...builder.meta(),
        projectId: project.id,
        name,
        unit: 'persone',
        kind: name === 'Assunzioni dopo 6 mesi' ? 'risultato' : 'output',
        baseline: 0,
        target,
        periodicity: 'trimestre',
        aggregation: 'sum',
        breakdownDimensions: [],
        partnerTargets: [],
      };
      builder.dataset.indicators.push(indicator);
      for (let quarter = 1; quarter <= 4; quarter += 1) {
        builder.dataset.indicatorValues.push({
          ...builder.meta(),
          indicatorId: indicator.id,
          projectId: project.id,
          organizationId: null,
          period: `${builder.year - 1}-Q${quarter}`,
          value: Math.round((target / 4) * (0.6 + builder.choose.next() * 0.6)),
          note: '',
          breakdowns: [],
        });
      }
    }
  }
}

function statusFor(builder: Builder, dueOffset: number): ActionStatus {
  if (dueOffset < -60) {
    return builder.choose.weighted<ActionStatus>([
      ['completata', 65],
      ['inCorso', 15],
      ['daAvviare', 5],
      ['bloccata', 5],
      ['annullata', 10],
    ]);
  }
  return builder.choose.weighted<ActionStatus>([
    ['daAvviare', 30],
    ['inCorso', 45],
    ['completata', 15],
    ['bloccata', 7],
    ['annullata', 3],
  ]);
}

function progressFor(builder: Builder, status: ActionStatus): number {
  if (status === 'completata') return 100;
  if (status === 'daAvviare') return 0;
  return builder.choose.integer(1, 18) * 5;
}

/** Writes `count` actions of a network; one in ten gets a timeline entry. */
export function buildActions(builder: Builder, network: NetworkPlan, count: number): void {
  const organizations = builder.dataset.organizations;
  for (let index = 0; index < count; index += 1) {
    const owner = builder.choose.pick(network.members);
    const dueOffset = builder.choose.integer(-400, 200);
    const status = statusFor(builder, dueOffset);
    const origin =
      network.heldMeetings.length > 0 && builder.choose.chance(0.4)
        ? builder.choose.pick(network.heldMeetings)
        : null;
    const action: RowOf<'actions'> = {
      ...builder.meta(),
      networkId: network.id,
      title: builder.choose.pick(actionTitles)(builder.choose.pick(actionSubjects)),
      description: 'Azione generata per i benchmark.',
      ownerOrganizationId: at(organizations, owner, 'organization').id,
      ownerContactId: at(builder.contactIds, owner, 'contacts')[0] ?? null,
      supportingOrganizationIds: builder.choose
        .sample(network.members, builder.choose.integer(0, 2))
        .filter((member) => member !== owner)
        .map((member) => at(organizations, member, 'organization').id),
      projectId:
        network.projectIds.length > 0 && builder.choose.chance(0.3)
          ? builder.choose.pick(network.projectIds)
          : null,
      dueDate: builder.day(dueOffset),
      status,
      priority: builder.choose.weighted<ActionPriority>([
        ['bassa', 25],
        ['media', 55],
        ['alta', 20],
      ]),
      progress: progressFor(builder, status),
      tags: builder.choose.sample(actionTags, builder.choose.integer(0, 2)),
      originMeetingId: origin?.id ?? null,
      originAgendaItemId: origin === null ? null : builder.choose.pick(origin.itemIds),
    };
    builder.dataset.actions.push(action);
    if (index % 10 === 0 && status !== 'daAvviare') {
      builder.dataset.actionUpdates.push({
        ...builder.meta(),
        actionId: action.id,
        at: builder.moment(Math.min(dueOffset, -1), '16:30'),
        author: 'Referente della rete',
        source: 'ui',
        text: 'Stato aggiornato durante la cabina di regia.',
        statusFrom: 'daAvviare',
        statusTo: status,
        progressFrom: 0,
        progressTo: action.progress,
        dueDateFrom: null,
        dueDateTo: null,
      });
    }
  }
}

const directedKinds: ReadonlySet<RelationshipKind> = new Set(['invio', 'finanziamento']);

/** Writes `count` ties between distinct pairs of a network's members. */
export function buildRelationships(builder: Builder, network: NetworkPlan, count: number): void {
  const organizations = builder.dataset.organizations;
  const pairs = new Set<string>();
  const possible = (network.members.length * (network.members.length - 1)) / 2;
  if (count > possible) throw new Error(`Benchmark data: ${count} ties need more members.`);
  while (pairs.size < count) {
    const [first, second] = builder.choose.sample(network.members, 2);
    if (first === undefined || second === undefined) continue;
    const key = first < second ? `${first}-${second}` : `${second}-${first}`;
    if (pairs.has(key)) continue;
    pairs.add(key);
    const kind = builder.choose.weighted<RelationshipKind>([
      ['collaborazione', 35],
      ['convenzione', 20],
      ['invio', 20],
      ['coProgettazione', 15],
      ['finanziamento', 5],
      ['altro', 5],
    ]);
    builder.dataset.relationships.push({
      ...builder.meta(),
      networkId: network.id,
      sourceOrganizationId: at(organizations, first, 'organization').id,
      targetOrganizationId: at(organizations, second, 'organization').id,
      kind,
      directed: directedKinds.has(kind),
      weight: builder.choose.integer(1, 10),
      from: builder.day(-builder.choose.integer(30, 2_000)),
      to: null,
      notes: builder.choose.pick(relationshipNotes),
    });
  }
}
