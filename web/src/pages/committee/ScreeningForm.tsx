import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreeningDecision } from '../../gql/graphql';
import { committeeError } from './committee-errors';
import { ScreenMatter } from './matter-documents';

const DECISIONS: ScreeningDecision[] = ['ACCEPT', 'ANSWER', 'DECLINE'];

/** The steering committee screens a submitted matter [R45]: an answer or a refusal needs its reason. */
export function ScreeningForm({ matterId, onScreened }: { matterId: string; onScreened(): void }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<ScreeningDecision>('ACCEPT');
  const [reason, setReason] = useState('');
  const [screen, { loading, error }] = useMutation(ScreenMatter, { onCompleted: onScreened });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void screen({ variables: { matterId, decision, reason: reason.trim() || null } }).catch(() => undefined);
  };
  return (
    <form onSubmit={submit} noValidate className="card" aria-labelledby="screening-heading">
      <h2 id="screening-heading">{t('committee.screen.heading')}</h2>
      <fieldset>
        <legend>{t('committee.screen.decision')}</legend>
        {DECISIONS.map((d) => (
          <p key={d}>
            <input id={`screen-${d}`} type="radio" name="screen-decision" checked={decision === d} onChange={() => setDecision(d)} />{' '}
            <label htmlFor={`screen-${d}`}>{t(`committee.screen.${d}`)}</label>
          </p>
        ))}
      </fieldset>
      <label htmlFor="screen-reason">{t('committee.screen.reason')}</label>
      <textarea id="screen-reason" required={decision !== 'ACCEPT'} value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="submit" disabled={loading}>
        {t('committee.screen.submit')}
      </button>
      {error && (
        <p role="alert" className="error">
          {committeeError(error, t)}
        </p>
      )}
    </form>
  );
}
