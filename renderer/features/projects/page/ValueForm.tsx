import { Button, Group, NumberInput, Paper, Select, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import {
  breakdownExcesses,
  formatNumber,
  isOutlierValue,
  valueProblem,
} from '../../../../shared/projects';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import type { ProjectData } from '../useProjectData';
import {
  BreakdownInputs,
  breakdownsOf,
  emptyBreakdownEntries,
  type BreakdownEntries,
} from './BreakdownInputs';
import { useIndicatorValueCommands } from './indicatorValueWrites';
import { partnerChoices, periodChoices } from './periodChoices';

type ValueFormValues = {
  indicatorId: string | null;
  organizationId: string | null;
  period: string | null;
  value: number | string;
  note: string;
  breakdowns: BreakdownEntries;
};

type ValueFormProps = { data: ProjectData; names: ReadonlyMap<string, string>; today: string };

/** Enters (or corrects) the value of an indicator for a partner in a period. */
export function ValueForm({ data, names, today }: ValueFormProps) {
  const { t, locale } = useRegia();
  const commands = useIndicatorValueCommands();
  const form = useForm<ValueFormValues>({
    initialValues: {
      indicatorId: data.indicators.find((entry) => entry.archivedAt === null)?.id ?? null,
      organizationId: data.project.partners[0]?.organizationId ?? null,
      period: null,
      value: '',
      note: '',
      breakdowns: emptyBreakdownEntries(),
    },
    validate: {
      indicatorId: (value) => (value ? null : t('projects.required')),
      organizationId: (value) => (value ? null : t('projects.required')),
      period: (value) => (value ? null : t('projects.required')),
      value: (value, values) => {
        // Empty: the value of that partner and period is removed.
        if (value === '') return null;
        if (typeof value !== 'number') return t('projects.required');
        const chosen = data.indicators.find((entry) => entry.id === values.indicatorId);
        const problem =
          chosen && values.period ? valueProblem(chosen, values.period, value, today) : null;
        if (problem) return t(`projects.value.${problem}`, { unit: chosen?.unit ?? '' });
        const excess = chosen
          ? breakdownExcesses(value, breakdownsOf(chosen, values.breakdowns))[0]
          : undefined;
        return excess
          ? t('projects.breakdown.exceeds', {
              dimension: t(`projects.breakdown.dimension.${excess.dimension}`),
              parts: formatNumber(locale, excess.partsTotal),
              value: formatNumber(locale, excess.value),
            })
          : null;
      },
    },
  });
  const indicator = data.indicators.find((entry) => entry.id === form.values.indicatorId);
  const periods = periodChoices(locale, data.project, indicator?.periodicity ?? 'trimestre', today);
  const save = (values: ValueFormValues): Promise<void | undefined> =>
    reportFailure(t, async () => {
      if (!indicator || !values.period) return;
      if (values.value === '') {
        const removed = await commands.remove({
          indicatorId: indicator.id,
          organizationId: values.organizationId,
          period: values.period,
        });
        notifySuccess(t, t(removed ? 'projects.value.removed' : 'projects.value.noneToRemove'));
        return;
      }
      if (typeof values.value !== 'number') return;
      const { created } = await commands.save({
        indicatorId: indicator.id,
        projectId: data.project.id,
        organizationId: values.organizationId,
        period: values.period,
        value: values.value,
        note: values.note,
        breakdowns: breakdownsOf(indicator, values.breakdowns),
      });
      notifySuccess(t, t(created ? 'projects.value.saved' : 'projects.value.updated'));
      form.setFieldValue('value', '');
      form.setFieldValue('note', '');
      form.setFieldValue('breakdowns', emptyBreakdownEntries());
    });
  // A value over ten times the target is most often a slip of the keyboard: asked before saving.
  const submit = form.onSubmit((values) => {
    if (
      !indicator ||
      typeof values.value !== 'number' ||
      !isOutlierValue(indicator, values.value)
    ) {
      void save(values);
      return;
    }
    modals.openConfirmModal({
      title: t('projects.value.outlierTitle'),
      children: (
        <Text size="sm">
          {t('projects.value.outlier', {
            value: formatNumber(locale, values.value),
            target: formatNumber(locale, indicator.target),
          })}
        </Text>
      ),
      labels: { confirm: t('projects.value.confirmOutlier'), cancel: t('projects.cancel') },
      onConfirm: () => void save(values),
    });
  });
  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby="value-form"
    >
      <Title order={3} size="h5" id="value-form" mb="xs">
        {t('projects.value.enter')}
      </Title>
      <Group align="flex-end">
        <Select
          label={t('projects.value.indicator')}
          data={data.indicators
            .filter((entry) => entry.archivedAt === null)
            .map((entry) => ({ value: entry.id, label: entry.name }))}
          allowDeselect={false}
          {...form.getInputProps('indicatorId')}
          onChange={(value: string | null) => {
            form.setFieldValue('indicatorId', value);
            form.setFieldValue('period', null);
          }}
        />
        <Select
          label={t('projects.value.partner')}
          data={partnerChoices(data.project, names)}
          allowDeselect={false}
          searchable
          {...form.getInputProps('organizationId')}
        />
        <Select
          label={t('projects.value.period')}
          data={periods}
          allowDeselect={false}
          searchable
          {...form.getInputProps('period')}
        />
        <NumberInput
          label={t('projects.value.value')}
          description={t('projects.value.emptyRemoves')}
          decimalSeparator=","
          thousandSeparator="."
          w={120}
          {...form.getInputProps('value')}
        />
        <TextInput label={t('projects.value.note')} {...form.getInputProps('note')} />
        <Button type="submit">{t('projects.save')}</Button>
      </Group>
      {indicator && <BreakdownInputs indicator={indicator} form={form} />}
    </Paper>
  );
}
