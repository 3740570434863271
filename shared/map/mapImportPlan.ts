import type { MapImportContext, MapImportPlan } from './importTypes';
import type { KumuTables } from './kumuRead';
import { planConnections } from './planConnections';
import { planElements } from './planElements';

/**
 * What importing a Kumu workbook into a network would do: organizations matched by ID (new
 * ones keep the file's UUID, so a map sent out and edited elsewhere comes back without
 * duplicates), members added to the network, relationships created or changed, derived links
 * skipped, and every rejected row with its reason. Pure: the caller writes the plan.
 */
export function planMapImport(tables: KumuTables, context: MapImportContext): MapImportPlan {
  const plan: MapImportPlan = {
    organizations: { create: [], update: [], unchanged: 0 },
    memberships: [],
    relationships: { create: [], update: [], unchanged: 0 },
    skippedDerived: 0,
    problems: [],
  };
  const elements = planElements(tables.elements, context, plan);
  planConnections(tables.connections, elements, context, plan);
  return plan;
}

/** The ids a workbook names, to read the matching records before planning. */
export function idsNamedIn(tables: KumuTables): string[] {
  const ids = new Set<string>();
  for (const row of [...tables.elements.rows, ...tables.connections.rows]) {
    for (const value of Object.values(row.cells)) {
      if (typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value.trim())) ids.add(value.trim());
    }
  }
  return [...ids];
}
