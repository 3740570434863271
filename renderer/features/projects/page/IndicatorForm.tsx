import { Button, MultiSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  breakdownDimensions,
  indicatorKinds,
  indicatorPeriodicities,
  type Indicator,
} from '../../../../shared/domain';
import { periodCombinations } from '../../../../shared/projects';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia, type Translate } from '../../../app/RegiaContext';
import {
  ChoiceSelect,
  FigureInput,
  FormFooter,
  GuardedForm,
  openFormModal,
  useFormModal,
} from '../../../ui';
import type { Choice } from '../useProjectData';
import { useIndicatorCommands, type IndicatorFields } from './indicatorWrites';
import {
  PartnerTargetInputs,
  partnerTargetsOf,
  type PartnerTargetEntries,
} from './PartnerTargetInputs';

type IndicatorFormProps = {
  projectId: string;
  /** The indicator to edit, or none for a new one. */
  indicator?: Indicator;
  /** The project's partners, each of which may be given its part of the target. */
  partners?: readonly Choice[];
};

type IndicatorFormValues = Omit<IndicatorFields, 'baseline' | 'target' | 'partnerTargets'> & {
  /** Empty while the field is cleared: NumberInput gives '' then. */
  baseline: number | string;
  target: number | string;
  partnerTargets: PartnerTargetEntries;
};

const numberOr = (value: number | string, fallback: number): number =>
  typeof value === 'number' ? value : fallback;

/** Adds an output or result indicator to a project, or edits (or archives) one. */
export function IndicatorForm({ projectId, indicator, partners = [] }: IndicatorFormProps) {
  const { t } = useRegia();
  const commands = useIndicatorCommands();
  const modal = useFormModal();
  const form = useForm<IndicatorFormValues>({
    initialValues: {
      name: indicator?.name ?? '',
      kind: indicator?.kind ?? 'output',
      unit: indicator?.unit ?? '',
      baseline: indicator?.baseline ?? 0,
      target: indicator?.target ?? '',
      periodicity: indicator?.periodicity ?? 'trimestre',
      aggregation: indicator?.aggregation ?? 'sum',
      breakdownDimensions: indicator?.breakdownDimensions ?? [],
      partnerTargets: Object.fromEntries(
        (indicator?.partnerTargets ?? []).map((entry) => [entry.organizationId, entry.target]),
      ),
    },
    validate: {
      name: (value) => (value.trim() === '' ? t('projects.required') : null),
      target: (value) => (typeof value === 'number' ? null : t('projects.required')),
    },
  });
  const save = async (values: IndicatorFormValues): Promise<void> => {
    const fields: IndicatorFields = {
      ...values,
      name: values.name.trim(),
      unit: values.unit.trim(),
      baseline: numberOr(values.baseline, 0),
      target: numberOr(values.target, 0),
      partnerTargets: partnerTargetsOf(partners, values.partnerTargets),
    };
    const saved = await commands.save(projectId, fields, indicator?.id ?? null);
    notifySuccess(
      t,
      indicator
        ? t('projects.indicator.saved')
        : t('projects.indicator.created', { name: saved.name }),
    );
  };
  const archive = (archived: Indicator): Promise<unknown> =>
    reportFailure(t, async () => {
      await commands.archive(archived.id);
      notifySuccess(t, t('projects.indicator.archived', { name: archived.name }));
      modal?.close();
    });
  return (
    <GuardedForm form={form} onSubmit={save} noValidate>
      <Stack>
        <TextInput
          label={t('projects.indicator.name')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <ChoiceSelect
            label={t('projects.indicator.kind')}
            choices={indicatorKinds}
            labelOf={(kind) => t(`projects.indicatorKind.${kind}`)}
            {...form.getInputProps('kind')}
          />
          <TextInput label={t('projects.indicator.unit')} {...form.getInputProps('unit')} />
          <FigureInput
            label={t('projects.indicator.baseline')}
            {...form.getInputProps('baseline')}
          />
          <FigureInput
            label={t('projects.indicator.target')}
            withAsterisk
            min={0}
            {...form.getInputProps('target')}
          />
          <ChoiceSelect
            label={t('projects.indicator.periodicity')}
            choices={indicatorPeriodicities}
            labelOf={(periodicity) => t(`projects.periodicity.${periodicity}`)}
            {...form.getInputProps('periodicity')}
          />
          <ChoiceSelect
            label={t('projects.indicator.aggregation')}
            choices={periodCombinations}
            labelOf={(rule) => t(`projects.aggregation.${rule}`)}
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
        <PartnerTargetInputs partners={partners} target={form.values.target} form={form} />
        <FormFooter
          submitLabel={t('projects.save')}
          extra={
            indicator && (
              <Button variant="light" color="red" onClick={() => void archive(indicator)}>
                {t('projects.indicator.archive')}
              </Button>
            )
          }
        />
      </Stack>
    </GuardedForm>
  );
}

/** Opens the indicator form in a modal: a new indicator, or the one given to edit. */
export function openIndicatorForm(
  t: Translate,
  projectId: string,
  indicator?: Indicator,
  partners: readonly Choice[] = [],
): void {
  openFormModal({
    t,
    title: indicator
      ? t('projects.indicator.edit', { name: indicator.name })
      : t('projects.indicator.new'),
    size: 'lg',
    children: <IndicatorForm projectId={projectId} indicator={indicator} partners={partners} />,
  });
}
