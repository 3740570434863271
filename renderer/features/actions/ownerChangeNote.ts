import type { Translate } from '../../app/RegiaContext';
import type { ChangeNote } from './actionWrites';

/** A timeline note for a change of owner organization, naming both organizations. */
export function ownerChangeNote(t: Translate, names: ReadonlyMap<string, string>): ChangeNote {
  return (before, after) => {
    if (before.ownerOrganizationId === after.ownerOrganizationId) return '';
    const nameOf = (id: string | null): string =>
      id === null ? t('actions.timeline.nobody') : (names.get(id) ?? '—');
    return t('actions.timeline.ownerChanged', {
      from: nameOf(before.ownerOrganizationId),
      to: nameOf(after.ownerOrganizationId),
    });
  };
}
