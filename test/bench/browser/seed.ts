import { entityTableNames } from '../../../shared/domain';
import {
  addDataset,
  createRegiaDatabase,
  openRegiaDatabase,
  writeSettings,
  type RepositoryContext,
} from '../../../renderer/db';
import type { SeedReport } from '../benchApi';
import { datasetFingerprint, generateNetwork, type BenchScale } from '../data/generateNetwork';

/** Rows per `addDataset` call: one transaction each, so the page never holds a huge audit batch. */
const rowsPerTransaction = 25_000;

/** Prints a progress line the runner echoes. */
export function progress(message: string): void {
  console.info(`[bench] ${message}`);
}

/**
 * Generates a scale and writes it into the app's own database ("regia") through the app's
 * `addDataset`, with validation and audit entries, then makes its main network the current one.
 */
export async function seed(scale: BenchScale, nowIso: string): Promise<SeedReport> {
  const generateStart = performance.now();
  const { dataset, mainNetworkId, largeMeetingId } = generateNetwork({
    scale,
    now: new Date(nowIso),
  });
  const generateMs = performance.now() - generateStart;
  const fingerprint = datasetFingerprint(dataset);
  progress(`generated the ${scale} network in ${(generateMs / 1000).toFixed(1)} s`);
  const db = createRegiaDatabase();
  await openRegiaDatabase(db);
  const context: RepositoryContext = {
    db,
    identity: () => ({ userName: 'Benchmark', userOrganization: 'Regia' }),
  };
  const writeStart = performance.now();
  const rows: Record<string, number> = {};
  try {
    for (const tableName of entityTableNames) {
      const tableRows = dataset[tableName];
      rows[tableName] = tableRows.length;
      for (let start = 0; start < tableRows.length; start += rowsPerTransaction) {
        const slice = tableRows.slice(start, start + rowsPerTransaction);
        await addDataset(context, { [tableName]: slice }, { source: 'demo' });
      }
      if (tableRows.length > 0) {
        const seconds = ((performance.now() - writeStart) / 1000).toFixed(1);
        progress(
          `wrote ${tableRows.length.toLocaleString('en')} ${tableName} (${seconds} s so far)`,
        );
      }
    }
    await writeSettings(db, { currentNetworkId: mainNetworkId });
  } finally {
    db.close();
  }
  return {
    mainNetworkId,
    largeMeetingId,
    fingerprint,
    rows,
    generateMs,
    writeMs: performance.now() - writeStart,
  };
}
