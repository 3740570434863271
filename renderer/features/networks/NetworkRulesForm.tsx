import { Button, Checkbox, Group, NativeSelect, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import {
  majorityRules,
  quorumRules,
  secondCallQuorumRules,
  type Network,
} from '../../../shared/domain';
import { useRegia } from '../../app/RegiaContext';
import { useNetworkRulesCommand, type NetworkRules } from './useNetworkRulesCommand';

type NetworkRulesFormProps = {
  network: Network;
  /** Called after saving, or when the user cancels. */
  onDone: () => void;
};

const rulesOf = (network: Network): NetworkRules => ({
  quorumRule: network.quorumRule,
  majorityRule: network.majorityRule ?? 'semplice',
  secondCallQuorumRule: network.secondCallQuorumRule ?? null,
  maxProxiesPerBody: network.maxProxiesPerBody ?? 1,
  proxiesCountForQuorum: network.proxiesCountForQuorum ?? true,
});

/** The network's rules for its meetings: quorum, majority, second call and proxies. */
export function NetworkRulesForm({ network, onDone }: NetworkRulesFormProps) {
  const { t } = useRegia();
  const save = useNetworkRulesCommand(network.id);
  const [rules, setRules] = useState<NetworkRules>(rulesOf(network));
  const [saving, setSaving] = useState(false);
  const change = (patch: Partial<NetworkRules>): void => setRules({ ...rules, ...patch });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (saving) return;
        setSaving(true);
        void save(rules).then((saved) => {
          setSaving(false);
          if (saved) onDone();
        });
      }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('rules.help')}</Text>
        <NativeSelect
          label={t('live.quorumRule')}
          value={rules.quorumRule}
          data={quorumRules.map((rule) => ({ value: rule, label: t(`live.quorumRule.${rule}`) }))}
          onChange={(event) => {
            const rule = quorumRules.find((value) => value === event.currentTarget.value);
            if (rule) change({ quorumRule: rule });
          }}
        />
        <NativeSelect
          label={t('rules.majority')}
          value={rules.majorityRule}
          data={majorityRules.map((rule) => ({ value: rule, label: t(`rules.majority.${rule}`) }))}
          onChange={(event) => {
            const rule = majorityRules.find((value) => value === event.currentTarget.value);
            if (rule) change({ majorityRule: rule });
          }}
        />
        <NativeSelect
          label={t('rules.secondCall')}
          value={rules.secondCallQuorumRule ?? ''}
          data={[
            { value: '', label: t('rules.secondCall.same') },
            ...secondCallQuorumRules.map((rule) => ({
              value: rule,
              label: t(`live.quorumRule.${rule}`),
            })),
          ]}
          onChange={(event) =>
            change({
              secondCallQuorumRule:
                secondCallQuorumRules.find((value) => value === event.currentTarget.value) ?? null,
            })
          }
        />
        <NumberInput
          label={t('rules.maxProxies')}
          description={t('rules.maxProxiesHint')}
          min={0}
          max={10}
          allowNegative={false}
          allowDecimal={false}
          value={rules.maxProxiesPerBody}
          onChange={(value) =>
            change({ maxProxiesPerBody: Math.min(10, Math.max(0, Math.trunc(Number(value) || 0))) })
          }
        />
        <Checkbox
          label={t('rules.proxiesCount')}
          checked={rules.proxiesCountForQuorum}
          onChange={(event) => change({ proxiesCountForQuorum: event.currentTarget.checked })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
