import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCursorPages } from '../../cursor-pages';
import { formatDateTime } from '../../format';
import { QueryState } from '../Status';
import { CoreLabNav } from './CoreLabNav';
import { CoreLabWorklist } from './documents';
import { CursorPager } from '../../Pager';

const PAGE_SIZE = 10;

/**
 * The core lab's worklist, soonest due first [R26][R29]: a reader's assigned open cases,
 * or every open case for the supervisor, a page at a time from the API in its order
 * (`first`/`after`), so a case beyond the API's first page is reachable.
 */
export function CoreLabWorklistPage() {
  const { t, i18n } = useTranslation();
  const paging = useCursorPages(PAGE_SIZE);
  const { data, loading, error } = useQuery(CoreLabWorklist, { variables: paging.variables, fetchPolicy: 'cache-and-network' });
  const { shown, hasNext } = paging.slice(data?.coreLabWorklist);
  return (
    <section aria-labelledby="worklist-heading">
      <h1 id="worklist-heading">{t('coreLab.worklist.heading')}</h1>
      <CoreLabNav />
      <QueryState loading={loading && !data} error={error} />
      {data && (
        <>
          {shown.length === 0 ? (
            <p>{t('coreLab.worklist.empty')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('coreLab.worklist.case')}</th>
                  <th scope="col">{t('coreLab.worklist.notifiedAt')}</th>
                  <th scope="col">{t('coreLab.worklist.dueOn')}</th>
                  <th scope="col">{t('coreLab.worklist.state')}</th>
                  <th scope="col">{t('coreLab.worklist.reads')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((c) => (
                  <tr key={c.registrationNumber}>
                    <td>
                      <Link to={`/core-lab/cases/${c.registrationNumber}`}>{c.registrationNumber}</Link>
                    </td>
                    <td>{formatDateTime(c.notifiedAt, i18n.language)}</td>
                    <td>
                      {c.dueOn}
                      {c.overdue && <strong className="error"> {t('coreLab.worklist.overdue')}</strong>}
                    </td>
                    <td>{t(`coreLab.status.${c.status}`)}</td>
                    <td>{t('coreLab.worklist.readCount', { count: c.reads.length })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <CursorPager label={t('coreLab.worklist.paging')} paging={paging} hasNext={hasNext} lastKey={() => shown[shown.length - 1]!.registrationNumber} />
        </>
      )}
    </section>
  );
}
