import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dataRequestError } from './data-request-errors';
import { ReportDataPublication } from './documents';

const MAX_LENGTH = 2000;

/** The requester says where the results were published; it is on the public recipients page at once [R21a][R39]. */
export function PublicationForm({ requestId, current }: { requestId: string; current: string | null | undefined }) {
  const { t } = useTranslation();
  const [text, setText] = useState(current ?? '');
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [report, { loading }] = useMutation(ReportDataPublication);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = text.trim();
    setDone(false);
    if (!value || value.length > MAX_LENGTH) return setFailure(t('dataRequests.errors.input.publication'));
    setFailure(null);
    try {
      await report({ variables: { requestId, publication: value } });
      setDone(true);
    } catch (error) {
      setFailure(dataRequestError(error, t));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="card" aria-labelledby="publication-heading">
      <h2 id="publication-heading">{t('dataRequests.publication.heading')}</h2>
      <p className="meta">{t('dataRequests.publication.intro')}</p>
      <label htmlFor="publication-text">{t('dataRequests.publication.label')}</label>
      <textarea id="publication-text" rows={2} maxLength={MAX_LENGTH} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={failure ? 'publication-error' : undefined} />
      {failure && (
        <p role="alert" className="error" id="publication-error">
          {failure}
        </p>
      )}
      {done && <p role="status">{t('dataRequests.publication.done')}</p>}
      <button type="submit" disabled={loading}>
        {loading ? t('dataRequests.sending') : t('dataRequests.publication.submit')}
      </button>
    </form>
  );
}
