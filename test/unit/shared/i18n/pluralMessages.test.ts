import { describe, expect, it as test } from 'vitest';
import { en } from '../../../../shared/i18n/en';
import { it } from '../../../../shared/i18n/it';
import { formatMessage } from '../../../../shared/i18n/formatMessage';

/**
 * Placeholders that hold text, dates or positions, never a quantity of things: a word after
 * them needs no agreement. A new placeholder followed by a word must be added here or be
 * written inside a plural.
 */
const notQuantities = new Set([
  'name',
  'title',
  'date',
  'baseDate',
  'year',
  'kind',
  'number',
  'from',
  'start',
  'period',
  'target',
  'cell',
  'exportedAt',
  'index',
  'current',
  'version',
  'meeting',
  'approving',
  'network',
  'partner',
  'organization',
  'file',
  'sheet',
  'table',
  'label',
  'location',
  'status',
  'month',
  'when',
  'user',
  'text',
  'value',
  'field',
  'record',
  'source',
  'outcome',
  'details',
  'names',
  'rule',
  'entry',
  'column',
  'role',
  'reason',
]);

/** Words after a figure that need no agreement: units, and "of" in "3 of 10". */
const wordsWithoutAgreement = new Set(['MB', 'h', 'min', 'of', 'di', 'del', 'della', 'su']);

/**
 * Messages where a count stands as a bare figure that reads the same for one and many, outside
 * parentheses (a figure in parentheses, "Referenti (3)", is always allowed).
 */
const bareFigures = new Set([
  'live.position', // "Punto 2 di 5": the count is the total the position is out of
  'exchange.problem.tooManyEntries', // "(70000; il massimo è 65536)": always far above one
  'actions.overview.chartBar', // "aprile: 3", the label of a bar in a chart titled with its unit
]);

type Segment = { text: string; inside: ReadonlySet<string> };

function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}' && --depth === 0) return index;
  }
  return -1;
}

/** The message split into text outside plurals and the branches of each plural, recursively. */
function segmentsOf(message: string, inside: ReadonlySet<string> = new Set()): Segment[] {
  const segments: Segment[] = [];
  let plain = '';
  let index = 0;
  while (index < message.length) {
    const open = message.indexOf('{', index);
    const close = open < 0 ? -1 : closingBrace(message, open);
    if (close < 0) break;
    plain += message.slice(index, open);
    const inner = message.slice(open + 1, close);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,/.exec(inner);
    if (plural) {
      plain += '\u0000';
      const nested = new Set([...inside, plural[1]]);
      let options = inner.slice(plural[0].length);
      let branchOpen = options.indexOf('{');
      while (branchOpen >= 0) {
        const branchClose = closingBrace(options, branchOpen);
        segments.push(...segmentsOf(options.slice(branchOpen + 1, branchClose), nested));
        options = options.slice(branchClose + 1);
        branchOpen = options.indexOf('{');
      }
    } else {
      plain += message.slice(open, close + 1);
    }
    index = close + 1;
  }
  segments.push({ text: plain + message.slice(index), inside });
  return segments;
}

/** The count placeholders of a message that are not inside a plural of their own. */
function countsWithoutPlural(key: string, message: string): string[] {
  const offences: string[] = [];
  for (const segment of segmentsOf(message)) {
    for (const match of segment.text.matchAll(
      /(\()?\{(\w+)(?:\s*,\s*number)?\}(?:(\))| (\p{L}+))?/gu,
    )) {
      const [, openParen, name, closeParen, word] = match;
      if (segment.inside.has(name)) continue;
      const namedCount = name === 'count' || name.endsWith('Count');
      if (namedCount) {
        if ((openParen && closeParen) || bareFigures.has(key)) continue;
        offences.push(`${key}: {${name}}`);
      } else if (word && !notQuantities.has(name) && !wordsWithoutAgreement.has(word)) {
        offences.push(`${key}: {${name}}`);
      }
    }
  }
  return offences;
}

function offencesIn(catalog: Record<string, string>): string[] {
  return Object.entries(catalog).flatMap(([key, message]) => countsWithoutPlural(key, message));
}

describe('count messages', () => {
  test('finds a count written without plural forms, named or followed by a noun', () => {
    expect(countsWithoutPlural('x', '{count} azioni')).toEqual(['x: {count}']);
    expect(countsWithoutPlural('x', 'Applica {changeCount} modifiche')).toEqual([
      'x: {changeCount}',
    ]);
    expect(countsWithoutPlural('x', '{nodes} enti, {edges} relazioni')).toHaveLength(2);
    expect(countsWithoutPlural('x', '{total, number} righe')).toEqual(['x: {total}']);
    expect(
      countsWithoutPlural(
        'x',
        '{count, plural, one {# riga di {file}} other {# righe di {kept} file}}',
      ),
    ).toEqual(['x: {kept}']);
  });

  test('accepts plurals, figures in parentheses, units and text placeholders', () => {
    expect(countsWithoutPlural('x', '{count, plural, one {# azione} other {# azioni}}')).toEqual(
      [],
    );
    expect(countsWithoutPlural('x', 'Referenti ({count})')).toEqual([]);
    expect(countsWithoutPlural('x', 'Il file pesa {size} MB')).toEqual([]);
    expect(countsWithoutPlural('x', '{name} sulla mappa, {done} di {total}')).toEqual([]);
  });

  test('every Italian count message has its plural forms', () => {
    expect(offencesIn(it)).toEqual([]);
  });

  test('every English count message has its plural forms', () => {
    expect(offencesIn(en)).toEqual([]);
  });

  test('every plural in the catalogs parses and leaves no placeholder of its own behind', () => {
    const unparsed = Object.entries({ ...it, ...en }).flatMap(([key, message]) => {
      const names = [...message.matchAll(/\{(\w+)\s*,\s*plural\s*,/g)].map((match) => match[1]);
      const filled = [1, 2].flatMap((value) =>
        formatMessage(message, Object.fromEntries(names.map((name) => [name, value])), 'it'),
      );
      return filled.some((text) => /\{\w+\s*,\s*plural/.test(text) || text.includes('#'))
        ? [key]
        : [];
    });
    expect(unparsed).toEqual([]);
  });
});
