import type { RegiaDatabase } from './database';

/** How the window tells its user about another window's schema upgrade. */
export type VersionChangeWarnings = {
  /** This window's connection was closed so that another window could upgrade the database. */
  closedForUpgrade(): void;
  /** This window's upgrade waits for another window, still on the old version, to close. */
  blocked(): void;
};

/**
 * Makes the connection step aside when another window upgrades (or deletes) the database, so the
 * upgrade never hangs, and keeps it closed: Dexie's default would reopen it on the next query,
 * with the old schema, behind the user's back.
 */
export function closeOnVersionChange(db: RegiaDatabase, warnings: VersionChangeWarnings): void {
  db.on('versionchange', () => {
    db.close();
    warnings.closedForUpgrade();
    // Dexie's own handler would close with auto-reopen on: stop it.
    return false;
  });
  db.on('blocked', () => {
    warnings.blocked();
  });
}
