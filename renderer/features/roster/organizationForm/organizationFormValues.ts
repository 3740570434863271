import type { MembershipRole, Organization, OrganizationType } from '../../../../shared/domain';
import { normalizeTaxCode, organizationFieldProblems } from '../../../../shared/roster';
import type { Translate } from '../../../app/RegiaContext';
import type { DraftOf } from '../../../db';
import { problemMessages } from '../problemMessage';

/** What the organization form edits: the organization and, for a new one, its membership. */
export type OrganizationFormValues = {
  name: string;
  type: OrganizationType;
  taxCode: string;
  vatNumber: string;
  comune: string;
  provincia: string;
  address: string;
  email: string;
  pec: string;
  phone: string;
  website: string;
  areasOfWork: string[];
  notes: string;
  role: MembershipRole;
  votingRight: boolean;
};

/** The form's starting values: empty for a new organization, the record's for an edit. */
export function organizationFormValues(organization?: Organization): OrganizationFormValues {
  return {
    name: organization?.name ?? '',
    type: organization?.type ?? 'comune',
    taxCode: organization?.taxCode ?? '',
    vatNumber: organization?.vatNumber ?? '',
    comune: organization?.comune ?? '',
    provincia: organization?.provincia ?? '',
    address: organization?.address ?? '',
    email: organization?.email ?? '',
    pec: organization?.pec ?? '',
    phone: organization?.phone ?? '',
    website: organization?.website ?? '',
    areasOfWork: organization?.areasOfWork ?? [],
    notes: organization?.notes ?? '',
    role: 'partner',
    votingRight: true,
  };
}

/** The messages to show at each invalid field of the form. */
export function validateOrganizationForm(
  t: Translate,
  values: OrganizationFormValues,
): Partial<Record<keyof OrganizationFormValues, string>> {
  return problemMessages(t, organizationFieldProblems(values));
}

/** The organization's fields as stored: codes compacted, provincia in capitals, text trimmed. */
export function organizationDraftOf(values: OrganizationFormValues): DraftOf<'organizations'> {
  return {
    name: values.name.trim(),
    type: values.type,
    taxCode: normalizeTaxCode(values.taxCode),
    vatNumber: normalizeTaxCode(values.vatNumber),
    comune: values.comune.trim(),
    provincia: values.provincia.trim().toUpperCase(),
    address: values.address.trim(),
    email: values.email.trim(),
    pec: values.pec.trim(),
    phone: values.phone.trim(),
    website: values.website.trim(),
    areasOfWork: [...new Set(values.areasOfWork.map((area) => area.trim()).filter(Boolean))],
    notes: values.notes.trim(),
  };
}
