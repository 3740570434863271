import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SeedReport } from '../benchApi';

const markerName = 'regia-bench-seed.json';

/**
 * What a kept profile (`--profile DIR`) was seeded with, when it holds the very rows this run
 * generated (same fingerprint: same seed and same day); otherwise the folder is emptied, so the
 * run seeds it afresh. Seeding takes 2–9 minutes, which a run of the read-only measures (cold
 * start, pages) repeated while working on them need not pay each time.
 */
export function keptSeed(folder: string, fingerprint: string): SeedReport | null {
  const marker = path.join(folder, markerName);
  if (existsSync(marker)) {
    const kept = JSON.parse(readFileSync(marker, 'utf8')) as SeedReport;
    if (kept.fingerprint === fingerprint) return kept;
  }
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  return null;
}

/** Records in a kept profile what it was seeded with, for the next run's `keptSeed`. */
export function keepSeed(folder: string, seeded: SeedReport): void {
  writeFileSync(path.join(folder, markerName), `${JSON.stringify(seeded, null, 2)}\n`);
}
