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

/** A correction to approved minutes, with when and why it was made. */
export const minutesAmendmentSchema = z.object({
  at: z.iso.datetime(),
  text: z.string().trim().min(1).max(20_000),
  approvedInMeetingId: reference,
});
export type MinutesAmendment = z.infer<typeof minutesAmendmentSchema>;

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
  minutesDraftSentAt: z.iso.datetime().nullable().default(null),
  minutesApprovedAt: z.iso.datetime().nullable().default(null),
  /** Corrections to approved minutes: recorded, never a silent edit. */
  minutesAmendments: z.array(minutesAmendmentSchema).default([]),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const decisionSchema = z.object({
  text: z.string(),
  votesInFavour: z.number().int().min(0),
  votesAgainst: z.number().int().min(0),
  abstained: z.number().int().min(0),
  outcome: z.enum(decisionOutcomes),
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
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** Whether a member was at a meeting, and how. */
export const attendanceSchema = recordMetaSchema.extend({
  meetingId: z.uuid(),
  organizationId: z.uuid(),
  contactId: reference,
  status: z.enum(attendanceStatuses),
  delegateName: optionalText,
  arrivalTime: timeOfDaySchema.nullable().default(null),
  departureTime: timeOfDaySchema.nullable().default(null),
});
export type Attendance = z.infer<typeof attendanceSchema>;
