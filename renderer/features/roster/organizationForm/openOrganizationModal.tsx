import type { Organization } from '../../../../shared/domain';
import type { Translate } from '../../../app/RegiaContext';
import { openFormModal } from '../../../ui';
import { OrganizationForm } from './OrganizationForm';

/** Opens the form that creates an organization, as a member of the network when one is given. */
export function openCreateOrganizationModal(t: Translate, networkId: string | null): void {
  openFormModal({
    t,
    title: t('roster.newOrganization'),
    size: 'xl',
    children: <OrganizationForm networkId={networkId} />,
  });
}

/** Opens the form that edits an organization. */
export function openEditOrganizationModal(t: Translate, organization: Organization): void {
  openFormModal({
    t,
    title: t('roster.form.editTitle'),
    size: 'xl',
    children: <OrganizationForm organization={organization} />,
  });
}
