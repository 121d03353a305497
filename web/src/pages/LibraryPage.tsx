import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql';
import { QueryState } from './Status';

const CaseLibrary = graphql(`
  query CaseLibrary($first: Int!, $after: String) {
    caseLibrary(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        registrationNumber
        procedureDate
        domestic
        vessel
        status
      }
    }
  }
`);

const PAGE_SIZE = 20;

/** The anonymized case library [R5][R21a], newest first, a page at a time (cursor paging). */
export function LibraryPage() {
  const { t } = useTranslation();
  // The cursors of the pages before this one, so "previous" needs no backward cursor from the API.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const { data, loading, error } = useQuery(CaseLibrary, { variables: { first: PAGE_SIZE, after } });
  const page = data?.caseLibrary;
  return (
    <section aria-labelledby="library-heading">
      <h1 id="library-heading">{t('library.heading')}</h1>
      <QueryState loading={loading} error={error} />
      {page && (
        <>
          <p>{t('library.total', { count: page.totalCount })}</p>
          {page.nodes.length === 0 ? (
            <p>{t('library.empty')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('library.registrationNumber')}</th>
                  <th scope="col">{t('library.procedureDate')}</th>
                  <th scope="col">{t('library.vessel')}</th>
                  <th scope="col">{t('library.site')}</th>
                  <th scope="col">{t('library.status')}</th>
                </tr>
              </thead>
              <tbody>
                {page.nodes.map((c) => (
                  <tr key={c.registrationNumber}>
                    <td>
                      <Link to={`/library/${c.registrationNumber}`}>{c.registrationNumber}</Link>
                    </td>
                    <td>{c.procedureDate}</td>
                    <td>{c.vessel}</td>
                    <td>{c.domestic ? t('library.domestic') : t('library.overseas')}</td>
                    <td>{t(`library.statuses.${c.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <nav aria-label={t('library.paging')} className="paging">
            <button type="button" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
              {t('library.previous')}
            </button>
            <span>{t('library.page', { page: cursors.length })}</span>
            <button type="button" disabled={!page.pageInfo.hasNextPage} onClick={() => setCursors([...cursors, page.pageInfo.endCursor ?? null])}>
              {t('library.next')}
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
