import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import {
  buildImportPlan,
  partnerSheetNames,
  planChangeCount,
  writePartnerWorkbook,
} from '../../../../shared/exchange';
import {
  fillWorkbook,
  partnerFixture,
  proposedItems,
  reviewReturned,
  type CellEdit,
  type PartnerFixture,
} from './exchangeFixtures';

function partnerOf(fixture: PartnerFixture) {
  const partner = fixture.dataset.organizations.find((row) => row.id === fixture.partnerId);
  if (!partner) throw new Error('fixture changed');
  return partner;
}

function returned(fixture: PartnerFixture, edits: readonly Omit<CellEdit, 'sheet' | 'id'>[]) {
  const bytes = writePartnerWorkbook(fixture.base);
  return reviewReturned(
    fixture,
    fillWorkbook(
      bytes,
      edits.map((edit) => ({ ...edit, sheet: 'organization', id: fixture.partnerId })),
    ),
  );
}

describe('the partner’s own organization sheet', () => {
  it('shows the partner its name, PEC, e-mail, phone and address on one row with its ID', () => {
    const fixture = partnerFixture();
    const partner = partnerOf(fixture);
    const sheet = XLSX.read(writePartnerWorkbook(fixture.base), { type: 'array' }).Sheets[
      partnerSheetNames.organization
    ];
    if (!sheet) throw new Error('no organization sheet');
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: '' });
    expect(rows[0]).toEqual(['Ente', 'PEC', 'Email', 'Telefono', 'Indirizzo', 'ID', 'Revisione']);
    expect(rows[1]?.slice(0, 6)).toEqual([
      partner.name,
      partner.pec,
      partner.email,
      partner.phone,
      partner.address,
      partner.id,
    ]);
    expect(rows).toHaveLength(2);
  });

  it('applies a changed PEC and an emptied address, and plans them as changes of the organization', () => {
    const fixture = partnerFixture();
    const partner = partnerOf(fixture);
    const review = returned(fixture, [
      { field: 'pec', value: 'protocollo@cert.comune.segrate.mi.it' },
      { field: 'address', value: null },
    ]);

    const changes = proposedItems(review);
    expect(changes.map((item) => [item.field, item.outcome, item.incoming])).toEqual([
      ['pec', 'applied', 'protocollo@cert.comune.segrate.mi.it'],
      ['address', 'applied', ''],
    ]);
    const plan = buildImportPlan(review, fixture.base, new Map());
    expect(plan.organizations).toEqual([
      {
        organizationId: partner.id,
        changes: [
          { field: 'pec', from: partner.pec, to: 'protocollo@cert.comune.segrate.mi.it' },
          { field: 'address', from: partner.address, to: '' },
        ],
      },
    ]);
    expect(planChangeCount(plan)).toBe(2);
  });

  it('refuses an e-mail and a phone the roster would refuse, saying why', () => {
    const fixture = partnerFixture();
    const review = returned(fixture, [
      { field: 'email', value: 'segreteria[at]comune.segrate.it' },
      { field: 'phone', value: 'chiamare il centralino' },
      { field: 'pec', value: 'comune.segrate@pec.regione.lombardia.it' },
    ]);

    expect(proposedItems(review).map((item) => [item.field, item.outcome, item.reason])).toEqual([
      ['pec', 'applied', null],
      ['email', 'rejected', 'invalidEmail'],
      ['phone', 'rejected', 'invalidPhone'],
    ]);
  });

  it('is a conflict when Regia changed the PEC differently since the export, and unchanged when the same', () => {
    const fixture = partnerFixture();
    const partner = partnerOf(fixture);
    partner.pec = 'ufficio@pec.segrate.it';
    partner.phone = '02 2137 1';
    const review = returned(fixture, [
      { field: 'pec', value: 'protocollo@cert.comune.segrate.mi.it' },
      { field: 'phone', value: '02 2137 1' },
    ]);

    expect(proposedItems(review).map((item) => [item.field, item.outcome])).toEqual([
      ['pec', 'conflict'],
    ]);
  });

  it('refuses a row naming another organization than the partner', () => {
    const fixture = partnerFixture();
    const other = fixture.dataset.organizations.find((row) => row.id !== fixture.partnerId);
    if (!other) throw new Error('fixture changed');
    const bytes = fillWorkbook(writePartnerWorkbook(fixture.base), [
      { sheet: 'organization', id: fixture.partnerId, field: 'id', value: other.id },
    ]);

    const review = reviewReturned(fixture, bytes);

    expect(proposedItems(review).map((item) => [item.sheet, item.outcome, item.reason])).toEqual([
      ['organization', 'rejected', 'otherPartner'],
    ]);
  });
});
