import { z } from 'zod';
import {
  isoDateSchema,
  optionalText,
  recordMetaSchema,
  reference,
  references,
  timeOfDaySchema,
} from './record';

export const meetingKinds = ['ordinaria', 'straordinaria', 'tavoloTecnico', 'workshop'] as const;
export const meetingStatuses = [
  'bozza',
  'convocata',
  'svolta',
  'verbaleInBozza',
  'verbaleApprovato',
  'annullata',
  'rinviata',
] as const;
export const agendaItemKinds = ['informativa', 'discussione', 'deliberazione'] as const;
export const decisionOutcomes = ['approvato', 'respinto', 'rinviato'] as const;
export const attendanceStatuses = [
  'presente',
  'assente',
  'assenteGiustificato',
  'delegato',
] as const;

export type MeetingKind = (typeof meetingKinds)[number];
export type MeetingStatus = (typeof meetingStatuses)[number];
export type AgendaItemKind = (typeof agendaItemKinds)[number];
export type AttendanceStatus = (typeof attendanceStatuses)[number];
export const presenceModes = ['inPresenza', 'remoto'] as const;
export type PresenceMode = (typeof presenceModes)[number];
export const attendeeCapacities = ['rappresentante', 'delegato'] as const;
export type AttendeeCapacity = (typeof attendeeCapacities)[number];
export const voteMethods = [
  'conteggio',
  'unanimita',
  'scrutinioSegreto',
  'appelloNominale',
] as const;
export type VoteMethod = (typeof voteMethods)[number];
export const rollCallVotes = ['favorevole', 'contrario', 'astenuto'] as const;
export type RollCallVote = (typeof rollCallVotes)[number];

/** A correction to approved minutes, with when and why it was made. */
export const minutesAmendmentSchema = z.object({
  at: z.iso.datetime(),
  text: z.string().trim().min(1).max(20_000),
  approvedInMeetingId: reference,
});
export type MinutesAmendment = z.infer<typeof minutesAmendmentSchema>;

/** A guest or observer from outside the network: recorded in the minutes, never in the quorum. */
export const meetingGuestSchema = z.object({
  name: z.string().trim().min(1).max(200),
  body: z.string().trim().max(300).default(''),
  role: z.string().trim().max(200).default(''),
});
export type MeetingGuest = z.infer<typeof meetingGuestSchema>;

/** A seduta of the cabina di regia. */
export const meetingSchema = recordMetaSchema.extend({
  networkId: z.uuid(),
  year: z.number().int().min(1900).max(3000),
  number: z.number().int().positive(),
  kind: z.enum(meetingKinds),
  status: z.enum(meetingStatuses),
  title: optionalText,
  date: isoDateSchema,
  startTime: timeOfDaySchema.nullable().default(null),
  endTime: timeOfDaySchema.nullable().default(null),
  place: optionalText,
  onlineLink: optionalText,
  presidentContactId: reference,
  secretaryContactId: reference,
  invitedOrganizationIds: references,
  minutesApprovedInMeetingId: reference,
  /** When the meeting actually opened and closed, as recorded live and written in the minutes. */
  openingTime: timeOfDaySchema.nullable().default(null),
  closingTime: timeOfDaySchema.nullable().default(null),
  minutesPremise: optionalText,
  /** The convocation's protocol number and date, typed from the body's own register. */
  protocolNumber: z.string().trim().max(100).default(''),
  protocolDate: isoDateSchema.nullable().default(null),
  /** When the meeting is called in second call, if the first has no quorum (day null: same day). */
  secondCallDate: isoDateSchema.nullable().default(null),
  secondCallTime: timeOfDaySchema.nullable().default(null),
  minutesDraftSentAt: z.iso.datetime().nullable().default(null),
  minutesApprovedAt: z.iso.datetime().nullable().default(null),
  /** Corrections to approved minutes: recorded, never a silent edit. */
  minutesAmendments: z.array(minutesAmendmentSchema).default([]),
  /** Guests and observers from outside the network. */
  guests: z.array(meetingGuestSchema).max(100).default([]),
  /** Held in second call (seconda convocazione): the network's second-call quorum applies. */
  secondCall: z.boolean().default(false),
  /** Why a convoked meeting was cancelled (status `annullata`), and when. */
  cancellationReason: optionalText,
  cancelledAt: z.iso.datetime().nullable().default(null),
  /** A postponed meeting (status `rinviata`) moves to its new date and keeps the old one and why. */
  postponedFromDate: isoDateSchema.nullable().default(null),
  postponementReason: optionalText,
  postponedAt: z.iso.datetime().nullable().default(null),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** One body's vote in a roll call (appello nominale). */
export const rollCallEntrySchema = z.object({
  organizationId: z.uuid(),
  vote: z.enum(rollCallVotes),
});
export type RollCallEntry = z.infer<typeof rollCallEntrySchema>;

export const decisionSchema = z.object({
  text: z.string(),
  votesInFavour: z.number().int().min(0),
  votesAgainst: z.number().int().min(0),
  abstained: z.number().int().min(0),
  outcome: z.enum(decisionOutcomes),
  /** How the vote was taken; counts by show of hands for decisions recorded before. */
  method: z.enum(voteMethods).default('conteggio'),
  /** Each body's vote, for a roll call; the counts are derived from it. */
  rollCall: z.array(rollCallEntrySchema).default([]),
  /** Why the outcome differs from what the counts and the majority rule give. */
  outcomeReason: z.string().max(2_000).default(''),
});
export type Decision = z.infer<typeof decisionSchema>;

/** A punto all'ordine del giorno. */
export const agendaItemSchema = recordMetaSchema.extend({
  meetingId: z.uuid(),
  order: z.number().int().min(0),
  title: z.string().trim().min(1).max(500),
  description: optionalText,
  kind: z.enum(agendaItemKinds),
  presenterOrganizationId: reference,
  presenterContactId: reference,
  plannedMinutes: z.number().int().min(0).max(600),
  minutesText: optionalText,
  decision: decisionSchema.nullable().default(null),
  /** A recurring item is proposed again when the meeting is copied to start the next one. */
  recurring: z.boolean().default(false),
  /** The postponed (rinviato) item of an earlier meeting this item takes up again. */
  carriedFromItemId: reference,
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** A person present for a body, and in what capacity. */
export const attendeeSchema = z.object({
  name: z.string().trim().min(1).max(200),
  contactId: reference,
  capacity: z.enum(attendeeCapacities).default('rappresentante'),
});
export type Attendee = z.infer<typeof attendeeSchema>;

/** Whether a member was at a meeting, and how. */
export const attendanceSchema = recordMetaSchema.extend({
  meetingId: z.uuid(),
  organizationId: z.uuid(),
  contactId: reference,
  status: z.enum(attendanceStatuses),
  delegateName: optionalText,
  arrivalTime: timeOfDaySchema.nullable().default(null),
  departureTime: timeOfDaySchema.nullable().default(null),
  /** In the room or connected from afar, for mixed meetings. */
  mode: z.enum(presenceModes).default('inPresenza'),
  /** The people present for the body, named in the minutes. */
  people: z.array(attendeeSchema).max(20).default([]),
  /** The written delega, one of the meeting's attachments. */
  delegaAttachmentId: reference,
  /** The body present to which this absent body entrusts its vote (proxy). */
  proxyOrganizationId: reference,
});
export type Attendance = z.infer<typeof attendanceSchema>;
