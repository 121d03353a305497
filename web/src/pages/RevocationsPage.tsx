import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { QueryState } from './Status';

const PublishedRevocations = graphql(`
  query PublishedRevocations {
    publishedRevocations {
      operatorName
      revokedOn
      ground
      facility {
        id
        name
      }
    }
  }
`);

/** Revocations the registry must publish [R10]. */
export function RevocationsPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(PublishedRevocations);
  return (
    <section aria-labelledby="revocations-heading">
      <h1 id="revocations-heading">{t('revocations.heading')}</h1>
      <QueryState loading={loading} error={error} />
      {data &&
        (data.publishedRevocations.length === 0 ? (
          <p>{t('revocations.empty')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('revocations.name')}</th>
                <th scope="col">{t('revocations.facility')}</th>
                <th scope="col">{t('revocations.revokedOn')}</th>
                <th scope="col">{t('revocations.ground')}</th>
              </tr>
            </thead>
            <tbody>
              {data.publishedRevocations.map((r) => (
                <tr key={`${r.operatorName}-${r.revokedOn}`}>
                  <td>{r.operatorName}</td>
                  <td>{r.facility.name}</td>
                  <td>{r.revokedOn}</td>
                  <td>{t(`revocations.grounds.${r.ground}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}
