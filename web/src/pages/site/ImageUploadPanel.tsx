import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SiteCase, StartUpload, UploadState } from './documents';
import { siteError } from './site-errors';
import { sendDicom } from './upload';

const KINDS = ['PRE_PROCEDURE_ANGIO', 'CTO_PCI_ANGIO', 'IVUS', 'ADDITIONAL_ANGIO', 'ADDITIONAL_IVUS'] as const;

type Outcome = { state: 'waiting' | 'sending' } | { state: 'stored' | 'held' } | { state: 'refused'; codes: string[] } | { state: 'failed'; message: string };
interface FileRow {
  name: string;
  size: number;
  loaded: number;
  outcome: Outcome;
}

/**
 * Image upload [R18][R31]: per file, an announced upload to the chosen series slot
 * (`startImageUpload`), the bytes sent with a progress bar (bytes and percent), then what
 * the registry made of it, read from the upload itself (`imageUpload`): stored, held for
 * the data center (burned-in text), or refused with its reason in the user's language.
 */
export function ImageUploadPanel({ registrationNumber }: { registrationNumber: string }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [kind, setKind] = useState<string>('CTO_PCI_ANGIO');
  const [rows, setRows] = useState<FileRow[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const abort = useRef<AbortController | null>(null);
  const [start] = useMutation(StartUpload);
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'ja-JP');

  const update = (i: number, patch: Partial<FileRow>) => setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  async function upload(event: FormEvent) {
    event.preventDefault();
    const files = [...(input.current?.files ?? [])];
    if (files.length === 0) return;
    setError(null);
    setBusy(true);
    abort.current = new AbortController();
    setRows(files.map((f) => ({ name: f.name, size: f.size, loaded: 0, outcome: { state: 'waiting' } })));
    for (const [i, file] of files.entries()) {
      try {
        const started = (await start({ variables: { input: { registrationNumber, kind, bytesExpected: file.size } } })).data!.startImageUpload;
        update(i, { outcome: { state: 'sending' } });
        const { status } = await sendDicom(started.stowUrl, file, (p) => update(i, { loaded: p.loaded }), abort.current.signal);
        const { data } = await client.query({ query: UploadState, variables: { id: started.id }, fetchPolicy: 'network-only' });
        const u = data?.imageUpload;
        const outcome: Outcome =
          u && u.refusals.length > 0
            ? { state: 'refused', codes: u.refusals.map((r) => r.code) }
            : u && u.instancesQuarantined > 0
              ? { state: 'held' }
              : u && u.instancesStored > 0
                ? { state: 'stored' }
                : { state: 'failed', message: t('site.upload.httpStatus', { status }) };
        update(i, { loaded: file.size, outcome });
      } catch (err) {
        update(i, { outcome: { state: 'failed', message: err instanceof Error && (err.message === 'network' || err.message === 'aborted') ? t(`site.upload.${err.message}`) : siteError(err, t) } });
      }
    }
    setBusy(false);
    await client.refetchQueries({ include: [SiteCase] });
  }

  return (
    <section aria-labelledby="upload-heading">
      <h2 id="upload-heading">{t('site.upload.heading')}</h2>
      <form noValidate onSubmit={(e) => void upload(e)} className="filter-row">
        <label className="field">
          <span>{t('site.upload.kind')}</span>
          <select aria-label={t('site.upload.kind')} value={kind} onChange={(e) => setKind(e.target.value)} disabled={busy}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`site.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('site.upload.files')}</span>
          <input aria-label={t('site.upload.files')} ref={input} type="file" multiple accept=".dcm,application/dicom" disabled={busy} />
        </label>
        <div className="filter-actions">
          <button type="submit" disabled={busy}>
            {t('site.upload.send')}
          </button>
          {busy && (
            <button type="button" onClick={() => abort.current?.abort()}>
              {t('site.upload.cancel')}
            </button>
          )}
        </div>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      {rows.length > 0 && (
        <ul className="uploads" aria-label={t('site.upload.list')}>
          {rows.map((r, i) => {
            const percent = r.size > 0 ? Math.floor((r.loaded / r.size) * 100) : 100;
            return (
              <li key={i} className="card">
                <p>
                  <strong>{r.name}</strong>{' '}
                  <span className="meta">{t('site.upload.bytes', { loaded: number.format(r.loaded), total: number.format(r.size), percent })}</span>
                </p>
                <progress max={r.size || 1} value={r.loaded} aria-label={t('site.upload.progressOf', { name: r.name })} />
                <p role="status" className={r.outcome.state === 'refused' || r.outcome.state === 'failed' ? 'error' : r.outcome.state === 'held' ? 'notice' : undefined}>
                  {t(`site.upload.state.${r.outcome.state}`)}
                  {r.outcome.state === 'refused' && `: ${r.outcome.codes.map((c) => t(`site.upload.refusal.${c}`, { defaultValue: t('site.upload.refusal.other') })).join(' / ')}`}
                  {r.outcome.state === 'failed' && `: ${r.outcome.message}`}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
