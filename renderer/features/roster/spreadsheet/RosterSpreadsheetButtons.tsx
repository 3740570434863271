import { Button } from '@mantine/core';
import { IconFileSpreadsheet, IconTableImport } from '@tabler/icons-react';
import { useState } from 'react';
import { notifyProblem, notifySuccess, reportFailure } from '../../../app/notify';
import { todayIsoDate } from '../../../app/formatting';
import { useRegia } from '../../../app/RegiaContext';
import { bridge } from '../../../bridge';
import { TableImportModal, useTableImport } from '../../exchange';
import { useRosterCommands } from '../useRosterData';

/** Export the network's roster to xlsx; import organizations and contacts from any spreadsheet. */
export function RosterSpreadsheetButtons({ networkId }: { networkId: string }) {
  const { t, locale } = useRegia();
  const commands = useRosterCommands();
  const [exporting, setExporting] = useState(false);
  const tableImport = useTableImport(networkId, (problem) => {
    if (problem) notifyProblem(t, problem);
  });

  const exportRoster = (): void => {
    setExporting(true);
    void reportFailure(t, async () => {
      const { bytes, counts } = await commands.exportWorkbook(networkId, locale);
      const result = await bridge.saveFile({
        title: t('roster.sheet.saveTitle'),
        suggestedName: `${t('roster.sheet.fileName')}-${todayIsoDate()}.xlsx`,
        filters: [{ name: 'Excel', extensions: ['xlsx'] }],
        bytes,
      });
      if (result.saved) notifySuccess(t, t('roster.sheet.exported', counts));
    }).finally(() => setExporting(false));
  };

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileSpreadsheet size={18} />}
        onClick={exportRoster}
        loading={exporting}
      >
        {t('roster.sheet.export')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconTableImport size={18} />}
        onClick={tableImport.open}
        loading={tableImport.busy && !tableImport.file}
      >
        {t('roster.sheet.import')}
      </Button>
      <TableImportModal tableImport={tableImport} />
    </>
  );
}
