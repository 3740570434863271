import { Button, Group, NumberInput, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import type { Project } from '../../../../shared/domain';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia, type Translate } from '../../../app/RegiaContext';
import { useProjectCommands } from '../useProjectCommands';

type GoodPracticeFormProps = { project: Project; onDone: () => void };

/** Marks a concluded project as buona prassi: what worked, for whom, at what cost, with whom. */
export function GoodPracticeForm({ project, onDone }: GoodPracticeFormProps) {
  const { t } = useRegia();
  const commands = useProjectCommands();
  const current = project.goodPractice;
  const form = useForm({
    initialValues: {
      description: current?.description ?? project.description,
      whatWorked: current?.whatWorked ?? '',
      forWhom: current?.forWhom ?? '',
      cost: (current?.cost ?? '') as number | string,
      partnersNote: current?.partnersNote ?? '',
    },
    validate: {
      description: (value) => (value.trim() === '' ? t('projects.required') : null),
    },
  });
  const submit = form.onSubmit((values) =>
    reportFailure(t, async () => {
      await commands.setGoodPractice(project.id, {
        markedAt: current?.markedAt ?? new Date().toISOString(),
        description: values.description.trim(),
        whatWorked: values.whatWorked.trim(),
        forWhom: values.forWhom.trim(),
        cost: typeof values.cost === 'number' ? values.cost : null,
        partnersNote: values.partnersNote.trim(),
      });
      notifySuccess(t, t('projects.goodPractice.marked'));
      onDone();
    }),
  );
  const unmark = (): void =>
    void reportFailure(t, async () => {
      await commands.setGoodPractice(project.id, null);
      notifySuccess(t, t('projects.goodPractice.unmarked'));
      onDone();
    });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Textarea
          label={t('projects.goodPractice.description')}
          withAsterisk
          autosize
          minRows={2}
          data-autofocus
          {...form.getInputProps('description')}
        />
        <Textarea
          label={t('projects.goodPractice.whatWorked')}
          autosize
          minRows={2}
          {...form.getInputProps('whatWorked')}
        />
        <Textarea
          label={t('projects.goodPractice.forWhom')}
          autosize
          {...form.getInputProps('forWhom')}
        />
        <NumberInput
          label={t('projects.goodPractice.cost')}
          min={0}
          decimalScale={2}
          decimalSeparator=","
          thousandSeparator="."
          {...form.getInputProps('cost')}
        />
        <Textarea
          label={t('projects.goodPractice.partnersNote')}
          autosize
          {...form.getInputProps('partnersNote')}
        />
        <Group justify="space-between">
          {current ? (
            <Button variant="subtle" color="red" onClick={unmark}>
              {t('projects.goodPractice.unmark')}
            </Button>
          ) : (
            <span />
          )}
          <Group>
            <Button variant="default" onClick={onDone}>
              {t('projects.cancel')}
            </Button>
            <Button type="submit">{t('projects.save')}</Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

/** Opens the good practice form of a project in a modal. */
export function openGoodPracticeForm(t: Translate, project: Project): void {
  const modalId = modals.open({
    closeButtonProps: { 'aria-label': t('common.close') },
    title: t('projects.goodPractice.mark'),
    size: 'lg',
    children: <GoodPracticeForm project={project} onDone={() => modals.close(modalId)} />,
  });
}
