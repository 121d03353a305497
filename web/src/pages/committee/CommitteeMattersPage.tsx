import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../auth';
import { relaysOpinions } from './committee-errors';
import { useCursorPages } from '../../cursor-pages';
import { formatDateTime } from '../../format';
import { graphql } from '../../gql';
import type { MatterStatus } from '../../gql/graphql';
import { QueryState } from '../Status';
import { CursorPager } from '../../Pager';

const CommitteeMatters = graphql(`
  query CommitteeMatters($status: MatterStatus, $first: Int!, $after: ID) {
    matters(status: $status, first: $first, after: $after) {
      id
      kind
      status
      question
      createdAt
      case {
        registrationNumber
      }
    }
  }
`);

const STATUSES: MatterStatus[] = ['SUBMITTED', 'ACCEPTED', 'IN_SESSION', 'DECIDED', 'ANSWERED', 'DECLINED'];
const PAGE_SIZE = 10;

/**
 * The matters before the committee, newest first, with their state [R45][R46], a page at a
 * time from the API (`first`/`after`), so every matter is reachable, not only the API's
 * first page.
 */
export function CommitteeMattersPage() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<MatterStatus | ''>('');
  const paging = useCursorPages(PAGE_SIZE);
  const relays = relaysOpinions(useAuth().session?.viewer.roles ?? []);
  const { data, loading, error } = useQuery(CommitteeMatters, { variables: { status: status || null, ...paging.variables } });
  const { shown, hasNext } = paging.slice(data?.matters);
  return (
    <section aria-labelledby="committee-heading">
      <h1 id="committee-heading">{t('committee.matters.heading')}</h1>
      {relays && (
        <p>
          <Link to="/committee/relays">{t('committeeThread.relaysLink')}</Link>
        </p>
      )}
      <label htmlFor="committee-status">{t('committee.matters.filter')}</label>{' '}
      <select
        id="committee-status"
        value={status}
        onChange={(e) => {
          setStatus(e.target.value as MatterStatus | '');
          paging.reset();
        }}
      >
        <option value="">{t('committee.matters.all')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`committee.status.${s}`)}
          </option>
        ))}
      </select>
      <QueryState loading={loading} error={error} />
      {data && (
        <>
          {shown.length === 0 ? (
            <p>{t('committee.matters.empty')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('committee.matters.case')}</th>
                  <th scope="col">{t('committee.matters.kind')}</th>
                  <th scope="col">{t('committee.matters.state')}</th>
                  <th scope="col">{t('committee.matters.question')}</th>
                  <th scope="col">{t('committee.matters.raisedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((m) => (
                  <tr key={m.id}>
                    <td>
                      <Link to={`/committee/matters/${m.id}`}>{m.case?.registrationNumber ?? t('committee.matters.noCase')}</Link>
                    </td>
                    <td>{t(`committee.kind.${m.kind}`)}</td>
                    <td>{t(`committee.status.${m.status}`)}</td>
                    <td>{m.question}</td>
                    <td>{formatDateTime(m.createdAt, i18n.language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <CursorPager label={t('committee.matters.paging')} paging={paging} hasNext={hasNext} lastKey={() => shown[shown.length - 1]!.id} />
        </>
      )}
    </section>
  );
}
