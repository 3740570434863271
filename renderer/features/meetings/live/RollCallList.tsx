import { NativeSelect, SimpleGrid } from '@mantine/core';
import { rollCallVotes, type RollCallEntry } from '../../../../shared/domain';
import { useRegia } from '../../../app/RegiaContext';

type RollCallListProps = {
  /** The bodies that answer the call: voting bodies present and those voting by proxy. */
  voterIds: readonly string[];
  rollCall: readonly RollCallEntry[];
  nameOf: (organizationId: string) => string;
  onChange: (rollCall: RollCallEntry[]) => void;
};

const isVote = (value: string): value is RollCallEntry['vote'] =>
  rollCallVotes.some((vote) => vote === value);

/** The roll call (appello nominale): each body's vote, from which the counts follow. */
export function RollCallList({ voterIds, rollCall, nameOf, onChange }: RollCallListProps) {
  const { t } = useRegia();
  const voteOf = new Map(rollCall.map((entry) => [entry.organizationId, entry.vote]));
  const ordered = [...voterIds].sort((first, second) =>
    nameOf(first).localeCompare(nameOf(second), 'it'),
  );
  const set = (organizationId: string, value: string): void => {
    const rest = rollCall.filter((entry) => entry.organizationId !== organizationId);
    onChange(isVote(value) ? [...rest, { organizationId, vote: value }] : rest);
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" data-testid="roll-call">
      {ordered.map((organizationId) => (
        <NativeSelect
          key={organizationId}
          size="xs"
          label={nameOf(organizationId)}
          aria-label={t('vote.voteOf', { name: nameOf(organizationId) })}
          value={voteOf.get(organizationId) ?? ''}
          data={[
            { value: '', label: t('vote.notVoting') },
            ...rollCallVotes.map((vote) => ({ value: vote, label: t(`vote.rollCall.${vote}`) })),
          ]}
          onChange={(event) => set(organizationId, event.currentTarget.value)}
        />
      ))}
    </SimpleGrid>
  );
}
