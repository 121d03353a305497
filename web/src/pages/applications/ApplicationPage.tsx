import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../auth';
import { QueryState } from '../Status';
import { handlesApplications, mayRecommend } from './application-errors';
import { ApplicationDecision, IssuedAccount, type Issued } from './ApplicationDecision';
import { formatDate } from './dates';
import { ApplicationDetail } from './documents';
import { RecommendForm } from './RecommendForm';

/** Two certified operators recommend an applicant before the steering committee may approve [R11]. */
const REQUIRED_RECOMMENDATIONS = 2;

/**
 * One application [R11][R50a]: the applicant, the declared experience, the recommendation
 * letters; for a certified operator asked to recommend, the letter form; for the steering
 * committee, the decision with its reason [R37]; once decided, the decision and the operator
 * ID issued.
 */
export function ApplicationPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { session } = useAuth();
  const roles = session?.viewer.roles ?? [];
  const { data, loading, error, refetch } = useQuery(ApplicationDetail, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [issued, setIssued] = useState<Issued | null>(null);
  const application = data?.application;
  if (!application) {
    return (
      <section aria-labelledby="application-heading">
        <h1 id="application-heading">{t('applications.detail.heading')}</h1>
        <QueryState loading={loading} error={error} />
        {data && <p role="alert">{t('applications.errors.notFound')}</p>}
      </section>
    );
  }
  const pending = application.status === 'PENDING';
  const certified = application.recommendations.filter((r) => r.recommender.status === 'CERTIFIED').length;
  const alreadyMine = application.recommendations.some((r) => r.recommender.id === session?.viewer.loginId);
  return (
    <section aria-labelledby="application-heading">
      {handlesApplications(roles) && (
        <p>
          <Link to="/applications">{t('applications.detail.back')}</Link>
        </p>
      )}
      <h1 id="application-heading">{t('applications.detail.title', { name: application.applicantName })}</h1>
      <dl className="facts">
        <div>
          <dt>{t('applications.state')}</dt>
          <dd>
            <strong>{t(`applications.status.${application.status}`)}</strong>
          </dd>
        </div>
        <div>
          <dt>{t('applications.facility')}</dt>
          <dd>
            {application.facility.name} · {application.facility.location}
          </dd>
        </div>
        <div>
          <dt>{t('applications.experience')}</dt>
          <dd>{t('applications.cases', { count: application.ctoExperience })}</dd>
        </div>
        <div>
          <dt>{t('applications.filedOn')}</dt>
          <dd>{formatDate(application.filedOn, i18n.language)}</dd>
        </div>
        {application.askedRecommenders.length > 0 && (
          <div>
            <dt>{t('applications.detail.asked')}</dt>
            <dd>{application.askedRecommenders.map((o) => `${o.name} (${o.id})`).join(', ')}</dd>
          </div>
        )}
        {application.decidedOn && (
          <div>
            <dt>{t('applications.decidedOn')}</dt>
            <dd>{formatDate(application.decidedOn, i18n.language)}</dd>
          </div>
        )}
        {application.decisionReason && (
          <div>
            <dt>{t('applications.decisionReason')}</dt>
            <dd className="body">{application.decisionReason}</dd>
          </div>
        )}
        {application.operator && (
          <div>
            <dt>{t('applications.operatorIssued')}</dt>
            <dd>
              {application.operator.id} {application.operator.name}
            </dd>
          </div>
        )}
      </dl>
      <section aria-labelledby="recommendations-heading" className="card">
        <h2 id="recommendations-heading">{t('applications.detail.recommendations')}</h2>
        <p>{t('applications.detail.recommendationRule', { count: certified, required: REQUIRED_RECOMMENDATIONS })}</p>
        {application.recommendations.length === 0 ? (
          <p>{t('applications.detail.noRecommendations')}</p>
        ) : (
          <ol className="posts" aria-label={t('applications.detail.letters')}>
            {application.recommendations.map((r) => (
              <li key={r.recommender.id} className="post">
                <p className="meta">
                  <strong>{r.recommender.name}</strong> · {r.recommender.id} · {r.recommender.facility.name} · {t(`applications.operatorStatus.${r.recommender.status}`)} · {formatDate(r.givenOn, i18n.language)}
                </p>
                <p className="body">{r.letter}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
      {pending && mayRecommend(roles) && !alreadyMine && <RecommendForm applicationId={application.id} onDone={() => void refetch()} />}
      {pending && alreadyMine && <p className="notice">{t('applications.recommend.given')}</p>}
      {issued && <IssuedAccount issued={issued} />}
      {pending && roles.includes('STEERING') && (
        <ApplicationDecision
          applicationId={application.id}
          onDecided={(account) => {
            setIssued(account);
            void refetch();
          }}
        />
      )}
    </section>
  );
}
