import { en } from './en';
import { formatMessage, type MessageParams } from './formatMessage';
import { it, type MessageKey } from './it';
import type { Locale } from './locales';

export { isLocale, locales, type Locale } from './locales';

const catalogs: Record<Locale, Record<MessageKey, string>> = { it, en };

export type { MessageParams } from './formatMessage';

/**
 * The message for a key in a locale, with `{placeholders}` filled in and `{count, plural, …}`
 * forms chosen for the number given; Italian where English lacks the message.
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = catalogs[locale][key] || it[key];
  if (!params) return template;
  return formatMessage(template, params, locale);
}
