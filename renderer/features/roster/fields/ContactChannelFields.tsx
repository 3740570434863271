import { Grid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useT } from '../../../app/RegiaContext';

/** The ways to reach a person or an organization that every roster form asks for. */
export type ContactChannels = { email: string; phone: string };

type ContactChannelFieldsProps<Values extends ContactChannels> = {
  /** The form the fields belong to. */
  form: UseFormReturnType<Values>;
  /** Adds the PEC and the website, which an organization has and a person does not. */
  withOrganizationChannels?: boolean;
};

/** E-mail and phone (and for an organization PEC and website), two to a row on wide screens. */
export function ContactChannelFields<Values extends ContactChannels>({
  form,
  withOrganizationChannels = false,
}: ContactChannelFieldsProps<Values>) {
  const t = useT();
  const half = { base: 12, sm: 6 };
  return (
    <>
      <Grid.Col span={half}>
        <TextInput label={t('roster.field.email')} type="email" {...form.getInputProps('email')} />
      </Grid.Col>
      {withOrganizationChannels && (
        <Grid.Col span={half}>
          <TextInput label={t('roster.field.pec')} type="email" {...form.getInputProps('pec')} />
        </Grid.Col>
      )}
      <Grid.Col span={half}>
        <TextInput label={t('roster.field.phone')} type="tel" {...form.getInputProps('phone')} />
      </Grid.Col>
      {withOrganizationChannels && (
        <Grid.Col span={half}>
          <TextInput label={t('roster.field.website')} {...form.getInputProps('website')} />
        </Grid.Col>
      )}
    </>
  );
}
