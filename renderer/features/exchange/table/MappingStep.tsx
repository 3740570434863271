import { Alert, Checkbox, Select, Stack, Table, Text } from '@mantine/core';
import { cellText, tableFields, type TableField } from '../../../../shared/exchange';
import { useRegia } from '../../../app/RegiaContext';
import { dataSheets, headerTexts, type TableImport } from './useTableImport';
import { ValueMappingTable } from './ValueMappingTable';

/** Step one: the sheet to read, which Regia field each column holds, and what each type and role becomes. */
export function MappingStep({ tableImport }: { tableImport: TableImport }) {
  const { t } = useRegia();
  const { file, sheetIndex, mapping } = tableImport;
  if (!file) return null;
  const sheets = dataSheets(file.grid);
  const sheet = file.grid.sheets[sheetIndex];
  const headers = sheet ? headerTexts(sheet) : [];
  const headerRow = sheet
    ? sheet.rows.findIndex((row) => row.some((cell) => cellText(cell).trim() !== ''))
    : -1;
  const samples = (column: number): string =>
    (sheet?.rows.slice(headerRow + 1, headerRow + 4) ?? [])
      .map((row) => cellText(row[column] ?? null).trim())
      .filter((value) => value !== '')
      .join(' · ');
  const options = [
    { value: '', label: t('exchange.table.ignore') },
    ...tableFields.map((field) => ({ value: field, label: t(`exchange.table.field.${field}`) })),
  ];
  return (
    <Stack>
      {sheets.length > 1 && (
        <Select
          label={t('exchange.table.sheet')}
          data={sheets.map(({ index, sheet: candidate }) => ({
            value: String(index),
            label: candidate.name,
          }))}
          value={String(sheetIndex)}
          allowDeselect={false}
          onChange={(value) => value !== null && tableImport.chooseSheet(Number(value))}
        />
      )}
      <Text size="sm">{t('exchange.table.mappingHelp')}</Text>
      <Table data-testid="exchange-table-mapping">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('exchange.table.column')}</Table.Th>
            <Table.Th>{t('exchange.table.examples')}</Table.Th>
            <Table.Th>{t('exchange.table.regiaField')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {headers.map((header, column) => (
            <Table.Tr key={column}>
              <Table.Td>{header || '—'}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={1}>
                  {samples(column)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={t('exchange.table.fieldFor', {
                    column: header || String(column + 1),
                  })}
                  data={options}
                  value={mapping[column] ?? ''}
                  allowDeselect={false}
                  onChange={(value) =>
                    tableImport.mapColumn(
                      column,
                      tableFields.find((field): field is TableField => field === value) ?? null,
                    )
                  }
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ValueMappingTable
        values={tableImport.fileValues}
        choices={tableImport.valueChoices}
        onChoose={tableImport.chooseValue}
      />
      <Checkbox
        checked={tableImport.addToNetwork}
        onChange={(event) => tableImport.setAddToNetwork(event.currentTarget.checked)}
        label={t('exchange.table.addToNetwork')}
      />
      {tableImport.stepProblem && (
        <Alert color="red" role="alert">
          {tableImport.stepProblem}
        </Alert>
      )}
    </Stack>
  );
}
