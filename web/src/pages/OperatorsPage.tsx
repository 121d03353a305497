import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { QueryState } from './Status';

const CertifiedOperators = graphql(`
  query CertifiedOperators {
    certifiedOperatorsUpdatedOn
    certifiedOperators {
      id
      name
      facility {
        id
        name
        prefecture
        location
      }
    }
  }
`);

/** The public list of certified operators with facility, and the day it last changed [R12]. */
export function OperatorsPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CertifiedOperators);
  return (
    <section aria-labelledby="operators-heading">
      <h1 id="operators-heading">{t('operators.heading')}</h1>
      <QueryState loading={loading} error={error} />
      {data && (
        <>
          {data.certifiedOperatorsUpdatedOn && <p>{t('operators.updatedOn', { date: data.certifiedOperatorsUpdatedOn })}</p>}
          {data.certifiedOperators.length === 0 ? (
            <p>{t('operators.empty')}</p>
          ) : (
            <table>
              <caption>{t('operators.count', { count: data.certifiedOperators.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('operators.name')}</th>
                  <th scope="col">{t('operators.facility')}</th>
                  <th scope="col">{t('operators.prefecture')}</th>
                  <th scope="col">{t('operators.location')}</th>
                </tr>
              </thead>
              <tbody>
                {data.certifiedOperators.map((o) => (
                  <tr key={o.id}>
                    <td>{o.name}</td>
                    <td>{o.facility.name}</td>
                    <td>{o.facility.prefecture}</td>
                    <td>{o.facility.location}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
