import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../../shared/i18n/formatMessage';

const actions = '{count, plural, one {# azione} other {# azioni}}';

describe('formatMessage', () => {
  it('fills a plain placeholder with its value', () => {
    expect(formatMessage('Riunione di {network}', { network: 'Lombardia' }, 'it')).toBe(
      'Riunione di Lombardia',
    );
  });

  it('leaves a placeholder without a value as it is', () => {
    expect(formatMessage('Ciao {name}', {}, 'it')).toBe('Ciao {name}');
  });

  it('picks the singular for one and the plural for other numbers in Italian', () => {
    expect(formatMessage(actions, { count: 1 }, 'it')).toBe('1 azione');
    expect(formatMessage(actions, { count: 0 }, 'it')).toBe('0 azioni');
    expect(formatMessage(actions, { count: 2 }, 'it')).toBe('2 azioni');
  });

  it('picks the English forms by the English rules', () => {
    const rows = '{count, plural, one {# row} other {# rows}}';
    expect(formatMessage(rows, { count: 1 }, 'en')).toBe('1 row');
    expect(formatMessage(rows, { count: 3 }, 'en')).toBe('3 rows');
  });

  it('prefers an exact match over the plural category', () => {
    const message = '{count, plural, =0 {nessuna azione} one {# azione} other {# azioni}}';
    expect(formatMessage(message, { count: 0 }, 'it')).toBe('nessuna azione');
    expect(formatMessage(message, { count: 1 }, 'it')).toBe('1 azione');
  });

  it('formats the number for the locale where # stands', () => {
    expect(formatMessage(actions, { count: 12345 }, 'it')).toBe('12.345 azioni');
    expect(
      formatMessage('{count, plural, one {# row} other {# rows}}', { count: 12345 }, 'en'),
    ).toBe('12,345 rows');
  });

  it('fills placeholders nested inside the chosen branch', () => {
    const message = '{count, plural, one {# riga di {file}} other {# righe di {file}}}';
    expect(formatMessage(message, { count: 1, file: 'soci.xlsx' }, 'it')).toBe(
      '1 riga di soci.xlsx',
    );
    expect(formatMessage(message, { count: 4, file: 'soci.xlsx' }, 'it')).toBe(
      '4 righe di soci.xlsx',
    );
  });

  it('keeps the text around a plural and handles two plurals in one message', () => {
    const message =
      'Importate {rows, plural, one {# riga} other {# righe}} in {sheets, plural, one {# foglio} other {# fogli}}.';
    expect(formatMessage(message, { rows: 1, sheets: 2 }, 'it')).toBe(
      'Importate 1 riga in 2 fogli.',
    );
  });

  it('gives a nested plural its own #', () => {
    const message =
      '{count, plural, one {# file con {rows, plural, one {# riga} other {# righe}}} other {# file con {rows, plural, one {# riga} other {# righe}}}}';
    expect(formatMessage(message, { count: 3, rows: 1 }, 'it')).toBe('3 file con 1 riga');
  });

  it('selects on a string of plain digits', () => {
    expect(formatMessage(actions, { count: '1' }, 'it')).toBe('1 azione');
  });

  it('falls back to the other form, with the string as it is, for a value that is not a number', () => {
    expect(formatMessage(actions, { count: 'molte' }, 'it')).toBe('molte azioni');
  });

  it('keeps apostrophes as ordinary text', () => {
    expect(
      formatMessage("{count, plural, one {# all'ente} other {# agli enti}}", { count: 1 }, 'it'),
    ).toBe("1 all'ente");
  });

  it('formats a number placeholder for the locale, so it reads like the # beside it', () => {
    const message = '({length, plural, other {# caratteri}}; il massimo è {limit, number})';
    expect(formatMessage(message, { length: 100000, limit: 32767 }, 'it')).toBe(
      '(100.000 caratteri; il massimo è 32.767)',
    );
  });

  it('leaves a plural without its value untouched', () => {
    expect(formatMessage(actions, {}, 'it')).toBe(actions);
  });
});
