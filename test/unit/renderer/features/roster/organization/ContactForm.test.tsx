// @vitest-environment jsdom
import { Notifications } from '@mantine/notifications';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useT } from '../../../../../../renderer/app/RegiaContext';
import { createRepositories } from '../../../../../../renderer/db';
import { openContactModal } from '../../../../../../renderer/features/roster/organization/openContactModal';
import { createTestContext } from '../../../db/testDatabase';
import { renderInApp } from '../../../ui/renderInApp';

function Opener({ organizationId }: { organizationId: string }) {
  const t = useT();
  return (
    <button type="button" onClick={() => openContactModal(t, organizationId)}>
      apri
    </button>
  );
}

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('ContactForm', () => {
  it('adds one contact however often Crea is clicked, trimmed, and closes', async () => {
    const context = createTestContext();
    const organization = await createRepositories(context).organizations.create({
      name: 'AFOL Metropolitana',
      type: 'agenziaLavoro',
    });
    renderInApp(
      <>
        <Notifications />
        <Opener organizationId={organization.id} />
      </>,
      context.db,
    );
    fireEvent.click(screen.getByText('apri'));
    fireEvent.change(await screen.findByLabelText(/Cognome/), { target: { value: ' Bianchi ' } });
    fireEvent.change(screen.getByLabelText('Nome'), { target: { value: 'Marta' } });
    const create = screen.getByRole('button', { name: 'Crea' });
    fireEvent.click(create);
    fireEvent.click(create);
    // The write and its notice take well over testing-library's 1 s default on a loaded machine.
    const settle = { timeout: 10_000 };
    expect(await screen.findByText('Referente «Marta Bianchi» aggiunto', {}, settle)).toBeTruthy();
    await waitFor(() => expect(screen.queryByLabelText(/Cognome/)).toBeNull(), settle);
    const contacts = await context.db.contacts.toArray();
    expect(contacts).toMatchObject([
      { organizationId: organization.id, firstName: 'Marta', lastName: 'Bianchi' },
    ]);
  });

  it('keeps the dialog open and says what is missing when the surname is empty', async () => {
    const context = createTestContext();
    const organization = await createRepositories(context).organizations.create({
      name: 'AFOL Metropolitana',
      type: 'agenziaLavoro',
    });
    renderInApp(<Opener organizationId={organization.id} />, context.db);
    fireEvent.click(screen.getByText('apri'));
    fireEvent.change(await screen.findByLabelText('Nome'), { target: { value: 'Marta' } });
    fireEvent.click(screen.getByRole('button', { name: 'Crea' }));
    await waitFor(() =>
      expect(screen.getByLabelText(/Cognome/).getAttribute('aria-invalid')).toBe('true'),
    );
    expect(await context.db.contacts.count()).toBe(0);
  });
});
