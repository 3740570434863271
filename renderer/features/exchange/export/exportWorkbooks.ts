import type { Contact, Network, Organization, RowOf } from '../../../../shared/domain';
import {
  buildPartnerBase,
  hasExportRows,
  partnerWorkbookFileName,
  writePartnerWorkbook,
} from '../../../../shared/exchange';
import type { SaveFilesResult } from '../../../../shared/contract';
import { bridge } from '../../../bridge';
import { addDataset, type RepositoryContext } from '../../../db';
import { exportBatchRecord } from './exportBatchRecord';

/** How far an export is: workbooks written so far out of all. */
export type ExportProgress = { done: number; total: number };

/** A workbook written for one partner, with the partner and the contacts it goes to. */
export type PartnerWorkbookFile = {
  name: string;
  bytes: Uint8Array;
  partner: Organization;
  contacts: readonly Contact[];
};

/** What an export did: files saved, partners left out because Regia holds nothing for them. */
export type ExportOutcome = SaveFilesResult & { skipped: string[] };

// Lets the page paint the progress bar now and then, without waiting between every workbook.
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const paintEveryMs = 50;

/**
 * Reads what the partners' workbooks hold: each partner's actions (owned and supported) and
 * contacts through their indexes (one range read each, in parallel), never the network's whole
 * action table.
 */
async function loadPartnerRecords(
  context: RepositoryContext,
  network: Network,
  partnerIds: readonly string[],
) {
  const { db } = context;
  const [actions, supported, contacts, projects, partners] = await Promise.all([
    Promise.all(
      partnerIds.map((partnerId) =>
        db.actions
          .where('[networkId+ownerOrganizationId]')
          .equals([network.id, partnerId])
          .toArray(),
      ),
    ),
    Promise.all(
      partnerIds.map((partnerId) =>
        db.actions
          .where('supportingOrganizationIds')
          .equals(partnerId)
          // An action it owns is already on its Azioni sheet.
          .filter(
            (action) => action.networkId === network.id && action.ownerOrganizationId !== partnerId,
          )
          .toArray(),
      ),
    ),
    Promise.all(
      partnerIds.map((partnerId) =>
        db.contacts.where('organizationId').equals(partnerId).toArray(),
      ),
    ),
    db.projects.where('networkId').equals(network.id).toArray(),
    db.organizations.bulkGet([...partnerIds]),
  ]);
  const indicators = await db.indicators
    .where('projectId')
    .anyOf(projects.map((project) => project.id))
    .toArray();
  const indicatorValues = await db.indicatorValues
    .where('indicatorId')
    .anyOf(indicators.map((indicator) => indicator.id))
    .toArray();
  const ownerIds = new Set(supported.flat().flatMap((action) => action.ownerOrganizationId ?? []));
  const owners = await db.organizations.bulkGet([...ownerIds]);
  const organizationNames = new Map(
    owners.flatMap((owner) => (owner ? [[owner.id, owner.name] as const] : [])),
  );
  return {
    projects,
    indicators,
    indicatorValues,
    organizationNames,
    partners: partners.flatMap((partner, index) =>
      partner
        ? [
            {
              partner,
              actions: [...(actions[index] ?? []), ...(supported[index] ?? [])],
              contacts: contacts[index] ?? [],
            },
          ]
        : [],
    ),
  };
}

function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let copy = 2; taken.has(candidate); copy += 1)
    candidate = name.replace(/\.xlsx$/, `-${copy}.xlsx`);
  taken.add(candidate);
  return candidate;
}

/**
 * Writes one partner workbook per partner, reports progress, hands the files to the host (a
 * folder on the desktop, one download or a zip in the browser) and, once they are saved,
 * records one export batch per partner with the base snapshot the re-import will compare with.
 */
export async function exportPartnerWorkbooks(options: {
  context: RepositoryContext;
  network: Network;
  partnerIds: readonly string[];
  returnBy: string;
  today: string;
  /** The quarter the partners report for (`2026-Q1`); the last closed one when not given. */
  reportingPeriod?: string;
  title: string;
  onProgress: (progress: ExportProgress) => void;
  /** Hands the workbooks over another way (e-mail drafts) instead of saving them as files. */
  deliver?: (workbooks: readonly PartnerWorkbookFile[]) => Promise<SaveFilesResult>;
}): Promise<ExportOutcome> {
  const { context, network, returnBy, today, reportingPeriod } = options;
  const { partners, ...shared } = await loadPartnerRecords(context, network, options.partnerIds);
  const exportedAt = new Date().toISOString();
  const files: PartnerWorkbookFile[] = [];
  const batches: RowOf<'exchangeBatches'>[] = [];
  const skipped: string[] = [];
  const names = new Set<string>();
  const total = partners.length;
  options.onProgress({ done: 0, total });
  let painted = performance.now();
  for (const { partner, actions, contacts } of partners) {
    const batchId = crypto.randomUUID();
    const base = buildPartnerBase({
      ...shared,
      actions,
      contacts,
      network,
      partner,
      batchId,
      exportedAt,
      returnBy,
      today,
      reportingPeriod,
    });
    if (hasExportRows(base)) {
      const name = uniqueName(partnerWorkbookFileName(base), names);
      files.push({ name, bytes: writePartnerWorkbook(base), partner, contacts });
      batches.push(
        exportBatchRecord({
          batchId,
          exportedAt,
          networkId: network.id,
          partnerId: partner.id,
          fileName: name,
          base,
        }),
      );
    } else skipped.push(partner.name);
    options.onProgress({ done: files.length + skipped.length, total });
    if (performance.now() - painted > paintEveryMs) {
      await nextTask();
      painted = performance.now();
    }
  }
  if (files.length === 0) return { saved: false, location: null, count: 0, skipped };
  const result = options.deliver
    ? await options.deliver(files)
    : await bridge.saveFiles({
        title: options.title,
        archiveName: `schede-aggiornamento-${today}.zip`,
        files: files.map(({ name, bytes }) => ({ name, bytes })),
      });
  if (result.saved) await addDataset(context, { exchangeBatches: batches }, { source: 'ui' });
  return { ...result, skipped };
}
