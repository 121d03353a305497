import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { threadError } from './committee-thread';
import { RelayOpinion } from './matter-documents';

/**
 * The steering committee or the secretariat relays the recused case operator's opinion to the group thread,
 * shown there as the operator's [R49]. The post reaches every open page by the thread's
 * live feed, this one included.
 */
export function RelayOpinionForm({ matterId }: { matterId: string }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [relay, { loading }] = useMutation(RelayOpinion);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const sent = body.trim();
    if (!sent) return setFailure(t('case.emptyPost'));
    setFailure(null);
    try {
      await relay({ variables: { matterId, body: sent } });
      // What was typed while it was sending stays (as the discussion's form does).
      setBody((current) => (current.trim() === sent ? '' : current));
    } catch (error) {
      setFailure(threadError(error, t));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="card" aria-labelledby="relay-heading">
      <h2 id="relay-heading">{t('committeeThread.relayHeading')}</h2>
      <label htmlFor="relay-body">{t('committeeThread.relayBody')}</label>
      <textarea id="relay-body" rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      <button type="submit" disabled={loading}>
        {t('committeeThread.relaySubmit')}
      </button>
    </form>
  );
}
