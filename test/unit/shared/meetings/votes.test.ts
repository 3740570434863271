import { describe, expect, it } from 'vitest';
import { decisionSchema, type Decision } from '../../../../shared/domain';
import {
  countsOf,
  expectedOutcome,
  outcomeOf,
  parseVoteCount,
  settledDecision,
  voteProblems,
  type VoteContext,
} from '../../../../shared/meetings/votes';
import { organizationId } from './presenceFixtures';

const decision = (fields: Partial<Decision>): Decision =>
  decisionSchema.parse({
    text: 'Si approva il calendario.',
    votesInFavour: 0,
    votesAgainst: 0,
    abstained: 0,
    outcome: 'approvato',
    ...fields,
  });

const eighteen: VoteContext = {
  itemKind: 'deliberazione',
  voters: 18,
  voterIds: Array.from({ length: 18 }, (_, index) => organizationId(index + 1)),
  majorityRule: 'semplice',
};

describe('typed vote counts', () => {
  it('accepts whole numbers from zero and refuses a pasted negative, a fraction or a word', () => {
    expect(parseVoteCount(' 14 ')).toEqual({ value: 14 });
    expect(parseVoteCount('0')).toEqual({ value: 0 });
    expect(parseVoteCount('-3')).toEqual({ problem: 'negative' });
    expect(parseVoteCount('2,5')).toEqual({ problem: 'notWhole' });
    expect(parseVoteCount('tre')).toEqual({ problem: 'notWhole' });
    expect(parseVoteCount('')).toEqual({ problem: 'empty' });
  });
});

describe('the outcome of a vote', () => {
  it('passes by simple majority with more in favour than against, abstentions aside', () => {
    expect(outcomeOf({ inFavour: 5, against: 4, abstained: 9 }, 'semplice', 18)).toBe('approvato');
    expect(outcomeOf({ inFavour: 4, against: 4, abstained: 0 }, 'semplice', 18)).toBe('respinto');
  });

  it('passes by absolute majority only with more than half of the voters present', () => {
    expect(outcomeOf({ inFavour: 9, against: 0, abstained: 9 }, 'assoluta', 18)).toBe('respinto');
    expect(outcomeOf({ inFavour: 10, against: 0, abstained: 8 }, 'assoluta', 18)).toBe('approvato');
  });

  it('passes by two thirds exactly at the threshold of the voters present', () => {
    expect(outcomeOf({ inFavour: 11, against: 7, abstained: 0 }, 'dueTerzi', 18)).toBe('respinto');
    expect(outcomeOf({ inFavour: 12, against: 6, abstained: 0 }, 'dueTerzi', 18)).toBe('approvato');
  });

  it('counts the votes carried by proxy among the voters the threshold is judged on', () => {
    // 6 bodies present and 2 proxies: 8 voters, so 5 in favour is an absolute majority, 4 is not.
    expect(outcomeOf({ inFavour: 5, against: 3, abstained: 0 }, 'assoluta', 8)).toBe('approvato');
    expect(outcomeOf({ inFavour: 4, against: 0, abstained: 4 }, 'assoluta', 8)).toBe('respinto');
  });
});

describe('the checks on a decision', () => {
  it('refuses counts that add up to more than the voters present', () => {
    const tooMany = decision({ votesInFavour: 20, votesAgainst: 2, abstained: 1 });
    expect(voteProblems(tooMany, eighteen)).toContain('tooManyVotes');
    expect(
      voteProblems(decision({ votesInFavour: 15, votesAgainst: 2, abstained: 1 }), eighteen),
    ).toEqual([]);
  });

  it('asks a reason for an outcome the counts do not give', () => {
    const rejected = decision({
      votesInFavour: 14,
      votesAgainst: 2,
      abstained: 2,
      outcome: 'respinto',
    });
    expect(voteProblems(rejected, eighteen)).toEqual(['reasonNeeded']);
    expect(
      voteProblems({ ...rejected, outcomeReason: 'Manca il parere del revisore.' }, eighteen),
    ).toEqual([]);
  });

  it('lets an informative item record no vote, and refuses one', () => {
    const informative = { ...eighteen, itemKind: 'informativa' as const };
    expect(voteProblems(decision({}), informative)).toEqual([]);
    expect(voteProblems(decision({ votesInFavour: 3 }), informative)).toEqual([
      'noVoteOnInformative',
    ]);
    expect(settledDecision(decision({ votesInFavour: 3 }), informative).votesInFavour).toBe(0);
  });

  it('records unanimity as every voter present in favour', () => {
    const unanimous = decision({ method: 'unanimita' });
    expect(countsOf(unanimous, 18)).toEqual({ inFavour: 18, against: 0, abstained: 0 });
    expect(settledDecision(unanimous, eighteen).votesInFavour).toBe(18);
    expect(expectedOutcome(unanimous, eighteen)).toBe('approvato');
  });

  it('derives the counts of a roll call and refuses a body that is not present', () => {
    const rollCall = decision({
      method: 'appelloNominale',
      rollCall: [
        { organizationId: organizationId(1), vote: 'favorevole' },
        { organizationId: organizationId(2), vote: 'favorevole' },
        { organizationId: organizationId(3), vote: 'contrario' },
        { organizationId: organizationId(4), vote: 'astenuto' },
      ],
    });
    expect(settledDecision(rollCall, eighteen)).toMatchObject({
      votesInFavour: 2,
      votesAgainst: 1,
      abstained: 1,
    });
    expect(voteProblems(rollCall, eighteen)).toEqual([]);
    const stranger = {
      ...rollCall,
      rollCall: [{ organizationId: organizationId(99), vote: 'favorevole' as const }],
    };
    expect(voteProblems(stranger, eighteen)).toContain('rollCallNotPresent');
  });

  it('accepts a postponement without a vote, and asks a reason for an approval without one', () => {
    expect(voteProblems(decision({ outcome: 'rinviato' }), eighteen)).toEqual([]);
    expect(voteProblems(decision({ outcome: 'approvato' }), eighteen)).toEqual(['reasonNeeded']);
  });
});
