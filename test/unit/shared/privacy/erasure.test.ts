import { describe, expect, it } from 'vitest';
import { erasedText, personNeedles, scrubPersonalData } from '../../../../shared/privacy';

const contactId = '7d1c9a52-3b0e-4f7a-9c1d-2e3f4a5b6c7d';
const person = {
  contactId,
  needles: personNeedles({
    firstName: 'Anna',
    lastName: 'Colombo',
    email: 'anna@ente.it',
    phone: '02-1234567',
  }),
};

describe('scrubbing a person from stored values', () => {
  it('replaces the full name in either order, the e-mail and the phone, ignoring case', () => {
    expect(
      scrubPersonalData(
        'Sentire COLOMBO Anna o anna colombo: Anna@Ente.it, tel. 021234567',
        person,
      ),
    ).toBe(`Sentire ${erasedText} o ${erasedText}: ${erasedText}, tel. ${erasedText}`);
  });

  it('leaves other people with the same surname alone', () => {
    expect(scrubPersonalData('Marco Colombo presiede', person)).toBe('Marco Colombo presiede');
  });

  it('empties the personal fields of any record or recorded change about the contact', () => {
    const audit = {
      recordId: contactId,
      table: 'contacts',
      before: { email: 'x' },
      after: { email: 'y' },
    };
    const snapshot = {
      rows: [{ id: contactId, firstName: 'Anna', lastName: 'Colombo', organizationId: 'o' }],
    };
    expect(scrubPersonalData(audit, person)).toEqual({
      recordId: contactId,
      table: 'contacts',
      before: null,
      after: null,
    });
    expect(scrubPersonalData(snapshot, person)).toEqual({
      rows: [{ id: contactId, firstName: '', lastName: '', organizationId: 'o' }],
    });
  });

  it('returns the very same value when nothing names the person, and never touches bytes', () => {
    const bytes = new TextEncoder().encode('Anna Colombo');
    const row = { id: 'other', title: 'Riunione', attachment: bytes };
    expect(scrubPersonalData(row, person)).toBe(row);
  });
});
