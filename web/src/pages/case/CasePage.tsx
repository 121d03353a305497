import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDateTime } from '../../format';
import { graphql } from '../../gql';
import { QueryState } from '../Status';
import { Discussion } from './Discussion';
import { CaseImages } from './viewer/CaseImages';
import { ObjectionPanel } from './ObjectionPanel';

const CasePageQuery = graphql(`
  query CasePage($registrationNumber: RegistrationNumber!) {
    case(registrationNumber: $registrationNumber) {
      registrationNumber
      procedureDate
      domestic
      vessel
      status
      completedOn
      caseReportForm {
        state
        lesion {
          segment
        }
        scores {
          jcto {
            score
            category
          }
          progressCto
          castle
        }
        procedure {
          successfulStrategy
          contrastVolumeMl
          fluoroscopyTimeMin
        }
        outcome {
          technicalSuccess
          proceduralSuccess
        }
      }
      officialResult {
        criteriaVersion
        finalizedAt
        outcomes {
          indicationAppropriate
          technicalSuccess
          complication
          procedureSuccess
        }
      }
      coreLabComparison {
        field
        official
        operator
        differs
      }
      discussion {
        id
      }
    }
  }
`);

/** A value as the page shows it: yes/no for booleans, the number or text otherwise, a dash for none. */
function useShow() {
  const { t } = useTranslation();
  return (value: unknown): string => {
    if (value === true || value === 'true') return t('case.yes');
    if (value === false || value === 'false') return t('case.no');
    if (value === null || value === undefined || value === '') return '—';
    return String(value);
  };
}

/**
 * A library case for a certified operator [R5][R6][R21a]: the anonymized CRF summary, the
 * official core-lab result beside the operator's own judgement where the API shows it
 * (the case's operator [R28a]), and the live discussion under real names.
 */
export function CasePage() {
  const { t, i18n } = useTranslation();
  const show = useShow();
  const { registrationNumber = '' } = useParams();
  // 'all': a field the viewer may not see must not hide the rest of the case.
  const { data, previousData, loading, error } = useQuery(CasePageQuery, { variables: { registrationNumber }, errorPolicy: 'all' });
  // A fetch that fails for a moment (a subgraph away) keeps the case on screen, not "not found".
  const c = data?.case ?? (error ? previousData?.case : undefined);
  if (!c) {
    return (
      <section aria-labelledby="case-heading">
        <h1 id="case-heading">{t('case.heading', { registrationNumber })}</h1>
        <QueryState loading={loading} error={error} />
        {!loading && !error && <p role="alert">{t('case.notFound')}</p>}
      </section>
    );
  }
  const form = c.caseReportForm;
  const result = c.officialResult;
  return (
    <section aria-labelledby="case-heading">
      <h1 id="case-heading">{t('case.heading', { registrationNumber: c.registrationNumber })}</h1>
      <section aria-labelledby="crf-heading" className="card">
        <h2 id="crf-heading">{t('case.crfHeading')}</h2>
        <dl className="facts">
          <dt>{t('case.procedureDate')}</dt>
          <dd>{c.procedureDate}</dd>
          <dt>{t('case.vessel')}</dt>
          <dd>{c.vessel}{form.lesion ? ` / ${t('case.segment', { segment: form.lesion.segment })}` : ''}</dd>
          <dt>{t('case.site')}</dt>
          <dd>{c.domestic ? t('library.domestic') : t('library.overseas')}</dd>
          <dt>{t('case.jcto')}</dt>
          <dd>{form.scores ? `${form.scores.jcto.score} (${t(`case.jctoCategory.${form.scores.jcto.category}`)})` : '—'}</dd>
          <dt>{t('case.progressCto')}</dt>
          <dd>{show(form.scores?.progressCto)}</dd>
          <dt>{t('case.castle')}</dt>
          <dd>{show(form.scores?.castle)}</dd>
          <dt>{t('case.strategy')}</dt>
          <dd>{show(form.procedure?.successfulStrategy)}</dd>
          <dt>{t('case.contrast')}</dt>
          <dd>{form.procedure ? t('case.ml', { value: form.procedure.contrastVolumeMl }) : '—'}</dd>
          <dt>{t('case.fluoroscopy')}</dt>
          <dd>{form.procedure ? t('case.minutes', { value: form.procedure.fluoroscopyTimeMin }) : '—'}</dd>
          <dt>{t('case.technicalSuccess')}</dt>
          <dd>{show(form.outcome?.technicalSuccess)}</dd>
          <dt>{t('case.proceduralSuccess')}</dt>
          <dd>{show(form.outcome?.proceduralSuccess)}</dd>
        </dl>
      </section>
      <section aria-labelledby="result-heading" className="card">
        <h2 id="result-heading">{t('case.resultHeading')}</h2>
        {!result ? (
          <p>{t('case.noResult')}</p>
        ) : (
          <>
            <p className="meta">{t('case.finalizedAt', { date: formatDateTime(result.finalizedAt, i18n.language), version: result.criteriaVersion })}</p>
            <dl className="facts">
              {(['indicationAppropriate', 'technicalSuccess', 'complication', 'procedureSuccess'] as const).map((k) => (
                <div key={k}>
                  <dt>{t(`case.outcomes.${k}`)}</dt>
                  <dd>{show(result.outcomes[k])}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
        {c.coreLabComparison && (
          <table>
            <caption>{t('case.comparisonCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('case.field')}</th>
                <th scope="col">{t('case.official')}</th>
                <th scope="col">{t('case.own')}</th>
                <th scope="col">{t('case.differs')}</th>
              </tr>
            </thead>
            <tbody>
              {c.coreLabComparison.map((row) => (
                <tr key={row.field} className={row.differs ? 'differs' : undefined}>
                  <th scope="row">{t(`case.fields.${row.field}`, { defaultValue: row.field })}</th>
                  <td>{show(row.official)}</td>
                  <td>{show(row.operator)}</td>
                  <td>{row.differs ? t('case.differsYes') : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <CaseImages registrationNumber={c.registrationNumber} />
      <ObjectionPanel registrationNumber={c.registrationNumber} />
      {c.discussion ? <Discussion threadId={c.discussion.id} /> : <p>{t('case.noDiscussion')}</p>}
    </section>
  );
}
