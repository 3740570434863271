import { Button, Group, Modal, Progress, Stack, Text, Title } from '@mantine/core';
import { useFullscreenDocument } from '@mantine/hooks';
import { useEffect } from 'react';
import type { AgendaItem } from '../../../../shared/domain';
import type { QuorumState } from '../../../../shared/meetings/quorum';
import { useRegia } from '../../../app/RegiaContext';
import { clockText } from './useItemTimer';

type ProjectorViewProps = {
  opened: boolean;
  onClose: () => void;
  title: string;
  items: AgendaItem[];
  index: number;
  onMove: (step: number) => void;
  elapsedSeconds: number;
  quorum: QuorumState;
};

const nextKeys = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const previousKeys = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** The large view for the projector: the current item, its timer, the next one; arrows move. */
export function ProjectorView(props: ProjectorViewProps) {
  const { t } = useRegia();
  const { toggle, fullscreen } = useFullscreenDocument();
  const item = props.items[props.index];
  const next = props.items[props.index + 1];
  const plannedSeconds = (item?.plannedMinutes ?? 0) * 60;
  const over = plannedSeconds > 0 && props.elapsedSeconds > plannedSeconds;
  const { opened, onMove } = props;
  useEffect(() => {
    if (!opened) return undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (nextKeys.has(event.key)) onMove(1);
      else if (previousKeys.has(event.key)) onMove(-1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [opened, onMove]);
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      fullScreen
      title={props.title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="xl" p="xl" data-testid="projector">
        <Group justify="space-between">
          <Text size="xl" data-testid="projector-position">
            {t('live.position', { index: props.index + 1, count: props.items.length })}
          </Text>
          <Text size="xl" c={props.quorum.reached ? 'teal.9' : 'red.9'} fw={700}>
            {t(props.quorum.reached ? 'live.quorumReached' : 'live.quorumMissing')} ·{' '}
            {props.quorum.present}/{props.quorum.voting}
          </Text>
        </Group>
        <Title order={2} fz={48} lh={1.2} data-testid="projector-item">
          {item ? `${item.order}. ${item.title}` : t('live.noItems')}
        </Title>
        {item?.description && <Text fz={28}>{item.description}</Text>}
        <Stack gap={4}>
          <Text fz={40} fw={700} c={over ? 'red.9' : undefined} data-testid="projector-timer">
            {clockText(props.elapsedSeconds)} / {clockText(plannedSeconds)}
          </Text>
          <Progress
            size="xl"
            aria-label={t('live.timer')}
            color={over ? 'red' : 'blue'}
            value={
              plannedSeconds === 0
                ? 0
                : Math.min(100, (props.elapsedSeconds / plannedSeconds) * 100)
            }
          />
        </Stack>
        {next && (
          <Text fz={24}>{t('live.nextItem', { title: `${next.order}. ${next.title}` })}</Text>
        )}
        <Group>
          <Button
            variant="default"
            size="lg"
            onClick={() => props.onMove(-1)}
            disabled={props.index === 0}
          >
            {t('live.previous')}
          </Button>
          <Button
            size="lg"
            onClick={() => props.onMove(1)}
            disabled={props.index >= props.items.length - 1}
          >
            {t('live.next')}
          </Button>
          <Button variant="default" size="lg" onClick={() => void toggle()}>
            {t(fullscreen ? 'live.exitFullscreen' : 'live.fullscreen')}
          </Button>
        </Group>
        <Text size="sm">{t('live.keyboardHint')}</Text>
      </Stack>
    </Modal>
  );
}
