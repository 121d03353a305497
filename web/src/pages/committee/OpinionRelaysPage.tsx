import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../auth';
import { useCursorPages } from '../../cursor-pages';
import { formatDateTime } from '../../format';
import { graphql } from '../../gql';
import { CursorPager } from '../../Pager';
import { AreaNav } from '../data-center/AreaNav';
import { isSecretariat } from '../data-center/data-center-errors';
import { QueryState } from '../Status';

const MattersInSession = graphql(`
  query MattersInSession($first: Int!, $after: ID) {
    matters(status: IN_SESSION, first: $first, after: $after) {
      id
      kind
      question
      sessionDeclaredAt
      case {
        registrationNumber
      }
    }
  }
`);

const PAGE_SIZE = 10;

/**
 * The steering committee's and the secretariat's way in to relaying opinions [R49]: the case
 * operator of a matter in session neither discusses nor votes, and gives their opinion
 * through them. The matters in session, a page at a time; each opens its session page, where
 * the relay form is beside the group thread (so the relayer sees what was said before).
 */
export function OpinionRelaysPage() {
  const { t, i18n } = useTranslation();
  const roles = useAuth().session?.viewer.roles ?? [];
  const paging = useCursorPages(PAGE_SIZE);
  const { data, loading, error } = useQuery(MattersInSession, { variables: paging.variables, fetchPolicy: 'cache-and-network' });
  const { shown, hasNext } = paging.slice(data?.matters);
  return (
    <section aria-labelledby="relays-heading">
      <h1 id="relays-heading">{t('committeeThread.relaysHeading')}</h1>
      {isSecretariat(roles) && <AreaNav />}
      <p>{t('committeeThread.relaysIntro')}</p>
      <QueryState loading={loading && !data} error={error} />
      {data &&
        (shown.length === 0 ? (
          <p>{t('committeeThread.relaysEmpty')}</p>
        ) : (
          <>
            <div className="table-scroll">
              <table>
                <caption>{t('committeeThread.relaysCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('committee.matters.case')}</th>
                    <th scope="col">{t('committee.matters.kind')}</th>
                    <th scope="col">{t('committee.matters.question')}</th>
                    <th scope="col">{t('committeeThread.sessionSince')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((m) => (
                    <tr key={m.id}>
                      <td>
                        <Link to={`/committee/matters/${m.id}`} aria-label={t('committeeThread.relaysOpen', { case: m.case?.registrationNumber ?? t('committee.matters.noCase') })}>
                          {m.case?.registrationNumber ?? t('committee.matters.noCase')}
                        </Link>
                      </td>
                      <td>{t(`committee.kind.${m.kind}`)}</td>
                      <td className="body">{m.question}</td>
                      <td>{m.sessionDeclaredAt ? formatDateTime(m.sessionDeclaredAt, i18n.language) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <CursorPager label={t('committeeThread.relaysPaging')} paging={paging} hasNext={hasNext} lastKey={() => shown[shown.length - 1]!.id} />
          </>
        ))}
    </section>
  );
}
