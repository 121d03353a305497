import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../auth';
import { formatDateTime } from '../../format';
import { LiveInterrupted, useLiveFeed } from '../../live-feed';
import { QueryState } from '../Status';
import { Discussion } from '../case/Discussion';
import { threadNotice, threadError } from './committee-thread';
import { committeeError, relaysOpinions } from './committee-errors';
import { DecisionForm } from './DecisionForm';
import { CommitteeMatter, CommitteeTally, DeclareSession, PostPoints } from './matter-documents';
import { PointOfIssue, type Tally } from './PointOfIssue';
import { RelayOpinionForm } from './RelayOpinionForm';
import { RulingView } from './RulingView';
import { ScreeningForm } from './ScreeningForm';

interface LiveTally {
  round: number;
  tally: Tally;
}

/**
 * A matter's session: the question, the points at issue with their tallies live for every
 * member watching [R48], the member's opinion, the recused member told why [R49], the
 * chair's session, points and decision [R46], the committee's group thread, live [R47],
 * and the published ruling [R24].
 */
export function CommitteeSessionPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { session } = useAuth();
  const steering = session?.viewer.roles.includes('STEERING') ?? false;
  const relays = relaysOpinions(session?.viewer.roles ?? []);
  const { data, loading, error, refetch } = useQuery(CommitteeMatter, { variables: { id } });
  const [live, setLive] = useState<Record<string, LiveTally>>({});
  const refresh = () => void refetch();
  // From the topic's start: what was cast before the socket opened is replayed, so no
  // opinion given between the page's query and the subscription is missed.
  const { interrupted } = useLiveFeed(CommitteeTally, {
    variables: { matterId: id, after: '0' },
    skip: !id,
    cursorOf: (update) => update.matterTallyUpdated.cursor,
    onData: (update) => {
      const u = update.matterTallyUpdated;
      setLive((prev) => ({ ...prev, [u.pointId]: { round: u.round, tally: u.tally } }));
      // A closed round or a decision changes more than the counts: read the matter again.
      if (u.event !== 'VOTE_CAST' || u.decision) refresh();
    },
  });
  const [declare, declaring] = useMutation(DeclareSession, { onCompleted: refresh });
  const [post, posting] = useMutation(PostPoints, { onCompleted: refresh });
  const [points, setPoints] = useState('');
  const matter = data?.matter;
  if (!matter) {
    return (
      <section aria-labelledby="session-heading">
        <h1 id="session-heading">{t('committee.session.heading')}</h1>
        <QueryState loading={loading} error={error} />
        {data && <p role="alert">{t('committee.session.notFound')}</p>}
      </section>
    );
  }
  const standing = matter.myStanding;
  const presides = standing?.presides ?? false;
  const inSession = matter.status === 'IN_SESSION';
  const allDecided = matter.pointsAtIssue.length > 0 && matter.pointsAtIssue.every((p) => p.decision !== null);
  const submitPoints = (e: FormEvent) => {
    e.preventDefault();
    const list = points.split('\n').map((p) => p.trim()).filter(Boolean);
    void post({ variables: { matterId: matter.id, points: list } }).catch(() => undefined);
  };
  const actionError = declaring.error ?? posting.error;
  return (
    <section aria-labelledby="session-heading">
      <p>
        <Link to="/committee">{t('committee.session.back')}</Link>
      </p>
      <h1 id="session-heading">{t('committee.session.title', { case: matter.case?.registrationNumber ?? t('committee.matters.noCase'), kind: t(`committee.kind.${matter.kind}`) })}</h1>
      <LiveInterrupted interrupted={interrupted} />
      <p>
        <strong>{t(`committee.status.${matter.status}`)}</strong>
        {matter.sessionDeclaredAt && <> · {t('committee.session.declaredAt', { date: formatDateTime(matter.sessionDeclaredAt, i18n.language) })}</>}
      </p>
      <dl>
        <dt>{t('committee.matters.question')}</dt>
        <dd className="body">{matter.question}</dd>
        <dt>{t('committee.session.raisedBy')}</dt>
        <dd>
          {matter.raisedBy.name} · {formatDateTime(matter.createdAt, i18n.language)}
        </dd>
        {matter.screeningReason && (
          <>
            <dt>{t('committee.session.screeningReason')}</dt>
            <dd>{matter.screeningReason}</dd>
          </>
        )}
      </dl>
      {standing?.recused && (
        <p className="notice" id="recusal">
          {t('committee.session.recused')}
        </p>
      )}
      {!standing && matter.status !== 'DECIDED' && <p className="notice">{t('committee.session.notMember')}</p>}
      {steering && matter.status === 'SUBMITTED' && <ScreeningForm matterId={matter.id} onScreened={refresh} />}
      {presides && matter.status === 'ACCEPTED' && (
        <button type="button" disabled={declaring.loading} onClick={() => void declare({ variables: { matterId: matter.id } }).catch(() => undefined)}>
          {t('committee.session.declare')}
        </button>
      )}
      {presides && inSession && matter.pointsAtIssue.length === 0 && (
        <form onSubmit={submitPoints} className="card">
          <label htmlFor="points-text">{t('committee.session.pointsLabel')}</label>
          <textarea id="points-text" required rows={4} value={points} onChange={(e) => setPoints(e.target.value)} />
          <button type="submit" disabled={posting.loading}>
            {t('committee.session.postPoints')}
          </button>
        </form>
      )}
      {actionError && (
        <p role="alert" className="error">
          {committeeError(actionError, t)}
        </p>
      )}
      <section aria-labelledby="points-heading">
        <h2 id="points-heading">{t('committee.session.points')}</h2>
        {matter.pointsAtIssue.length === 0 && <p>{t('committee.session.noPoints')}</p>}
        {matter.pointsAtIssue.map((p) => {
          const l = live[p.id];
          return (
            <PointOfIssue
              key={p.id}
              point={p}
              live={l && l.round === p.currentRound ? l.tally : undefined}
              inSession={inSession}
              mayVote={standing !== null && standing !== undefined && !standing.recused}
              presides={presides}
              onChanged={refresh}
            />
          );
        })}
      </section>
      {matter.committeeThread && (
        <Discussion
          threadId={matter.committeeThread.id}
          committee={{
            points: matter.pointsAtIssue,
            mayPost: inSession && !!standing && !standing.recused,
            notice: threadNotice(matter.status, standing, t),
            describeError: (e) => threadError(e, t),
          }}
        />
      )}
      {relays && inSession && matter.committeeThread && matter.case && !standing?.recused && <RelayOpinionForm matterId={matter.id} />}
      {presides && inSession && allDecided && <DecisionForm matterId={matter.id} kind={matter.kind} onDecided={refresh} />}
      {matter.status === 'DECIDED' && <RulingView matter={matter} />}
    </section>
  );
}
