import type { Contact } from '../../../../shared/domain';
import type { Translate } from '../../../app/RegiaContext';
import { openFormModal } from '../../../ui';
import { ContactForm } from './ContactForm';

/** Opens the form that adds a contact to an organization, or edits one. */
export function openContactModal(t: Translate, organizationId: string, contact?: Contact): void {
  openFormModal({
    t,
    title: contact ? t('roster.contact.edit') : t('roster.contact.new'),
    size: 'lg',
    children: <ContactForm organizationId={organizationId} contact={contact} />,
  });
}
