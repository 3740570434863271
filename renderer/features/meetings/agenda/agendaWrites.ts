import type { AgendaItemKind, Meeting } from '../../../../shared/domain';
import {
  nextItemOrder,
  reorderItems,
  templateItems,
  type AgendaTemplate,
} from '../../../../shared/meetings';
import type { RegiaDatabase, Repositories } from '../../../db';
import { readAgendaItems } from './agendaReads';

/** The fields of an agenda item the builder edits. */
export type AgendaItemValues = {
  title: string;
  kind: AgendaItemKind;
  presenterOrganizationId: string | null;
  presenterContactId: string | null;
  plannedMinutes: number;
  description: string;
  /** Proposed again when the meeting is copied to start the next one. */
  recurring: boolean;
};

type Writers = { db: RegiaDatabase; repositories: Repositories };

/** Adds an item at the end of the agenda. */
export async function addAgendaItem(
  { db, repositories }: Writers,
  meeting: Meeting,
  values: AgendaItemValues,
): Promise<void> {
  await db.transaction('rw', [db.agendaItems, db.meetings, db.auditEntries], async () => {
    const items = await readAgendaItems(db, meeting.id);
    await repositories.agendaItems.create({
      meetingId: meeting.id,
      order: nextItemOrder(items),
      ...values,
    });
  });
}

/** Moves the item at one position to another and renumbers the agenda from 1. */
export async function moveAgendaItem(
  { db, repositories }: Writers,
  meetingId: string,
  fromIndex: number,
  toIndex: number,
): Promise<void> {
  await db.transaction('rw', [db.agendaItems, db.meetings, db.auditEntries], async () => {
    const changes = reorderItems(await readAgendaItems(db, meetingId), fromIndex, toIndex);
    for (const change of changes) {
      await repositories.agendaItems.update(change.id, { order: change.order });
    }
  });
}

/** Removes an item with its documents, and renumbers the rest. */
export async function removeAgendaItem(
  { db, repositories }: Writers,
  meetingId: string,
  itemId: string,
): Promise<void> {
  await db.transaction(
    'rw',
    [db.agendaItems, db.attachments, db.meetings, db.auditEntries],
    async () => {
      const attachments = await db.attachments.where('agendaItemId').equals(itemId).toArray();
      for (const attachment of attachments) await repositories.attachments.remove(attachment.id);
      await repositories.agendaItems.remove(itemId);
      const rest = await readAgendaItems(db, meetingId);
      for (const change of reorderItems(rest, 0, 0)) {
        await repositories.agendaItems.update(change.id, { order: change.order });
      }
    },
  );
}

/** Adds the template's opening and closing items that are missing; returns how many it added. */
export async function applyAgendaTemplate(
  { db, repositories }: Writers,
  meeting: Meeting,
  template: AgendaTemplate,
  presenter: Pick<AgendaItemValues, 'presenterOrganizationId' | 'presenterContactId'>,
): Promise<number> {
  return db.transaction('rw', [db.agendaItems, db.meetings, db.auditEntries], async () => {
    const items = await readAgendaItems(db, meeting.id);
    const { before, after } = templateItems(
      template,
      items.map((item) => item.title),
    );
    const ordered = [
      ...before.map((draft) => ({ draft, id: null })),
      ...items.map((item) => ({ draft: null, id: item.id })),
      ...after.map((draft) => ({ draft, id: null })),
    ];
    for (const [index, entry] of ordered.entries()) {
      const order = index + 1;
      if (entry.draft) {
        await repositories.agendaItems.create({
          meetingId: meeting.id,
          order,
          ...entry.draft,
          ...presenter,
        });
      } else if (entry.id && items.find((item) => item.id === entry.id)?.order !== order) {
        await repositories.agendaItems.update(entry.id, { order });
      }
    }
    return before.length + after.length;
  });
}

/** Changes an item's fields. */
export async function updateAgendaItem(
  { repositories }: Writers,
  itemId: string,
  values: Partial<AgendaItemValues>,
): Promise<void> {
  await repositories.agendaItems.update(itemId, values);
}
