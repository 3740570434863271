import type { Contact, Membership, Network } from '../../../../shared/domain';
import type { Translate } from '../../../app/RegiaContext';
import { openFormModal } from '../../../ui';
import { MembershipForm } from './MembershipForm';

/** What the membership form needs besides the membership itself. */
export type MembershipModalInput = {
  organizationId: string;
  networks: Network[];
  contacts: Contact[];
  membership?: Membership;
};

/** Opens the form that adds the organization to a network, or edits a membership. */
export function openMembershipModal(t: Translate, input: MembershipModalInput): void {
  openFormModal({
    t,
    title: input.membership ? t('roster.membership.edit') : t('roster.membership.add'),
    size: 'lg',
    children: <MembershipForm {...input} />,
  });
}
