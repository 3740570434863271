import { Switch } from '@mantine/core';
import type { Meeting, Network } from '../../../../shared/domain';
import { hasSecondCall, secondCallQuorumRule } from '../../../../shared/meetings';
import { formatDate } from '../../../app/formatting';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { useSecondCallCommands } from '../convocation/useSecondCallCommands';

type SecondCallSwitchProps = {
  meeting: Meeting;
  network: Network | null;
  locked: boolean;
};

/**
 * Records that the meeting is held in second call, where its convocation set one, naming the
 * quorum rule that then applies; nothing is shown for a meeting called once.
 */
export function SecondCallSwitch({ meeting, network, locked }: SecondCallSwitchProps) {
  const { t, locale } = useRegia();
  const commands = useSecondCallCommands();
  if (!hasSecondCall(meeting)) return null;
  const rule = secondCallQuorumRule(meeting, network);
  return (
    <Switch
      data-testid="second-call"
      label={t('meetings.secondCall.held')}
      description={t('meetings.secondCall.heldHint', {
        date: formatDate(locale, meeting.secondCallDate ?? meeting.date),
        time: meeting.secondCallTime ?? '',
        rule: t(`live.quorumRule.${rule}`),
      })}
      checked={meeting.secondCall}
      disabled={locked}
      onChange={(event) => {
        const held = event.currentTarget.checked;
        void reportFailure(t, async () => {
          await commands.setHeldInSecondCall(meeting, held);
          notifySuccess(
            t,
            t(held ? 'meetings.secondCall.markedHeld' : 'meetings.secondCall.markedFirst'),
          );
        });
      }}
    />
  );
}
