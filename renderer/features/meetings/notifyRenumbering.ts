import { notifySuccess } from '../../app/notify';
import type { Translate } from '../../app/RegiaContext';
import type { Renumbering } from './meetingWrites';

/** Tells the user a meeting changed number (it moved to another year): never a silent change. */
export function notifyRenumbering(t: Translate, renumbered: Renumbering): void {
  if (!renumbered) return;
  const { from, to } = renumbered;
  notifySuccess(
    t,
    t('meetings.renumbered', {
      from: `${from.number}/${from.year}`,
      to: `${to.number}/${to.year}`,
    }),
  );
}
