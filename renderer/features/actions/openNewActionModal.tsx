import { modals } from '@mantine/modals';
import type { Translate } from '../../app/RegiaContext';
import { NewActionForm } from './NewActionForm';

/** Opens the form that creates an action in a network. */
export function openNewActionModal(t: Translate, networkId: string): void {
  const modalId = modals.open({
    title: t('actions.new'),
    size: 'lg',
    children: <NewActionForm networkId={networkId} onDone={() => modals.close(modalId)} />,
  });
}
