import { Badge, Button, Card, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { ExchangeBatch } from '../../../../shared/domain';
import {
  importKindOf,
  parsePartnerBaseHeader,
  recordedChangeCount,
  recordedTableCount,
} from '../../../../shared/exchange';
import { formatDateTime } from '../../../app/formatting';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia, type Translate } from '../../../app/RegiaContext';
import { tableCountText } from '../table/tableCountText';
import { useHistoryCommands } from './historyData';

type HistoryPanelProps = {
  batches: readonly ExchangeBatch[];
  /** Partner names by id, for batches of partners no longer in the network too. */
  partnerNames: ReadonlyMap<string, string>;
};

type HistoryKind = 'export' | 'import' | 'mapImport';

/** A batch's kind in the history and its result in words, from the counts it stored. */
function resultOf(t: Translate, batch: ExchangeBatch): { kind: HistoryKind; result: string } {
  if (batch.direction === 'export') {
    const base = parsePartnerBaseHeader(batch.baseSnapshot);
    const count = base
      ? base.sheets.actions.length + base.sheets.contacts.length + base.sheets.indicators.length
      : 0;
    return { kind: 'export', result: t('exchange.history.exportRows', { count }) };
  }
  const tableCount = recordedTableCount(batch.baseSnapshot);
  const result = tableCount
    ? tableCountText(t, tableCount)
    : t('exchange.history.importChanges', { count: recordedChangeCount(batch) });
  return { kind: importKindOf(batch) === 'map' ? 'mapImport' : 'import', result };
}

/** Every export and import of the network (partner, table and map imports), newest first, with the undo of imports. */
export function HistoryPanel({ batches, partnerNames }: HistoryPanelProps) {
  const { t, locale } = useRegia();
  const commands = useHistoryCommands();
  const confirmUndo = (batch: ExchangeBatch): void => {
    modals.openConfirmModal({
      title: t('exchange.history.undoTitle'),
      children: <Text size="sm">{t('exchange.history.undoBody', { file: batch.fileName })}</Text>,
      labels: { confirm: t('exchange.history.undoConfirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void reportFailure(t, async () => {
          const outcome = await commands.undo(batch);
          notifySuccess(
            t,
            outcome.kept > 0
              ? t('exchange.history.undoKept', {
                  count: outcome.restored,
                  kept: outcome.kept,
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
                const { kind, result } = resultOf(t, batch);
                return (
                  <Table.Tr key={batch.id}>
                    <Table.Td>{formatDateTime(locale, batch.at)}</Table.Td>
                    <Table.Td>
                      <Badge
                        variant="dot"
                        color={
                          kind === 'export' ? 'blue' : kind === 'mapImport' ? 'teal' : 'violet'
                        }
                      >
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
                      <Text size="sm">{result}</Text>
                      {batch.undoneAt ? (
                        <Text size="sm">
                          {t('exchange.history.undone', {
                            date: formatDateTime(locale, batch.undoneAt),
                          })}
                        </Text>
                      ) : (
                        kind !== 'export' && (
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
