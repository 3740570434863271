import { describe, expect, it } from 'vitest';
import {
  isValidEmail,
  isValidPhone,
  isValidProvinciaSigla,
  isValidWebsite,
  websiteUrl,
} from '../../../../shared/roster';

describe('isValidEmail', () => {
  it.each([
    'protocollo@comune.segrate.mi.it',
    'mario.rossi+regia@afolmet.it',
    'protocollo@pec.comune.segrate.mi.it',
    'info@cooperativa-lavoro.org',
    ' segreteria@afol.it ',
  ])('accepts %s', (value) => {
    expect(isValidEmail(value)).toBe(true);
  });

  it.each([
    ['mario.rossi.afol.it', 'no @'],
    ['mario@rossi@afol.it', 'two @'],
    ['mario rossi@afol.it', 'a space'],
    ['mario@afol', 'no top-level domain'],
    ['mario@afol.i', 'a one-letter top-level domain'],
    ['.mario@afol.it', 'a leading dot'],
    ['mario..rossi@afol.it', 'two dots in a row'],
    ['mario@-afol.it', 'a domain starting with a hyphen'],
    ['', 'empty'],
  ])('rejects %s (%s)', (value) => {
    expect(isValidEmail(value)).toBe(false);
  });
});

describe('isValidPhone', () => {
  it.each(['02 1234567', '+39 02 1234 5678', '333-1234567', '(02) 26.90.01', '0039021234567'])(
    'accepts %s',
    (value) => {
      expect(isValidPhone(value)).toBe(true);
    },
  );

  it.each([
    ['02 12A4567', 'a letter'],
    ['12345', 'five digits'],
    ['+39 02 1234 5678 9012', 'sixteen digits'],
    ['+', 'no digits'],
    ['02+1234567', 'a plus in the middle'],
  ])('rejects %s (%s)', (value) => {
    expect(isValidPhone(value)).toBe(false);
  });
});

describe('isValidWebsite', () => {
  it.each([
    'www.comune.segrate.mi.it',
    'https://www.afolmet.it',
    'http://afolmet.it/servizi/lavoro?area=sud-est#contatti',
    'cooperativa-lavoro.org',
  ])('accepts %s', (value) => {
    expect(isValidWebsite(value)).toBe(true);
  });

  it.each([
    ['comune segrate', 'spaces and no domain'],
    ['ftp://afolmet.it', 'another protocol'],
    ['javascript:alert(1)', 'a script'],
    ['afolmet', 'no top-level domain'],
    ['https://', 'no host'],
  ])('rejects %s (%s)', (value) => {
    expect(isValidWebsite(value)).toBe(false);
  });

  it('adds https:// to an address written without it, and keeps one that has it', () => {
    expect(websiteUrl('www.afolmet.it')).toBe('https://www.afolmet.it');
    expect(websiteUrl('http://afolmet.it')).toBe('http://afolmet.it');
  });
});

describe('isValidProvinciaSigla', () => {
  it('accepts two capital letters and nothing else', () => {
    expect(isValidProvinciaSigla('MI')).toBe(true);
    expect(isValidProvinciaSigla('mi')).toBe(false);
    expect(isValidProvinciaSigla('MIL')).toBe(false);
    expect(isValidProvinciaSigla('M1')).toBe(false);
  });
});
