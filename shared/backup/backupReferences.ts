import { maxAttachmentBytes, type TableName } from '../domain';

/** A field of one table that names a record of another. */
type ReferenceRule = { table: TableName; field: string; target: TableName };

/** The references a restore checks: a row pointing to a record the backup does not hold. */
export const referenceRules: ReferenceRule[] = [
  { table: 'contacts', field: 'organizationId', target: 'organizations' },
  { table: 'memberships', field: 'networkId', target: 'networks' },
  { table: 'memberships', field: 'organizationId', target: 'organizations' },
  { table: 'projects', field: 'networkId', target: 'networks' },
  { table: 'indicators', field: 'projectId', target: 'projects' },
  { table: 'indicatorValues', field: 'indicatorId', target: 'indicators' },
  { table: 'expenditures', field: 'projectId', target: 'projects' },
  { table: 'meetings', field: 'networkId', target: 'networks' },
  { table: 'agendaItems', field: 'meetingId', target: 'meetings' },
  { table: 'attendances', field: 'meetingId', target: 'meetings' },
  { table: 'attendances', field: 'organizationId', target: 'organizations' },
  { table: 'attachments', field: 'meetingId', target: 'meetings' },
  { table: 'actions', field: 'networkId', target: 'networks' },
  { table: 'actions', field: 'ownerOrganizationId', target: 'organizations' },
  { table: 'actionUpdates', field: 'actionId', target: 'actions' },
  { table: 'relationships', field: 'sourceOrganizationId', target: 'organizations' },
  { table: 'relationships', field: 'targetOrganizationId', target: 'organizations' },
  { table: 'mapViews', field: 'networkId', target: 'networks' },
  { table: 'exchangeBatches', field: 'networkId', target: 'networks' },
];

/** Something a restore found wrong but can still restore: counted per kind, with a few examples. */
export type BackupFinding =
  | { kind: 'missingReference'; table: string; field: string; target: string; count: number }
  | { kind: 'attachmentSize'; count: number };

const rulesByTable = new Map<string, ReferenceRule[]>();
for (const rule of referenceRules) {
  rulesByTable.set(rule.table, [...(rulesByTable.get(rule.table) ?? []), rule]);
}

/**
 * Watches the rows of a backup go by and reports references to records it never saw and
 * attachments whose bytes do not match their declared size. Holds only ids, never rows.
 */
export class BackupInspector {
  private readonly ids = new Map<string, Set<string>>();
  private readonly pending = new Map<ReferenceRule, string[]>();
  private attachmentSizeMismatches = 0;

  /** Records one validated row. */
  see(table: string, row: Record<string, unknown>): void {
    const id = row.id;
    if (typeof id === 'string') {
      let tableIds = this.ids.get(table);
      if (!tableIds) this.ids.set(table, (tableIds = new Set()));
      tableIds.add(id);
    }
    for (const rule of rulesByTable.get(table) ?? []) {
      const value = row[rule.field];
      if (typeof value !== 'string') continue;
      // Tables are written in order, so most targets are already known; the rest wait for the end.
      if (this.ids.get(rule.target)?.has(value)) continue;
      const waiting = this.pending.get(rule) ?? [];
      waiting.push(value);
      this.pending.set(rule, waiting);
    }
    if (table === 'attachments') {
      const bytes = row.bytes;
      const declared = row.sizeBytes;
      if (
        !(bytes instanceof Uint8Array) ||
        bytes.byteLength !== declared ||
        bytes.byteLength > maxAttachmentBytes
      ) {
        this.attachmentSizeMismatches += 1;
      }
    }
  }

  /** What was found wrong, once every row has been seen. */
  findings(): BackupFinding[] {
    const findings: BackupFinding[] = [];
    for (const [rule, values] of this.pending) {
      const known = this.ids.get(rule.target);
      const count = values.filter((value) => !known?.has(value)).length;
      if (count > 0) findings.push({ kind: 'missingReference', ...rule, count });
    }
    if (this.attachmentSizeMismatches > 0) {
      findings.push({ kind: 'attachmentSize', count: this.attachmentSizeMismatches });
    }
    return findings;
  }
}
