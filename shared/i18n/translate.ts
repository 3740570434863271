import { en } from './en';
import { it, type MessageKey } from './it';

export const locales = ['it', 'en'] as const;
export type Locale = (typeof locales)[number];

const catalogs: Record<Locale, Record<MessageKey, string>> = { it, en };

/** Values substituted into `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** The message for a key in a locale, with `{placeholders}` filled in; Italian where English lacks it. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = catalogs[locale][key] || it[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}

/** Whether a string is one of the supported locales. */
export function isLocale(value: unknown): value is Locale {
  return value === 'it' || value === 'en';
}
