import { Button, Group, Paper, Select, Table, Text, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { currentValues, formatNumber } from '../../../../shared/projects';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import type { ProjectData } from '../useProjectData';
import { useIndicatorValueCommands } from './indicatorValueWrites';
import { partnerChoices, periodChoices } from './periodChoices';
import { pastedColumn, pasteInto, readGridCell, type GridCell } from './quarterGrid';

type QuarterGridProps = { data: ProjectData; names: ReadonlyMap<string, string>; today: string };

/**
 * One period's values of an indicator for every partner at once, as in a spreadsheet: typed row
 * by row (Enter goes down) or pasted from Excel, checked with the single form's rules, saved all
 * or none.
 */
export function QuarterGrid({ data, names, today }: QuarterGridProps) {
  const { t, locale } = useRegia();
  const commands = useIndicatorValueCommands();
  const indicators = data.indicators.filter((entry) => entry.archivedAt === null);
  const [indicatorId, setIndicatorId] = useState<string | null>(indicators[0]?.id ?? null);
  const [period, setPeriod] = useState<string | null>(null);
  const [cells, setCells] = useState<string[]>([]);
  const [checked, setChecked] = useState<GridCell[] | null>(null);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const indicator = indicators.find((entry) => entry.id === indicatorId);
  const partners = partnerChoices(data.project, names);
  const periods = periodChoices(locale, data.project, indicator?.periodicity ?? 'trimestre', today);
  const load = (nextIndicator: string | null, nextPeriod: string | null): void => {
    const stored = currentValues(data.values).filter(
      (value) => value.indicatorId === nextIndicator && value.period === nextPeriod,
    );
    setCells(
      partners.map((partner) => {
        const value = stored.find((entry) => entry.organizationId === partner.value);
        return value ? formatNumber(locale, value.value) : '';
      }),
    );
    setChecked(null);
  };
  const move = (event: KeyboardEvent<HTMLInputElement>, index: number): void => {
    const step =
      event.key === 'Enter' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    inputs.current[index + step]?.focus();
  };
  const paste = (event: ClipboardEvent<HTMLInputElement>, index: number): void => {
    const text = event.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text.trimEnd())) return;
    event.preventDefault();
    setCells((current) => pasteInto(current, index, pastedColumn(text)));
    setChecked(null);
  };
  const write = (read: GridCell[]): Promise<void | undefined> =>
    reportFailure(t, async () => {
      if (!indicator || !period) return;
      const changed = await commands.saveGrid(
        partners.map((partner, index) => {
          const cell = read[index];
          return {
            indicatorId: indicator.id,
            projectId: data.project.id,
            organizationId: partner.value,
            period,
            value: cell?.kind === 'value' ? cell.value : null,
          };
        }),
      );
      notifySuccess(t, t('projects.grid.saved', { count: changed }));
    });
  const save = (): void => {
    if (!indicator || !period) return;
    const read = cells.map((text) => readGridCell(indicator, period, text, today));
    setChecked(read);
    if (read.some((cell) => cell.kind === 'problem')) return;
    const outliers = read.filter((cell) => cell.kind === 'value' && cell.outlier).length;
    if (outliers === 0) {
      void write(read);
      return;
    }
    modals.openConfirmModal({
      title: t('projects.value.outlierTitle'),
      children: <Text size="sm">{t('projects.grid.outliers', { count: outliers })}</Text>,
      labels: { confirm: t('projects.value.confirmOutlier'), cancel: t('projects.cancel') },
      onConfirm: () => void write(read),
    });
  };
  const problemOf = (index: number): string | null => {
    const cell = checked?.[index];
    if (cell?.kind !== 'problem') return null;
    return cell.problem === 'notNumber'
      ? t('projects.grid.notNumber')
      : t(`projects.value.${cell.problem}`, { unit: indicator?.unit ?? '' });
  };
  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-labelledby="quarter-grid"
      data-testid="quarter-grid"
    >
      <Title order={3} size="h5" id="quarter-grid" mb="xs">
        {t('projects.grid.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('projects.grid.hint')}
      </Text>
      <Group align="flex-end" mb="sm">
        <Select
          label={t('projects.value.indicator')}
          data={indicators.map((entry) => ({ value: entry.id, label: entry.name }))}
          value={indicatorId}
          allowDeselect={false}
          onChange={(value) => {
            setIndicatorId(value);
            setPeriod(null);
            setCells([]);
          }}
        />
        <Select
          label={t('projects.value.period')}
          data={periods}
          value={period}
          allowDeselect={false}
          searchable
          onChange={(value) => {
            setPeriod(value);
            load(indicatorId, value);
          }}
        />
      </Group>
      {period && indicator && (
        <>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('projects.value.partner')}</Table.Th>
                <Table.Th>{t('projects.value.value')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {partners.map((partner, index) => (
                <Table.Tr key={partner.value}>
                  <Table.Th scope="row">{partner.label}</Table.Th>
                  <Table.Td>
                    <TextInput
                      ref={(element) => {
                        inputs.current[index] = element;
                      }}
                      aria-label={t('projects.grid.cell', { partner: partner.label })}
                      inputMode="decimal"
                      value={cells[index] ?? ''}
                      error={problemOf(index)}
                      onChange={(event) => {
                        const text = event.currentTarget.value;
                        setCells((current) =>
                          current.map((cell, at) => (at === index ? text : cell)),
                        );
                        setChecked(null);
                      }}
                      onKeyDown={(event) => move(event, index)}
                      onPaste={(event) => paste(event, index)}
                      w={160}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {checked?.some((cell) => cell.kind === 'problem') && (
            <Text c="red" size="sm" role="alert" mt="xs">
              {t('projects.grid.refused')}
            </Text>
          )}
          <Group justify="flex-end" mt="sm">
            <Button onClick={save}>{t('projects.grid.save')}</Button>
          </Group>
        </>
      )}
    </Paper>
  );
}
