import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accessToken } from '../../token';

/**
 * The report's CSV (`csvPath`, through the gateway, with the session's token [R41]): the
 * token is in memory only, so a plain link cannot carry it; the file is fetched with it and
 * handed to the browser as a download named `annual-report-<year>.csv`.
 */
export function CsvDownload({ year, path }: { year: number; path: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const download = async () => {
    setState('loading');
    try {
      const token = accessToken();
      const res = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
      if (!res.ok) throw new Error(String(res.status));
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = `annual-report-${year}.csv`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <p>
      <button type="button" disabled={state === 'loading'} onClick={() => void download()}>
        {t('annualReport.csv', { year })}
      </button>
      {state === 'loading' && <span aria-live="polite"> {t('app.loading')}</span>}
      {state === 'failed' && (
        <span role="alert" className="error">
          {' '}
          {t('annualReport.csvFailed')}
        </span>
      )}
    </p>
  );
}
