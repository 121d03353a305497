import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCursorPages } from '../../cursor-pages';
import { CursorPager } from '../../Pager';
import { QueryState } from '../Status';
import { formatDate } from './dates';
import { AwaitingMyRecommendation } from './documents';

const PAGE_SIZE = 10;

/**
 * On a certified operator's home page: the undecided applications that asked them for a
 * recommendation letter and have none of theirs yet, oldest first, a page at a time; each
 * opens the application with the letter form. Given the letter, it leaves the list [R11].
 */
export function AwaitingRecommendation() {
  const { t, i18n } = useTranslation();
  const paging = useCursorPages(PAGE_SIZE);
  const { data, loading, error } = useQuery(AwaitingMyRecommendation, { variables: paging.variables, fetchPolicy: 'cache-and-network' });
  const { shown, hasNext } = paging.slice(data?.applicationsAwaitingMyRecommendation);
  return (
    <section aria-labelledby="awaiting-heading" className="card">
      <h2 id="awaiting-heading">{t('applications.awaiting.heading')}</h2>
      <QueryState loading={loading && !data} error={error} />
      {data && shown.length === 0 && !paging.hasPrevious && <p>{t('applications.awaiting.empty')}</p>}
      {shown.length > 0 && (
        <>
          <p>{t('applications.awaiting.intro')}</p>
          <table>
            <caption>{t('applications.awaiting.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('applications.applicant')}</th>
                <th scope="col">{t('applications.facility')}</th>
                <th scope="col">{t('applications.experience')}</th>
                <th scope="col">{t('applications.filedOn')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link to={`/applications/${a.id}`} aria-label={`${a.applicantName}: ${t('applications.awaiting.open')}`}>
                      {a.applicantName}
                    </Link>
                  </td>
                  <td>{a.facility.name}</td>
                  <td>{t('applications.cases', { count: a.ctoExperience })}</td>
                  <td>{formatDate(a.filedOn, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {(hasNext || paging.hasPrevious) && <CursorPager label={t('applications.awaiting.paging')} paging={paging} hasNext={hasNext} lastKey={() => shown[shown.length - 1]!.id} />}
    </section>
  );
}
