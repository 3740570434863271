import { modals } from '@mantine/modals';
import type { Organization } from '../../../../shared/domain';
import type { Translate } from '../../../app/RegiaContext';
import { OrganizationForm } from './OrganizationForm';

/** Opens the form that creates an organization, as a member of the network when one is given. */
export function openCreateOrganizationModal(t: Translate, networkId: string | null): void {
  const modalId = modals.open({
    title: t('roster.newOrganization'),
    size: 'xl',
    closeButtonProps: { 'aria-label': t('common.close') },
    children: <OrganizationForm networkId={networkId} onDone={() => modals.close(modalId)} />,
  });
}

/** Opens the form that edits an organization. */
export function openEditOrganizationModal(t: Translate, organization: Organization): void {
  const modalId = modals.open({
    title: t('roster.form.editTitle'),
    size: 'xl',
    closeButtonProps: { 'aria-label': t('common.close') },
    children: <OrganizationForm organization={organization} onDone={() => modals.close(modalId)} />,
  });
}
