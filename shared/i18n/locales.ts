// Apart from the catalogs: whoever only checks a language (the stored preferences, read at
// start-up before the app's code) loads no message text.

export const locales = ['it', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Whether a string is one of the supported locales. */
export function isLocale(value: unknown): value is Locale {
  return value === 'it' || value === 'en';
}
