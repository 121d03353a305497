import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCursorPages } from '../../cursor-pages';
import { dataCenterError } from '../data-center/data-center-errors';
import { AnnualRenewalPreview, RunAnnualRenewal } from './documents';
import { OutcomeSummary, RenewalTable } from './RenewalTable';

const PAGE_SIZE = 20;

/**
 * [R10][R14] Before a year is run, for the secretariat: what running it would decide today
 * (`annualRenewalPreview`, the run rolled back), then a run that must be confirmed. A year
 * the API refuses to run is refused here too, in the user's language, with no run button.
 */
export function RenewalPreview({ year, onRan }: { year: number; onRan: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const paging = useCursorPages(PAGE_SIZE);
  const { data, loading, error } = useQuery(AnnualRenewalPreview, { variables: { year, ...paging.variables }, fetchPolicy: 'network-only' });
  const [run, running] = useMutation(RunAnnualRenewal, { refetchQueries: ['SecretariatAnnualRenewal'], awaitRefetchQueries: true, onCompleted: onRan });
  if (error)
    return (
      <div className="card">
        <h2>{t('dataCenter.renewal.refusedHeading', { year })}</h2>
        <p role="alert" className="error">
          {dataCenterError(error, t)}
        </p>
      </div>
    );
  if (loading && !data) return <p aria-live="polite">{t('dataCenter.renewal.previewing', { year })}</p>;
  const preview = data?.annualRenewalPreview;
  if (!preview) return null;
  return (
    <div className="card">
      <h2 id="renewal-preview-heading">{t('dataCenter.renewal.previewHeading', { year })}</h2>
      <p>{t('dataCenter.renewal.previewAsOf', { date: preview.asOf })}</p>
      <h3 id="renewal-preview-summary">{t('dataCenter.renewal.summary')}</h3>
      <OutcomeSummary outcomes={preview.outcomes} labelledBy="renewal-preview-summary" />
      <RenewalTable rows={preview.results} caption={t('dataCenter.renewal.previewCaption', { year })} paging={paging} />
      {confirming ? (
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
      )}
      {running.error && (
        <p role="alert" className="error">
          {dataCenterError(running.error, t)}
        </p>
      )}
    </div>
  );
}
