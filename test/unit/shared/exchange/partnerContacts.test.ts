import { describe, expect, it } from 'vitest';
import { writePartnerWorkbook } from '../../../../shared/exchange';
import { isValidEmail, isValidPhone } from '../../../../shared/roster';
import {
  fillWorkbook,
  partnerFixture,
  proposedItems,
  reviewReturned,
  type CellEdit,
  type PartnerFixture,
} from './exchangeFixtures';

function firstContactOf(fixture: PartnerFixture) {
  const contact = fixture.dataset.contacts.find(
    (row) => row.organizationId === fixture.partnerId && row.archivedAt === null,
  );
  if (!contact) throw new Error('Comune di Segrate has no contact');
  return contact;
}

function returned(fixture: PartnerFixture, edits: readonly CellEdit[]) {
  return reviewReturned(fixture, fillWorkbook(writePartnerWorkbook(fixture.base), edits));
}

describe('the e-mails and phones of the Referenti sheet', () => {
  it('are checked by the roster’s own rules: a bad e-mail or phone is refused, saying why, a good one applied', () => {
    const fixture = partnerFixture();
    const contact = firstContactOf(fixture);
    const edit = (field: string, value: string | null): CellEdit => ({
      sheet: 'contacts',
      id: contact.id,
      field,
      value,
    });
    const refused = returned(fixture, [
      edit('email', 'mario.rossi[at]comune.segrate.mi.it'),
      edit('phone', 'interno 12'),
    ]);
    expect(proposedItems(refused).map((line) => [line.field, line.outcome, line.reason])).toEqual([
      ['email', 'rejected', 'invalidEmail'],
      ['phone', 'rejected', 'invalidPhone'],
    ]);
    expect(proposedItems(refused)[0]?.cellText).toBe('mario.rossi[at]comune.segrate.mi.it');

    const applied = returned(fixture, [
      edit('email', 'm.rossi@comune.segrate.mi.it'),
      edit('phone', '+39 02 2137 456'),
    ]);
    expect(proposedItems(applied).map((line) => [line.field, line.outcome, line.incoming])).toEqual(
      [
        ['email', 'applied', 'm.rossi@comune.segrate.mi.it'],
        ['phone', 'applied', '+39 02 2137 456'],
      ],
    );
  });

  it('may be emptied, which deletes them as the instructions say', () => {
    const fixture = partnerFixture();
    const contact = firstContactOf(fixture);
    expect(contact.email).not.toBe('');
    const review = returned(fixture, [
      { sheet: 'contacts', id: contact.id, field: 'email', value: null },
    ]);
    expect(proposedItems(review).map((line) => [line.field, line.outcome, line.incoming])).toEqual([
      ['email', 'applied', ''],
    ]);
  });

  it('never refuse an address Regia already held and the partner left as it was', () => {
    // Typed in an older Regia, before the roster checked e-mails.
    const fixture = partnerFixture({ firstContactEmail: 'segreteria presso il comune' });
    expect(isValidEmail(firstContactOf(fixture).email)).toBe(false);
    const review = returned(fixture, []);
    expect(proposedItems(review)).toEqual([]);
    // Once the partner types over it, its text is checked like any other.
    const retyped = returned(fixture, [
      { sheet: 'contacts', id: firstContactOf(fixture).id, field: 'email', value: 'segreteria' },
    ]);
    expect(proposedItems(retyped).map((line) => line.reason)).toEqual(['invalidEmail']);
  });

  it('refuse a new contact row whose e-mail the roster would refuse, the whole row, naming the cell', () => {
    const fixture = partnerFixture();
    const review = returned(fixture, [
      { sheet: 'contacts', id: null, field: 'lastName', value: 'Bianchi' },
      { sheet: 'contacts', id: null, field: 'firstName', value: 'Anna' },
      { sheet: 'contacts', id: null, field: 'email', value: 'anna.bianchi@' },
      { sheet: 'contacts', id: null, field: 'phone', value: '02 1234 567' },
    ]);
    expect(isValidPhone('02 1234 567')).toBe(true);
    expect(
      proposedItems(review).map((line) => [line.outcome, line.field, line.reason, line.cellText]),
    ).toEqual([['rejected', 'email', 'invalidEmail', 'anna.bianchi@']]);
  });
});
