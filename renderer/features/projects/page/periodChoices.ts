import type { Indicator, Project } from '../../../../shared/domain';
import type { Locale } from '../../../../shared/i18n';
import { periodLabel, periodsBetween } from '../../../../shared/projects';
import type { Choice } from '../useProjectData';

/** The periods a value or an expenditure can be entered for: those of the project's period. */
export function periodChoices(
  locale: Locale,
  project: Project,
  periodicity: Indicator['periodicity'],
  today: string,
): Choice[] {
  const from = project.periodFrom ?? `${today.slice(0, 4)}-01-01`;
  const to = project.periodTo ?? `${today.slice(0, 4)}-12-31`;
  return periodsBetween(periodicity, from, to < from ? from : to).map((period) => ({
    value: period,
    label: periodLabel(locale, period),
  }));
}

/** The project's partners as choices, named. */
export function partnerChoices(project: Project, names: ReadonlyMap<string, string>): Choice[] {
  return project.partners.map((partner) => ({
    value: partner.organizationId,
    label: names.get(partner.organizationId) ?? partner.organizationId,
  }));
}
