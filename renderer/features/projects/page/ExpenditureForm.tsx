import { Button, Group, NumberInput, Paper, Select, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import type { ProjectData } from '../useProjectData';
import { partnerChoices, periodChoices } from './periodChoices';

type ExpenditureFormProps = {
  data: ProjectData;
  names: ReadonlyMap<string, string>;
  today: string;
};

/** Records an amount a partner spent in a quarter against a funding source. */
export function ExpenditureForm({ data, names, today }: ExpenditureFormProps) {
  const { t, locale, repositories } = useRegia();
  const form = useForm({
    initialValues: {
      organizationId: data.project.partners[0]?.organizationId ?? null,
      fundingSourceName: data.project.fundingSources[0]?.name ?? null,
      period: null as string | null,
      amount: '' as number | string,
      note: '',
    },
    validate: {
      organizationId: (value) => (value ? null : t('projects.required')),
      period: (value) => (value ? null : t('projects.required')),
      amount: (value) => (typeof value === 'number' ? null : t('projects.amountInvalid')),
    },
  });
  const submit = form.onSubmit((values) =>
    reportFailure(t, async () => {
      if (!values.period || typeof values.amount !== 'number') return;
      await repositories.expenditures.create({
        projectId: data.project.id,
        organizationId: values.organizationId,
        fundingSourceName: values.fundingSourceName ?? '',
        period: values.period,
        amount: values.amount,
        note: values.note,
      });
      notifySuccess(t, t('projects.expenditure.saved'));
      form.setFieldValue('amount', '');
      form.setFieldValue('note', '');
    }),
  );
  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby="expenditure-form"
    >
      <Title order={3} size="h5" id="expenditure-form" mb="xs">
        {t('projects.expenditure.enter')}
      </Title>
      <Group align="flex-end">
        <Select
          label={t('projects.value.partner')}
          data={partnerChoices(data.project, names)}
          allowDeselect={false}
          searchable
          {...form.getInputProps('organizationId')}
        />
        <Select
          label={t('projects.budget.source')}
          data={data.project.fundingSources.map((source) => source.name)}
          allowDeselect={false}
          {...form.getInputProps('fundingSourceName')}
        />
        <Select
          label={t('projects.value.period')}
          data={periodChoices(locale, data.project, 'trimestre', today)}
          allowDeselect={false}
          searchable
          {...form.getInputProps('period')}
        />
        <NumberInput
          label={t('projects.expenditure.amount')}
          decimalScale={2}
          decimalSeparator=","
          thousandSeparator="."
          w={160}
          {...form.getInputProps('amount')}
        />
        <TextInput label={t('projects.value.note')} {...form.getInputProps('note')} />
        <Button type="submit">{t('projects.save')}</Button>
      </Group>
    </Paper>
  );
}
