// @vitest-environment jsdom
import { Grid } from '@mantine/core';
import { useForm } from '@mantine/form';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ContactChannelFields } from '../../../../../../renderer/features/roster/fields/ContactChannelFields';
import { NotesField } from '../../../../../../renderer/features/roster/fields/NotesField';
import { renderInApp } from '../../../ui/renderInApp';

type Channels = { email: string; phone: string; pec: string; website: string; notes: string };

const empty: Channels = { email: '', phone: '', pec: '', website: '', notes: '' };

function ChannelsForm({ organization, seen }: { organization: boolean; seen: Channels[] }) {
  const form = useForm<Channels>({ initialValues: empty, onValuesChange: (v) => seen.push(v) });
  return (
    <Grid>
      <ContactChannelFields form={form} withOrganizationChannels={organization} />
      <NotesField form={form} />
    </Grid>
  );
}

const labels = (): string[] =>
  screen
    .getAllByRole('textbox')
    .map((box) => document.querySelector(`label[for="${box.id}"]`)?.textContent ?? '');

afterEach(cleanup);

describe('the contact channel fields', () => {
  it('ask a person for e-mail and phone only, and write what is typed into the form', () => {
    const seen: Channels[] = [];
    renderInApp(<ChannelsForm organization={false} seen={seen} />);
    expect(labels()).toEqual(['Email', 'Telefono', 'Note']);
    expect(screen.getByLabelText('Telefono').getAttribute('type')).toBe('tel');
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'a.bianchi@afol.it' } });
    fireEvent.change(screen.getByLabelText('Telefono'), { target: { value: '02 1234' } });
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'Referente tirocini' } });
    expect(seen.at(-1)).toEqual({
      ...empty,
      email: 'a.bianchi@afol.it',
      phone: '02 1234',
      notes: 'Referente tirocini',
    });
  });

  it('ask an organization for its PEC and website too, each beside its pair', () => {
    const seen: Channels[] = [];
    renderInApp(<ChannelsForm organization seen={seen} />);
    expect(labels()).toEqual(['Email', 'PEC', 'Telefono', 'Sito web', 'Note']);
    fireEvent.change(screen.getByLabelText('PEC'), { target: { value: 'afol@pec.it' } });
    expect(seen.at(-1)).toEqual({ ...empty, pec: 'afol@pec.it' });
  });
});
