import { isLocale, type Locale } from '../../shared/i18n';
import type { RegiaDatabase } from './database';

/** The local preferences Regia keeps in its database. */
export type Settings = {
  userName: string;
  userOrganization: string;
  language: Locale;
  currentNetworkId: string | null;
};

export const defaultSettings: Settings = {
  userName: '',
  userOrganization: '',
  language: 'it',
  currentNetworkId: null,
};

/** Reads all preferences, falling back to the defaults for missing or malformed values. */
export async function readSettings(db: RegiaDatabase): Promise<Settings> {
  const rows = await db.settings.toArray();
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  const text = (key: keyof Settings, fallback: string): string => {
    const value = stored.get(key);
    return typeof value === 'string' ? value : fallback;
  };
  const language = stored.get('language');
  const currentNetworkId = stored.get('currentNetworkId');
  return {
    userName: text('userName', defaultSettings.userName),
    userOrganization: text('userOrganization', defaultSettings.userOrganization),
    language: isLocale(language) ? language : defaultSettings.language,
    currentNetworkId: typeof currentNetworkId === 'string' ? currentNetworkId : null,
  };
}

/** Stores some preferences in one transaction. */
export async function writeSettings(db: RegiaDatabase, changes: Partial<Settings>): Promise<void> {
  await db.settings.bulkPut(Object.entries(changes).map(([key, value]) => ({ key, value })));
}
