import { networkSchema, type MembershipRole, type RowOf } from '../../../shared/domain';
import { fictitiousTaxCodes } from '../../../shared/demo/roster';
import { contactSearchWords, organizationSearchWords } from '../../../shared/search';
import { schemaDefaults } from '../../fixtures/schemaDefaults';
import { at, slugOf, type Builder, type NetworkPlan } from './builder';
import {
  contactRoles,
  firstNames,
  lastNames,
  organizationKinds,
  qualifiers,
  type OrganizationKind,
} from './names';
import { places } from './places';

type OrganizationIdentity = {
  name: string;
  /** Null for a comune. */
  kind: OrganizationKind | null;
  comune: string;
  provincia: string;
};

/**
 * The name, type and place of the organization at `index`: the first pass over the places
 * gives their comuni, later passes combine a kind, a qualifier and the comune, so every name
 * is distinct and Italian-looking.
 */
function organizationIdentity(index: number): OrganizationIdentity {
  const place = at(places, index % places.length, 'place');
  const round = Math.floor(index / places.length);
  if (round === 0) return { name: `Comune di ${place.comune}`, kind: null, ...place };
  const kind = at(organizationKinds, (round - 1) % organizationKinds.length, 'organization kind');
  const combination = Math.floor((round - 1) / organizationKinds.length);
  const qualifier = at(qualifiers, combination % qualifiers.length, 'qualifier');
  const branch = Math.floor(combination / qualifiers.length);
  const suffix = branch === 0 ? '' : ` (sede ${branch + 1})`;
  return { name: `${kind.name(qualifier)} di ${place.comune}${suffix}`, kind, ...place };
}

/** Writes `count` organizations and `contactCount` contacts spread evenly over them. */
export function buildOrganizations(builder: Builder, count: number, contactCount: number): void {
  for (let index = 0; index < count; index += 1) {
    const { name, kind, comune, provincia } = organizationIdentity(index);
    const { taxCode, vatNumber } = fictitiousTaxCodes(name, kind?.taxCodes ?? 'none');
    const domain = `${slugOf(name).slice(0, 40)}.esempio.invalid`;
    const fields = {
      name,
      comune,
      provincia,
      taxCode,
      vatNumber,
      email: `info@${domain}`,
      pec: kind === null ? `protocollo@pec.${domain}` : '',
    };
    builder.dataset.organizations.push({
      ...builder.meta(),
      ...fields,
      type: kind?.type ?? 'comune',
      address: `Via ${at(lastNames, index % lastNames.length, 'street')} ${1 + (index % 90)}`,
      phone: `02 0000 ${String(index + 1).padStart(4, '0')}`,
      website: kind === null ? `www.${domain}` : '',
      areasOfWork: [builder.choose.pick(['inserimento lavorativo', 'formazione', 'inclusione'])],
      notes: '',
      searchWords: organizationSearchWords(fields),
    });
    builder.contactIds.push([]);
  }
  const organizations = builder.dataset.organizations;
  for (let index = 0; index < contactCount; index += 1) {
    const organizationIndex = index % organizations.length;
    const organization = at(organizations, organizationIndex, 'organization');
    const firstName = builder.choose.pick(firstNames);
    const lastName = builder.choose.pick(lastNames);
    const fields = {
      firstName,
      lastName,
      role: builder.choose.pick(contactRoles),
      email: `${slugOf(firstName)}.${slugOf(lastName)}@${organization.email.split('@')[1] ?? ''}`,
    };
    const contact: RowOf<'contacts'> = {
      ...builder.meta(),
      ...fields,
      organizationId: organization.id,
      phone: `02 1000 ${String(index + 1).padStart(5, '0')}`,
      notes: '',
      searchWords: contactSearchWords(fields),
    };
    builder.dataset.contacts.push(contact);
    at(builder.contactIds, organizationIndex, 'contact list').push(contact.id);
  }
}

/** What a generated network is called and who belongs to it. */
export type NetworkSpec = { name: string; territory: string; members: number[] };

function roleOf(builder: Builder, position: number): MembershipRole {
  if (position === 0) return 'capofila';
  if (position <= 10) return 'coordinamento';
  return builder.choose.weighted<MembershipRole>([
    ['partner', 35],
    ['aderente', 55],
    ['osservatore', 10],
  ]);
}

/** Writes a network and a membership for each of its members; the first member coordinates. */
export function buildNetwork(builder: Builder, spec: NetworkSpec): NetworkPlan {
  const coordinator = at(spec.members, 0, 'coordinator');
  // Rules and the issuer's identity keep their defaults, as in a network just created.
  const network: RowOf<'networks'> = {
    ...schemaDefaults(networkSchema),
    ...builder.meta(),
    name: spec.name,
    territory: spec.territory,
    programme: 'Programma GOL e PNRR, Missione 5',
    periodFrom: `${builder.year - 6}-01-01`,
    periodTo: `${builder.year + 2}-12-31`,
    coordinatingOrganizationId: at(builder.dataset.organizations, coordinator, 'organization').id,
    description: 'Rete generata per i benchmark: nomi, indirizzi e codici sono inventati.',
  };
  builder.dataset.networks.push(network);
  spec.members.forEach((organizationIndex, position) => {
    const role = roleOf(builder, position);
    const [representative, ...delegates] = at(builder.contactIds, organizationIndex, 'contacts');
    builder.dataset.memberships.push({
      ...builder.meta(),
      networkId: network.id,
      organizationId: at(builder.dataset.organizations, organizationIndex, 'organization').id,
      role,
      votingRight: role !== 'osservatore',
      from: network.periodFrom,
      to: null,
      representativeContactIds: representative === undefined ? [] : [representative],
      delegateContactIds: delegates.slice(0, 1),
    });
  });
  return { id: network.id, members: spec.members, heldMeetings: [], projectIds: [] };
}
