import { actionProgressReport } from '../../actions';
import type { Action, Organization } from '../../domain';
import type { MessageKey, MessageParams } from '../../i18n';
import type {
  MinutesActionReview,
  MinutesActionReviewInput,
  MinutesTable,
} from './minutesDocument';

/** How the minutes write a message and a day in their language. */
export type MinutesWriter = {
  t: (key: MessageKey, params?: MessageParams) => string;
  day: (isoDate: string) => string;
};

/**
 * The review of the actions at a meeting: the actions open at the meeting, overdue first, then
 * those on time, each by due day (the lists the agenda item shows), with owner, due date,
 * status and progress.
 */
export function minutesActionReview(
  review: MinutesActionReviewInput,
  organizations: ReadonlyMap<string, Organization>,
  write: MinutesWriter,
): MinutesActionReview {
  const report = actionProgressReport(review.actions, review.day);
  const date = write.day(review.day);
  const table = (actions: readonly Action[]): MinutesTable => ({
    columns: [
      write.t('minutes.doc.actionTitle'),
      write.t('minutes.doc.actionOwner'),
      write.t('minutes.doc.actionDue'),
      write.t('minutes.doc.actionStatus'),
      write.t('minutes.doc.actionProgress'),
    ],
    rows: actions.map((action) => [
      action.title,
      organizations.get(action.ownerOrganizationId ?? '')?.name ?? '',
      action.dueDate ? write.day(action.dueDate) : '',
      write.t(`enum.actionStatus.${action.status}`),
      `${action.progress}%`,
    ]),
  });
  if (report.overdue.length + report.open.length === 0) {
    return { intro: write.t('minutes.doc.reviewNone', { date }), sections: [] };
  }
  const sections: { key: MessageKey; actions: Action[] }[] = [
    { key: 'minutes.doc.reviewOverdue', actions: report.overdue },
    { key: 'minutes.doc.reviewOpen', actions: report.open },
  ];
  return {
    intro: write.t('minutes.doc.reviewIntro', { date }),
    sections: sections
      .filter((section) => section.actions.length > 0)
      .map((section) => ({
        heading: write.t(section.key, { count: section.actions.length }),
        table: table(section.actions),
      })),
  };
}
