import { Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseImport, IconPlus, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useRegia } from '../../app/RegiaContext';
import { notifySuccess, reportFailure } from '../../app/notify';
import { useBackupActions } from '../backup';
import { openNewNetworkModal } from '../networks';
import { loadDemoNetwork } from './loadDemoNetwork';

/** The first screen on an empty database: load the demo, create a network, or restore a backup. */
export function EmptyState() {
  const { t, repositoryContext, updateSettings } = useRegia();
  const { restoreFromFile } = useBackupActions();
  const [loading, setLoading] = useState(false);

  const loadDemo = async (): Promise<void> => {
    setLoading(true);
    const count = await reportFailure(t, () => loadDemoNetwork(repositoryContext, updateSettings));
    setLoading(false);
    if (count !== undefined) notifySuccess(t, t('demo.loaded', { count }));
  };

  return (
    <Center mih="70vh">
      <Paper withBorder p="xl" radius="md" maw={640} data-testid="empty-state">
        <Stack>
          <Title order={1}>{t('empty.title')}</Title>
          <Text>{t('empty.body')}</Text>
          <Group>
            <Button
              leftSection={<IconDatabaseImport size={18} />}
              onClick={() => void loadDemo()}
              loading={loading}
            >
              {t('empty.loadDemo')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconPlus size={18} />}
              onClick={() => openNewNetworkModal(t)}
            >
              {t('empty.createNetwork')}
            </Button>
            <Button
              variant="subtle"
              leftSection={<IconRestore size={18} />}
              onClick={() => void restoreFromFile()}
            >
              {t('empty.restore')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Center>
  );
}
