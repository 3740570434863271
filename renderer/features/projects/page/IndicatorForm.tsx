import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import {
  breakdownDimensions,
  indicatorKinds,
  indicatorPeriodicities,
  type Indicator,
} from '../../../../shared/domain';
import { periodCombinations } from '../../../../shared/projects';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia, type Translate } from '../../../app/RegiaContext';
import { useIndicatorCommands } from './indicatorWrites';

type IndicatorFormProps = {
  projectId: string;
  /** The indicator to edit, or none for a new one. */
  indicator?: Indicator;
  onDone: () => void;
};

/** Adds an output or result indicator to a project, or edits (or archives) one. */
export function IndicatorForm({ projectId, indicator, onDone }: IndicatorFormProps) {
  const { t } = useRegia();
  const commands = useIndicatorCommands();
  const form = useForm({
    initialValues: {
      name: indicator?.name ?? '',
      kind: indicator?.kind ?? 'output',
      unit: indicator?.unit ?? '',
      baseline: indicator?.baseline ?? 0,
      target: indicator?.target ?? '',
      periodicity: indicator?.periodicity ?? 'trimestre',
      aggregation: indicator?.aggregation ?? 'sum',
      breakdownDimensions: indicator?.breakdownDimensions ?? [],
    },
    validate: {
      name: (value) => (value.trim() === '' ? t('projects.required') : null),
      target: (value) => (typeof value === 'number' ? null : t('projects.required')),
    },
  });
  const submit = form.onSubmit((values) =>
    reportFailure(t, async () => {
      const fields = {
        name: values.name.trim(),
        kind: values.kind,
        unit: values.unit.trim(),
        baseline: typeof values.baseline === 'number' ? values.baseline : 0,
        target: typeof values.target === 'number' ? values.target : 0,
        periodicity: values.periodicity,
        aggregation: values.aggregation,
        breakdownDimensions: values.breakdownDimensions,
      };
      const saved = await commands.save(projectId, fields, indicator?.id ?? null);
      notifySuccess(
        t,
        indicator
          ? t('projects.indicator.saved')
          : t('projects.indicator.created', { name: saved.name }),
      );
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
        <MultiSelect
          label={t('projects.breakdown.dimensions')}
          description={t('projects.breakdown.dimensionsHint')}
          data={breakdownDimensions.map((dimension) => ({
            value: dimension,
            label: t(`projects.breakdown.dimension.${dimension}`),
          }))}
          {...form.getInputProps('breakdownDimensions')}
        />
        <Group justify="flex-end">
          {indicator && (
            <Button
              variant="light"
              color="red"
              mr="auto"
              onClick={() =>
                void reportFailure(t, async () => {
                  await commands.archive(indicator.id);
                  notifySuccess(t, t('projects.indicator.archived', { name: indicator.name }));
                  onDone();
                })
              }
            >
              {t('projects.indicator.archive')}
            </Button>
          )}
          <Button variant="default" onClick={onDone}>
            {t('projects.cancel')}
          </Button>
          <Button type="submit">{t('projects.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Opens the indicator form in a modal: a new indicator, or the one given to edit. */
export function openIndicatorForm(t: Translate, projectId: string, indicator?: Indicator): void {
  const modalId = modals.open({
    closeButtonProps: { 'aria-label': t('common.close') },
    title: indicator
      ? t('projects.indicator.edit', { name: indicator.name })
      : t('projects.indicator.new'),
    size: 'lg',
    children: (
      <IndicatorForm
        projectId={projectId}
        indicator={indicator}
        onDone={() => modals.close(modalId)}
      />
    ),
  });
}
