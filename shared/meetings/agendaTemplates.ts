import type { AgendaItemKind } from '../domain';
import { normalizeForSearch } from '../search';

/** An agenda item the templates propose, before it belongs to a meeting. */
export type AgendaItemDraft = {
  title: string;
  kind: AgendaItemKind;
  plannedMinutes: number;
  description: string;
};

/** The usual first item of an ordinary meeting. */
export const previousMinutesItem: AgendaItemDraft = {
  title: 'Approvazione del verbale della seduta precedente',
  kind: 'deliberazione',
  plannedMinutes: 5,
  description: '',
};

/** The usual last item of a meeting. */
export const otherBusinessItem: AgendaItemDraft = {
  title: 'Varie ed eventuali',
  kind: 'discussione',
  plannedMinutes: 10,
  description: '',
};

/** The item that reviews the network's open and overdue actions. */
export const actionsProgressItem: AgendaItemDraft = {
  title: 'Stato di avanzamento delle azioni',
  kind: 'informativa',
  plannedMinutes: 15,
  description: '',
};

const sameTitle = (title: string, draft: AgendaItemDraft): boolean =>
  normalizeForSearch(title) === normalizeForSearch(draft.title);

/** Whether an item is the review of the actions' progress (recognised by its title). */
export function isActionsProgressItem(item: { title: string }): boolean {
  return normalizeForSearch(item.title).startsWith(normalizeForSearch(actionsProgressItem.title));
}

/** The templates the agenda builder offers. */
export const agendaTemplates = ['ordinaria', 'conAvanzamento'] as const;
export type AgendaTemplate = (typeof agendaTemplates)[number];

/**
 * The items a template adds around an existing agenda: the approval of the previous minutes
 * first and "Varie ed eventuali" last, each only when missing; the actions' progress, when
 * asked, right after the approval. Returns the items to put before and after the current ones.
 */
export function templateItems(
  template: AgendaTemplate,
  existingTitles: readonly string[],
): { before: AgendaItemDraft[]; after: AgendaItemDraft[] } {
  const missing = (draft: AgendaItemDraft): boolean =>
    !existingTitles.some((title) => sameTitle(title, draft));
  const before = [previousMinutesItem];
  if (template === 'conAvanzamento') before.push(actionsProgressItem);
  return {
    before: before.filter(missing),
    after: [otherBusinessItem].filter(missing),
  };
}
