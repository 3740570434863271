import { Alert, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { projectStates, type Project } from '../../../../shared/domain';
import { formatEuro, sumCents } from '../../../../shared/projects';
import { notifySuccess } from '../../../app/notify';
import { useRegia, type Translate } from '../../../app/RegiaContext';
import {
  ChoiceSelect,
  endAfterStart,
  FormFooter,
  GuardedForm,
  openFormModal,
  RangeInputs,
} from '../../../ui';
import type { Choice } from '../useProjectData';
import { useProjectCommands } from '../useProjectCommands';
import { CostItemsFields } from './CostItemsFields';
import { CostPlanFields } from './CostPlanFields';
import { FundingFields } from './FundingFields';
import { PartnersFields } from './PartnersFields';
import {
  amountOf,
  projectFieldsOf,
  projectFormValues,
  type ProjectFormValues,
} from './projectFormValues';

type ProjectFormProps = {
  networkId: string;
  /** The project to edit, or null for a new one. */
  project: Project | null;
  organizations: Choice[];
  /** Called with a new project's id, to open its page. */
  onCreated?: (projectId: string) => void;
};

/** Creates or edits a project: its data, partners with their shares and its funding sources. */
export function ProjectForm({ networkId, project, organizations, onCreated }: ProjectFormProps) {
  const { t, locale } = useRegia();
  const commands = useProjectCommands();
  const form = useForm<ProjectFormValues>({
    initialValues: projectFormValues(project),
    validate: {
      title: (value) => (value.trim() === '' ? t('projects.required') : null),
      periodTo: endAfterStart(t, 'date', (values) => values.periodFrom),
      partners: { organizationId: (value) => (value ? null : t('projects.required')) },
      fundingSources: { name: (value) => (value.trim() === '' ? t('projects.required') : null) },
      costItems: { name: (value) => (value.trim() === '' ? t('projects.required') : null) },
    },
  });
  const partnersCents = sumCents(
    form.values.partners.map((partner) => amountOf(partner.budgetShare)),
  );
  const sourcesCents = sumCents(
    form.values.fundingSources.map((source) => amountOf(source.amount)),
  );
  const costItemsCents = sumCents(form.values.costItems.map((item) => amountOf(item.planned)));
  const save = async (values: ProjectFormValues): Promise<void> => {
    const fields = projectFieldsOf(values);
    if (project) {
      await commands.update(project.id, fields);
      notifySuccess(t, t('projects.saved'));
    } else {
      const created = await commands.create(networkId, fields);
      notifySuccess(t, t('projects.created', { title: created.title }));
      onCreated?.(created.id);
    }
  };
  return (
    <GuardedForm form={form} onSubmit={save} noValidate>
      <Stack>
        <TextInput
          label={t('projects.field.title')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('projects.field.code')} {...form.getInputProps('code')} />
          <ChoiceSelect
            label={t('projects.field.state')}
            choices={projectStates}
            labelOf={(state) => t(`projects.state.${state}`)}
            {...form.getInputProps('state')}
          />
          <TextInput
            label={t('projects.field.callReference')}
            {...form.getInputProps('callReference')}
          />
          <Group grow>
            <TextInput
              label={t('projects.field.callNumber')}
              {...form.getInputProps('callNumber')}
            />
            <TextInput
              type="date"
              label={t('projects.field.callDate')}
              {...form.getInputProps('callDate')}
            />
          </Group>
        </SimpleGrid>
        <RangeInputs
          kind="date"
          startLabel={t('projects.field.periodFrom')}
          endLabel={t('projects.field.periodTo')}
          startProps={form.getInputProps('periodFrom')}
          endProps={form.getInputProps('periodTo')}
        />
        <PartnersFields form={form} organizations={organizations} />
        <FundingFields form={form} />
        {partnersCents !== sourcesCents && form.values.partners.length > 0 && (
          <Alert color="orange" variant="outline">
            {t('projects.sharesMismatch', {
              partners: formatEuro(locale, partnersCents / 100),
              sources: formatEuro(locale, sourcesCents / 100),
            })}
          </Alert>
        )}
        <CostItemsFields form={form} />
        {costItemsCents !== sourcesCents && form.values.costItems.length > 0 && (
          <Alert color="orange" variant="outline">
            {t('projects.costItemsMismatch', {
              costItems: formatEuro(locale, costItemsCents / 100),
              sources: formatEuro(locale, sourcesCents / 100),
            })}
          </Alert>
        )}
        <CostPlanFields form={form} organizations={organizations} />
        <Textarea
          label={t('projects.field.description')}
          autosize
          minRows={2}
          {...form.getInputProps('description')}
        />
        <Textarea
          label={t('projects.field.notes')}
          autosize
          minRows={2}
          {...form.getInputProps('notes')}
        />
        <FormFooter submitLabel={t('projects.save')} />
      </Stack>
    </GuardedForm>
  );
}

/** Opens the project form in a modal that guards its unsaved changes. */
export function openProjectForm(t: Translate, props: ProjectFormProps): void {
  openFormModal({
    t,
    title: t(props.project ? 'projects.edit' : 'projects.new'),
    size: 'xl',
    children: <ProjectForm {...props} />,
  });
}
