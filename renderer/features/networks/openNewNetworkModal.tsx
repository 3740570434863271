import { modals } from '@mantine/modals';
import type { Translate } from '../../app/RegiaContext';
import { NewNetworkForm } from './NewNetworkForm';

/** Opens the form that creates a network. */
export function openNewNetworkModal(t: Translate): void {
  const modalId = modals.open({
    title: t('network.new'),
    children: <NewNetworkForm onDone={() => modals.close(modalId)} />,
  });
}
