import type { Project } from '../domain';
import { translate, type Locale } from '../i18n';
import { normalizeForSearch } from '../search';
import { projectPeriodLabel } from './labels';
import { leadNamesLabel } from './leads';
import { euro, text, type ReportDocument, type ReportSection } from './report/reportDocument';

/** A project marked as buona prassi, with the names its register shows. */
export type GoodPracticeEntry = {
  project: Project & { goodPractice: NonNullable<Project['goodPractice']> };
  lead: string;
  partners: string[];
};

/** Whether a project can be marked as buona prassi: only a concluded one. */
export function canBeGoodPractice(project: Project): boolean {
  return project.state === 'concluso' || project.state === 'rendicontato';
}

/** The good practices among projects, newest first, with organization names resolved. */
export function goodPracticeEntries(
  projects: readonly Project[],
  names: ReadonlyMap<string, string>,
): GoodPracticeEntry[] {
  return projects
    .flatMap((project) => {
      const goodPractice = project.goodPractice;
      if (!goodPractice || project.archivedAt !== null) return [];
      return [
        {
          project: { ...project, goodPractice },
          lead: leadNamesLabel(project, (id) => names.get(id) ?? ''),
          partners: project.partners.map((partner) => names.get(partner.organizationId) ?? ''),
        },
      ];
    })
    .sort((a, b) => b.project.goodPractice.markedAt.localeCompare(a.project.goodPractice.markedAt));
}

function searchableText(entry: GoodPracticeEntry): string {
  const { project } = entry;
  return normalizeForSearch(
    [
      project.title,
      project.code,
      project.callReference,
      project.description,
      project.goodPractice.description,
      project.goodPractice.whatWorked,
      project.goodPractice.forWhom,
      project.goodPractice.partnersNote,
      entry.lead,
      ...entry.partners,
    ].join(' '),
  );
}

/**
 * The entries matching every word of a query, ignoring case and accents (`inclusione` finds
 * «Inclusione», `citta` finds «Città»); an empty query matches all.
 */
export function searchGoodPractices(
  entries: readonly GoodPracticeEntry[],
  query: string,
): GoodPracticeEntry[] {
  const words = normalizeForSearch(query)
    .split(' ')
    .filter((word) => word !== '');
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => {
    const haystack = searchableText(entry);
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * The register of good practices as a document for DOCX and xlsx: a list of the projects with
 * their code, period, capofila and cost, then each practice under its project's title with what
 * it did, what worked, for whom and with whom, in a two-column table that fits a portrait page.
 */
export function goodPracticeRegister(
  locale: Locale,
  entries: readonly GoodPracticeEntry[],
  networkName: string,
  today: string,
): ReportDocument {
  const t = (key: Parameters<typeof translate>[1]): string => translate(locale, key);
  const list: ReportSection = {
    heading: t('projects.goodPractice.listHeading'),
    paragraphs: entries.length === 0 ? [t('projects.goodPractice.none')] : [],
    table: {
      columns: [
        t('projects.field.title'),
        t('projects.field.code'),
        t('projects.field.period'),
        t('projects.field.leads'),
        t('projects.goodPractice.cost'),
      ],
      rows: entries.map((entry) => [
        text(entry.project.title),
        text(entry.project.code),
        text(projectPeriodLabel(entry.project)),
        text(entry.lead),
        entry.project.goodPractice.cost === null ? text('') : euro(entry.project.goodPractice.cost),
      ]),
      totals: null,
    },
  };
  const practices = entries.map((entry): ReportSection => ({
    heading: entry.project.title,
    paragraphs: [],
    table: {
      columns: [t('projects.quarterly.fact'), t('projects.quarterly.factValue')],
      rows: [
        [t('projects.goodPractice.description'), entry.project.goodPractice.description],
        [t('projects.goodPractice.whatWorked'), entry.project.goodPractice.whatWorked],
        [t('projects.goodPractice.forWhom'), entry.project.goodPractice.forWhom],
        [
          t('projects.goodPractice.partnersNote'),
          [entry.partners.join(', '), entry.project.goodPractice.partnersNote]
            .filter((part) => part !== '')
            .join(' — '),
        ],
      ].map((row) => row.map(text)),
      totals: null,
    },
  }));
  return {
    title: t('projects.goodPractice.registerTitle'),
    subtitle: [networkName, today.split('-').reverse().join('/')],
    sections: [list, ...practices],
  };
}
