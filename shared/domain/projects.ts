import { z } from 'zod';
import { isoDateSchema, optionalText, recordMetaSchema, reference } from './record';

export const projectStates = [
  'candidato',
  'nonAmmesso',
  'ammesso',
  'inCorso',
  'concluso',
  'rendicontato',
] as const;
export const indicatorKinds = ['output', 'risultato'] as const;
export const indicatorPeriodicities = ['mese', 'trimestre', 'anno'] as const;
/** What a beneficiary count can be broken down by: disability, gender, age band, L. 68/99 status. */
export const breakdownDimensions = ['disability', 'gender', 'ageBand', 'law68'] as const;

/** One part of a value: how many of the people counted fall in one category of a dimension. */
export const valueBreakdownSchema = z.object({
  dimension: z.enum(breakdownDimensions),
  category: z.string().min(1).max(40),
  value: z.number().min(0),
});
export type ValueBreakdown = z.infer<typeof valueBreakdownSchema>;

export const fundingSourceSchema = z.object({
  name: z.string().min(1),
  amount: z.number().min(0),
});

export const projectPartnerSchema = z.object({
  organizationId: z.uuid(),
  role: z.string().default('partner'),
  budgetShare: z.number().min(0).default(0),
  /** An ente capofila; absent on rows written before a project could have several (not one). */
  lead: z.boolean().optional(),
});

/** The amount planned for one partner from one funding source. */
export const budgetLineSchema = z.object({
  organizationId: z.uuid(),
  fundingSourceName: z.string().min(1),
  amount: z.number().min(0),
});

/** The categories of a voce di spesa in a Regione plan. */
export const costCategories = [
  'personnel',
  'services',
  'equipment',
  'materials',
  'travel',
  'overheads',
  'other',
] as const;

/** A voce di spesa of a project's plan: its category, name and planned amount. */
export const costItemSchema = z.object({
  id: z.uuid(),
  category: z.enum(costCategories),
  name: z.string().trim().min(1).max(300),
  planned: z.number().min(0),
});
export type CostItem = z.infer<typeof costItemSchema>;

/** The amount planned on one voce di spesa for one partner from one funding source. */
export const costPlanLineSchema = z.object({
  costItemId: z.uuid(),
  organizationId: z.uuid(),
  fundingSourceName: z.string().min(1),
  amount: z.number().min(0),
});
export type CostPlanLine = z.infer<typeof costPlanLineSchema>;

/** What made a concluded project a buona prassi worth repeating. */
export const goodPracticeSchema = z.object({
  markedAt: z.iso.datetime(),
  description: z.string().max(20_000),
  whatWorked: z.string().max(20_000).default(''),
  forWhom: z.string().max(20_000).default(''),
  cost: z.number().min(0).nullable().default(null),
  partnersNote: z.string().max(20_000).default(''),
});

/** A progetto, misura or azione di sistema steered by the network. */
export const projectSchema = recordMetaSchema.extend({
  networkId: z.uuid(),
  title: z.string().trim().min(1).max(500),
  code: optionalText,
  callReference: optionalText,
  /** The number of the Avviso the project answers, e.g. `12/2025`. */
  callNumber: optionalText,
  /** The date of that Avviso. */
  callDate: isoDateSchema.nullable().default(null),
  state: z.enum(projectStates),
  periodFrom: isoDateSchema.nullable().default(null),
  periodTo: isoDateSchema.nullable().default(null),
  leadOrganizationId: reference,
  partners: z.array(projectPartnerSchema).default([]),
  fundingSources: z.array(fundingSourceSchema).default([]),
  budgetLines: z.array(budgetLineSchema).default([]),
  /** The voci di spesa (personnel, services, …) the expenses are booked on. */
  costItems: z.array(costItemSchema).default([]),
  /** Each voce di spesa planned per partner and per source; empty until the plan is broken down. */
  costPlan: z.array(costPlanLineSchema).default([]),
  /** The funding sources the partners put in themselves (co-financing), by name. */
  cofinancingSources: z.array(z.string().min(1)).default([]),
  description: optionalText,
  goodPractice: goodPracticeSchema.nullable().default(null),
  /** Monitoring notes, printed at the end of the report. */
  notes: optionalText,
});
export type Project = z.infer<typeof projectSchema>;

/** An output or result indicator of a project. */
export const indicatorSchema = recordMetaSchema.extend({
  projectId: z.uuid(),
  name: z.string().trim().min(1).max(300),
  unit: optionalText,
  kind: z.enum(indicatorKinds),
  baseline: z.number().default(0),
  target: z.number(),
  periodicity: z.enum(indicatorPeriodicities),
  /** How values of several periods combine: sum, max (counted again each period) or last. */
  aggregation: z.enum(['sum', 'max', 'last']).default('sum'),
  /** The dimensions its values are broken down by (people indicators). */
  breakdownDimensions: z.array(z.enum(breakdownDimensions)).default([]),
  /** The part of the target each partner owes, where the plan sets it (else its budget share). */
  partnerTargets: z
    .array(z.object({ organizationId: z.uuid(), target: z.number().min(0) }))
    .default([]),
});
export type Indicator = z.infer<typeof indicatorSchema>;

/** A value of an indicator for one period, optionally for one partner. */
export const indicatorValueSchema = recordMetaSchema.extend({
  indicatorId: z.uuid(),
  projectId: z.uuid(),
  organizationId: reference,
  period: z.string().min(4).max(10),
  value: z.number(),
  note: optionalText,
  /** Its parts by dimension; each dimension's parts add up to the value at most. */
  breakdowns: z.array(valueBreakdownSchema).default([]),
});
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

/** An expense a partner reports in one period, against one funding source and voce di spesa. */
export const expenditureSchema = recordMetaSchema.extend({
  projectId: z.uuid(),
  organizationId: reference,
  fundingSourceName: optionalText,
  period: z.string().min(4).max(10),
  amount: z.number(),
  note: optionalText,
  /** The day of the expense (its invoice or payment), when known. */
  date: isoDateSchema.nullable().default(null),
  /** The supporting document: invoice, payslip or receipt number. */
  documentReference: optionalText,
  /** The project's voce di spesa (`CostItem.id`); null when not booked on one. */
  costItemId: z.string().nullable().default(null),
});
export type Expenditure = z.infer<typeof expenditureSchema>;
