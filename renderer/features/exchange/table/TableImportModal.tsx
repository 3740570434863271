import { Button, Group, Modal, Stack } from '@mantine/core';
import { useRegia } from '../../../app/RegiaContext';
import { MappingStep } from './MappingStep';
import { ReviewStep } from './ReviewStep';
import type { TableImport } from './useTableImport';

/** Importing organizations and contacts from any spreadsheet: map the columns, review, confirm. */
export function TableImportModal({ tableImport }: { tableImport: TableImport }) {
  const { t } = useRegia();
  const { file, plan, busy } = tableImport;
  if (!file) return null;
  return (
    <Modal
      opened
      onClose={tableImport.close}
      size="xl"
      title={t('exchange.table.title', { file: file.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      closeOnClickOutside={false}
    >
      <Stack data-testid="exchange-table-import">
        {plan ? (
          <ReviewStep tableImport={tableImport} plan={plan} />
        ) : (
          <MappingStep tableImport={tableImport} />
        )}
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={plan ? tableImport.back : tableImport.close}
            disabled={busy}
          >
            {plan ? t('exchange.table.back') : t('common.cancel')}
          </Button>
          <Button onClick={plan ? tableImport.confirm : tableImport.next} loading={busy}>
            {plan ? t('exchange.table.confirm') : t('exchange.table.next')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
