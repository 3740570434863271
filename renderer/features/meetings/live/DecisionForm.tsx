import {
  Alert,
  Button,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import {
  decisionOutcomes,
  type AgendaItem,
  type Decision,
  type VoteMethod,
} from '../../../../shared/domain';
import {
  decisionWithDefaults,
  expectedOutcome,
  parseVoteCount,
  voteMethodOrder,
  voteProblems,
  type VoteContext,
} from '../../../../shared/meetings/votes';
import { useRegia } from '../../../app/RegiaContext';
import { readDraft, removeDraft, writeDraft } from '../../../ui';
import { RollCallList } from './RollCallList';
import { useLiveCommands } from './useLiveCommands';

type DecisionFormProps = {
  item: AgendaItem;
  locked: boolean;
  /** The voters present now and the network's majority rule, the vote is checked against. */
  voting: Omit<VoteContext, 'itemKind'>;
  /** Names of the bodies, for the roll call. */
  nameOf: (organizationId: string) => string;
};

type CountField = 'votesInFavour' | 'votesAgainst' | 'abstained';
const countFields: CountField[] = ['votesInFavour', 'votesAgainst', 'abstained'];
const countLabels = {
  votesInFavour: 'live.votesInFavour',
  votesAgainst: 'live.votesAgainst',
  abstained: 'live.abstained',
} as const;

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

const countTexts = (decision: Decision): Record<CountField, string> => ({
  votesInFavour: String(decision.votesInFavour),
  votesAgainst: String(decision.votesAgainst),
  abstained: String(decision.abstained),
});

const isMethod = (value: string): value is VoteMethod =>
  voteMethodOrder.some((method) => method === value);

/** The decision taken on an agenda item: its text, how it was voted, the counts and the outcome. */
export function DecisionForm({ item, locked, voting, nameOf }: DecisionFormProps) {
  const { t } = useRegia();
  const commands = useLiveCommands(item.meetingId);
  // The decision is saved whole, once its votes add up; until then its text is kept as a local
  // draft as it is typed, so a reload or a closed window does not lose it.
  const draftKey = `agendaItem:${item.id}:decisionText`;
  const stored = decisionWithDefaults(item.decision) ?? emptyDecision;
  const [decision, setDecision] = useState<Decision>(() => ({
    ...stored,
    text: readDraft(draftKey) ?? stored.text,
  }));
  const [counts, setCounts] = useState(countTexts(stored));
  const [outcomeChosen, setOutcomeChosen] = useState(item.decision !== null);
  useEffect(() => {
    const saved = decisionWithDefaults(item.decision) ?? emptyDecision;
    const next = { ...saved, text: readDraft(draftKey) ?? saved.text };
    setDecision(next);
    setCounts(countTexts(next));
    setOutcomeChosen(item.decision !== null);
  }, [item.decision, draftKey]);
  const context: VoteContext = { ...voting, itemKind: item.kind };
  const informative = item.kind === 'informativa';
  const parsed = countFields.map((field) => [field, parseVoteCount(counts[field])] as const);
  const countErrors = new Map(
    parsed.flatMap(([field, result]) =>
      'problem' in result ? [[field, t(`vote.count.${result.problem}`)] as const] : [],
    ),
  );
  const withCounts: Decision = {
    ...decision,
    ...Object.fromEntries(
      parsed.map(([field, result]) => [field, 'value' in result ? result.value : 0]),
    ),
  };
  const expected = expectedOutcome(withCounts, context);
  const shown: Decision =
    !outcomeChosen && expected !== null ? { ...withCounts, outcome: expected } : withCounts;
  const problems = informative
    ? []
    : decision.method === 'unanimita' || decision.method === 'appelloNominale'
      ? voteProblems(shown, context)
      : countErrors.size > 0
        ? []
        : voteProblems(shown, context);
  const change = (patch: Partial<Decision>): void => {
    if (patch.text !== undefined) writeDraft(draftKey, patch.text);
    setDecision({ ...decision, ...patch });
  };
  const save = (next: Decision | null): void => {
    void commands.recordDecision(item.id, next, voting).then((saved) => {
      if (saved) removeDraft(draftKey);
    });
  };
  const countsTyped = decision.method === 'conteggio' || decision.method === 'scrutinioSegreto';
  const blocked =
    decision.text.trim() === '' ||
    problems.length > 0 ||
    (!informative && countsTyped && countErrors.size > 0);
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
        {informative ? (
          <Text size="sm" c="dimmed">
            {t('vote.informativeHint')}
          </Text>
        ) : (
          <>
            <SegmentedControl
              aria-label={t('vote.method')}
              data={voteMethodOrder.map((value) => ({
                value,
                label: t(`vote.method.${value}`),
              }))}
              value={decision.method}
              onChange={(value) => {
                if (isMethod(value)) change({ method: value });
              }}
            />
            {countsTyped && (
              <Group gap="sm" align="start">
                {countFields.map((field) => (
                  <TextInput
                    key={field}
                    w={130}
                    inputMode="numeric"
                    label={t(countLabels[field])}
                    value={counts[field]}
                    error={countErrors.get(field)}
                    onChange={(event) =>
                      setCounts({ ...counts, [field]: event.currentTarget.value })
                    }
                  />
                ))}
              </Group>
            )}
            {decision.method === 'unanimita' && (
              <Text size="sm" data-testid="unanimity">
                {t('vote.unanimityOf', { count: voting.voters })}
              </Text>
            )}
            {decision.method === 'appelloNominale' && (
              <RollCallList
                voterIds={voting.voterIds}
                rollCall={decision.rollCall}
                nameOf={nameOf}
                onChange={(rollCall) => change({ rollCall })}
              />
            )}
            <Text size="sm" data-testid="vote-voters">
              {t('vote.voters', { count: voting.voters })}
              {expected !== null &&
                ` · ${t('vote.expected', { outcome: t(`live.decisionOutcome.${expected}`) })}`}
            </Text>
            <NativeSelect
              w={200}
              label={t('live.outcome')}
              value={shown.outcome}
              data={decisionOutcomes.map((value) => ({
                value,
                label: t(`live.decisionOutcome.${value}`),
              }))}
              onChange={(event) => {
                const outcome = decisionOutcomes.find(
                  (value) => value === event.currentTarget.value,
                );
                if (!outcome) return;
                setOutcomeChosen(true);
                change({ outcome });
              }}
            />
            {(problems.includes('reasonNeeded') || decision.outcomeReason !== '') && (
              <Textarea
                label={t('vote.outcomeReason')}
                autosize
                minRows={1}
                value={decision.outcomeReason}
                onChange={(event) => change({ outcomeReason: event.currentTarget.value })}
              />
            )}
            {problems.length > 0 && (
              <Alert color="red" data-testid="vote-problems">
                {problems.map((problem) => (
                  <Text key={problem} size="sm">
                    {t(`vote.problem.${problem}`, { count: voting.voters })}
                  </Text>
                ))}
              </Alert>
            )}
          </>
        )}
        {!locked && (
          <Group gap="xs">
            <Button size="xs" disabled={blocked} onClick={() => save(shown)}>
              {t('live.saveDecision')}
            </Button>
            {item.decision && (
              <Button size="xs" variant="default" onClick={() => save(null)}>
                {t('live.removeDecision')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </fieldset>
  );
}
