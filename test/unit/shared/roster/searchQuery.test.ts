import { describe, expect, it } from 'vitest';
import { intersectIds, matchesQueryWords, queryWordsOf } from '../../../../shared/roster';
import { contactSearchWords, organizationSearchWords } from '../../../../shared/search';

const cooperative = organizationSearchWords({
  name: 'Lavoro Insieme Società Cooperativa Sociale',
  comune: 'Peschiera Borromeo',
  provincia: 'MI',
  taxCode: '',
  vatNumber: '12345678903',
  email: 'info@lavoroinsieme.it',
  pec: '',
});

describe('queryWordsOf', () => {
  it('normalizes case and accents and drops repeated words', () => {
    expect(queryWordsOf('  SOCIETÀ   società Città ')).toEqual(['societa', 'citta']);
  });

  it('drops a word that another word of the query starts with', () => {
    expect(queryWordsOf('ros rossi mar')).toEqual(['rossi', 'mar']);
  });

  it('gives no words for blank or punctuation-only input', () => {
    expect(queryWordsOf('  – , ')).toEqual([]);
  });
});

describe('matchesQueryWords', () => {
  it('finds an accented name typed without accents and in another case', () => {
    expect(matchesQueryWords(cooperative, queryWordsOf('SOCIETA coop'))).toBe(true);
    expect(matchesQueryWords(cooperative, queryWordsOf('peschiera borr'))).toBe(true);
  });

  it('finds by code and by e-mail address', () => {
    expect(matchesQueryWords(cooperative, queryWordsOf('1234567'))).toBe(true);
    expect(matchesQueryWords(cooperative, queryWordsOf('info@lavoro'))).toBe(true);
  });

  it('needs every word to start one of the record words', () => {
    expect(matchesQueryWords(cooperative, queryWordsOf('lavoro segrate'))).toBe(false);
    expect(matchesQueryWords(cooperative, queryWordsOf('avoro'))).toBe(false);
  });

  it('finds a contact by surname written without its accent', () => {
    const words = contactSearchWords({
      firstName: 'Niccolò',
      lastName: 'Lucà',
      email: 'n.luca@afol.it',
      role: 'Referente inserimenti',
    });
    expect(matchesQueryWords(words, queryWordsOf('nicco luca'))).toBe(true);
  });
});

describe('intersectIds', () => {
  it('keeps the ids present in every set', () => {
    expect(
      intersectIds([new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd']), new Set(['c', 'b'])]),
    ).toEqual(new Set(['b', 'c']));
  });

  it('is empty for no sets or a set without common ids', () => {
    expect(intersectIds([])).toEqual(new Set());
    expect(intersectIds([new Set(['a']), new Set(['b'])])).toEqual(new Set());
  });
});
