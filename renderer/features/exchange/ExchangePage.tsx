import { Button, Loader, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { parsePartnerBaseHeader, partnerReturns } from '../../../shared/exchange';
import { todayIsoDate } from '../../app/formatting';
import { PageTitle } from '../../app/PageTitle';
import { useRegia } from '../../app/RegiaContext';
import { useCurrentNetwork } from '../../app/useNetworks';
import { useNetworkMembers } from '../../data';
import { ExportPanel } from './export/ExportPanel';
import { useExchangeBatches } from './history/historyData';
import { HistoryPanel } from './history/HistoryPanel';
import { ImportPanel } from './import/ImportPanel';
import { usePartnerImport } from './import/usePartnerImport';
import { TableImportModal } from './table/TableImportModal';
import { useTableImport } from './table/useTableImport';

/** Scambio fogli: partner workbooks out, returned workbooks in, and the history of both. */
export function ExchangePage() {
  const { t } = useRegia();
  const network = useCurrentNetwork();
  const members = useNetworkMembers(network.id);
  const [problem, setProblem] = useState<string | null>(null);
  const partnerImport = usePartnerImport(network.id, setProblem);
  const tableImport = useTableImport(network.id, setProblem);
  const batches = useExchangeBatches(network.id);
  const returns = useMemo(() => partnerReturns(batches ?? [], todayIsoDate()), [batches]);
  const partnerNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const batch of batches ?? []) {
      const base = parsePartnerBaseHeader(batch.baseSnapshot);
      if (base) names.set(base.partnerId, base.partnerName);
    }
    for (const member of members ?? []) names.set(member.organization.id, member.organization.name);
    return names;
  }, [batches, members]);
  return (
    <Stack>
      <PageTitle title={t('exchange.title')} />
      <Text>{t('exchange.intro')}</Text>
      {!members || !batches ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        <>
          <ImportPanel
            partnerImport={partnerImport}
            problem={problem}
            reading={partnerImport.reading || (tableImport.busy && !tableImport.file)}
          >
            <Button variant="default" onClick={tableImport.open} disabled={tableImport.busy}>
              {t('exchange.table.open')}
            </Button>
          </ImportPanel>
          <TableImportModal tableImport={tableImport} />
          <ExportPanel network={network} members={members} returns={returns} />
          <HistoryPanel batches={batches} partnerNames={partnerNames} />
        </>
      )}
    </Stack>
  );
}
