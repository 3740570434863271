import { Badge, Button, Card, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { ExchangeBatch } from '../../../../shared/domain';
import { parsePartnerBaseHeader, recordedChangeCount } from '../../../../shared/exchange';
import { formatDateTime } from '../../../app/formatting';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { undoImport } from './undoImport';

type HistoryPanelProps = {
  batches: readonly ExchangeBatch[];
  /** Partner names by id, for batches of partners no longer in the network too. */
  partnerNames: ReadonlyMap<string, string>;
};

function resultOf(batch: ExchangeBatch): { kind: 'export' | 'import'; count: number } {
  if (batch.direction === 'export') {
    const base = parsePartnerBaseHeader(batch.baseSnapshot);
    const count = base
      ? base.sheets.actions.length + base.sheets.contacts.length + base.sheets.indicators.length
      : 0;
    return { kind: 'export', count };
  }
  return { kind: 'import', count: recordedChangeCount(batch) };
}

/** Every export and import of the network, newest first, with the undo of imports. */
export function HistoryPanel({ batches, partnerNames }: HistoryPanelProps) {
  const { t, locale, db, repositories } = useRegia();
  const confirmUndo = (batch: ExchangeBatch): void => {
    modals.openConfirmModal({
      title: t('exchange.history.undoTitle'),
      children: <Text size="sm">{t('exchange.history.undoBody', { file: batch.fileName })}</Text>,
      labels: { confirm: t('exchange.history.undoConfirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void reportFailure(t, async () => {
          const outcome = await undoImport(db, repositories, batch.id);
          notifySuccess(
            t,
            outcome.kept.length > 0
              ? t('exchange.history.undoKept', {
                  count: outcome.restored,
                  kept: outcome.kept.length,
                })
              : t('exchange.history.undoDone', { count: outcome.restored }),
          );
        }),
    });
  };
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('exchange.history.title')}
      </Title>
      {batches.length === 0 ? (
        <Text>{t('exchange.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table data-testid="exchange-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('exchange.history.when')}</Table.Th>
                <Table.Th>{t('exchange.history.kind')}</Table.Th>
                <Table.Th>{t('exchange.history.partner')}</Table.Th>
                <Table.Th>{t('exchange.history.file')}</Table.Th>
                <Table.Th>{t('exchange.history.result')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {batches.map((batch) => {
                const { kind, count } = resultOf(batch);
                return (
                  <Table.Tr key={batch.id}>
                    <Table.Td>{formatDateTime(locale, batch.at)}</Table.Td>
                    <Table.Td>
                      <Badge variant="dot" color={kind === 'export' ? 'blue' : 'violet'}>
                        {t(`exchange.history.${kind}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {(batch.partnerOrganizationId &&
                        partnerNames.get(batch.partnerOrganizationId)) ??
                        '—'}
                    </Table.Td>
                    <Table.Td>{batch.fileName}</Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {kind === 'export'
                          ? t('exchange.history.exportRows', { count })
                          : t('exchange.history.importChanges', { count })}
                      </Text>
                      {batch.undoneAt ? (
                        <Text size="sm">
                          {t('exchange.history.undone', {
                            date: formatDateTime(locale, batch.undoneAt),
                          })}
                        </Text>
                      ) : (
                        kind === 'import' && (
                          <Button
                            size="xs"
                            variant="light"
                            color="red"
                            mt={4}
                            aria-label={t('exchange.history.undoLabel', { file: batch.fileName })}
                            onClick={() => confirmUndo(batch)}
                          >
                            {t('exchange.history.undo')}
                          </Button>
                        )
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
