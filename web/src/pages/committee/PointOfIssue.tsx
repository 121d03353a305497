import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CommitteeMatterQuery, VoteChoice } from '../../gql/graphql';
import { committeeError } from './committee-errors';
import { CastVote, CloseRound } from './matter-documents';

type Matter = NonNullable<CommitteeMatterQuery['matter']>;
export type Point = Matter['pointsAtIssue'][number];
export type Tally = Point['rounds'][number]['tally'];

const CHOICES: VoteChoice[] = ['YES', 'NO', 'ABSTAIN'];

interface Props {
  point: Point;
  /** The newest live tally of the point's current round, when one has arrived. */
  live: Tally | undefined;
  inSession: boolean;
  /** The viewer may give an opinion: a member, not the case's operator [R49]. */
  mayVote: boolean;
  presides: boolean;
  onChanged(): void;
}

/** One point at issue: its live tally, the member's opinion, and the chair's closing of a round [R46][R48]. */
export function PointOfIssue({ point, live, inSession, mayVote, presides, onChanged }: Props) {
  const { t } = useTranslation();
  const [castVote, vote] = useMutation(CastVote, { onCompleted: onChanged });
  const [closeRound, close] = useMutation(CloseRound, { onCompleted: onChanged });
  const current = point.rounds.find((r) => r.round === point.currentRound);
  const tally = live ?? current?.tally;
  const open = inSession && point.decision === null && current !== undefined && !current.closed;
  const error = vote.error ?? close.error;
  const headingId = `point-${point.id}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('committee.session.point', { number: point.number, text: point.text })}</h3>
      <p className="meta">
        {t('committee.session.round', { round: point.currentRound })}
        {point.decision && <> · <strong>{t(`committee.decision.${point.decision}`)}</strong></>}
        {!point.decision && current?.closed && current.outcome === 'SPLIT' && <> · {t('committee.session.split')}</>}
      </p>
      {tally && (
        <p role="status" aria-live="polite" aria-label={t('committee.session.tallyLabel', { number: point.number })}>
          {t('committee.session.tally', { cast: tally.cast, eligible: tally.eligible, yes: tally.yes, no: tally.no, abstain: tally.abstain })}
        </p>
      )}
      {point.myVote && <p>{t('committee.session.myVote', { choice: t(`committee.choice.${point.myVote}`) })}</p>}
      {open && mayVote && !point.myVote && (
        <fieldset>
          <legend>{t('committee.session.voteLegend', { number: point.number })}</legend>
          {CHOICES.map((choice) => (
            <button key={choice} type="button" disabled={vote.loading} onClick={() => void castVote({ variables: { pointId: point.id, choice } }).catch(() => undefined)}>
              {t(`committee.choice.${choice}`)}
            </button>
          ))}
        </fieldset>
      )}
      {open && presides && (
        <button type="button" disabled={close.loading} onClick={() => void closeRound({ variables: { pointId: point.id } }).catch(() => undefined)}>
          {t('committee.session.closeRound')}
        </button>
      )}
      {error && (
        <p role="alert" className="error">
          {committeeError(error, t)}
        </p>
      )}
    </article>
  );
}
