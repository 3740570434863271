import { describe, expect, it } from 'vitest';
import {
  buildImportPlan,
  buildPartnerBase,
  identifyExport,
  mergeReturnedWorkbook,
  planTableImport,
  readPartnerWorkbook,
  readSpreadsheet,
  readTableRows,
  spreadsheetLimits,
  suggestMapping,
  cellText,
} from '../../../shared/exchange';
import { generateNetwork } from '../../bench/data/generateNetwork';
import { partnerNote, returnedWorkbookBytes } from '../../bench/data/partnerReturn';
import { rosterWorkbookRows } from '../../bench/data/spreadsheets';
import { workbookBytes } from '../../bench/runner/workbooks';

const network = generateNetwork({ scale: 'medium', now: new Date(2026, 2, 2, 10, 0) });
const { dataset, mainNetworkId } = network;

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

describe('the workbooks the bench imports', () => {
  it('returns a partner workbook whose every action the exchange import updates', () => {
    const partner = dataset.organizations[0];
    const networkRow = dataset.networks.find((row) => row.id === mainNetworkId);
    if (!partner || !networkRow) throw new Error('The generated network is empty.');
    const actions = dataset.actions
      .filter((action) => action.networkId === mainNetworkId)
      .slice(0, 500)
      .map((action) => ({ ...action, ownerOrganizationId: partner.id }));
    const base = buildPartnerBase({
      network: networkRow,
      partner,
      actions,
      contacts: dataset.contacts,
      projects: dataset.projects,
      indicators: dataset.indicators,
      indicatorValues: dataset.indicatorValues,
      batchId: '7f1e9d3a-4b2c-4d5e-8f90-123456789abc',
      exportedAt: '2026-03-02T09:00:00.000Z',
      returnBy: '2026-03-31',
      today: '2026-03-02',
    });
    const returned = readPartnerWorkbook(
      readSpreadsheet(returnedWorkbookBytes(base), spreadsheetLimits),
    );
    const { base: found } = identifyExport(returned, mainNetworkId, [base]);
    const review = mergeReturnedWorkbook(returned, found, {
      actions: byId(actions),
      contacts: byId(dataset.contacts),
      organizations: byId(dataset.organizations),
      indicators: byId(dataset.indicators),
      indicatorValues: new Map(),
    });
    const plan = buildImportPlan(review, base, new Map());
    expect(review.counts.conflict + review.counts.rejected).toBe(0);
    expect(plan.actions).toHaveLength(500);
    expect(plan.actions.every((change) => change.changes.some((c) => c.field === 'progress'))).toBe(
      true,
    );
    expect(plan.actions.filter((change) => change.note === partnerNote)).toHaveLength(50);
  });

  it('has a roster workbook the table import reads whole and links to the existing members', () => {
    const rows = rosterWorkbookRows(dataset, mainNetworkId, 500);
    const grid = readSpreadsheet(workbookBytes(rows, 'Rete'), spreadsheetLimits);
    const sheet = grid.sheets[0];
    if (!sheet) throw new Error('The roster workbook has no sheet.');
    const mapping = suggestMapping((sheet.rows[0] ?? []).map((cell) => cellText(cell)));
    expect(mapping).toContain('organizationName');
    const tableRows = readTableRows(sheet, mapping);
    const plan = planTableImport(tableRows, dataset.organizations, dataset.contacts);
    expect(tableRows).toHaveLength(500);
    expect(plan.invalidRows).toHaveLength(0);
    expect(plan.organizations.every((row) => row.proposedExistingId !== null)).toBe(true);
  });
});
