import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../auth';
import { currentYear } from '../format';
import { graphql } from '../gql';
import { AwaitingRecommendation } from './applications/AwaitingRecommendation';
import { mayRecommend } from './applications/application-errors';
import { mayRequestData } from './data-requests/data-request-errors';
import { QueryState } from './Status';

const OperatorHome = graphql(`
  query OperatorHome($year: Int!) {
    viewer {
      id
      name
      operator {
        id
        status
        statusSince
        facility {
          id
          name
        }
        statusHistory {
          from
          to
          effectiveOn
          reason
          rule
        }
      }
    }
    registrationYear(year: $year) {
      year
      domesticCompleted
      overseasCompleted
      overseasRequired
    }
  }
`);

/** [R13] The domestic cases a certified operator completes in a year to keep certification. */
const NEEDED_PER_YEAR = 50;

/** The operator's home: status, the applications waiting for their letter [R11], this year's completed registrations against the 50 needed, history. */
export function HomePage() {
  const { t } = useTranslation();
  const { session } = useAuth();
  const year = currentYear();
  const isOperator = session?.viewer.roles.some((r) => r === 'OPERATOR' || r === 'ASSOCIATE') ?? false;
  const { data, loading, error } = useQuery(OperatorHome, { variables: { year }, skip: !isOperator });
  if (!isOperator) {
    return (
      <section aria-labelledby="home-heading">
        <h1 id="home-heading">{t('home.heading', { name: session?.viewer.name ?? '' })}</h1>
        <p>{t('home.noOperator')}</p>
        {/* A researcher's or a sponsor's work here is their data requests [R21b][R21c]. */}
        {mayRequestData(session?.viewer.roles ?? []) && (
          <p>
            <Link to="/data-requests">{t('dataRequests.homeLink')}</Link>
          </p>
        )}
      </section>
    );
  }
  const operator = data?.viewer?.operator;
  const reg = data?.registrationYear;
  return (
    <section aria-labelledby="home-heading">
      <h1 id="home-heading">{t('home.heading', { name: data?.viewer?.name ?? session?.viewer.name ?? '' })}</h1>
      <QueryState loading={loading} error={error} />
      {operator && (
        <section aria-labelledby="status-heading" className="card">
          <h2 id="status-heading">{t('home.status')}</h2>
          <p>
            <strong>{t(`status.${operator.status}`)}</strong> {t('home.statusSince', { date: operator.statusSince })} · {operator.facility.name}
          </p>
        </section>
      )}
      {mayRecommend(session?.viewer.roles ?? []) && <AwaitingRecommendation />}
      {reg && (
        <section aria-labelledby="year-heading" className="card">
          <h2 id="year-heading">{t('home.year', { year: reg.year })}</h2>
          <p>{t('home.completed', { domestic: reg.domesticCompleted, needed: NEEDED_PER_YEAR })}</p>
          <progress max={NEEDED_PER_YEAR} value={Math.min(reg.domesticCompleted, NEEDED_PER_YEAR)} aria-label={t('home.year', { year: reg.year })} />
          <p>{t('home.overseas', { count: reg.overseasCompleted })}</p>
          {reg.overseasRequired && <p className="notice">{t('home.overseasRequired')}</p>}
        </section>
      )}
      {operator?.statusHistory && operator.statusHistory.length > 0 && (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">{t('home.history')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('home.effectiveOn')}</th>
                <th scope="col">{t('home.change')}</th>
                <th scope="col">{t('home.reason')}</th>
                <th scope="col">{t('home.rule')}</th>
              </tr>
            </thead>
            <tbody>
              {operator.statusHistory.map((h) => (
                <tr key={`${h.effectiveOn}-${h.to}`}>
                  <td>{h.effectiveOn}</td>
                  <td>
                    {h.from ? `${t(`status.${h.from}`)} → ` : ''}
                    {t(`status.${h.to}`)}
                  </td>
                  <td>{h.reason}</td>
                  <td>{h.rule}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
