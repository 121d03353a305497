import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useAuth } from '../../auth';
import { formatDateTime } from '../../format';
import { QueryState } from '../Status';
import { releasesData, reviewsRequests } from './data-request-errors';
import { DataRequestDetail, ReviseDataRequest } from './documents';
import { PublicationForm } from './PublicationForm';
import { ReleaseForm, ReleaseView } from './ReleasePanel';
import { RequestForm } from './RequestForm';
import { ReviewForm } from './ReviewForm';

/**
 * One data request [R21a–c][R39][T7.2]: the plan, the items and years, the state and every
 * change with its reason; what the reader may do next — the requester revises when changes
 * were asked and reports the publication once released, the steering committee reviews a
 * submitted request, the data center releases an approved one — and the release with its
 * provision record.
 */
export default function DataRequestPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const filed = (useLocation().state as { filed?: boolean } | null)?.filed === true;
  const roles = useAuth().session?.viewer.roles ?? [];
  const { data, loading, error, refetch } = useQuery(DataRequestDetail, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [revise] = useMutation(ReviseDataRequest);
  const [revised, setRevised] = useState(false);
  const r = data?.dataRequest;
  if (!r) {
    return (
      <section aria-labelledby="data-request-heading">
        <h1 id="data-request-heading">{t('dataRequests.detail.heading')}</h1>
        <QueryState loading={loading} error={error} />
        {data && <p role="alert">{t('dataRequests.errors.notFound')}</p>}
      </section>
    );
  }
  const lastReason = [...r.history].reverse().find((e) => e.to === r.status)?.reason;
  return (
    <section aria-labelledby="data-request-heading" className="data-request">
      <p>
        <Link to="/data-requests">{t('dataRequests.back')}</Link>
      </p>
      <h1 id="data-request-heading">{t('dataRequests.detail.title', { title: r.title })}</h1>
      {filed && r.status === 'SUBMITTED' && <p role="status">{t('dataRequests.file.filed')}</p>}
      {revised && r.status === 'SUBMITTED' && <p role="status">{t('dataRequests.revise.done')}</p>}
      <dl className="facts">
        <div>
          <dt>{t('dataRequests.state')}</dt>
          <dd>
            <strong data-testid="request-status">{t(`dataRequests.status.${r.status}`)}</strong>
            {lastReason && r.status !== 'RELEASED' && <> — {lastReason}</>}
          </dd>
        </div>
        <div>
          <dt>{t('dataRequests.recipient')}</dt>
          <dd>
            {r.recipientName} · {t(`dataRequests.kind.${r.requesterKind}`)}
          </dd>
        </div>
        <div>
          <dt>{t('dataRequests.form.purpose')}</dt>
          <dd>{t(`dataRequests.purpose.${r.purpose}`)}</dd>
        </div>
        <div>
          <dt>{t('dataRequests.filedAt')}</dt>
          <dd>{formatDateTime(r.filedAt, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('dataRequests.form.plan')}</dt>
          <dd className="body">{r.plan}</dd>
        </div>
        <div>
          <dt>{t('dataRequests.form.items')}</dt>
          <dd>{r.items.join(', ')}</dd>
        </div>
        <div>
          <dt>{t('dataRequests.years')}</dt>
          <dd>{r.years.join(', ')}</dd>
        </div>
        <div>
          <dt>{t('dataRequests.form.fullDates')}</dt>
          <dd>{t(r.fullDates ? 'dataRequests.yes' : 'dataRequests.no')}</dd>
        </div>
        {r.asksIdentity && (
          <div>
            <dt>{t('dataRequests.identity.label')}</dt>
            <dd data-testid="request-identity">{t(r.identityApproved ? 'dataRequests.identity.approved' : 'dataRequests.identity.asked')}</dd>
          </div>
        )}
        {r.publication && (
          <div>
            <dt>{t('dataRequests.publication.label')}</dt>
            <dd>{r.publication}</dd>
          </div>
        )}
      </dl>
      <table>
        <caption>{t('dataRequests.history.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dataRequests.history.at')}</th>
            <th scope="col">{t('dataRequests.history.change')}</th>
            <th scope="col">{t('dataRequests.history.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {r.history.map((e) => (
            <tr key={`${e.at}-${e.to}`}>
              <td>{formatDateTime(e.at, i18n.language)}</td>
              <td>{e.from ? t('dataRequests.history.fromTo', { from: t(`dataRequests.status.${e.from}`), to: t(`dataRequests.status.${e.to}`) }) : t(`dataRequests.status.${e.to}`)}</td>
              <td>{e.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {r.status === 'SUBMITTED' && reviewsRequests(roles) && <ReviewForm requestId={r.id} asksIdentity={r.asksIdentity} />}
      {r.status === 'APPROVED' && releasesData(roles) && <ReleaseForm requestId={r.id} recipientPublicKey={r.recipientPublicKey} />}
      {r.status === 'CHANGES_REQUESTED' && r.mine && (
        <section aria-labelledby="revise-heading">
          <h2 id="revise-heading">{t('dataRequests.revise.heading')}</h2>
          <p>{t('dataRequests.revise.intro')}</p>
          <RequestForm
            initial={{ recipientName: r.recipientName, purpose: r.purpose, title: r.title, plan: r.plan, items: r.items, years: r.years, fullDates: r.fullDates, recipientPublicKey: r.recipientPublicKey }}
            submitLabel={t('dataRequests.revise.submit')}
            onSubmit={async (input) => {
              await revise({ variables: { id: r.id, input } });
              setRevised(true);
              await refetch();
            }}
          />
        </section>
      )}
      {r.release && <ReleaseView release={r.release} fullDates={r.fullDates} identity={r.identityApproved} />}
      {r.status === 'RELEASED' && r.mine && <PublicationForm requestId={r.id} current={r.publication} />}
    </section>
  );
}
