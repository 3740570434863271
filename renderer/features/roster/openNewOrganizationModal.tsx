import { modals } from '@mantine/modals';
import type { Translate } from '../../app/RegiaContext';
import { NewOrganizationForm } from './NewOrganizationForm';

/** Opens the form that adds an organization to a network. */
export function openNewOrganizationModal(t: Translate, networkId: string): void {
  const modalId = modals.open({
    title: t('roster.newOrganization'),
    size: 'lg',
    children: <NewOrganizationForm networkId={networkId} onDone={() => modals.close(modalId)} />,
  });
}
