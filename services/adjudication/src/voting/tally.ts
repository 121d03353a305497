import type { ROUND_OUTCOMES, VOTE_CHOICES } from '../db/schema.ts';
/**
 * The committee's vote on one point at issue [R48], as a pure function of the opinions
 * given. A point is a proposition; YES adopts it.
 *
 * - First round: if every opinion given agrees, that is the decision. Otherwise (opinions
 *   differ, or nobody took a side) the opinions are split and the secretariat asks every
 *   member again [R48].
 * - Second round: a simple majority of the YES/NO opinions decides [R48]. A tie, and a
 *   round where everyone abstained, leave things as they are: the proposition is rejected
 *   (an official result or the criteria change only when a majority says so).
 * - A round is complete when every eligible member has given an opinion. The chair may
 *   close it earlier only with a quorum: more than half of the eligible members.
 */
export type VoteChoice = (typeof VOTE_CHOICES)[number];
export type RoundOutcome = (typeof ROUND_OUTCOMES)[number];
export type Round = 1 | 2;

export interface Tally {
  yes: number;
  no: number;
  abstain: number;
  /** Opinions given so far. */
  cast: number;
  /** Members entitled to an opinion in this round (members minus the recused [R49]). */
  eligible: number;
  /** Every eligible member has given an opinion [R48]. */
  complete: boolean;
  /** The outcome if the round closed now. */
  outcome: RoundOutcome;
  /** Second round only: YES and NO were equal. */
  tie: boolean;
}

export function tally(round: Round, choices: readonly VoteChoice[], eligible: number): Tally {
  const yes = choices.filter((c) => c === 'YES').length;
  const no = choices.filter((c) => c === 'NO').length;
  const abstain = choices.length - yes - no;
  const cast = choices.length;
  const tie = round === 2 && yes === no;
  return { yes, no, abstain, cast, eligible, complete: cast >= eligible, outcome: outcomeOf(round, yes, no), tie };
}

function outcomeOf(round: Round, yes: number, no: number): RoundOutcome {
  if (round === 1) {
    // [R48] opinions split → ask every member again
    if (yes > 0 && no === 0) return 'ADOPTED';
    if (no > 0 && yes === 0) return 'REJECTED';
    return 'SPLIT';
  }
  // [R48] still split when every opinion is in → majority; a tie changes nothing
  return yes > no ? 'ADOPTED' : 'REJECTED';
}

/** The chair may close a round before every opinion is in only with more than half of the eligible members. */
export function hasQuorum(t: Pick<Tally, 'cast' | 'eligible'>): boolean {
  return t.cast * 2 > t.eligible;
}
