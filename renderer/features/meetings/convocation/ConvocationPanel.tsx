import { Loader, Paper, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { AgendaItem, Attachment, Meeting, Network } from '../../../../shared/domain';
import { useRegia } from '../../../app/RegiaContext';
import type { NetworkDirectory } from '../agenda/useNetworkDirectory';
import { ConvocationTools } from './ConvocationTools';

type ConvocationPanelProps = {
  meeting: Meeting;
  items: readonly AgendaItem[];
  network: Network;
  /** The invited members and the people the letter names; undefined while they are read. */
  directory: NetworkDirectory | undefined;
  attachments: readonly Attachment[];
};

/**
 * The convocation panel. Its recipients are read after the agenda is drawn: until they arrive it
 * shows its heading and a loader.
 */
export function ConvocationPanel({ directory, attachments, ...records }: ConvocationPanelProps) {
  const { t, locale } = useRegia();
  const { meeting, items, network } = records;
  const inputs = useMemo(
    () => (directory ? { locale, network, meeting, items, directory } : null),
    [locale, network, meeting, items, directory],
  );
  if (!inputs) {
    return (
      <Paper withBorder p="sm" component="section" aria-labelledby="convocation-heading">
        <Title order={2} size="h4" id="convocation-heading">
          {t('meetings.convocation.title')}
        </Title>
        <Loader size="sm" aria-label={t('common.loading')} />
      </Paper>
    );
  }
  return <ConvocationTools inputs={inputs} attachments={attachments} />;
}
