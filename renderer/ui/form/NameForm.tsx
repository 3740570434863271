import { Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useT } from '../../app/RegiaContext';
import { FormFooter } from './FormFooter';
import { GuardedForm } from './GuardedForm';

type NameFormProps = {
  /** The name field's label. */
  label: string;
  /** A line above the field saying what the name is for. */
  hint?: string;
  /** The name offered at the start (the saved one, to save it again). */
  initialName?: string;
  /** Saves under the trimmed name; a failure keeps the form open with what was typed. */
  onSubmit: (name: string) => Promise<void>;
  /** The submit button's text; Salva by default. */
  submitLabel?: string;
};

/** Asks for the name to save something under (a map, a filter): required, submitted once. */
export function NameForm({ label, hint, initialName = '', onSubmit, submitLabel }: NameFormProps) {
  const t = useT();
  const form = useForm({
    initialValues: { name: initialName },
    validate: { name: (value) => (value.trim() ? null : t('common.required')) },
  });
  return (
    <GuardedForm form={form} onSubmit={({ name }) => onSubmit(name.trim())}>
      <Stack>
        {hint && <Text size="sm">{hint}</Text>}
        <TextInput label={label} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <FormFooter submitLabel={submitLabel ?? t('common.save')} />
      </Stack>
    </GuardedForm>
  );
}
