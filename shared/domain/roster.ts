import { z } from 'zod';
import { isoDateSchema, optionalText, recordMetaSchema, reference, references } from './record';

export const organizationTypes = [
  'comune',
  'unioneComuni',
  'cittaMetropolitana',
  'regione',
  'ministero',
  'atsAsst',
  'agenziaLavoro',
  'enteAccreditato',
  'cooperativaSociale',
  'associazione',
  'associazioneDatoriale',
  'sindacato',
  'scuolaUniversita',
  'impresa',
  'altro',
] as const;
export type OrganizationType = (typeof organizationTypes)[number];

export const membershipRoles = [
  'capofila',
  'coordinamento',
  'partner',
  'aderente',
  'osservatore',
] as const;
export type MembershipRole = (typeof membershipRoles)[number];

/** A cabina di regia and the network it coordinates. */
/**
 * How a network's meetings reach quorum: a majority, or two thirds, of the member organizations
 * with voting right, one vote per organization.
 */
export const quorumRules = ['maggioranza', 'dueTerzi'] as const;
export type QuorumRule = (typeof quorumRules)[number];
/** How a deliberation passes: more for than against, more than half, or two thirds of the voters present. */
export const majorityRules = ['semplice', 'assoluta', 'dueTerzi'] as const;
export type MajorityRule = (typeof majorityRules)[number];
/** The quorum of a meeting in second call: a rule of its own, or none at all. */
export const secondCallQuorumRules = ['maggioranza', 'dueTerzi', 'unTerzo', 'nessuno'] as const;
export type SecondCallQuorumRule = (typeof secondCallQuorumRules)[number];

export const networkSchema = recordMetaSchema.extend({
  name: z.string().trim().min(1).max(300),
  territory: optionalText,
  programme: optionalText,
  periodFrom: isoDateSchema.nullable().default(null),
  periodTo: isoDateSchema.nullable().default(null),
  coordinatingOrganizationId: reference,
  description: optionalText,
  /** The issuing body on the network's documents: letterhead, signatories, place of the letters. */
  issuerName: optionalText,
  issuerAddress: optionalText,
  issuerPec: optionalText,
  issuerEmail: optionalText,
  /** A PNG or JPEG data URL, at most 512 KB of image (shared/documents/logoImage), kept in backups. */
  issuerLogo: z.string().max(720_000).default(''),
  /** The place written in the letters ("Milano, 3 marzo 2026"). */
  issuerPlace: optionalText,
  presidentName: optionalText,
  secretaryName: optionalText,
  quorumRule: z.enum(quorumRules).default('maggioranza'),
  majorityRule: z.enum(majorityRules).default('semplice'),
  secondCallQuorumRule: z.enum(secondCallQuorumRules).nullable().default(null),
  /** How many other bodies' votes one body present may carry by proxy; 0 allows none. */
  maxProxiesPerBody: z.number().int().min(0).max(10).default(1),
  /** Whether a body represented by proxy counts towards the quorum (it always votes). */
  proxiesCountForQuorum: z.boolean().default(true),
});
export type Network = z.infer<typeof networkSchema>;

/** An ente: a public body, operator, cooperative, association or company. */
export const organizationSchema = recordMetaSchema.extend({
  name: z.string().trim().min(1).max(300),
  type: z.enum(organizationTypes),
  taxCode: optionalText,
  vatNumber: optionalText,
  comune: optionalText,
  provincia: optionalText,
  address: optionalText,
  email: optionalText,
  pec: optionalText,
  phone: optionalText,
  website: optionalText,
  areasOfWork: z.array(z.string()).default([]),
  notes: optionalText,
  searchWords: z.array(z.string()).default([]),
});
export type Organization = z.infer<typeof organizationSchema>;

/** A referente: a person of an organization. */
export const contactSchema = recordMetaSchema.extend({
  organizationId: z.uuid(),
  firstName: optionalText,
  lastName: z.string().trim().min(1).max(200),
  role: optionalText,
  email: optionalText,
  phone: optionalText,
  notes: optionalText,
  searchWords: z.array(z.string()).default([]),
});
export type Contact = z.infer<typeof contactSchema>;

/** An organization's place in a network. */
export const membershipSchema = recordMetaSchema.extend({
  networkId: z.uuid(),
  organizationId: z.uuid(),
  role: z.enum(membershipRoles),
  votingRight: z.boolean(),
  from: isoDateSchema.nullable().default(null),
  to: isoDateSchema.nullable().default(null),
  representativeContactIds: references,
  delegateContactIds: references,
});
export type Membership = z.infer<typeof membershipSchema>;
