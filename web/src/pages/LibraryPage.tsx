import { useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { LibraryFilterForm } from './library/LibraryFilterForm';
import { readSearch, toFilter, writeSearch, YEAR_MAX, YEAR_MIN, type LibrarySearch } from './library/library-search';
import { QueryState } from './Status';
import { Pager } from '../Pager';

const CaseLibrary = graphql(`
  query CaseLibrary($filter: CaseLibraryFilter, $first: Int!, $after: String) {
    caseLibrary(filter: $filter, first: $first, after: $after) {
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

/** The filter field the API refused (`filter.year` …), so the page names it in the user's language. */
function refusedField(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const field = error.errors[0]?.extensions?.['field'];
  return typeof field === 'string' && field.startsWith('filter.') ? field.slice('filter.'.length) : null;
}

/**
 * The anonymized case library [R5][R21a], newest first, searched and paged a page at a time
 * (cursor paging). The search and the page live in the URL (library-search.ts).
 */
export function LibraryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = readSearch(params);
  const after = search.pages[search.pages.length - 1] ?? null;
  const { data, loading, error } = useQuery(CaseLibrary, { variables: { filter: toFilter(search), first: search.size, after } });
  const page = error ? undefined : data?.caseLibrary;
  const go = (next: LibrarySearch) => setParams(writeSearch(next));
  const field = refusedField(error);
  return (
    <section aria-labelledby="library-heading">
      <h1 id="library-heading">{t('library.heading')}</h1>
      <LibraryFilterForm key={params.toString()} search={search} onSearch={go} />
      {field ? (
        <p role="alert" className="error">
          {t(`library.filter.errors.${field}`, { min: YEAR_MIN, max: YEAR_MAX, defaultValue: t('errors.BAD_USER_INPUT') })}
        </p>
      ) : (
        <QueryState loading={loading} error={error} />
      )}
      {page && (
        <>
          <p aria-live="polite">{t('library.total', { count: page.totalCount })}</p>
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
          <Pager
            label={t('library.paging')}
            page={search.pages.length + 1}
            hasPrevious={search.pages.length > 0}
            hasNext={Boolean(page.pageInfo.hasNextPage && page.pageInfo.endCursor)}
            onPrevious={() => go({ ...search, pages: search.pages.slice(0, -1) })}
            onNext={() => go({ ...search, pages: [...search.pages, page.pageInfo.endCursor!] })}
          />
        </>
      )}
    </section>
  );
}
