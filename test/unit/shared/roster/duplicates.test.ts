import { describe, expect, it } from 'vitest';
import {
  createDuplicateFinder,
  diceSimilarity,
  findDuplicateOrganizations,
  organizationNameKey,
  organizationNameSimilarity,
} from '../../../../shared/roster';
import { organizationOf } from './rosterRecords';

const candidate = {
  name: '',
  taxCode: '',
  vatNumber: '',
  email: '',
  pec: '',
  comune: '',
};

describe('organizationNameKey', () => {
  it('keeps the identifying words, without accents, articles and legal forms', () => {
    expect(organizationNameKey('Comune di Segrate')).toBe('segrate');
    expect(organizationNameKey('Lavoro Insieme Società Cooperativa Sociale Onlus')).toBe(
      'lavoro insieme',
    );
    expect(organizationNameKey('Formazione Lavoro Sud Est S.r.l.')).toBe(
      'formazione lavoro sud est',
    );
  });

  it('keeps the generic words when nothing else is left', () => {
    expect(organizationNameKey('Comune')).toBe('comune');
  });
});

describe('diceSimilarity', () => {
  it('is 1 for equal texts and 0 for texts without a pair in common', () => {
    expect(diceSimilarity('segrate', 'segrate')).toBe(1);
    expect(diceSimilarity('abc', 'xyz')).toBe(0);
  });

  it('scores a one-letter typo high and an unrelated name low', () => {
    expect(diceSimilarity('segrate', 'segrat')).toBeCloseTo(10 / 11);
    expect(organizationNameSimilarity('Comune di Segrate', 'Comune di Pioltello')).toBeLessThan(
      0.3,
    );
  });
});

describe('diceSimilarity counted over sorted pairs', () => {
  it('shares each pair as many times as both texts hold it, spaces folded', () => {
    // se eg gr ra at te / se eg gr ra at ta: 5 shared of 6 + 6.
    expect(diceSimilarity('segrate', 'segrata')).toBeCloseTo(10 / 12, 10);
    // aa aa aa / aa: one shared of 3 + 1.
    expect(diceSimilarity('aaaa', 'aa')).toBe(0.5);
    expect(diceSimilarity('san  donato', 'san donato')).toBe(1);
  });
});

describe('findDuplicateOrganizations', () => {
  const segrate = organizationOf({
    name: 'Comune di Segrate',
    comune: 'Segrate',
    provincia: 'MI',
    taxCode: '83503670156',
    pec: 'segrate@postemailcertificata.it',
  });
  const cooperative = organizationOf({
    name: 'Lavoro Insieme Società Cooperativa Sociale',
    type: 'cooperativaSociale',
    comune: 'Peschiera Borromeo',
    vatNumber: '12345678903',
    taxCode: '12345678903',
    email: 'info@lavoroinsieme.it',
  });
  const caritas = organizationOf({
    name: 'Caritas Ambrosiana',
    comune: 'Milano',
    type: 'associazione',
  });
  const existing = [segrate, cooperative, caritas];

  it('finds the same partita IVA, even when it was typed as the codice fiscale', () => {
    const matches = findDuplicateOrganizations(
      { ...candidate, name: 'Altro nome', taxCode: '123 456 789 03' },
      existing,
    );
    expect(matches.map((match) => [match.organization.name, match.reasons])).toEqual([
      ['Lavoro Insieme Società Cooperativa Sociale', ['taxCode']],
    ]);
  });

  it('finds the same e-mail address in either the e-mail or the PEC field, ignoring case', () => {
    const matches = findDuplicateOrganizations(
      { ...candidate, name: 'Segreteria', email: 'SEGRATE@postemailcertificata.it' },
      existing,
    );
    expect(matches.map((match) => match.organization.id)).toEqual([segrate.id]);
    expect(matches[0]?.reasons).toEqual(['email']);
  });

  it('finds a very similar name in the same comune, accents and case aside', () => {
    const matches = findDuplicateOrganizations(
      { ...candidate, name: 'LAVORO INSIEME coop. soc.', comune: 'peschiera borromeo' },
      existing,
    );
    expect(matches.map((match) => match.organization.id)).toEqual([cooperative.id]);
    expect(matches[0]?.reasons).toEqual(['sameName']);

    const typo = findDuplicateOrganizations(
      { ...candidate, name: 'Comune di Segratte', comune: 'Segrate' },
      existing,
    );
    expect(typo.map((match) => [match.organization.id, match.reasons])).toEqual([
      [segrate.id, ['similarName']],
    ]);
  });

  it('does not report a similar name in another comune, nor an unrelated name in the same one', () => {
    expect(
      findDuplicateOrganizations(
        { ...candidate, name: 'Caritas Ambrosiano', comune: 'Como' },
        existing,
      ),
    ).toEqual([]);
    expect(
      findDuplicateOrganizations(
        { ...candidate, name: 'Comune di Milano', comune: 'Milano' },
        existing,
      ),
    ).toEqual([]);
  });

  it('reports the same name when one of the two has no comune', () => {
    const matches = findDuplicateOrganizations(
      { ...candidate, name: 'Caritas Ambrosiana' },
      existing,
    );
    expect(matches.map((match) => match.reasons)).toEqual([['sameName']]);
  });

  it('never reports the organization being edited as its own duplicate', () => {
    expect(findDuplicateOrganizations(segrate, existing)).toEqual([]);
  });

  it('puts the matches with more reasons first', () => {
    const twin = organizationOf({ name: 'Comune di Segrate', comune: 'Segrate' });
    const matches = createDuplicateFinder([twin, segrate]).find({
      ...candidate,
      name: 'Comune di Segrate',
      comune: 'Segrate',
      taxCode: '83503670156',
    });
    expect(matches.map((match) => match.organization.id)).toEqual([segrate.id, twin.id]);
    expect(matches[0]?.reasons).toEqual(['taxCode', 'sameName']);
  });
});

describe('createDuplicateFinder at scale', () => {
  it('finds in a comune of many members the same similar names, with the same similarity, as comparing each pair', () => {
    const stems = ['Girasole', 'Arcobaleno', 'Lavoro Insieme', 'Formazione Sud', 'Caritas'];
    const organizations = Array.from({ length: 200 }, (_, index) =>
      organizationOf({
        name: `${stems[index % stems.length] ?? ''} ${String.fromCharCode(97 + (index % 26))}${Math.floor(index / 26)}`,
        comune: index % 3 === 0 ? 'Rozzano' : 'Segrate',
      }),
    );
    const finder = createDuplicateFinder(organizations);
    const looked = { ...candidate, name: 'Cooperativa Girasole a0', comune: 'Segrate' };
    const expected = organizations
      .filter(
        (organization) =>
          organization.comune === 'Segrate' &&
          organizationNameSimilarity(organization.name, looked.name) >= 0.8,
      )
      .map((organization) => ({
        id: organization.id,
        similarity: organizationNameSimilarity(organization.name, looked.name),
      }));
    const found = finder
      .find(looked)
      .map((match) => ({ id: match.organization.id, similarity: match.nameSimilarity }));
    expect(expected.length).toBeGreaterThan(1);
    expect([...found].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...expected].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });
});
