import { modals } from '@mantine/modals';
import type { Contact } from '../../../../shared/domain';
import type { Translate } from '../../../app/RegiaContext';
import { ContactForm } from './ContactForm';

/** Opens the form that adds a contact to an organization, or edits one. */
export function openContactModal(t: Translate, organizationId: string, contact?: Contact): void {
  const modalId = modals.open({
    title: contact ? t('roster.contact.edit') : t('roster.contact.new'),
    size: 'lg',
    closeButtonProps: { 'aria-label': t('common.close') },
    children: (
      <ContactForm
        organizationId={organizationId}
        contact={contact}
        onDone={() => modals.close(modalId)}
      />
    ),
  });
}
