import { Badge, Checkbox, Radio, Group, Table, Text } from '@mantine/core';
import { isDecidable, type MergeOutcome, type ReviewItem } from '../../../../shared/exchange';
import { useRegia, type Translate } from '../../../app/RegiaContext';
import { VirtualTable, type VirtualRowProps } from '../VirtualTable';
import { displayValue, fieldLabel, recordLabel, whereLabel } from './reviewValues';

const outcomeColor: Record<MergeOutcome, string> = {
  applied: 'blue',
  conflict: 'orange',
  proposed: 'grape',
  new: 'violet',
  rejected: 'red',
  unchanged: 'gray',
};

type ReviewTableProps = {
  /** The lines to show (the filtered review, however long: only those in view are drawn). */
  items: readonly ReviewItem[];
  /** Whether each decidable line is accepted (for a conflict: whether the sheet wins). */
  decisionOf: (item: ReviewItem) => boolean;
  onDecide: (key: string, accepted: boolean) => void;
};

function choiceLabel(t: Translate, item: ReviewItem, record: string, field: string): string {
  if (item.outcome === 'new' && item.sheet === 'expenses')
    return t('exchange.review.createExpenseLabel', { row: item.rowNumber });
  if (item.outcome === 'new') return t('exchange.review.createLabel', { row: item.rowNumber });
  if (item.outcome === 'proposed')
    return item.field === null
      ? t('exchange.review.newActionLabel', { row: item.rowNumber })
      : t('exchange.review.proposalLabel', { record, field });
  return t('exchange.review.applyLabel', { record, field });
}

type ReviewLineProps = {
  item: ReviewItem;
  accepted: boolean;
  onDecide: (key: string, accepted: boolean) => void;
  rowProps: VirtualRowProps;
};

function ReviewLine({ item, accepted, onDecide, rowProps }: ReviewLineProps) {
  const { t, locale } = useRegia();
  const record = recordLabel(t, item);
  const field = fieldLabel(t, item);
  return (
    <Table.Tr {...rowProps} data-outcome={item.outcome}>
      <Table.Td>{whereLabel(t, item)}</Table.Td>
      <Table.Td>{record}</Table.Td>
      <Table.Td>{field}</Table.Td>
      <Table.Td>{displayValue(t, locale, item, 'base')}</Table.Td>
      <Table.Td>{displayValue(t, locale, item, 'current')}</Table.Td>
      <Table.Td>{displayValue(t, locale, item, 'incoming')}</Table.Td>
      <Table.Td>
        <Badge variant="dot" color={outcomeColor[item.outcome]}>
          {t(`exchange.review.badge.${item.outcome}`)}
        </Badge>
        {item.reason && (
          <Text size="sm" mt={4}>
            {t(`exchange.reason.${item.reason}`)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {item.outcome === 'conflict' ? (
          <Radio.Group
            value={accepted ? 'sheet' : 'regia'}
            onChange={(value) => onDecide(item.key, value === 'sheet')}
            aria-label={t('exchange.review.conflictLabel', { record, field })}
          >
            <Group gap="sm" wrap="nowrap">
              <Radio value="regia" label={t('exchange.review.keepRegia')} />
              <Radio value="sheet" label={t('exchange.review.takeSheet')} />
            </Group>
          </Radio.Group>
        ) : isDecidable(item) ? (
          <Checkbox
            checked={accepted}
            onChange={(event) => onDecide(item.key, event.currentTarget.checked)}
            label={t(
              item.outcome === 'proposed'
                ? 'exchange.review.acceptProposal'
                : 'exchange.review.apply',
            )}
            aria-label={choiceLabel(t, item, record, field)}
          />
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

/** The review's lines: where, what, the three values, the outcome and the user's choice. */
export function ReviewTable({ items, decisionOf, onDecide }: ReviewTableProps) {
  const { t } = useRegia();
  return (
    <VirtualTable
      items={items}
      getKey={(item) => item.key}
      estimatedRowHeight={52}
      columnCount={8}
      label={t('exchange.review.lines', { count: items.length })}
      maxHeight="max(320px, calc(100dvh - 420px))"
      minWidth={900}
      testId="exchange-review-table"
      striped
      head={
        <Table.Tr aria-rowindex={1}>
          <Table.Th>{t('exchange.review.where')}</Table.Th>
          <Table.Th>{t('exchange.review.record')}</Table.Th>
          <Table.Th>{t('exchange.review.field')}</Table.Th>
          <Table.Th>{t('exchange.review.base')}</Table.Th>
          <Table.Th>{t('exchange.review.current')}</Table.Th>
          <Table.Th>{t('exchange.review.incoming')}</Table.Th>
          <Table.Th>{t('exchange.review.outcome')}</Table.Th>
          <Table.Th>{t('exchange.review.choice')}</Table.Th>
        </Table.Tr>
      }
      renderRow={(item, rowProps) => (
        <ReviewLine
          item={item}
          accepted={decisionOf(item)}
          onDecide={onDecide}
          rowProps={rowProps}
        />
      )}
    />
  );
}
