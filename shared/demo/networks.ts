import type { MembershipRole } from '../domain/roster';
import type { RowOf } from '../domain/tables';
import { contactKeysOf } from './contactSpecs';
import type { DemoContext } from './context';

/** An organization's place in a demo network. */
export type MemberSpec = {
  organization: string;
  role: MembershipRole;
  /** Defaults to true, except for observers. */
  votingRight?: boolean;
  /** When it joined; defaults to the start of the network's period. */
  from?: string;
};

/** A demo cabina di regia and its members. */
export type NetworkSpec = {
  name: string;
  territory: string;
  programme: string;
  periodFrom: string;
  periodTo: string;
  coordinator: string;
  description: string;
  members: MemberSpec[];
};

/** What the rest of the builder needs to know about a written network. */
export type NetworkHandle = {
  id: string;
  memberKeys: string[];
  votingKeys: Set<string>;
};

/** Writes a network and its memberships: the first referente represents, the others are delegates. */
export function buildNetwork(context: DemoContext, spec: NetworkSpec): NetworkHandle {
  const network: RowOf<'networks'> = {
    ...context.meta(),
    name: spec.name,
    territory: spec.territory,
    programme: spec.programme,
    periodFrom: spec.periodFrom,
    periodTo: spec.periodTo,
    coordinatingOrganizationId: context.organizations.id(spec.coordinator),
    description: spec.description,
    issuerName: '',
    issuerAddress: '',
    issuerPec: '',
    issuerEmail: '',
    issuerLogo: '',
    issuerPlace: '',
    presidentName: '',
    secretaryName: '',
    quorumRule: 'maggioranza',
    majorityRule: 'semplice',
    secondCallQuorumRule: null,
    maxProxiesPerBody: 1,
    proxiesCountForQuorum: true,
  };
  context.dataset.networks.push(network);
  const votingKeys = new Set<string>();
  for (const member of spec.members) {
    const votingRight = member.votingRight ?? member.role !== 'osservatore';
    if (votingRight) votingKeys.add(member.organization);
    const [representative, ...delegates] = contactKeysOf(member.organization);
    context.dataset.memberships.push({
      ...context.meta(),
      networkId: network.id,
      organizationId: context.organizations.id(member.organization),
      role: member.role,
      votingRight,
      from: member.from ?? spec.periodFrom,
      to: null,
      representativeContactIds:
        representative === undefined ? [] : [context.contacts.id(representative)],
      delegateContactIds: delegates.map((key) => context.contacts.id(key)),
    });
  }
  return {
    id: network.id,
    memberKeys: spec.members.map((member) => member.organization),
    votingKeys,
  };
}
