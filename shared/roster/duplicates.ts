import type { Organization } from '../domain';
import { normalizeForSearch } from '../search';
import { normalizeTaxCode } from './fieldProblems';
import {
  organizationNameKey,
  pairsSimilarity,
  pairsSimilarityBound,
  textPairsOf,
  type TextPairs,
} from './nameSimilarity';

/** Why two organizations look like the same ente. */
export type DuplicateReason = 'taxCode' | 'vatNumber' | 'email' | 'sameName' | 'similarName';

/** The fields duplicate detection looks at; a new record has no id yet. */
export type DuplicateCandidate = Pick<
  Organization,
  'name' | 'taxCode' | 'vatNumber' | 'email' | 'pec' | 'comune'
> & { id?: string };

/** An existing organization that may be the same as the candidate, and why. */
export type DuplicateMatch<T extends DuplicateCandidate = Organization> = {
  organization: T;
  reasons: DuplicateReason[];
  /** How alike the names are, 0–1. */
  nameSimilarity: number;
};

/** Names at least this alike, in the same comune, are reported as likely duplicates. */
export const similarNameThreshold = 0.8;

/** Looks up likely duplicates of many candidates in one set of organizations. */
export type DuplicateFinder<T extends DuplicateCandidate> = {
  find(candidate: DuplicateCandidate): DuplicateMatch<T>[];
};

function addTo<T>(index: Map<string, T[]>, key: string, value: T): void {
  if (!key) return;
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

function emailKey(value: string): string {
  return value.trim().toLowerCase();
}

function comuneKey(value: string): string {
  return normalizeForSearch(value);
}

/**
 * Indexes organizations by codice fiscale and partita IVA (either one: a company's codice
 * fiscale is its partita IVA), e-mail and PEC, identifying name and comune, so that each
 * lookup compares names only within one comune: an import of thousands of rows stays fast.
 * Names count only in the same comune, or when either comune is unknown.
 */
export function createDuplicateFinder<T extends DuplicateCandidate>(
  organizations: readonly T[],
): DuplicateFinder<T> {
  const byCode = new Map<string, T[]>();
  const byEmail = new Map<string, T[]>();
  const byNameKey = new Map<string, T[]>();
  const byComune = new Map<string, T[]>();
  // Each organization's identifying name and comune, reduced once: a lookup compares the
  // candidate with every organization of its comune, and an import looks up thousands.
  const names = new Map<T, TextPairs>();
  const comuni = new Map<T, string>();
  for (const organization of organizations) {
    const codes = new Set([organization.taxCode, organization.vatNumber].map(normalizeTaxCode));
    for (const code of codes) addTo(byCode, code, organization);
    const emails = new Set([organization.email, organization.pec].map(emailKey));
    for (const email of emails) addTo(byEmail, email, organization);
    const name = textPairsOf(organizationNameKey(organization.name));
    const comune = comuneKey(organization.comune);
    names.set(organization, name);
    comuni.set(organization, comune);
    addTo(byNameKey, name.text, organization);
    addTo(byComune, comune, organization);
  }
  const nameOf = (organization: T): TextPairs =>
    names.get(organization) ?? textPairsOf(organizationNameKey(organization.name));

  return {
    find(candidate) {
      const matches = new Map<T, Set<DuplicateReason>>();
      const note = (found: readonly T[] | undefined, reason: DuplicateReason): void => {
        for (const organization of found ?? []) {
          if (candidate.id !== undefined && organization.id === candidate.id) continue;
          const reasons = matches.get(organization) ?? new Set<DuplicateReason>();
          reasons.add(reason);
          matches.set(organization, reasons);
        }
      };
      const taxCode = normalizeTaxCode(candidate.taxCode);
      const vatNumber = normalizeTaxCode(candidate.vatNumber);
      if (taxCode) note(byCode.get(taxCode), 'taxCode');
      if (vatNumber && vatNumber !== taxCode) note(byCode.get(vatNumber), 'vatNumber');
      for (const email of new Set([candidate.email, candidate.pec].map(emailKey))) {
        if (email) note(byEmail.get(email), 'email');
      }
      const name = textPairsOf(organizationNameKey(candidate.name));
      const nameKey = name.text;
      const comune = comuneKey(candidate.comune);
      if (nameKey) {
        // The same name in two different comuni is common (every town has its Caritas).
        const sameName = (byNameKey.get(nameKey) ?? []).filter((organization) => {
          const otherComune = comuni.get(organization) ?? comuneKey(organization.comune);
          return !comune || !otherComune || otherComune === comune;
        });
        note(sameName, 'sameName');
      }
      if (comune && nameKey) {
        const similar = (byComune.get(comune) ?? []).filter((organization) => {
          const other = nameOf(organization);
          return (
            other.text !== nameKey &&
            pairsSimilarityBound(other, name) >= similarNameThreshold &&
            pairsSimilarity(other, name) >= similarNameThreshold
          );
        });
        note(similar, 'similarName');
      }
      return [...matches]
        .map(([organization, reasons]) => ({
          organization,
          reasons: [...reasons],
          nameSimilarity: pairsSimilarity(nameOf(organization), name),
        }))
        .sort(
          (first, second) =>
            second.reasons.length - first.reasons.length ||
            second.nameSimilarity - first.nameSimilarity,
        );
    },
  };
}

/** The likely duplicates of one candidate among the given organizations. */
export function findDuplicateOrganizations<T extends DuplicateCandidate>(
  candidate: DuplicateCandidate,
  organizations: readonly T[],
): DuplicateMatch<T>[] {
  return createDuplicateFinder(organizations).find(candidate);
}
