import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth';
import { useCursorPages } from '../../cursor-pages';
import { currentYear } from '../../format';
import { AreaNav } from '../data-center/AreaNav';
import { dataCenterError, isSecretariat } from '../data-center/data-center-errors';
import { QueryState } from '../Status';
import { AnnualRenewal, RunAnnualRenewal } from './documents';

const PAGE_SIZE = 20;

/**
 * [R10][R14] The annual renewal of one calendar year: before it ran, what running it does
 * and a run that must be confirmed (the secretariat only; it changes operators' status);
 * after, its results by operator ID, a page at a time from the API.
 */
export function RenewalPage() {
  const { t } = useTranslation();
  const mayRun = isSecretariat(useAuth().session?.viewer.roles ?? []);
  const [yearText, setYearText] = useState(String(currentYear() - 1));
  const [year, setYear] = useState(currentYear() - 1);
  const [invalidYear, setInvalidYear] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const paging = useCursorPages(PAGE_SIZE);
  const { data, loading, error, refetch } = useQuery(AnnualRenewal, { variables: { year, ...paging.variables }, fetchPolicy: 'cache-and-network' });
  const [run, running] = useMutation(RunAnnualRenewal, {
    onCompleted: () => {
      setConfirming(false);
      paging.reset();
      void refetch();
    },
  });
  const renewal = data?.annualRenewal;
  const { shown, hasNext } = paging.slice(renewal?.results);
  const choose = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(yearText);
    if (!Number.isInteger(n) || n < 2000 || n > 2100) return setInvalidYear(true);
    setInvalidYear(false);
    setConfirming(false);
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
      {data && !renewal && (
        <div className="card">
          <h2>{t('dataCenter.renewal.notRun', { year })}</h2>
          <p>{t('dataCenter.renewal.preview', { year })}</p>
          <ul>
            {(['MET', 'LEAN', 'NOT_JUDGED', 'ASK_TO_CONTINUE', 'BECOMES_OB', 'RETURNS_CERTIFIED', 'REMAINS_OB'] as const).map((o) => (
              <li key={o}>
                <strong>{t(`dataCenter.renewal.outcomes.${o}`)}</strong>: {t(`dataCenter.renewal.outcomeRules.${o}`)}
              </li>
            ))}
          </ul>
          {mayRun &&
            (confirming ? (
              <div role="group" aria-labelledby="renewal-confirm">
                <p id="renewal-confirm">
                  <strong>{t('dataCenter.renewal.confirm', { year })}</strong>
                </p>
                <button type="button" disabled={running.loading} onClick={() => void run({ variables: { year } }).catch(() => undefined)}>
                  {t('dataCenter.renewal.runNow', { year })}
                </button>
                <button type="button" disabled={running.loading} onClick={() => setConfirming(false)}>
                  {t('dataCenter.renewal.cancel')}
                </button>
                {running.loading && <p role="status">{t('dataCenter.renewal.running')}</p>}
              </div>
            ) : (
              <button type="button" onClick={() => setConfirming(true)}>
                {t('dataCenter.renewal.run', { year })}
              </button>
            ))}
          {running.error && (
            <p role="alert" className="error">
              {dataCenterError(running.error, t)}
            </p>
          )}
        </div>
      )}
      {renewal && (
        <>
          <p role="status">{t('dataCenter.renewal.ranOn', { year: renewal.year, date: renewal.runOn })}</p>
          {shown.length === 0 ? (
            <p>{t('dataCenter.renewal.noResults')}</p>
          ) : (
            <table>
              <caption>{t('dataCenter.renewal.caption', { year: renewal.year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dataCenter.renewal.operator')}</th>
                  <th scope="col">{t('dataCenter.renewal.completed')}</th>
                  <th scope="col">{t('dataCenter.renewal.statusBefore')}</th>
                  <th scope="col">{t('dataCenter.renewal.outcome')}</th>
                  <th scope="col">{t('dataCenter.renewal.yearsUnder50')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr key={r.operator.id}>
                    <td>
                      {r.operator.id} {r.operator.name}
                    </td>
                    <td>{t('dataCenter.renewal.counts', { total: r.completedRegistrations, domestic: r.domestic, overseas: r.overseas })}</td>
                    <td>{t(`dataCenter.renewal.statuses.${r.statusBefore}`)}</td>
                    <td>{t(`dataCenter.renewal.outcomes.${r.outcome}`)}</td>
                    <td>{r.consecutiveYearsUnder50}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <nav aria-label={t('dataCenter.renewal.paging')} className="paging">
            <button type="button" disabled={!paging.hasPrevious} onClick={paging.previous}>
              {t('library.previous')}
            </button>
            <span>{t('library.page', { page: paging.page })}</span>
            <button type="button" disabled={!hasNext} onClick={() => paging.next(shown[shown.length - 1]!.operator.id)}>
              {t('library.next')}
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
