import { z } from 'zod';

/** Fields every stored record carries: they make the spreadsheet merge and a later sync possible. */
export const recordMetaSchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  rev: z.number().int().positive(),
  archivedAt: z.iso.datetime().nullable(),
});

export type RecordMeta = z.infer<typeof recordMetaSchema>;

/** The part of a record its author provides: everything but the bookkeeping fields. */
export type Draft<T extends RecordMeta> = Omit<T, keyof RecordMeta>;

/** A calendar day written as `yyyy-MM-dd`, with no time zone attached. */
export const isoDateSchema = z.iso.date();

/** A time of day written as `HH:mm`. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm');

export const optionalText = z.string().max(20_000).default('');
export const reference = z.uuid().nullable().default(null);
export const references = z.array(z.uuid()).default([]);
