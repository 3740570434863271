import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import type { Organization } from '../../../../shared/domain';
import {
  createDuplicateFinder,
  type DuplicateCandidate,
  type DuplicateMatch,
} from '../../../../shared/roster';

const candidateFields = ['name', 'taxCode', 'vatNumber', 'email', 'pec', 'comune'] as const;

/** Likely duplicates of the organization being typed among the given ones (undefined while loading). */
export function useDuplicateMatches(
  organizations: Organization[] | undefined,
  candidate: DuplicateCandidate,
): DuplicateMatch[] {
  const finder = useMemo(
    () => (organizations ? createDuplicateFinder<Organization>(organizations) : null),
    [organizations],
  );
  // A string is stable between renders, so the debounce waits for the user to pause typing.
  const typed = JSON.stringify(candidateFields.map((field) => candidate[field]));
  const [settled] = useDebouncedValue(typed, 250);
  const id = candidate.id;
  return useMemo(() => {
    if (!finder) return [];
    const [name = '', taxCode = '', vatNumber = '', email = '', pec = '', comune = ''] =
      readStrings(settled);
    return finder.find({ id, name, taxCode, vatNumber, email, pec, comune });
  }, [finder, settled, id]);
}

function readStrings(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.map(String) : [];
}
