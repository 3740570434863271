import type { Translate } from '../../app/RegiaContext';
import { openCreateOrganizationModal } from './organizationForm/openOrganizationModal';

/** Opens the form that adds an organization to a network. */
export function openNewOrganizationModal(t: Translate, networkId: string): void {
  openCreateOrganizationModal(t, networkId);
}
