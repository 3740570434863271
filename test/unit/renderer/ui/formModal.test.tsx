// @vitest-environment jsdom
import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useT } from '../../../../renderer/app/RegiaContext';
import { FormFooter, GuardedForm, openFormModal, useFormModal } from '../../../../renderer/ui';
import { renderInApp } from './renderInApp';

type Saver = (name: string) => Promise<void>;

function NameForm({ onSave }: { onSave: Saver }) {
  const form = useForm({ initialValues: { name: '' } });
  const modal = useFormModal();
  return (
    <GuardedForm
      form={form}
      onSubmit={async (values) => {
        await onSave(values.name);
        modal?.close();
      }}
    >
      <TextInput label="Nome" {...form.getInputProps('name')} />
      <FormFooter submitLabel="Crea" />
    </GuardedForm>
  );
}

function Opener({ onSave }: { onSave: Saver }) {
  const t = useT();
  return (
    <button
      type="button"
      onClick={() =>
        openFormModal({ t, title: 'Nuovo ente', children: <NameForm onSave={onSave} /> })
      }
    >
      apri
    </button>
  );
}

async function openWith(onSave: Saver = () => Promise.resolve()): Promise<void> {
  renderInApp(<Opener onSave={onSave} />);
  fireEvent.click(screen.getByText('apri'));
  await screen.findByLabelText('Nome');
}

function type(text: string): void {
  fireEvent.change(screen.getByLabelText('Nome'), { target: { value: text } });
}

const dialogGone = (): Promise<void> =>
  waitFor(() => expect(screen.queryByLabelText('Nome')).toBeNull());

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('openFormModal with GuardedForm and FormFooter', () => {
  it('saves once however often Crea is clicked or Enter pressed while the save runs', async () => {
    let finish: () => void = () => undefined;
    const onSave = vi.fn<Saver>(() => new Promise<void>((resolve) => (finish = resolve)));
    await openWith(onSave);
    type('AFOL');
    const create = screen.getByRole('button', { name: 'Crea' });
    fireEvent.click(create);
    fireEvent.click(create);
    fireEvent.submit(screen.getByLabelText('Nome').closest('form') as HTMLFormElement);
    await waitFor(() => expect(create).toHaveProperty('disabled', true));
    await act(() => {
      finish();
      return Promise.resolve();
    });
    await dialogGone();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith('AFOL');
  });

  it('lets a failed save be tried again', async () => {
    const onSave = vi
      .fn<Saver>()
      .mockRejectedValueOnce(new Error('disco pieno'))
      .mockResolvedValueOnce(undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await openWith(onSave);
    type('AFOL');
    fireEvent.click(screen.getByRole('button', { name: 'Crea' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Crea' })).toHaveProperty('disabled', false),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Crea' }));
    await dialogGone();
    expect(onSave).toHaveBeenCalledTimes(2);
  });

  it('closes an untouched form on Escape without asking', async () => {
    await openWith();
    fireEvent.keyDown(window, { key: 'Escape' });
    await dialogGone();
    expect(screen.queryByText('Scartare le modifiche?')).toBeNull();
  });

  it('asks before Escape throws away a filled form, and keeps the text when told to', async () => {
    await openWith();
    type('AFOL');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(await screen.findByText('Scartare le modifiche?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Continua a modificare' }));
    expect(screen.queryByText('Scartare le modifiche?')).toBeNull();
    expect(screen.getByLabelText('Nome')).toHaveProperty('value', 'AFOL');
    fireEvent.keyDown(window, { key: 'Escape' });
    fireEvent.click(await screen.findByRole('button', { name: 'Scarta le modifiche' }));
    await dialogGone();
  });

  it('asks before the close button throws away a filled form', async () => {
    await openWith();
    type('AFOL');
    fireEvent.click(screen.getByRole('button', { name: 'Chiudi' }));
    expect(await screen.findByText('Scartare le modifiche?')).toBeTruthy();
    expect(screen.getByLabelText('Nome')).toHaveProperty('value', 'AFOL');
  });

  it('closes on Annulla without asking', async () => {
    await openWith();
    type('AFOL');
    fireEvent.click(screen.getByRole('button', { name: 'Annulla' }));
    await dialogGone();
  });

  it('goes back and asks when the page changes under a filled form', async () => {
    window.location.hash = '#/riunioni';
    await openWith();
    type('AFOL');
    window.location.hash = '#/azioni';
    expect(await screen.findByText('Scartare le modifiche?')).toBeTruthy();
    await waitFor(() => expect(window.location.hash).toBe('#/riunioni'));
    fireEvent.click(screen.getByRole('button', { name: 'Scarta le modifiche' }));
    await dialogGone();
    await waitFor(() => expect(window.location.hash).toBe('#/azioni'));
  });

  it('asks the browser before a reload only while the form is changed', async () => {
    await openWith();
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);
    type('AFOL');
    const dirty = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(dirty);
    expect(dirty.defaultPrevented).toBe(true);
  });
});

function NavigatingForm() {
  const form = useForm({ initialValues: { name: '' } });
  return (
    <GuardedForm
      form={form}
      onSubmit={() => {
        // As wouter does: the route changes at once, with a synthetic hashchange.
        const oldURL = window.location.href;
        window.history.pushState(null, '', '#/riunioni/seduta/1');
        window.dispatchEvent(
          new HashChangeEvent('hashchange', { oldURL, newURL: window.location.href }),
        );
        return Promise.resolve();
      }}
    >
      <TextInput label="Nome" {...form.getInputProps('name')} />
      <FormFooter submitLabel="Crea" />
    </GuardedForm>
  );
}

function NavigatingOpener() {
  const t = useT();
  return (
    <button
      type="button"
      onClick={() => openFormModal({ t, title: 'Nuova seduta', children: <NavigatingForm /> })}
    >
      apri
    </button>
  );
}

it('lets a submit open the page of what it created without asking', async () => {
  window.location.hash = '#/riunioni';
  renderInApp(<NavigatingOpener />);
  fireEvent.click(screen.getByText('apri'));
  fireEvent.change(await screen.findByLabelText('Nome'), { target: { value: 'Seduta' } });
  fireEvent.click(screen.getByRole('button', { name: 'Crea' }));
  await dialogGone();
  expect(screen.queryByText('Scartare le modifiche?')).toBeNull();
  expect(window.location.hash).toBe('#/riunioni/seduta/1');
});
