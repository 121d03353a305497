import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth';
import { useCursorPages } from '../../cursor-pages';
import { currentYear } from '../../format';
import { AreaNav } from '../data-center/AreaNav';
import { isSecretariat } from '../data-center/data-center-errors';
import { QueryState } from '../Status';
import { AnnualRenewal } from './documents';
import { RenewalPreview } from './RenewalPreview';
import { OUTCOMES, OutcomeSummary, RenewalTable } from './RenewalTable';

const PAGE_SIZE = 20;

/**
 * [R10][R14] The annual renewal of one calendar year: before it ran, the secretariat sees
 * what running it would decide and runs it after a confirmation (the other readers see the
 * rules); after, its outcome by outcome and its results by operator ID, a page at a time.
 */
export function RenewalPage() {
  const { t } = useTranslation();
  const mayRun = isSecretariat(useAuth().session?.viewer.roles ?? []);
  const [yearText, setYearText] = useState(String(currentYear() - 1));
  const [year, setYear] = useState(currentYear() - 1);
  const [invalidYear, setInvalidYear] = useState(false);
  const [ranYear, setRanYear] = useState<number | null>(null);
  const paging = useCursorPages(PAGE_SIZE);
  const { data, loading, error } = useQuery(AnnualRenewal, { variables: { year, ...paging.variables }, fetchPolicy: 'cache-and-network' });
  const renewal = data?.annualRenewal;
  const choose = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(yearText);
    if (!Number.isInteger(n) || n < 2000 || n > 2100) return setInvalidYear(true);
    setInvalidYear(false);
    setRanYear(null);
    paging.reset();
    setYear(n);
  };
  return (
    <section aria-labelledby="renewal-heading">
      <AreaNav />
      <h1 id="renewal-heading">{t('dataCenter.renewal.heading')}</h1>
      <form onSubmit={choose} noValidate>
        <label htmlFor="renewal-year">{t('dataCenter.renewal.year')}</label>
        <input id="renewal-year" inputMode="numeric" value={yearText} onChange={(e) => setYearText(e.target.value)} aria-invalid={invalidYear ? true : undefined} aria-describedby={invalidYear ? 'renewal-year-error' : undefined} />
        {invalidYear && (
          <span id="renewal-year-error" className="error">
            {' '}
            {t('dataCenter.renewal.invalidYear')}
          </span>
        )}
        <button type="submit">{t('dataCenter.renewal.show')}</button>
      </form>
      <QueryState loading={loading && !data} error={error} />
      {data && !renewal && mayRun && <RenewalPreview key={year} year={year} onRan={() => setRanYear(year)} />}
      {data && !renewal && !mayRun && (
        <div className="card">
          <h2>{t('dataCenter.renewal.notRun', { year })}</h2>
          <p>{t('dataCenter.renewal.preview', { year })}</p>
          <ul>
            {OUTCOMES.map((o) => (
              <li key={o}>
                <strong>{t(`dataCenter.renewal.outcomes.${o}`)}</strong>: {t(`dataCenter.renewal.outcomeRules.${o}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {renewal && (
        <div className="card">
          <h2>{t('dataCenter.renewal.resultsHeading', { year: renewal.year })}</h2>
          <p role="status">{ranYear === renewal.year ? t('dataCenter.renewal.ranNow', { year: renewal.year, date: renewal.runOn }) : t('dataCenter.renewal.ranOn', { year: renewal.year, date: renewal.runOn })}</p>
          <h3 id="renewal-summary">{t('dataCenter.renewal.summary')}</h3>
          <OutcomeSummary outcomes={renewal.outcomes} labelledBy="renewal-summary" />
          <RenewalTable rows={renewal.results} caption={t('dataCenter.renewal.caption', { year: renewal.year })} paging={paging} />
        </div>
      )}
    </section>
  );
}
