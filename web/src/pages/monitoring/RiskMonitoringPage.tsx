import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth';
import { currentYear, formatDateTime } from '../../format';
import { AreaNav } from '../data-center/AreaNav';
import { isDataCenter } from '../data-center/data-center-errors';
import { QueryState } from '../Status';
import { RiskAdjustedMonitoringQuery } from './documents';
import { FunnelChart } from './FunnelChart';

const decimal = (language: string, digits: number) => new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'ja-JP', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * [R15][R38] Risk-adjusted monitoring of technical success, for the steering committee and
 * the data center: each operator's observed against expected by the model fitted on the
 * presented years, on a funnel plot and in a table, under the operator ID only. An operator
 * beyond the 99.8 % limit is listed for the committee's review; this page is never public.
 * Loaded on its own (chart.js comes with it only).
 */
export default function RiskMonitoringPage() {
  const { t, i18n } = useTranslation();
  const roles = useAuth().session?.viewer.roles ?? [];
  const [yearText, setYearText] = useState(String(currentYear() - 1));
  const [year, setYear] = useState(currentYear() - 1);
  const [invalidYear, setInvalidYear] = useState(false);
  const { data, loading, error } = useQuery(RiskAdjustedMonitoringQuery, { variables: { year }, fetchPolicy: 'cache-and-network' });
  const m = data?.riskAdjustedMonitoring.year === year ? data.riskAdjustedMonitoring : undefined;
  const two = decimal(i18n.language, 2);
  const choose = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(yearText);
    if (!Number.isInteger(n) || n < 2000 || n >= currentYear()) return setInvalidYear(true);
    setInvalidYear(false);
    setYear(n);
  };
  const flagged = m?.operators.filter((o) => o.flaggedForReview) ?? [];
  return (
    <section aria-labelledby="risk-heading">
      {isDataCenter(roles) && <AreaNav />}
      <h1 id="risk-heading">{t('riskMonitoring.heading')}</h1>
      <p>{t('riskMonitoring.intro')}</p>
      <form onSubmit={choose} noValidate>
        <label htmlFor="risk-year">{t('riskMonitoring.year')}</label>
        <input id="risk-year" inputMode="numeric" value={yearText} onChange={(e) => setYearText(e.target.value)} aria-invalid={invalidYear ? true : undefined} aria-describedby={invalidYear ? 'risk-year-error' : undefined} />
        {invalidYear && (
          <span id="risk-year-error" className="error">
            {' '}
            {t('riskMonitoring.invalidYear', { last: currentYear() - 1 })}
          </span>
        )}
        <button type="submit">{t('riskMonitoring.show')}</button>
      </form>
      <QueryState loading={loading && !m} error={error} />
      {m && (
        <>
          <h2>{t('riskMonitoring.yearHeading', { year: m.year })}</h2>
          <p className="card">{t('riskMonitoring.anonymous')}</p>
          <h3 id="flagged-heading">{t('riskMonitoring.flaggedHeading')}</h3>
          {flagged.length === 0 ? (
            <p>{t('riskMonitoring.noneFlagged')}</p>
          ) : (
            <ul aria-labelledby="flagged-heading">
              {flagged.map((o) => (
                <li key={o.operatorId}>{t(`riskMonitoring.flagged.${o.position === 'ABOVE_998' ? 'above' : 'below'}`, { operatorId: o.operatorId, ratio: two.format(o.observedToExpected), cases: o.cases })}</li>
              ))}
            </ul>
          )}
          <h3>{t('riskMonitoring.funnelHeading')}</h3>
          <FunnelChart monitoring={m} />
          <p data-testid="overdispersion">
            {t(m.overdispersion.applied ? 'riskMonitoring.overdispersion.applied' : m.overdispersion.operators < 10 ? 'riskMonitoring.overdispersion.fewOperators' : 'riskMonitoring.overdispersion.notApplied', {
              phi: two.format(m.overdispersion.phi),
              p: decimal(i18n.language, 3).format(m.overdispersion.pValue),
              tau2: decimal(i18n.language, 4).format(m.overdispersion.tau2),
              operators: m.overdispersion.operators,
            })}
          </p>
          <div className="table-scroll">
            <table>
              <caption>{t('riskMonitoring.table.caption', { year: m.year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('riskMonitoring.table.operatorId')}</th>
                  <th scope="col">{t('riskMonitoring.table.cases')}</th>
                  <th scope="col">{t('riskMonitoring.table.observed')}</th>
                  <th scope="col">{t('riskMonitoring.table.expected')}</th>
                  <th scope="col">{t('riskMonitoring.table.ratio')}</th>
                  <th scope="col">{t('riskMonitoring.table.interval')}</th>
                  <th scope="col">{t('riskMonitoring.table.position')}</th>
                </tr>
              </thead>
              <tbody>
                {m.operators.map((o) => (
                  <tr key={o.operatorId} className={o.flaggedForReview ? 'flagged' : undefined}>
                    <th scope="row">{o.operatorId}</th>
                    <td>{o.cases}</td>
                    <td>{o.observed}</td>
                    <td>{two.format(o.expected)}</td>
                    <td>{two.format(o.observedToExpected)}</td>
                    <td>{t('riskMonitoring.table.intervalValue', { lower: two.format(o.interval95.lower), upper: two.format(o.interval95.upper) })}</td>
                    <td>{t(`riskMonitoring.position.${o.position}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3 id="model-heading">{t('riskMonitoring.modelHeading')}</h3>
          <p>
            {t('riskMonitoring.model', {
              years: m.model.years.join(', '),
              cases: m.model.cases,
              date: formatDateTime(m.model.fittedAt, i18n.language),
              rate: decimal(i18n.language, 1).format(m.expectedRate * 100),
              hl: two.format(m.model.calibration.hosmerLemeshow),
              df: m.model.calibration.degreesOfFreedom,
              p: decimal(i18n.language, 3).format(m.model.calibration.pValue),
            })}
          </p>
          {m.casesWithoutScores > 0 && <p>{t('riskMonitoring.withoutScores', { count: m.casesWithoutScores })}</p>}
          <div className="table-scroll">
            <table aria-labelledby="model-heading">
              <thead>
                <tr>
                  <th scope="col">{t('riskMonitoring.coefficients.term')}</th>
                  <th scope="col">{t('riskMonitoring.coefficients.estimate')}</th>
                  <th scope="col">{t('riskMonitoring.coefficients.standardError')}</th>
                  <th scope="col">{t('riskMonitoring.coefficients.oddsRatio')}</th>
                </tr>
              </thead>
              <tbody>
                {m.model.coefficients.map((c) => (
                  <tr key={c.term}>
                    <th scope="row">{t(`riskMonitoring.term.${c.term}`)}</th>
                    <td>{decimal(i18n.language, 3).format(c.estimate)}</td>
                    <td>{decimal(i18n.language, 3).format(c.standardError)}</td>
                    <td>{two.format(c.oddsRatio)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
