import type { AgendaItemKind, Decision, MajorityRule, RollCallEntry, VoteMethod } from '../domain';
import { decisionSchema } from '../domain';

/** The three counts of a vote. */
export type VoteCounts = { inFavour: number; against: number; abstained: number };

/** Why a count typed by a person is refused. */
export type CountProblem = 'empty' | 'negative' | 'notWhole';

/** What is wrong with a decision's vote, each a sentence in the catalog (`vote.problem.<name>`). */
export type VoteProblem =
  | 'noVoteOnInformative'
  | 'tooManyVotes'
  | 'rollCallIncomplete'
  | 'rollCallNotPresent'
  | 'reasonNeeded'
  | 'noVoters';

/** What a decision is checked against: the item's kind, the voters present and the rule. */
export type VoteContext = {
  itemKind: AgendaItemKind;
  /** Voting bodies present, proxies included: the most votes the counts may add up to. */
  voters: number;
  /** The bodies that may answer a roll call: voting bodies present and those voting by proxy. */
  voterIds: readonly string[];
  majorityRule: MajorityRule;
};

/** A count typed by a person, as a whole number ≥ 0, or why it is refused ("-3", "2,5", "tre"). */
export function parseVoteCount(text: string): { value: number } | { problem: CountProblem } {
  const trimmed = text.trim();
  if (trimmed === '') return { problem: 'empty' };
  if (/^-\s*\d/.test(trimmed)) return { problem: 'negative' };
  if (!/^\d+$/.test(trimmed)) return { problem: 'notWhole' };
  return { value: Number(trimmed) };
}

/** The counts a roll call adds up to. */
export function countsOfRollCall(rollCall: readonly RollCallEntry[]): VoteCounts {
  const countOf = (vote: RollCallEntry['vote']): number =>
    rollCall.filter((entry) => entry.vote === vote).length;
  return {
    inFavour: countOf('favorevole'),
    against: countOf('contrario'),
    abstained: countOf('astenuto'),
  };
}

/** The counts a decision records, whatever the method: unanimity is every voter in favour. */
export function countsOf(decision: Decision, voters: number): VoteCounts {
  if (decision.method === 'unanimita') return { inFavour: voters, against: 0, abstained: 0 };
  if (decision.method === 'appelloNominale') return countsOfRollCall(decision.rollCall);
  return {
    inFavour: decision.votesInFavour,
    against: decision.votesAgainst,
    abstained: decision.abstained,
  };
}

const total = (counts: VoteCounts): number => counts.inFavour + counts.against + counts.abstained;

/**
 * Whether a vote passes under a majority rule, out of `voters` present (proxies included): simple,
 * more in favour than against (abstentions do not count); absolute, more than half of the voters
 * present; two thirds, at least two thirds of them.
 */
export function outcomeOf(
  counts: VoteCounts,
  rule: MajorityRule,
  voters: number,
): 'approvato' | 'respinto' {
  const passes =
    rule === 'semplice'
      ? counts.inFavour > counts.against
      : rule === 'assoluta'
        ? counts.inFavour * 2 > voters
        : counts.inFavour * 3 >= voters * 2;
  return passes && counts.inFavour > 0 ? 'approvato' : 'respinto';
}

/** Whether a decision records a vote at all: any count, a roll call or unanimity. */
export function hasVote(decision: Decision): boolean {
  if (decision.method === 'unanimita') return true;
  if (decision.method === 'appelloNominale') return decision.rollCall.length > 0;
  return total(countsOf(decision, 0)) > 0;
}

/** The outcome the counts and the rule give, or null when no vote was taken. */
export function expectedOutcome(
  decision: Decision,
  context: VoteContext,
): Decision['outcome'] | null {
  if (!hasVote(decision)) return null;
  return outcomeOf(countsOf(decision, context.voters), context.majorityRule, context.voters);
}

/**
 * What is wrong with a decision's vote: an informative item votes nothing; the counts may not
 * exceed the voters present; a roll call names only bodies that may vote; an outcome other than
 * the one the counts give (or an approval with no vote) needs a stated reason.
 */
export function voteProblems(decision: Decision, context: VoteContext): VoteProblem[] {
  const problems: VoteProblem[] = [];
  if (context.itemKind === 'informativa') {
    return hasVote(decision) ? ['noVoteOnInformative'] : [];
  }
  if (decision.method === 'unanimita' && context.voters === 0) problems.push('noVoters');
  if (total(countsOf(decision, context.voters)) > context.voters) problems.push('tooManyVotes');
  if (decision.method === 'appelloNominale') {
    const allowed = new Set(context.voterIds);
    if (decision.rollCall.some((entry) => !allowed.has(entry.organizationId))) {
      problems.push('rollCallNotPresent');
    }
    if (decision.rollCall.length === 0) problems.push('rollCallIncomplete');
  }
  const expected = expectedOutcome(decision, context);
  const differs =
    expected === null ? decision.outcome !== 'rinviato' : decision.outcome !== expected;
  if (differs && decision.outcomeReason.trim() === '') problems.push('reasonNeeded');
  return problems;
}

/**
 * A decision as recorded, with the counts a unanimity or a roll call gives written into it, so
 * every reader (minutes, exports) finds the numbers; an informative item keeps no vote.
 */
export function settledDecision(decision: Decision, context: VoteContext): Decision {
  if (context.itemKind === 'informativa') {
    return {
      ...decision,
      method: 'conteggio',
      votesInFavour: 0,
      votesAgainst: 0,
      abstained: 0,
      rollCall: [],
    };
  }
  const counts = countsOf(decision, context.voters);
  return {
    ...decision,
    votesInFavour: counts.inFavour,
    votesAgainst: counts.against,
    abstained: counts.abstained,
    rollCall: decision.method === 'appelloNominale' ? decision.rollCall : [],
  };
}

/** A decision read from the database with every field, an older row's missing ones defaulted. */
export function decisionWithDefaults(decision: Decision | null): Decision | null {
  return decision === null ? null : decisionSchema.parse(decision);
}

/** The methods a vote can be taken by, in the order the form offers them. */
export const voteMethodOrder: readonly VoteMethod[] = [
  'unanimita',
  'conteggio',
  'scrutinioSegreto',
  'appelloNominale',
];
