import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconDeviceFloppy, IconRestore } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import type { AutomaticBackup } from '../../../shared/contract';
import { bridge } from '../../bridge';
import { formatDateTime } from '../../app/formatting';
import { reportFailure } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';
import { useBackupActions } from './useBackupActions';

/** Backups in the settings page: save to a file, restore from a file or from an automatic backup. */
export function BackupPanel() {
  const { t, locale } = useRegia();
  const actions = useBackupActions();
  const [automatic, setAutomatic] = useState<AutomaticBackup[]>([]);

  const refresh = useCallback(async () => {
    const list = await reportFailure(t, () => bridge.listAutomaticBackups());
    if (list) setAutomatic(list);
  }, [t]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h3">
          {t('backup.title')}
        </Title>
        <Text>{t('backup.help')}</Text>
        <Group>
          <Button
            leftSection={<IconDeviceFloppy size={18} />}
            onClick={() => void actions.saveToFile().then(refresh)}
          >
            {t('backup.saveToFile')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconRestore size={18} />}
            onClick={() => void actions.restoreFromFile()}
          >
            {t('backup.restoreFromFile')}
          </Button>
        </Group>
        <Title order={3} size="h4">
          {t('backup.automatic')}
        </Title>
        {automatic.length === 0 ? (
          <Text>{t('backup.automaticEmpty')}</Text>
        ) : (
          <Table striped data-testid="automatic-backups">
            <Table.Tbody>
              {automatic.map((backup) => (
                <Table.Tr key={backup.fileName}>
                  <Table.Td>{formatDateTime(locale, backup.createdAt)}</Table.Td>
                  <Table.Td>{t(`backup.reason.${backup.reason}`)}</Table.Td>
                  <Table.Td>
                    {t(backup.baseFileName ? 'backup.kind.incremental' : 'backup.kind.full')}
                  </Table.Td>
                  <Table.Td ta="right">{(backup.sizeBytes / 1024).toFixed(0)} KB</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => void actions.restoreAutomatic(backup.fileName)}
                    >
                      {t('backup.restore')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
