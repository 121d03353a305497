import './site.css';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCursorPages } from '../../cursor-pages';
import { QueryState } from '../Status';
import { SiteCases } from './documents';
import { RecordsNav } from './RecordsNav';
import { CursorPager } from '../../Pager';

const PAGE_SIZE = 10;

/**
 * The site's starting point: register a case, and the registrations that still owe
 * something [R18] (an operator's own, a contact's whole facility), a page at a time from
 * the API in registration-number order.
 */
export function SiteHomePage() {
  const { t } = useTranslation();
  const paging = useCursorPages(PAGE_SIZE);
  const { data, loading, error } = useQuery(SiteCases, { variables: paging.variables, fetchPolicy: 'cache-and-network' });
  const { shown, hasNext } = paging.slice(data?.completionReminders);
  return (
    <section aria-labelledby="site-heading" className="site">
      <RecordsNav />
      <h1 id="site-heading">{t('site.home.heading')}</h1>
      <p>
        <Link to="/site/register">{t('site.home.register')}</Link>
      </p>
      <h2>{t('site.home.owing')}</h2>
      <QueryState loading={loading && !data} error={error} />
      {data && (
        <>
          {shown.length === 0 ? (
            <p>{t('site.home.none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('site.register.registrationNumber')}</th>
                  <th scope="col">{t('site.register.procedureDate')}</th>
                  <th scope="col">{t('site.home.missing')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr key={r.case.registrationNumber}>
                    <td>
                      <Link to={`/site/cases/${r.case.registrationNumber}`}>{r.case.registrationNumber}</Link>
                    </td>
                    <td>{r.case.procedureDate}</td>
                    <td>{[...r.missingSections.map((s) => t(`site.crf.sections.${s}`)), ...r.missingImageSeries.map((k) => t(`site.kinds.${k}`))].join(t('site.separator'))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <CursorPager label={t('site.home.paging')} paging={paging} hasNext={hasNext} lastKey={() => shown[shown.length - 1]!.case.registrationNumber} />
        </>
      )}
    </section>
  );
}
