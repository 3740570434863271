import type { Project } from '../domain';
import { translate, type Locale } from '../i18n';
import { formatEuro } from './money';

/** A project state in the user's language. */
export function projectStateLabel(locale: Locale, state: Project['state']): string {
  return translate(locale, `projects.state.${state}`);
}

/** The Avviso a project answers, with its number and date, in one line. */
export function callLabel(locale: Locale, project: Project): string {
  const parts = [project.callReference.trim()];
  if (project.callNumber.trim() !== '') {
    parts.push(
      translate(locale, 'projects.callNumberShort', { number: project.callNumber.trim() }),
    );
  }
  if (project.callDate) {
    const [year, month, day] = project.callDate.split('-');
    parts.push(translate(locale, 'projects.callDateShort', { date: `${day}/${month}/${year}` }));
  }
  return parts.filter((part) => part !== '').join(' ');
}

/** A project's period as `01/01/2026 – 31/12/2026`, or an empty text. */
export function projectPeriodLabel(project: Project): string {
  const day = (iso: string | null): string => {
    if (!iso) return '…';
    const [year, month, date] = iso.split('-');
    return `${date}/${month}/${year}`;
  };
  return project.periodFrom || project.periodTo
    ? `${day(project.periodFrom)} – ${day(project.periodTo)}`
    : '';
}

/** The funding of a project in one line: `Regione Lombardia 591.000,00 €; …`. */
export function fundingLabel(locale: Locale, project: Project): string {
  return project.fundingSources
    .map((source) => `${source.name} ${formatEuro(locale, source.amount)}`)
    .join('; ');
}
