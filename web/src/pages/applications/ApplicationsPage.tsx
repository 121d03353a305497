import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCursorPages } from '../../cursor-pages';
import { formatDate } from './dates';
import type { ApplicationStatus } from '../../gql/graphql';
import { QueryState } from '../Status';
import { Applications } from './documents';
import { CursorPager } from '../../Pager';

const STATUSES: ApplicationStatus[] = ['PENDING', 'APPROVED', 'REJECTED'];
const PAGE_SIZE = 10;

/**
 * The applications to join (加盟申込書) for the steering committee and the secretariat, by
 * status (undecided first by default), oldest first as the API orders them, a page at a
 * time from the API [R11][R37].
 */
export function ApplicationsPage() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<ApplicationStatus | ''>('PENDING');
  const paging = useCursorPages(PAGE_SIZE);
  const { data, loading, error } = useQuery(Applications, { variables: { status: status || null, ...paging.variables }, fetchPolicy: 'cache-and-network' });
  const { shown, hasNext } = paging.slice(data?.applications);
  return (
    <section aria-labelledby="applications-heading">
      <h1 id="applications-heading">{t('applications.list.heading')}</h1>
      <p>{t('applications.list.intro')}</p>
      <label htmlFor="applications-status">{t('applications.list.filter')}</label>{' '}
      <select
        id="applications-status"
        value={status}
        onChange={(e) => {
          setStatus(e.target.value as ApplicationStatus | '');
          paging.reset();
        }}
      >
        <option value="">{t('applications.list.all')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`applications.status.${s}`)}
          </option>
        ))}
      </select>
      <QueryState loading={loading && !data} error={error} />
      {data && (
        <>
          {shown.length === 0 ? (
            <p>{t('applications.list.empty')}</p>
          ) : (
            <table>
              <caption>{t('applications.list.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('applications.applicant')}</th>
                  <th scope="col">{t('applications.facility')}</th>
                  <th scope="col">{t('applications.experience')}</th>
                  <th scope="col">{t('applications.filedOn')}</th>
                  <th scope="col">{t('applications.recommendationCount')}</th>
                  <th scope="col">{t('applications.state')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <Link to={`/applications/${a.id}`}>{a.applicantName}</Link>
                    </td>
                    <td>{a.facility.name}</td>
                    <td>{t('applications.cases', { count: a.ctoExperience })}</td>
                    <td>{formatDate(a.filedOn, i18n.language)}</td>
                    <td>{t('applications.recommendationsOf', { count: a.recommendations.length })}</td>
                    <td>{t(`applications.status.${a.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <CursorPager label={t('applications.list.paging')} paging={paging} hasNext={hasNext} lastKey={() => shown[shown.length - 1]!.id} />
        </>
      )}
    </section>
  );
}
