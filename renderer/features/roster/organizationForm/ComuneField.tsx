import { Autocomplete, Group, Text, type AutocompleteProps } from '@mantine/core';
import { useMemo } from 'react';
import { useRegia } from '../../../app/RegiaContext';
import { useComuneIndex } from './useComuneIndex';

type ComuneFieldProps = {
  /** The comune as typed or picked. */
  value: string;
  onChange: (value: string) => void;
  /** Called with the sigla of the provincia when the user picks a comune, or types a unique one. */
  onProvincia: (sigla: string) => void;
  /** The current provincia: a typed comune fills it only while it is empty. */
  provincia: string;
  error?: AutocompleteProps['error'];
  onBlur?: () => void;
};

const separator = '|';
const suggestionLimit = 12;

/** The comune with suggestions from ISTAT's list; picking one fills the provincia. */
export function ComuneField({
  value,
  onChange,
  onProvincia,
  provincia,
  error,
  onBlur,
}: ComuneFieldProps) {
  const { t } = useRegia();
  const index = useComuneIndex();
  const data = useMemo(
    () =>
      (index?.search(value, suggestionLimit) ?? []).map((comune) => ({
        value: `${comune.name}${separator}${comune.provincia}`,
        label: comune.name,
      })),
    [index, value],
  );

  return (
    <Autocomplete
      label={t('roster.field.comune')}
      description={index ? t('roster.form.comuneHint') : t('roster.form.comuneLoading')}
      value={value}
      onChange={onChange}
      data={data}
      filter={({ options }) => options}
      onOptionSubmit={(option) => {
        const sigla = option.split(separator)[1];
        if (sigla) onProvincia(sigla);
      }}
      onBlur={() => {
        const matches = index?.withName(value) ?? [];
        if (!provincia.trim() && matches.length === 1 && matches[0]) {
          onProvincia(matches[0].provincia);
        }
        onBlur?.();
      }}
      error={error}
      autoComplete="off"
      renderOption={({ option }) => {
        const [name, sigla] = option.value.split(separator);
        return (
          <Group justify="space-between" wrap="nowrap" w="100%">
            <span>{name}</span>
            <Text span size="sm" fw={600}>
              {sigla}
            </Text>
          </Group>
        );
      }}
    />
  );
}
