import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import { graphql } from '../gql';
import { QueryState } from './Status';

const RulingsAndCriteria = graphql(`
  query RulingsAndCriteria {
    rulings {
      id
      registrationNumber
      question
      decision
      reasoning
      publishedAt
    }
    criteriaVersions {
      version
      title
      body
      effectiveFrom
    }
  }
`);

/** Published rulings and every criteria version, both public [R24][R28b]. */
export function RulingsPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(RulingsAndCriteria);
  return (
    <>
      <section aria-labelledby="rulings-heading">
        <h1 id="rulings-heading">{t('rulings.heading')}</h1>
        <QueryState loading={loading} error={error} />
        {data &&
          (data.rulings.length === 0 ? (
            <p>{t('rulings.empty')}</p>
          ) : (
            data.rulings.map((r) => (
              <article key={r.id} className="card">
                <h2>{r.registrationNumber ?? r.question}</h2>
                <p className="meta">{t('rulings.publishedAt', { date: formatDateTime(r.publishedAt, i18n.language) })}</p>
                <dl>
                  <dt>{t('rulings.question')}</dt>
                  <dd>{r.question}</dd>
                  <dt>{t('rulings.decision')}</dt>
                  <dd>{r.decision}</dd>
                  <dt>{t('rulings.reasoning')}</dt>
                  <dd>{r.reasoning}</dd>
                </dl>
              </article>
            ))
          ))}
      </section>
      <section aria-labelledby="criteria-heading">
        <h2 id="criteria-heading">{t('rulings.criteriaHeading')}</h2>
        {data &&
          (data.criteriaVersions.length === 0 ? (
            <p>{t('rulings.criteriaEmpty')}</p>
          ) : (
            data.criteriaVersions.map((c) => (
              <article key={c.version} className="card">
                <h3>
                  {t('rulings.version', { version: c.version })}: {c.title}
                </h3>
                <p className="meta">{t('rulings.effectiveFrom', { date: c.effectiveFrom })}</p>
                <p className="body">{c.body}</p>
              </article>
            ))
          ))}
      </section>
    </>
  );
}
