import { Button, Group, NativeSelect, NumberInput, Stack, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { decisionOutcomes, type AgendaItem, type Decision } from '../../../../shared/domain';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';

const emptyDecision: Decision = {
  text: '',
  votesInFavour: 0,
  votesAgainst: 0,
  abstained: 0,
  outcome: 'approvato',
  method: 'conteggio',
  rollCall: [],
  outcomeReason: '',
};

const count = (value: string | number): number =>
  Math.max(0, Math.trunc(typeof value === 'number' ? value : Number(value) || 0));

/** The decision taken on an agenda item: its text, the vote and the outcome. */
export function DecisionForm({ item, locked }: { item: AgendaItem; locked: boolean }) {
  const { t, repositories } = useRegia();
  const [decision, setDecision] = useState<Decision>(item.decision ?? emptyDecision);
  useEffect(() => setDecision(item.decision ?? emptyDecision), [item.decision]);
  const change = (patch: Partial<Decision>): void => setDecision({ ...decision, ...patch });
  const save = (next: Decision | null): void => {
    void reportFailure(t, async () => {
      await repositories.agendaItems.update(item.id, { decision: next });
      notifySuccess(t, t(next ? 'live.decisionSaved' : 'live.decisionRemoved'));
    });
  };
  return (
    <fieldset disabled={locked} style={{ border: 0, padding: 0, margin: 0 }}>
      <Stack gap="xs">
        <Textarea
          label={t('live.decisionText')}
          autosize
          minRows={2}
          value={decision.text}
          onChange={(event) => change({ text: event.currentTarget.value })}
        />
        <Group gap="sm" align="end">
          <NumberInput
            w={120}
            min={0}
            label={t('live.votesInFavour')}
            value={decision.votesInFavour}
            onChange={(value) => change({ votesInFavour: count(value) })}
          />
          <NumberInput
            w={120}
            min={0}
            label={t('live.votesAgainst')}
            value={decision.votesAgainst}
            onChange={(value) => change({ votesAgainst: count(value) })}
          />
          <NumberInput
            w={120}
            min={0}
            label={t('live.abstained')}
            value={decision.abstained}
            onChange={(value) => change({ abstained: count(value) })}
          />
          <NativeSelect
            w={160}
            label={t('live.outcome')}
            value={decision.outcome}
            data={decisionOutcomes.map((value) => ({
              value,
              label: t(`live.decisionOutcome.${value}`),
            }))}
            onChange={(event) => {
              const outcome = decisionOutcomes.find((value) => value === event.currentTarget.value);
              if (outcome) change({ outcome });
            }}
          />
        </Group>
        <Group gap="xs">
          <Button size="xs" disabled={decision.text.trim() === ''} onClick={() => save(decision)}>
            {t('live.saveDecision')}
          </Button>
          {item.decision && (
            <Button size="xs" variant="default" onClick={() => save(null)}>
              {t('live.removeDecision')}
            </Button>
          )}
        </Group>
      </Stack>
    </fieldset>
  );
}
