import { describe, expect, it } from 'vitest';
import {
  codiceFiscaleCheckCharacter,
  isValidCodiceFiscale,
  isValidPartitaIva,
  partitaIvaCheckDigit,
} from '../../../../shared/roster/taxCodes';

// The expected check digits and characters were computed by hand and with an independent
// implementation of the published algorithms, not with the code under test.
describe('isValidPartitaIva', () => {
  it.each(['12345678903', '00860340157', '01234567897', '97123450153', ' 0123 4567 897 '])(
    'accepts %s, whose check digit is right',
    (value) => {
      expect(isValidPartitaIva(value)).toBe(true);
    },
  );

  it.each([
    ['12345678901', 'wrong check digit'],
    ['00860340158', 'wrong check digit'],
    ['1234567890', 'ten digits'],
    ['123456789031', 'twelve digits'],
    ['1234567890A', 'a letter'],
    ['00000000000', 'all zeros'],
    ['', 'empty'],
  ])('rejects %s (%s)', (value) => {
    expect(isValidPartitaIva(value)).toBe(false);
  });

  it('computes the check digit from the first ten digits', () => {
    expect(partitaIvaCheckDigit('1234567890')).toBe(3);
    expect(partitaIvaCheckDigit('0086034015')).toBe(7);
  });

  it('refuses to compute a check digit from anything but ten digits', () => {
    expect(() => partitaIvaCheckDigit('123')).toThrow(/ten digits/);
  });
});

describe('isValidCodiceFiscale', () => {
  it.each([
    'RSSMRA85T10A562S',
    'rssmra85t10a562s',
    'BNCGLI90A41F205H',
    'VRDLCU80R20H501Q',
    'RSSMRA85T10A56NH',
    '12345678903',
  ])('accepts %s', (value) => {
    expect(isValidCodiceFiscale(value)).toBe(true);
  });

  it.each([
    ['RSSMRA85T10A562T', 'wrong check character'],
    ['RSSMRA85T10A56NS', 'omocodia letter without recomputing the check character'],
    ['RSSMRA85Z10A562S', 'Z is not a month'],
    ['RSSMRA85T10A562', 'fifteen characters'],
    ['12345678901', 'numeric code with a wrong check digit'],
    ['', 'empty'],
  ])('rejects %s (%s)', (value) => {
    expect(isValidCodiceFiscale(value)).toBe(false);
  });

  it('computes the check character from the first fifteen characters', () => {
    expect(codiceFiscaleCheckCharacter('RSSMRA85T10A562')).toBe('S');
    expect(codiceFiscaleCheckCharacter('BNCGLI90A41F205')).toBe('H');
  });
});
