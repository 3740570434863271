import { describe, expect, it } from 'vitest';
import {
  contactFieldProblems,
  membershipPeriodProblems,
  organizationFieldProblems,
  type OrganizationFields,
} from '../../../../shared/roster';

const empty: OrganizationFields = {
  name: 'Comune di Segrate',
  taxCode: '',
  vatNumber: '',
  provincia: '',
  email: '',
  pec: '',
  phone: '',
  website: '',
};

describe('organizationFieldProblems', () => {
  it('accepts an organization with only a name: every other field is optional', () => {
    expect(organizationFieldProblems(empty)).toEqual({});
  });

  it('accepts valid codes, addresses, phone, site and a lower-case provincia', () => {
    expect(
      organizationFieldProblems({
        name: 'Formazione Lavoro Sud Est Srl',
        taxCode: 'RSSMRA85T10A562S',
        vatNumber: '12345678903',
        provincia: 'mi',
        email: 'info@formazionelavoro.it',
        pec: 'formazionelavoro@pec.it',
        phone: '+39 02 1234567',
        website: 'www.formazionelavoro.it',
      }),
    ).toEqual({});
  });

  it('names every invalid field with its own problem', () => {
    expect(
      organizationFieldProblems({
        name: '  ',
        taxCode: 'RSSMRA85T10A562T',
        vatNumber: '12345678901',
        provincia: 'Milano',
        email: 'info.formazionelavoro.it',
        pec: 'pec@',
        phone: 'due',
        website: 'formazione lavoro',
      }),
    ).toEqual({
      name: 'required',
      taxCode: 'invalidTaxCode',
      vatNumber: 'invalidVatNumber',
      provincia: 'invalidProvincia',
      email: 'invalidEmail',
      pec: 'invalidPec',
      phone: 'invalidPhone',
      website: 'invalidWebsite',
    });
  });

  it('accepts the 11-digit numeric codice fiscale of a legal entity', () => {
    expect(organizationFieldProblems({ ...empty, taxCode: '00860340157' })).toEqual({});
    expect(organizationFieldProblems({ ...empty, taxCode: '00860340158' })).toEqual({
      taxCode: 'invalidTaxCode',
    });
  });
});

describe('contactFieldProblems', () => {
  it('asks for a surname and checks e-mail and phone only when given', () => {
    expect(contactFieldProblems({ lastName: 'Rossi', email: '', phone: '' })).toEqual({});
    expect(contactFieldProblems({ lastName: '', email: 'rossi@', phone: '12' })).toEqual({
      lastName: 'required',
      email: 'invalidEmail',
      phone: 'invalidPhone',
    });
  });
});

describe('membershipPeriodProblems', () => {
  it('refuses an end before the start and accepts open or ordered periods', () => {
    expect(membershipPeriodProblems({ from: '2026-03-01', to: '2026-01-31' })).toEqual({
      to: 'endBeforeStart',
    });
    expect(membershipPeriodProblems({ from: '2026-01-01', to: '2026-01-01' })).toEqual({});
    expect(membershipPeriodProblems({ from: null, to: '2026-01-01' })).toEqual({});
  });
});
