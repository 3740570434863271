import { attendanceStatuses, presenceModes } from '../../../../shared/domain';
import type { Translate } from '../../../app/RegiaContext';
import type { Choice } from './AttendanceFields';

/** The lists every row of the check-in offers, in the person's language. */
export type AttendanceOptions = {
  statuses: Choice[];
  modes: Choice[];
  /** The first choice of the proxy list: no proxy. */
  noProxy: Choice;
};

/** Builds the check-in's lists once, for all its rows. */
export function attendanceOptions(t: Translate): AttendanceOptions {
  return {
    statuses: [
      { value: '', label: t('live.notCheckedIn'), disabled: true },
      ...attendanceStatuses.map((value) => ({
        value,
        label: t(`live.attendanceStatus.${value}`),
      })),
    ],
    modes: presenceModes.map((mode) => ({ value: mode, label: t(`presence.mode.${mode}`) })),
    noProxy: { value: '', label: t('presence.noProxy') },
  };
}
