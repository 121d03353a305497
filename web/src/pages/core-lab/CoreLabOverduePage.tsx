import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../auth';
import { useCursorPages } from '../../cursor-pages';
import { formatDateTime } from '../../format';
import { QueryState } from '../Status';
import { isCoreLabSupervisor } from './core-lab-roles';
import { CoreLabNav } from './CoreLabNav';
import { daysLate } from './days-late';
import { OverdueCoreLabCases } from './supervisor-documents';
import { CursorPager } from '../../Pager';

const PAGE_SIZE = 10;

/**
 * Reads past their due date, one month after notice [R29], longest overdue first, a page at a
 * time from the API in its order. Blinded like every core-lab page: registration numbers,
 * dates and states only [R25][R33]. The supervisor opens the case; the secretariat, who may
 * not read it, sees the list.
 */
export function CoreLabOverduePage() {
  const { t, i18n } = useTranslation();
  const supervisor = isCoreLabSupervisor(useAuth().session?.viewer.roles ?? []);
  const paging = useCursorPages(PAGE_SIZE);
  const { data, loading, error } = useQuery(OverdueCoreLabCases, { variables: paging.variables, fetchPolicy: 'cache-and-network' });
  const { shown, hasNext } = paging.slice(data?.overdueCoreLabCases);
  return (
    <section aria-labelledby="overdue-heading">
      <h1 id="overdue-heading">{t('coreLabSupervisor.overdue.heading')}</h1>
      <CoreLabNav />
      <p>{t('coreLabSupervisor.overdue.explain')}</p>
      <QueryState loading={loading && !data} error={error} />
      {data && (
        <>
          {shown.length === 0 ? (
            <p>{t('coreLabSupervisor.overdue.empty')}</p>
          ) : (
            <table>
              <caption>{t('coreLabSupervisor.overdue.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('coreLab.worklist.case')}</th>
                  <th scope="col">{t('coreLab.worklist.notifiedAt')}</th>
                  <th scope="col">{t('coreLab.worklist.dueOn')}</th>
                  <th scope="col">{t('coreLabSupervisor.overdue.late')}</th>
                  <th scope="col">{t('coreLab.worklist.state')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((c) => (
                  <tr key={c.registrationNumber}>
                    <td>{supervisor ? <Link to={`/core-lab/cases/${c.registrationNumber}`}>{c.registrationNumber}</Link> : c.registrationNumber}</td>
                    <td>{formatDateTime(c.notifiedAt, i18n.language)}</td>
                    <td>{c.dueOn}</td>
                    <td>{t('coreLabSupervisor.overdue.days', { count: daysLate(c.dueOn) })}</td>
                    <td>{t(`coreLab.status.${c.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <CursorPager label={t('coreLabSupervisor.overdue.paging')} paging={paging} hasNext={hasNext} lastKey={() => shown[shown.length - 1]!.registrationNumber} />
        </>
      )}
    </section>
  );
}
