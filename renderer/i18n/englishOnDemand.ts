import type { MessageKey } from '../../shared/i18n/it';
import type { Locale } from '../../shared/i18n/locales';

/**
 * The English catalog as the renderer's build hands it to `translate` (vite.config.ts points
 * translate's import of `./en` here): empty until English is first needed, then filled in place.
 * So the start chunk carries the Italian texts alone, and until English has loaded `translate`
 * falls back to Italian: never a raw key.
 */
export const en = {} as Record<MessageKey, string>;

let loadingEnglish: Promise<void> | null = null;

/**
 * Loads the catalog of `locale` if the build left it out of the start chunk; resolves once
 * `translate` has its texts. Call it before drawing in that language (start-up, the switch).
 */
export function loadLocaleCatalog(locale: Locale): Promise<void> {
  if (locale === 'it') return Promise.resolve();
  loadingEnglish ??= import('../../shared/i18n/en')
    .then((module) => {
      Object.assign(en, module.en);
    })
    .catch((error: unknown) => {
      // A later switch may try again; meanwhile the texts stay Italian.
      loadingEnglish = null;
      throw error;
    });
  return loadingEnglish;
}
