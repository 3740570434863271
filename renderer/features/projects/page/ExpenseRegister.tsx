import { ActionIcon, Group, Paper, Select, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArchive, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import type { Expenditure } from '../../../../shared/domain';
import {
  expenseRegister,
  formatEuro,
  periodLabel,
  type ExpenseFilter,
} from '../../../../shared/projects';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { ScrollableTable } from '../../../ui';
import { HistoryList } from '../history/HistoryList';
import { HistoryPopover } from '../history/HistoryPopover';
import { useExpenseHistory } from '../history/useExpenseHistory';
import type { ProjectData } from '../useProjectData';
import { ExpenditureForm } from './ExpenditureForm';
import { useExpenseCommands } from './expenseWrites';
import { partnerChoices } from './periodChoices';

type ExpenseRegisterProps = {
  data: ProjectData;
  names: ReadonlyMap<string, string>;
  today: string;
};

const all = 'all';

/** The project's expenses, filtered by partner, voce di spesa and quarter, to correct or archive. */
export function ExpenseRegister({ data, names, today }: ExpenseRegisterProps) {
  const { t, locale } = useRegia();
  const commands = useExpenseCommands();
  const history = useExpenseHistory(data, names);
  const [filter, setFilter] = useState<ExpenseFilter>({});
  const { project } = data;
  const register = expenseRegister(data.expenditures, filter);
  const euro = (amount: number): string => formatEuro(locale, amount);
  const costItemName = (id: string | null): string =>
    project.costItems.find((item) => item.id === id)?.name ?? t('projects.costItem.none');
  const day = (iso: string | null): string => (iso ? iso.split('-').reverse().join('/') : '');
  const describe = (expense: Expenditure) => ({
    document: expense.documentReference || day(expense.date) || periodLabel(locale, expense.period),
    amount: euro(expense.amount),
  });
  const periods = [...new Set(data.expenditures.map((expense) => expense.period))].sort();
  const choose = (key: keyof ExpenseFilter) => (value: string | null) =>
    setFilter((current) => ({ ...current, [key]: value && value !== all ? value : undefined }));
  const edit = (expense: Expenditure): void => {
    const modalId = modals.open({
      title: t('projects.expense.edit'),
      size: 'xl',
      closeButtonProps: { 'aria-label': t('common.close') },
      children: (
        <ExpenditureForm
          data={data}
          names={names}
          today={today}
          expense={expense}
          onDone={() => modals.close(modalId)}
        />
      ),
    });
  };
  const archive = (expense: Expenditure): void => {
    modals.openConfirmModal({
      title: t('projects.register.archiveRow', describe(expense)),
      children: <Text size="sm">{t('projects.register.archiveConfirm', describe(expense))}</Text>,
      labels: { confirm: t('common.archive'), cancel: t('projects.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void reportFailure(t, async () => {
          await commands.archive(expense.id);
          notifySuccess(t, t('projects.register.archived'));
        }),
    });
  };
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="expense-register">
      <Title order={3} size="h5" id="expense-register" mb="xs">
        {t('projects.register.title')}
      </Title>
      <Group mb="xs">
        <Select
          label={t('projects.register.filterPartner')}
          data={[
            { value: all, label: t('projects.register.all') },
            ...partnerChoices(project, names),
          ]}
          value={filter.organizationId ?? all}
          onChange={choose('organizationId')}
          allowDeselect={false}
        />
        <Select
          label={t('projects.register.filterCostItem')}
          data={[
            { value: all, label: t('projects.register.all') },
            ...project.costItems.map((item) => ({ value: item.id, label: item.name })),
            { value: 'none', label: t('projects.costItem.none') },
          ]}
          value={filter.costItemId ?? all}
          onChange={choose('costItemId')}
          allowDeselect={false}
        />
        <Select
          label={t('projects.register.filterPeriod')}
          data={[
            { value: all, label: t('projects.register.all') },
            ...periods.map((period) => ({ value: period, label: periodLabel(locale, period) })),
          ]}
          value={filter.period ?? all}
          onChange={choose('period')}
          allowDeselect={false}
        />
      </Group>
      <Text size="sm" mb="xs" data-testid="register-summary">
        {t('projects.register.summary', {
          count: register.expenses.length,
          total: euro(register.totalCents / 100),
        })}
      </Text>
      {register.expenses.length === 0 ? (
        <Text c="dimmed">{t('projects.register.empty')}</Text>
      ) : (
        <ScrollableTable minWidth={820}>
          <Table
            withTableBorder
            aria-label={t('projects.register.title')}
            data-testid="expense-register"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('projects.expense.date')}</Table.Th>
                <Table.Th>{t('projects.value.period')}</Table.Th>
                <Table.Th>{t('projects.expense.document')}</Table.Th>
                <Table.Th>{t('projects.value.partner')}</Table.Th>
                <Table.Th>{t('projects.expense.costItem')}</Table.Th>
                <Table.Th>{t('projects.budget.source')}</Table.Th>
                <Table.Th ta="right">{t('projects.expenditure.amount')}</Table.Th>
                <Table.Th>{t('projects.value.note')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {register.expenses.map((expense) => (
                <Table.Tr key={expense.id}>
                  <Table.Td>{day(expense.date)}</Table.Td>
                  <Table.Td>{periodLabel(locale, expense.period)}</Table.Td>
                  <Table.Td>{expense.documentReference}</Table.Td>
                  <Table.Td>
                    {expense.organizationId
                      ? (names.get(expense.organizationId) ?? '')
                      : t('projects.wholeProject')}
                  </Table.Td>
                  <Table.Td>{costItemName(expense.costItemId)}</Table.Td>
                  <Table.Td>{expense.fundingSourceName}</Table.Td>
                  <Table.Td ta="right">{euro(expense.amount)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{expense.note}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <HistoryPopover
                        label={t('projects.history.expenseButton', describe(expense))}
                        lines={history.linesOf(expense.id)}
                      />
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('projects.register.editRow', describe(expense))}
                        onClick={() => edit(expense)}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('projects.register.archiveRow', describe(expense))}
                        onClick={() => archive(expense)}
                      >
                        <IconArchive size={16} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      )}
      <HistoryList
        toggle={t('projects.history.archivedExpenses', { count: history.archivedLines.length })}
        label={t('projects.history.archivedList')}
        lines={history.archivedLines}
        testId="archived-expenses"
      />
    </Paper>
  );
}
