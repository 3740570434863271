import { Button, Group, NumberInput, Paper, Select, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId } from 'react';
import type { Expenditure } from '../../../../shared/domain';
import { periodLabel, periodOf } from '../../../../shared/projects';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import type { ProjectData } from '../useProjectData';
import { useExpenseCommands } from './expenseWrites';
import { partnerChoices, periodChoices } from './periodChoices';

type ExpenditureFormProps = {
  data: ProjectData;
  names: ReadonlyMap<string, string>;
  today: string;
  /** The expense to correct; absent to record a new one. */
  expense?: Expenditure;
  /** Called once a correction is saved. */
  onDone?: () => void;
};

const noCostItem = 'none';

/**
 * Records an expense a partner made (date, document, voce di spesa, source, quarter, amount) or
 * corrects one from the register. A date sets the quarter; a date outside the quarter is refused.
 */
export function ExpenditureForm({ data, names, today, expense, onDone }: ExpenditureFormProps) {
  const { t, locale } = useRegia();
  const commands = useExpenseCommands();
  const titleId = useId();
  const { project } = data;
  const form = useForm({
    initialValues: {
      organizationId: expense
        ? expense.organizationId
        : (project.partners[0]?.organizationId ?? null),
      fundingSourceName: expense
        ? expense.fundingSourceName
        : (project.fundingSources[0]?.name ?? null),
      period: expense ? expense.period : (null as string | null),
      date: expense?.date ?? '',
      documentReference: expense?.documentReference ?? '',
      costItemId: expense?.costItemId ?? noCostItem,
      amount: expense ? expense.amount : '',
      note: expense?.note ?? '',
    },
    validate: {
      organizationId: (value) => (value ? null : t('projects.required')),
      period: (value) => (value ? null : t('projects.required')),
      date: (value, values) =>
        value && values.period && periodOf('trimestre', value) !== values.period
          ? t('projects.expense.dateOutsidePeriod', { period: periodLabel(locale, values.period) })
          : null,
      amount: (value) => (typeof value === 'number' ? null : t('projects.amountInvalid')),
    },
    onValuesChange: (values, previous) => {
      if (values.date !== previous.date && /^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
        form.setFieldValue('period', periodOf('trimestre', values.date));
      }
    },
  });
  const submit = form.onSubmit((values) =>
    reportFailure(t, async () => {
      if (!values.period || typeof values.amount !== 'number') return;
      await commands.save(
        {
          projectId: project.id,
          organizationId: values.organizationId,
          fundingSourceName: values.fundingSourceName ?? '',
          period: values.period,
          amount: values.amount,
          note: values.note,
          date: values.date || null,
          documentReference: values.documentReference.trim(),
          costItemId: values.costItemId === noCostItem ? null : values.costItemId,
        },
        expense?.id ?? null,
      );
      if (expense) {
        notifySuccess(t, t('projects.expense.updated'));
        onDone?.();
        return;
      }
      notifySuccess(t, t('projects.expenditure.saved'));
      form.setFieldValue('amount', '');
      form.setFieldValue('note', '');
      form.setFieldValue('documentReference', '');
    }),
  );
  return (
    <Paper
      withBorder={!expense}
      p={expense ? 0 : 'sm'}
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby={titleId}
    >
      <Title order={3} size="h5" id={titleId} mb="xs">
        {t(expense ? 'projects.expense.edit' : 'projects.expenditure.enter')}
      </Title>
      <Group align="flex-end">
        <Select
          label={t('projects.value.partner')}
          data={partnerChoices(project, names)}
          allowDeselect={false}
          searchable
          {...form.getInputProps('organizationId')}
        />
        {project.costItems.length > 0 && (
          <Select
            label={t('projects.expense.costItem')}
            data={[
              { value: noCostItem, label: t('projects.costItem.none') },
              ...project.costItems.map((item) => ({ value: item.id, label: item.name })),
            ]}
            allowDeselect={false}
            {...form.getInputProps('costItemId')}
          />
        )}
        <Select
          label={t('projects.budget.source')}
          data={project.fundingSources.map((source) => source.name)}
          allowDeselect={false}
          {...form.getInputProps('fundingSourceName')}
        />
        <TextInput type="date" label={t('projects.expense.date')} {...form.getInputProps('date')} />
        <Select
          label={t('projects.value.period')}
          data={periodChoices(locale, project, 'trimestre', today)}
          allowDeselect={false}
          searchable
          {...form.getInputProps('period')}
        />
        <TextInput
          label={t('projects.expense.document')}
          {...form.getInputProps('documentReference')}
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
