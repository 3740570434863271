import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { indicatorKinds, indicatorPeriodicities, type Indicator } from '../../../../shared/domain';
import { periodCombinations } from '../../../../shared/projects';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia, type Translate } from '../../../app/RegiaContext';

type IndicatorFormProps = { projectId: string; onDone: () => void };

/** Adds an output or result indicator to a project. */
export function IndicatorForm({ projectId, onDone }: IndicatorFormProps) {
  const { t, repositories } = useRegia();
  const form = useForm({
    initialValues: {
      name: '',
      kind: 'output' as Indicator['kind'],
      unit: '',
      baseline: 0 as number | string,
      target: '' as number | string,
      periodicity: 'trimestre' as Indicator['periodicity'],
      aggregation: 'sum' as Indicator['aggregation'],
    },
    validate: {
      name: (value) => (value.trim() === '' ? t('projects.required') : null),
      target: (value) => (typeof value === 'number' ? null : t('projects.required')),
    },
  });
  const submit = form.onSubmit((values) =>
    reportFailure(t, async () => {
      const created = await repositories.indicators.create({
        projectId,
        name: values.name.trim(),
        kind: values.kind,
        unit: values.unit.trim(),
        baseline: typeof values.baseline === 'number' ? values.baseline : 0,
        target: typeof values.target === 'number' ? values.target : 0,
        periodicity: values.periodicity,
        aggregation: values.aggregation,
      });
      notifySuccess(t, t('projects.indicator.created', { name: created.name }));
      onDone();
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('projects.indicator.name')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('projects.indicator.kind')}
            data={indicatorKinds.map((kind) => ({
              value: kind,
              label: t(`projects.indicatorKind.${kind}`),
            }))}
            allowDeselect={false}
            {...form.getInputProps('kind')}
          />
          <TextInput label={t('projects.indicator.unit')} {...form.getInputProps('unit')} />
          <NumberInput
            label={t('projects.indicator.baseline')}
            decimalSeparator=","
            thousandSeparator="."
            {...form.getInputProps('baseline')}
          />
          <NumberInput
            label={t('projects.indicator.target')}
            withAsterisk
            min={0}
            decimalSeparator=","
            thousandSeparator="."
            {...form.getInputProps('target')}
          />
          <Select
            label={t('projects.indicator.periodicity')}
            data={indicatorPeriodicities.map((periodicity) => ({
              value: periodicity,
              label: t(`projects.periodicity.${periodicity}`),
            }))}
            allowDeselect={false}
            {...form.getInputProps('periodicity')}
          />
          <Select
            label={t('projects.indicator.aggregation')}
            data={periodCombinations.map((rule) => ({
              value: rule,
              label: t(`projects.aggregation.${rule}`),
            }))}
            allowDeselect={false}
            {...form.getInputProps('aggregation')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('projects.cancel')}
          </Button>
          <Button type="submit">{t('projects.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Opens the indicator form in a modal. */
export function openIndicatorForm(t: Translate, projectId: string): void {
  const modalId = modals.open({
    closeButtonProps: { 'aria-label': t('common.close') },
    title: t('projects.indicator.new'),
    size: 'lg',
    children: <IndicatorForm projectId={projectId} onDone={() => modals.close(modalId)} />,
  });
}
