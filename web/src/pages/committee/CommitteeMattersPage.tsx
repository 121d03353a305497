import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../format';
import { graphql } from '../../gql';
import type { MatterStatus } from '../../gql/graphql';
import { QueryState } from '../Status';

const CommitteeMatters = graphql(`
  query CommitteeMatters($status: MatterStatus) {
    matters(status: $status) {
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
 * The matters before the committee, newest first, with their state [R45][R46]. The API
 * answers every matter at once (a committee has a few a year); the screen pages them.
 */
export function CommitteeMattersPage() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<MatterStatus | ''>('');
  const [page, setPage] = useState(0);
  const { data, loading, error } = useQuery(CommitteeMatters, { variables: { status: status || null } });
  const matters = data?.matters ?? [];
  const pages = Math.max(1, Math.ceil(matters.length / PAGE_SIZE));
  const shown = matters.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  return (
    <section aria-labelledby="committee-heading">
      <h1 id="committee-heading">{t('committee.matters.heading')}</h1>
      <label htmlFor="committee-status">{t('committee.matters.filter')}</label>{' '}
      <select
        id="committee-status"
        value={status}
        onChange={(e) => {
          setStatus(e.target.value as MatterStatus | '');
          setPage(0);
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
          <p>{t('committee.matters.total', { count: matters.length })}</p>
          {matters.length === 0 ? (
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
          <nav aria-label={t('committee.matters.paging')} className="paging">
            <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
              {t('library.previous')}
            </button>
            <span>{t('committee.matters.page', { page: page + 1, pages })}</span>
            <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
              {t('library.next')}
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
