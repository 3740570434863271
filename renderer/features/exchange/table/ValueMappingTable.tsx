import { Alert, Select, Stack, Table, Text, Title } from '@mantine/core';
import { membershipRoles, organizationTypes } from '../../../../shared/domain';
import type { FileValue, ValueChoices } from '../../../../shared/exchange';
import { useRegia } from '../../../app/RegiaContext';

const shownRows = 5;

type ValueMappingTableProps = {
  /** Every distinct type and role text of the file, with Regia's proposal. */
  values: readonly FileValue[];
  /** The person's choices so far; a value without one takes the proposal. */
  choices: ValueChoices;
  /** Records the Regia value chosen for a text of the file. */
  onChoose: (value: FileValue, chosen: string) => void;
};

/**
 * How each type and role written in the file will be imported: what Regia proposes, how sure it
 * is, and a select to change it. Values Regia does not recognise are flagged and counted, so that
 * none becomes "Altro" or "Partner" without the person seeing it.
 */
export function ValueMappingTable({ values, choices, onChoose }: ValueMappingTableProps) {
  const { t } = useRegia();
  if (values.length === 0) return null;
  const typeOptions = organizationTypes.map((type) => ({
    value: type,
    label: t(`enum.organizationType.${type}`),
  }));
  const roleOptions = membershipRoles.map((role) => ({
    value: role,
    label: t(`enum.membershipRole.${role}`),
  }));
  const unknown = values.filter((value) => value.recognition === 'unknown').length;
  // A value on thousands of rows names the first few and how many more.
  const rowsText = (rowNumbers: readonly number[]): string => {
    const shown = rowNumbers.slice(0, shownRows).join(', ');
    const more = rowNumbers.length - shownRows;
    return more > 0 ? t('exchange.table.values.moreRows', { text: shown, count: more }) : shown;
  };
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('exchange.table.values.title')}
      </Title>
      <Text size="sm">{t('exchange.table.values.help')}</Text>
      {unknown > 0 && (
        <Alert color="orange" data-testid="exchange-table-unknown-values">
          {t('exchange.table.values.unknownAlert', { count: unknown })}
        </Alert>
      )}
      <Table data-testid="exchange-table-values">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('exchange.table.regiaField')}</Table.Th>
            <Table.Th>{t('exchange.table.values.text')}</Table.Th>
            <Table.Th>{t('exchange.table.rows')}</Table.Th>
            <Table.Th>{t('exchange.table.values.regia')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {values.map((value) => {
            const chosen = choices[value.field].get(value.key);
            return (
              <Table.Tr key={`${value.field}|${value.key}`}>
                <Table.Td>{t(`exchange.table.field.${value.field}`)}</Table.Td>
                <Table.Td>{value.text}</Table.Td>
                <Table.Td>
                  <Text size="sm">{rowsText(value.rowNumbers)}</Text>
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('exchange.table.values.for', {
                      value: value.text,
                      field: t(`exchange.table.field.${value.field}`),
                    })}
                    data={value.field === 'organizationType' ? typeOptions : roleOptions}
                    value={chosen ?? value.value}
                    allowDeselect={false}
                    onChange={(next) => next !== null && onChoose(value, next)}
                  />
                  {chosen === undefined && (
                    <Text
                      size="xs"
                      mt={2}
                      c={value.recognition === 'unknown' ? undefined : 'dimmed'}
                      fw={value.recognition === 'unknown' ? 700 : undefined}
                    >
                      {t(`exchange.table.values.${value.recognition}`)}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
