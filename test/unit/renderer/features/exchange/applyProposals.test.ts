import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildImportPlan, planChangeCount } from '../../../../../shared/exchange';
import { applyImportPlan } from '../../../../../renderer/features/exchange/import/applyImport';
import { undoImport } from '../../../../../renderer/features/exchange/history/undoImport';
import { seededImport as seeded } from './seededImport';

describe('applying a partner’s proposals', () => {
  it('creates an accepted new action owned by the partner, in the project it named, with a timeline entry from the partner; undo archives it', async () => {
    const { fixture, db, repositories, prepare } = await seeded();
    const project = fixture.dataset.projects.find((candidate) =>
      candidate.partners.some((member) => member.organizationId === fixture.partnerId),
    );
    if (!project) throw new Error('fixture without a project for the partner');
    const prepared = await prepare([
      { sheet: 'actions', id: null, field: 'title', value: 'Sportello lavoro a Redecesio' },
      { sheet: 'actions', id: null, field: 'project', value: project.title.toLowerCase() },
      { sheet: 'actions', id: null, field: 'status', value: 'In corso' },
      { sheet: 'actions', id: null, field: 'proposedDueDate', value: '30/06/2027' },
    ]);
    const proposal = prepared.review.items.find((item) => item.outcome === 'proposed');
    if (!proposal) throw new Error('no proposal in the review');
    const plan = buildImportPlan(prepared.review, prepared.base, new Map([[proposal.key, true]]));
    const batch = await applyImportPlan(db, repositories, plan, {
      networkId: fixture.networkId,
      fileName: prepared.fileName,
      review: prepared.review,
      stale: false,
    });

    const created = await db.actions
      .filter((action) => action.title === 'Sportello lavoro a Redecesio')
      .first();
    expect(created).toMatchObject({
      networkId: fixture.networkId,
      ownerOrganizationId: fixture.partnerId,
      projectId: project.id,
      status: 'inCorso',
      progress: 0,
      dueDate: '2027-06-30',
      archivedAt: null,
    });
    const timeline = await db.actionUpdates
      .where('actionId')
      .equals(created?.id ?? '')
      .toArray();
    expect(timeline).toMatchObject([
      {
        author: 'Comune di Segrate',
        source: 'import',
        text: 'Azione proposta da Comune di Segrate con la scheda di aggiornamento.',
      },
    ]);
    const audit = await db.auditEntries.where('batchId').equals(batch.id).toArray();
    expect(audit.map((entry) => entry.table).sort()).toEqual([
      'actionUpdates',
      'actions',
      'exchangeBatches',
    ]);
    expect(batch.baseSnapshot.changeCount).toBe(planChangeCount(plan));
    expect(planChangeCount(plan)).toBe(1);

    await undoImport(db, repositories, batch.id);
    expect((await db.actions.get(created?.id ?? ''))?.archivedAt).not.toBeNull();
    expect(
      await db.actionUpdates
        .where('actionId')
        .equals(created?.id ?? '')
        .count(),
    ).toBe(0);
  });

  it('leaves a proposed due date alone unless the coordinator accepts it', async () => {
    const { fixture, db, repositories, prepare } = await seeded();
    const [first] = fixture.base.sheets.actions;
    if (!first) throw new Error('fixture changed');
    const before = await db.actions.get(first.id);
    const prepared = await prepare([
      { sheet: 'actions', id: first.id, field: 'proposedDueDate', value: '15/09/2027' },
      { sheet: 'actions', id: first.id, field: 'progress', value: 35 },
    ]);
    const plan = buildImportPlan(prepared.review, prepared.base, new Map());
    await applyImportPlan(db, repositories, plan, {
      networkId: fixture.networkId,
      fileName: prepared.fileName,
      review: prepared.review,
      stale: false,
    });
    expect(await db.actions.get(first.id)).toMatchObject({
      progress: 35,
      dueDate: before?.dueDate ?? null,
    });
  });
});

describe('applying a retired contact', () => {
  it('archives the contact when accepted, and undo brings it back', async () => {
    const { fixture, db, repositories, prepare } = await seeded();
    const [contact] = fixture.base.sheets.contacts;
    if (!contact) throw new Error('fixture without contacts');
    const prepared = await prepare([
      { sheet: 'contacts', id: contact.id, field: 'retired', value: 'Sì' },
    ]);
    const proposal = prepared.review.items.find((item) => item.outcome === 'proposed');
    if (!proposal) throw new Error('no proposal in the review');
    const plan = buildImportPlan(prepared.review, prepared.base, new Map([[proposal.key, true]]));
    const batch = await applyImportPlan(db, repositories, plan, {
      networkId: fixture.networkId,
      fileName: prepared.fileName,
      review: prepared.review,
      stale: false,
    });
    expect((await db.contacts.get(contact.id))?.archivedAt).not.toBeNull();
    expect(batch.baseSnapshot.changeCount).toBe(1);
    await undoImport(db, repositories, batch.id);
    expect((await db.contacts.get(contact.id))?.archivedAt).toBeNull();
  });
});
