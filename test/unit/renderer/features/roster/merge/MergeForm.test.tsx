// @vitest-environment jsdom
import { Notifications } from '@mantine/notifications';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Organization } from '../../../../../../shared/domain';
import { useT } from '../../../../../../renderer/app/RegiaContext';
import { createRepositories } from '../../../../../../renderer/db';
import { openMergeModal } from '../../../../../../renderer/features/roster/merge/openMergeModal';
import { createTestContext } from '../../../db/testDatabase';
import { renderInApp } from '../../../ui/renderInApp';

const keptName = 'Lavoro Insieme Società Cooperativa Sociale';
const duplicateName = 'Lavoro Insieme coop. soc.';

async function twoDuplicates() {
  const context = createTestContext();
  const repositories = createRepositories(context);
  const kept = await repositories.organizations.create({
    name: keptName,
    type: 'cooperativaSociale',
  });
  const duplicate = await repositories.organizations.create({
    name: duplicateName,
    type: 'cooperativaSociale',
  });
  await repositories.organizations.create({ name: 'Comune di Segrate', type: 'comune' });
  await repositories.contacts.create({ organizationId: duplicate.id, lastName: 'Verdi' });
  return { context, kept, duplicate };
}

function Opener({ survivor, mergedId }: { survivor: Organization; mergedId: string | null }) {
  const t = useT();
  return (
    <button type="button" onClick={() => openMergeModal(t, survivor, mergedId)}>
      apri
    </button>
  );
}

// Reading through fake-indexeddb under jsdom is slow on a loaded machine.
const slow = { timeout: 10_000 };

// The modal hides the rest of the page, the Select's dropdown too, from the accessibility tree.
const option = (name: string) => ({ name, hidden: true });

const dialogGone = (): Promise<void> =>
  waitFor(() => expect(screen.queryByText('Ente da unire')).toBeNull(), slow);

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('the merge dialog', () => {
  it('merges the chosen duplicate once however often Unisci is clicked, and closes', async () => {
    const { context, kept, duplicate } = await twoDuplicates();
    renderInApp(
      <>
        <Notifications />
        <Opener survivor={kept} mergedId={duplicate.id} />
      </>,
      context.db,
    );
    fireEvent.click(screen.getByText('apri'));
    expect(await screen.findByText('Referenti: 1 aggiornato, 0 archiviati', {}, slow)).toBeTruthy();
    const merge = screen.getByRole('button', { name: 'Unisci' });
    fireEvent.click(merge);
    fireEvent.click(merge);
    expect(
      await screen.findByText(`«${duplicateName}» è stato unito in «${keptName}»`),
    ).toBeTruthy();
    await dialogGone();
    const contacts = await context.db.contacts.toArray();
    expect(contacts.map((contact) => contact.organizationId)).toEqual([kept.id]);
    expect((await context.db.organizations.get(duplicate.id))?.archivedAt).not.toBeNull();
    const merges = new Set(
      (await context.db.auditEntries.toArray()).flatMap((entry) =>
        entry.batchId ? [entry.batchId] : [],
      ),
    );
    expect(merges.size).toBe(1);
  });

  it('offers Unisci only once a duplicate is chosen, then previews what changes', async () => {
    const { context, kept } = await twoDuplicates();
    renderInApp(<Opener survivor={kept} mergedId={null} />, context.db);
    fireEvent.click(screen.getByText('apri'));
    const merge = await screen.findByRole('button', { name: 'Unisci' });
    expect(merge).toHaveProperty('disabled', true);
    expect(screen.queryByTestId('merge-preview')).toBeNull();
    fireEvent.click(screen.getByRole('combobox', { name: 'Ente da unire' }));
    const duplicateOption = await screen.findByRole('option', option(duplicateName), slow);
    expect(screen.queryByRole('option', option(keptName))).toBeNull();
    fireEvent.click(duplicateOption);
    expect(await screen.findByText('Referenti: 1 aggiornato, 0 archiviati', {}, slow)).toBeTruthy();
    expect(merge).toHaveProperty('disabled', false);
  });

  it('closes on Escape without asking while the choice is the one it opened with', async () => {
    const { context, kept, duplicate } = await twoDuplicates();
    renderInApp(<Opener survivor={kept} mergedId={duplicate.id} />, context.db);
    fireEvent.click(screen.getByText('apri'));
    await screen.findByTestId('merge-preview', {}, slow);
    fireEvent.keyDown(window, { key: 'Escape' });
    await dialogGone();
    expect(screen.queryByText('Scartare le modifiche?')).toBeNull();
    expect((await context.db.organizations.get(duplicate.id))?.archivedAt).toBeNull();
  });

  it('asks before Escape throws away a changed choice, and keeps the choice when told to', async () => {
    const { context, kept, duplicate } = await twoDuplicates();
    renderInApp(<Opener survivor={kept} mergedId={null} />, context.db);
    fireEvent.click(screen.getByText('apri'));
    fireEvent.click(await screen.findByRole('combobox', { name: 'Ente da unire' }));
    fireEvent.click(await screen.findByRole('option', option(duplicateName), slow));
    await screen.findByTestId('merge-preview', {}, slow);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(await screen.findByText('Scartare le modifiche?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Continua a modificare' }));
    expect(screen.getByRole('combobox', { name: 'Ente da unire' })).toHaveProperty(
      'value',
      duplicateName,
    );
    fireEvent.keyDown(window, { key: 'Escape' });
    fireEvent.click(await screen.findByRole('button', { name: 'Scarta le modifiche' }));
    await dialogGone();
    expect((await context.db.organizations.get(duplicate.id))?.archivedAt).toBeNull();
  });
});
