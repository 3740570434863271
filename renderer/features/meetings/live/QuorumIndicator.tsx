import { Badge, Button, Group, NativeSelect, Text } from '@mantine/core';
import { quorumRules, type Network } from '../../../../shared/domain';
import type { Presence } from '../../../../shared/meetings/presence';
import { useRegia } from '../../../app/RegiaContext';
import { openNetworkRulesModal } from '../../networks';
import type { LiveCommands } from './useLiveCommands';

type QuorumIndicatorProps = {
  presence: Presence;
  network: Network | null;
  locked: boolean;
  commands: Pick<LiveCommands, 'setQuorumRule'>;
};

/** Whether the meeting has its quorum now, and the network's rule, which can be changed here. */
export function QuorumIndicator({ presence, network, locked, commands }: QuorumIndicatorProps) {
  const { t } = useRegia();
  const { quorum, moment } = presence;
  return (
    <Group gap="md" align="center" wrap="wrap">
      <Badge
        size="lg"
        variant="dot"
        color={quorum.reached ? 'teal' : 'red'}
        data-testid="quorum"
        data-reached={quorum.reached}
        role="status"
      >
        {t(quorum.reached ? 'live.quorumReached' : 'live.quorumMissing')}
      </Badge>
      <Text size="sm" data-testid="quorum-count">
        {t('live.quorumCount', {
          present: quorum.present,
          voting: quorum.voting,
          required: quorum.required,
        })}{' '}
        · {moment === null ? t('presence.momentUnset') : t('presence.moment', { time: moment })}
      </Text>
      {network && (
        <NativeSelect
          size="xs"
          label={t('live.quorumRule')}
          value={network.quorumRule}
          disabled={locked}
          data={quorumRules.map((rule) => ({ value: rule, label: t(`live.quorumRule.${rule}`) }))}
          onChange={(event) => {
            const rule = quorumRules.find((value) => value === event.currentTarget.value);
            if (rule) commands.setQuorumRule(network.id, rule);
          }}
        />
      )}
      {network && !locked && (
        <Button size="xs" variant="default" onClick={() => openNetworkRulesModal(t, network)}>
          {t('rules.open')}
        </Button>
      )}
    </Group>
  );
}
