import type {
  ActionPriority,
  ActionStatus,
  MeetingKind,
  MeetingStatus,
  MembershipRole,
  OrganizationType,
  RelationshipKind,
  AgendaItemKind,
} from '../../shared/domain';
import type { Translate } from './RegiaContext';

/** Labels of the domain's enumerations, from the catalog. */
export const label = {
  organizationType: (t: Translate, value: OrganizationType) => t(`enum.organizationType.${value}`),
  membershipRole: (t: Translate, value: MembershipRole) => t(`enum.membershipRole.${value}`),
  meetingKind: (t: Translate, value: MeetingKind) => t(`enum.meetingKind.${value}`),
  meetingStatus: (t: Translate, value: MeetingStatus) => t(`enum.meetingStatus.${value}`),
  agendaItemKind: (t: Translate, value: AgendaItemKind) => t(`enum.agendaItemKind.${value}`),
  actionStatus: (t: Translate, value: ActionStatus) => t(`enum.actionStatus.${value}`),
  actionPriority: (t: Translate, value: ActionPriority) => t(`enum.actionPriority.${value}`),
  relationshipKind: (t: Translate, value: RelationshipKind) => t(`enum.relationshipKind.${value}`),
};

/** Badge colours that read well on both themes. */
export const actionStatusColor: Record<ActionStatus, string> = {
  daAvviare: 'gray',
  inCorso: 'blue',
  completata: 'teal',
  bloccata: 'orange',
  annullata: 'dark',
};

export const meetingStatusColor: Record<MeetingStatus, string> = {
  bozza: 'gray',
  convocata: 'blue',
  svolta: 'violet',
  verbaleInBozza: 'orange',
  verbaleApprovato: 'teal',
  annullata: 'red',
  rinviata: 'yellow',
};
