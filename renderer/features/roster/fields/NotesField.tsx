import { Grid, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useT } from '../../../app/RegiaContext';

type NotesFieldProps<Values extends { notes: string }> = {
  /** The form whose `notes` the field edits. */
  form: UseFormReturnType<Values>;
};

/** The free notes of a roster record, across the whole row, growing with the text. */
export function NotesField<Values extends { notes: string }>({ form }: NotesFieldProps<Values>) {
  const t = useT();
  return (
    <Grid.Col span={12}>
      <Textarea
        label={t('roster.field.notes')}
        autosize
        minRows={2}
        {...form.getInputProps('notes')}
      />
    </Grid.Col>
  );
}
