import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accessToken } from './token';

/**
 * A file served through the gateway (`/reports/…`, a CSV or a release package, with the session's token): the token is
 * in memory only, so a plain link cannot carry it; the file is fetched with it and handed
 * to the browser as a download named `filename`.
 */
export function CsvDownload({ path, filename, label, failed }: { path: string; filename: string; label: string; failed: string }) {
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
      a.download = filename;
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
    <p className="no-print">
      <button type="button" disabled={state === 'loading'} onClick={() => void download()}>
        {label}
      </button>
      {state === 'loading' && <span aria-live="polite"> {t('app.loading')}</span>}
      {state === 'failed' && (
        <span role="alert" className="error">
          {' '}
          {failed}
        </span>
      )}
    </p>
  );
}
