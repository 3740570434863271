import { Select, Stack, Table, Text, Title } from '@mantine/core';
import { proposedChoice, type TablePlan, type TableProblem } from '../../../../shared/exchange';
import { useRegia } from '../../../app/RegiaContext';
import { VirtualTable, type VirtualRowProps } from '../VirtualTable';
import { tableCountText } from './tableCountText';
import type { TableImport } from './useTableImport';

type PlannedOrganization = TablePlan['organizations'][number];
type RowProblem = { key: string; rowNumber: number; problem: TableProblem };

/** Every problem of the file, in the order of its rows: cells left out, contacts left out, rows left out. */
function problemsOf(plan: TablePlan): RowProblem[] {
  const all = [
    ...plan.warnings,
    ...plan.invalidRows.flatMap((row) =>
      row.problems.map((problem) => ({ rowNumber: row.rowNumber, problem })),
    ),
  ].sort((first, second) => first.rowNumber - second.rowNumber);
  return all.map((line, index) => ({ key: `${line.rowNumber}-${index}`, ...line }));
}

function problemLabel(
  t: ReturnType<typeof useRegia>['t'],
  problem: TableProblem['problem'],
): string {
  if (problem === 'invalidDate' || problem === 'missingOrganization')
    return t(`exchange.table.problem.${problem}`);
  return t(`roster.problem.${problem}`);
}

type OrganizationLineProps = {
  organization: PlannedOrganization;
  tableImport: TableImport;
  rowProps: VirtualRowProps;
};

function OrganizationLine({ organization, tableImport, rowProps }: OrganizationLineProps) {
  const { t } = useRegia();
  return (
    <Table.Tr {...rowProps}>
      <Table.Td>
        {organization.values.name}
        <Text size="sm" c="dimmed">
          {[t(`enum.organizationType.${organization.values.type}`), organization.values.comune]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td>{organization.rowNumbers.join(', ')}</Table.Td>
      <Table.Td>
        {organization.duplicates.length === 0
          ? t('exchange.table.noDuplicates')
          : organization.duplicates.slice(0, 3).map((match) => (
              <Text size="sm" key={match.organization.id}>
                {match.organization.name} (
                {match.reasons.map((reason) => t(`exchange.table.reason.${reason}`)).join(', ')})
              </Text>
            ))}
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={t('exchange.table.choiceFor', { name: organization.values.name })}
          allowDeselect={false}
          value={tableImport.choices.get(organization.key) ?? proposedChoice(organization)}
          onChange={(value) => value !== null && tableImport.choose(organization.key, value)}
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
  );
}

/**
 * Step two: every organization with its type, likely duplicates and the user's choice, what the
 * choices will make (the count the notice and the history will say too), and every cell, contact
 * or row left out with the reason.
 */
export function ReviewStep({ tableImport, plan }: { tableImport: TableImport; plan: TablePlan }) {
  const { t } = useRegia();
  const existing = plan.organizations.filter(
    (organization) => organization.proposedExistingId !== null,
  ).length;
  const existingContacts = plan.contacts.filter((contact) => contact.existing);
  const problems = problemsOf(plan);
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
      {tableImport.count && (
        <Text fw={500} data-testid="exchange-table-outcome">
          {t('exchange.table.outcome', { outcome: tableCountText(t, tableImport.count) })}
        </Text>
      )}
      <VirtualTable
        items={plan.organizations}
        getKey={(organization) => organization.key}
        estimatedRowHeight={64}
        columnCount={4}
        label={t('exchange.table.organizationsLabel', { count: plan.organizations.length })}
        maxHeight="max(280px, calc(100dvh - 460px))"
        minWidth={700}
        testId="exchange-table-organizations"
        head={
          <Table.Tr aria-rowindex={1}>
            <Table.Th>{t('exchange.table.organization')}</Table.Th>
            <Table.Th>{t('exchange.table.rows')}</Table.Th>
            <Table.Th>{t('exchange.table.duplicates')}</Table.Th>
            <Table.Th>{t('exchange.table.choice')}</Table.Th>
          </Table.Tr>
        }
        renderRow={(organization, rowProps) => (
          <OrganizationLine
            organization={organization}
            tableImport={tableImport}
            rowProps={rowProps}
          />
        )}
      />
      {existingContacts.map((contact) => (
        <Text size="sm" key={contact.rowNumber}>
          {t('exchange.table.existingContact', {
            name: `${contact.values.firstName} ${contact.values.lastName}`.trim(),
          })}
        </Text>
      ))}
      {problems.length > 0 && (
        <>
          <Title order={3} size="h5">
            {t('exchange.table.invalidTitle')}
          </Title>
          <VirtualTable
            items={problems}
            getKey={(line) => line.key}
            estimatedRowHeight={40}
            columnCount={5}
            label={t('exchange.table.invalidTitle')}
            maxHeight="280px"
            minWidth={600}
            testId="exchange-table-invalid"
            head={
              <Table.Tr aria-rowindex={1}>
                <Table.Th>{t('exchange.table.row')}</Table.Th>
                <Table.Th>{t('exchange.table.column')}</Table.Th>
                <Table.Th>{t('exchange.table.value')}</Table.Th>
                <Table.Th>{t('exchange.table.problem')}</Table.Th>
                <Table.Th>{t('exchange.table.whatHappens')}</Table.Th>
              </Table.Tr>
            }
            renderRow={({ rowNumber, problem }, rowProps) => (
              <Table.Tr {...rowProps}>
                <Table.Td>{rowNumber}</Table.Td>
                <Table.Td>{problem.header || t(`exchange.table.field.${problem.field}`)}</Table.Td>
                <Table.Td>{problem.value || '—'}</Table.Td>
                <Table.Td>{problemLabel(t, problem.problem)}</Table.Td>
                <Table.Td>{t(`exchange.table.problemOutcome.${problem.outcome}`)}</Table.Td>
              </Table.Tr>
            )}
          />
        </>
      )}
    </Stack>
  );
}
