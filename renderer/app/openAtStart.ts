import {
  closeOnVersionChange,
  createRegiaDatabase,
  openRegiaDatabase,
  readSettings,
  type RegiaDatabase,
  type Settings,
} from '../db';
import { prefetchOverview } from '../features/overview/prefetchOverview';
import { loadLocaleCatalog } from '../i18n/englishOnDemand';

/** What start-up found: the open database and its preferences, or why it could not open. */
export type OpenedAtStart =
  { ok: true; db: RegiaDatabase; settings: Settings } | { ok: false; error: unknown };

/** A warning about another window's upgrade, shown once the app can show it. */
export type StartWarning = 'error.versionChange' | 'error.blocked';

/** The warnings raised before the app could show them, and where later ones go. */
const pendingWarnings: StartWarning[] = [];
let showWarning: ((key: StartWarning) => void) | null = null;

function warn(key: StartWarning): void {
  if (showWarning) showWarning(key);
  else pendingWarnings.push(key);
}

/** Hands the warnings raised so far, and every later one, to the app's notifications. */
export function showStartWarnings(show: (key: StartWarning) => void): void {
  showWarning = show;
  for (const key of pendingWarnings.splice(0)) show(key);
}

/**
 * Opens the database, reads the preferences and begins reading the overview's first figures.
 * It runs in a small chunk of its own, loaded beside the app's code: the database works while
 * the browser still compiles React, Mantine and the pages' frame.
 */
export async function openAtStart(hash: string, name?: string): Promise<OpenedAtStart> {
  const db = createRegiaDatabase(name);
  // Another window upgrading the schema: close ours rather than block it, and say so.
  closeOnVersionChange(db, {
    closedForUpgrade: () => warn('error.versionChange'),
    blocked: () => warn('error.blocked'),
  });
  performance.mark('regia:database-opening');
  try {
    await openRegiaDatabase(db);
  } catch (error) {
    return { ok: false, error };
  }
  performance.mark('regia:database-open');
  const settings = await readSettings(db);
  performance.mark('regia:settings-read');
  // A language other than Italian starts loading now; start() waits for it before drawing.
  void loadLocaleCatalog(settings.language).catch(() => undefined);
  // The overview's figures are read while the app's code loads and React draws the frame.
  void prefetchOverview(db, settings, hash).catch(() => undefined);
  return { ok: true, db, settings };
}
