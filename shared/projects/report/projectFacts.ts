import type { Project } from '../../domain';
import type { Locale, MessageKey } from '../../i18n';
import { callLabel, fundingLabel, projectPeriodLabel, projectStateLabel } from '../labels';
import { leadsLabel } from '../leads';
import { text, type ReportSection } from './reportDocument';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The project's facts (code, call, period, state, capofila, partners with their roles, funding)
 * as a table of what and its value, so that the xlsx holds each in a cell of its own rather than
 * "label: value" in one.
 */
export function projectFactsSection(
  t: Translate,
  locale: Locale,
  project: Project,
  name: (organizationId: string) => string,
): ReportSection {
  const facts: [MessageKey, string][] = [
    ['projects.field.code', project.code],
    ['projects.field.call', callLabel(locale, project)],
    ['projects.field.period', projectPeriodLabel(project)],
    ['projects.field.state', projectStateLabel(locale, project.state)],
    ['projects.field.leads', leadsLabel(project, name)],
    [
      'projects.field.partners',
      project.partners
        .map((partner) =>
          partner.role.trim()
            ? `${name(partner.organizationId)} (${partner.role.trim()})`
            : name(partner.organizationId),
        )
        .join('; '),
    ],
    ['projects.field.funding', fundingLabel(locale, project)],
  ];
  return {
    heading: t('projects.quarterly.project'),
    paragraphs: [],
    table: {
      columns: [t('projects.quarterly.fact'), t('projects.quarterly.factValue')],
      rows: facts.map(([key, value]) => [text(t(key)), text(value)]),
      totals: null,
    },
  };
}
