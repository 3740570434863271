import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import {
  buildImportPlan,
  defaultDecision,
  planChangeCount,
  mergeOutcomes,
  type MergeOutcome,
  type ReviewItem,
} from '../../../../shared/exchange';
import { useRegia } from '../../../app/RegiaContext';
import type { PreparedImport } from './prepareImport';
import { ReviewTable } from './ReviewTable';
import { useNotAcceptedFile } from './useNotAcceptedFile';

type ImportReviewModalProps = {
  prepared: PreparedImport;
  decisions: ReadonlyMap<string, boolean>;
  applying: boolean;
  onDecide: (key: string, accepted: boolean) => void;
  onAcceptAll: () => void;
  onConfirm: () => void;
  onCancel: () => void;
};

/** The review of a returned workbook: counts, filters, every change with its values, and the choices. */
export function ImportReviewModal({
  prepared,
  decisions,
  applying,
  onDecide,
  onAcceptAll,
  onConfirm,
  onCancel,
}: ImportReviewModalProps) {
  const { t } = useRegia();
  const { review } = prepared;
  const notAccepted = useNotAcceptedFile(prepared, decisions);
  const [filter, setFilter] = useState<MergeOutcome | 'all'>(
    review.counts.conflict > 0 ? 'conflict' : 'all',
  );
  const decisionOf = (item: ReviewItem): boolean =>
    decisions.get(item.key) ?? defaultDecision(item);
  const shown = useMemo(
    () =>
      filter === 'all' ? review.items : review.items.filter((item) => item.outcome === filter),
    [review.items, filter],
  );
  // The same count the toast and the history will say, from the plan that would be applied.
  const changeCount = useMemo(
    () => planChangeCount(buildImportPlan(review, prepared.base, decisions)),
    [review, prepared.base, decisions],
  );
  const filterOptions = [
    { value: 'all', label: t('exchange.review.all', { count: review.items.length }) },
    ...mergeOutcomes.map((outcome) => ({
      value: outcome,
      label: t('exchange.review.outcomeCount', {
        label: t(`exchange.review.outcome.${outcome}`),
        count: review.counts[outcome],
      }),
    })),
  ];
  return (
    <Modal
      opened
      onClose={onCancel}
      size="95%"
      title={t('exchange.review.title', { partner: review.partnerName })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      closeOnClickOutside={false}
    >
      <Stack data-testid="exchange-review">
        <Text size="sm">{t('exchange.review.file', { file: prepared.fileName })}</Text>
        {prepared.stale && (
          <Alert color="orange" title={t('exchange.return.stale')}>
            {t('exchange.review.staleWarning')}
          </Alert>
        )}
        {review.missingRows > 0 && (
          <Text size="sm" data-testid="exchange-missing-rows">
            {t('exchange.review.missingRows', { count: review.missingRows })}:{' '}
            {review.missingRowLabels.map((row) => t('exchange.review.missingRow', row)).join('; ')}
          </Text>
        )}
        {review.counts.proposed > 0 && (
          <Alert color="grape" data-testid="exchange-proposals-note">
            {t('exchange.review.proposalsNote', { count: review.counts.proposed })}
          </Alert>
        )}
        <Group justify="space-between" align="end">
          <SegmentedControl
            aria-label={t('exchange.review.filter')}
            data={filterOptions}
            value={filter}
            onChange={(value) => {
              setFilter(mergeOutcomes.find((outcome) => outcome === value) ?? 'all');
            }}
          />
          <Button variant="light" onClick={onAcceptAll}>
            {t('exchange.review.acceptAll')}
          </Button>
        </Group>
        {shown.length === 0 ? (
          <Text>{t('exchange.review.noItems')}</Text>
        ) : (
          <ReviewTable items={shown} decisionOf={decisionOf} onDecide={onDecide} />
        )}
        {changeCount === 0 && <Text size="sm">{t('exchange.review.nothingToApply')}</Text>}
        <Text size="sm">{t('exchange.review.backupNote')}</Text>
        <Group justify="flex-end">
          {notAccepted.count > 0 && (
            <Button variant="subtle" onClick={notAccepted.save} loading={notAccepted.saving}>
              {t('exchange.notAccepted.download')}
            </Button>
          )}
          <Button variant="default" onClick={onCancel} disabled={applying}>
            {t('common.cancel')}
          </Button>
          <Button onClick={onConfirm} loading={applying}>
            {changeCount === 0
              ? t('exchange.review.recordReturned')
              : t('exchange.review.confirm', { count: changeCount })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
