import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../format';
import { QueryState } from '../Status';
import { CoreLabWorklist } from './documents';

const PAGE_SIZE = 10;

/**
 * The core lab's worklist, soonest due first [R26][R29]: a reader's assigned open cases,
 * or every open case for the supervisor. The API answers the whole list; the screen pages it.
 */
export function CoreLabWorklistPage() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(0);
  const { data, loading, error } = useQuery(CoreLabWorklist, { fetchPolicy: 'cache-and-network' });
  const cases = [...(data?.coreLabWorklist ?? [])].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.registrationNumber.localeCompare(b.registrationNumber));
  const pages = Math.max(1, Math.ceil(cases.length / PAGE_SIZE));
  const shown = cases.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  return (
    <section aria-labelledby="worklist-heading">
      <h1 id="worklist-heading">{t('coreLab.worklist.heading')}</h1>
      <QueryState loading={loading && !data} error={error} />
      {data && (
        <>
          <p>{t('coreLab.worklist.total', { count: cases.length })}</p>
          {cases.length === 0 ? (
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
          <nav aria-label={t('coreLab.worklist.paging')} className="paging">
            <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
              {t('library.previous')}
            </button>
            <span>{t('coreLab.worklist.page', { page: page + 1, pages })}</span>
            <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
              {t('library.next')}
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
