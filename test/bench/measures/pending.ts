import type { MeasureGroup } from '../runner/measure';

/**
 * Measures whose features are being built: each prints its target (and, for an import, its
 * floor) now. When a feature lands, its group file replaces the entry here in measures/index.ts.
 */
export const pendingGroups: MeasureGroup[] = [];
