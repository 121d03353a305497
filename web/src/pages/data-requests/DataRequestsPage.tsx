import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../auth';
import { useCursorPages } from '../../cursor-pages';
import { formatDateTime } from '../../format';
import type { DataRequestStatus } from '../../gql/graphql';
import { CursorPager } from '../../Pager';
import { QueryState } from '../Status';
import { mayRequestData, readsAllRequests, releasesData, reviewsRequests } from './data-request-errors';
import { DataRequests } from './documents';

const STATUSES: DataRequestStatus[] = ['SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'RELEASED'];
const PAGE_SIZE = 10;

/** What each reader opens first: the steering committee what waits for review, the data center what waits for release. */
function firstStatus(roles: readonly string[]): DataRequestStatus | '' {
  if (reviewsRequests(roles)) return 'SUBMITTED';
  if (releasesData(roles)) return 'APPROVED';
  return '';
}

/**
 * Data requests, oldest first, a page at a time from the API [R39]: a requester's own, with
 * the link to file one; every request for the steering committee (waiting for review by
 * default), the data center (approved, waiting for release) and the secretariat.
 */
export default function DataRequestsPage() {
  const { t, i18n } = useTranslation();
  const roles = useAuth().session?.viewer.roles ?? [];
  const [status, setStatus] = useState<DataRequestStatus | ''>(firstStatus(roles));
  const paging = useCursorPages(PAGE_SIZE);
  const { data, loading, error } = useQuery(DataRequests, { variables: { status: status || null, ...paging.variables }, fetchPolicy: 'cache-and-network' });
  const { shown, hasNext } = paging.slice(data?.dataRequests);
  const staff = readsAllRequests(roles);
  return (
    <section aria-labelledby="data-requests-heading">
      <h1 id="data-requests-heading">{t(staff ? 'dataRequests.list.staffHeading' : 'dataRequests.list.heading')}</h1>
      <p>{t(staff ? 'dataRequests.list.staffIntro' : 'dataRequests.list.intro')}</p>
      {mayRequestData(roles) && (
        <p>
          <Link to="/data-requests/new">{t('dataRequests.file.link')}</Link>
        </p>
      )}
      <label htmlFor="data-requests-status">{t('dataRequests.list.filter')}</label>{' '}
      <select
        id="data-requests-status"
        value={status}
        onChange={(e) => {
          setStatus(e.target.value as DataRequestStatus | '');
          paging.reset();
        }}
      >
        <option value="">{t('dataRequests.list.all')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`dataRequests.status.${s}`)}
          </option>
        ))}
      </select>
      <QueryState loading={loading && !data} error={error} />
      {data && (
        <>
          {shown.length === 0 ? (
            <p>{t('dataRequests.list.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table>
                <caption>{t('dataRequests.list.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('dataRequests.title')}</th>
                    <th scope="col">{t('dataRequests.recipient')}</th>
                    <th scope="col">{t('dataRequests.requesterKind')}</th>
                    <th scope="col">{t('dataRequests.years')}</th>
                    <th scope="col">{t('dataRequests.filedAt')}</th>
                    <th scope="col">{t('dataRequests.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((r) => (
                    <tr key={r.id}>
                      <td>
                        <Link to={`/data-requests/${r.id}`}>{r.title}</Link>
                      </td>
                      <td>{r.recipientName}</td>
                      <td>{t(`dataRequests.kind.${r.requesterKind}`)}</td>
                      <td>{r.years.join(', ')}</td>
                      <td>{formatDateTime(r.filedAt, i18n.language)}</td>
                      <td>{t(`dataRequests.status.${r.status}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <CursorPager label={t('dataRequests.list.paging')} paging={paging} hasNext={hasNext} lastKey={() => shown[shown.length - 1]!.id} />
        </>
      )}
    </section>
  );
}
