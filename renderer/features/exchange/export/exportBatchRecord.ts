import type { RowOf } from '../../../../shared/domain';
import type { PartnerBase } from '../../../../shared/exchange';

/** What an export knows of one partner's workbook when it records it. */
export type ExportedWorkbook = {
  batchId: string;
  exportedAt: string;
  networkId: string;
  partnerId: string;
  fileName: string;
  /** What the workbook holds: the base its re-import is compared with. */
  base: PartnerBase;
};

/** The export batch recorded for a partner's workbook, so that its return can be merged. */
export function exportBatchRecord(workbook: ExportedWorkbook): RowOf<'exchangeBatches'> {
  return {
    id: workbook.batchId,
    createdAt: workbook.exportedAt,
    updatedAt: workbook.exportedAt,
    rev: 1,
    archivedAt: null,
    networkId: workbook.networkId,
    direction: 'export',
    fileName: workbook.fileName,
    partnerOrganizationId: workbook.partnerId,
    at: workbook.exportedAt,
    baseSnapshot: workbook.base,
    applied: [],
    undoneAt: null,
    fingerprint: null,
  };
}
