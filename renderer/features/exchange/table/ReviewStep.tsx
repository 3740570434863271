import { Select, Stack, Table, Text, Title } from '@mantine/core';
import type { TablePlan } from '../../../../shared/exchange';
import { useRegia } from '../../../app/RegiaContext';
import { proposedChoice } from './applyTableImport';
import type { TableImport } from './useTableImport';

function problemLabel(
  t: ReturnType<typeof useRegia>['t'],
  problem: TablePlan['invalidRows'][number]['problems'][number]['problem'],
): string {
  if (problem === 'invalidDate' || problem === 'missingOrganization')
    return t(`exchange.table.problem.${problem}`);
  return t(`roster.problem.${problem}`);
}

/** Step two: every organization with its likely duplicates and the user's choice, and the rows left out. */
export function ReviewStep({ tableImport, plan }: { tableImport: TableImport; plan: TablePlan }) {
  const { t } = useRegia();
  const existing = plan.organizations.filter(
    (organization) => organization.proposedExistingId !== null,
  ).length;
  const existingContacts = plan.contacts.filter((contact) => contact.existing);
  return (
    <Stack>
      <Text data-testid="exchange-table-summary">
        {t('exchange.table.summary', {
          organizations: plan.organizations.length,
          existing,
          contacts: plan.contacts.length,
          invalid: plan.invalidRows.length,
        })}
      </Text>
      <Table.ScrollContainer minWidth={700}>
        <Table data-testid="exchange-table-organizations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('exchange.table.organization')}</Table.Th>
              <Table.Th>{t('exchange.table.rows')}</Table.Th>
              <Table.Th>{t('exchange.table.duplicates')}</Table.Th>
              <Table.Th>{t('exchange.table.choice')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.organizations.map((organization) => (
              <Table.Tr key={organization.key}>
                <Table.Td>
                  {organization.values.name}
                  {organization.values.comune && (
                    <Text size="sm" c="dimmed">
                      {organization.values.comune}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{organization.rowNumbers.join(', ')}</Table.Td>
                <Table.Td>
                  {organization.duplicates.length === 0
                    ? t('exchange.table.noDuplicates')
                    : organization.duplicates.slice(0, 3).map((match) => (
                        <Text size="sm" key={match.organization.id}>
                          {match.organization.name} (
                          {match.reasons
                            .map((reason) => t(`exchange.table.reason.${reason}`))
                            .join(', ')}
                          )
                        </Text>
                      ))}
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('exchange.table.choiceFor', { name: organization.values.name })}
                    allowDeselect={false}
                    value={
                      tableImport.choices.get(organization.key) ?? proposedChoice(organization)
                    }
                    onChange={(value) =>
                      value !== null && tableImport.choose(organization.key, value)
                    }
                    data={[
                      { value: 'create', label: t('exchange.table.create') },
                      ...organization.duplicates.slice(0, 3).map((match) => ({
                        value: match.organization.id,
                        label: t('exchange.table.useExisting', { name: match.organization.name }),
                      })),
                      { value: 'skip', label: t('exchange.table.skip') },
                    ]}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {existingContacts.map((contact) => (
        <Text size="sm" key={contact.rowNumber}>
          {t('exchange.table.existingContact', {
            name: `${contact.values.firstName} ${contact.values.lastName}`.trim(),
          })}
        </Text>
      ))}
      {plan.invalidRows.length > 0 && (
        <>
          <Title order={3} size="h5">
            {t('exchange.table.invalidTitle')}
          </Title>
          <Table data-testid="exchange-table-invalid">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('exchange.table.row')}</Table.Th>
                <Table.Th>{t('exchange.table.column')}</Table.Th>
                <Table.Th>{t('exchange.table.value')}</Table.Th>
                <Table.Th>{t('exchange.table.problem')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.invalidRows.flatMap((row) =>
                row.problems.map((problem, index) => (
                  <Table.Tr key={`${row.rowNumber}-${index}`}>
                    <Table.Td>{row.rowNumber}</Table.Td>
                    <Table.Td>
                      {problem.header || t(`exchange.table.field.${problem.field}`)}
                    </Table.Td>
                    <Table.Td>{problem.value || '—'}</Table.Td>
                    <Table.Td>{problemLabel(t, problem.problem)}</Table.Td>
                  </Table.Tr>
                )),
              )}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
