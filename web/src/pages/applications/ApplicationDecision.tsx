import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { applicationError } from './application-errors';
import { ApproveApplication, RejectApplication } from './documents';

type Choice = 'APPROVE' | 'REJECT';

export interface Issued {
  operatorId: string;
  name: string;
  initialPassword: string;
}

/**
 * The steering committee's decision on an application, with its reason [R11][R37]. An
 * approval issues the operator ID and a one-time password (`IssuedAccount`).
 */
export function ApplicationDecision({ applicationId, onDecided }: { applicationId: string; onDecided(issued: Issued | null): void }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<Choice>('APPROVE');
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [approve, approving] = useMutation(ApproveApplication);
  const [reject, rejecting] = useMutation(RejectApplication);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const text = reason.trim();
    if (!text) return setFailure(t('applications.decide.reasonRequired'));
    setFailure(null);
    try {
      if (choice === 'APPROVE') {
        const { data } = await approve({ variables: { applicationId, reason: text } });
        const approval = data?.approveApplication;
        if (approval) onDecided({ operatorId: approval.operator.id, name: approval.operator.name, initialPassword: approval.initialPassword });
      } else {
        await reject({ variables: { applicationId, reason: text } });
        onDecided(null);
      }
    } catch (error) {
      setFailure(applicationError(error, choice === 'APPROVE' ? 'approve' : 'reject', t));
    }
  };
  const loading = approving.loading || rejecting.loading;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="card" aria-labelledby="decide-heading">
      <h2 id="decide-heading">{t('applications.decide.heading')}</h2>
      <fieldset>
        <legend>{t('applications.decide.decision')}</legend>
        {(['APPROVE', 'REJECT'] as const).map((c) => (
          <p key={c}>
            <input id={`decide-${c}`} type="radio" name="application-decision" checked={choice === c} onChange={() => setChoice(c)} />{' '}
            <label htmlFor={`decide-${c}`}>{t(`applications.decide.${c}`)}</label>
          </p>
        ))}
      </fieldset>
      <label htmlFor="decide-reason">{t('applications.decide.reason')}</label>
      <textarea id="decide-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby={failure ? 'decide-error' : undefined} />
      {failure && (
        <p role="alert" className="error" id="decide-error">
          {failure}
        </p>
      )}
      <button type="submit" disabled={loading}>
        {loading ? t('applications.sending') : t('applications.decide.submit')}
      </button>
    </form>
  );
}

/** The operator ID and the one-time password of an approval, shown once: the API keeps only its hash [R11]. */
export function IssuedAccount({ issued }: { issued: Issued }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="issued-heading" className="card" role="status">
      <h2 id="issued-heading">{t('applications.decide.issuedHeading')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('applications.decide.operatorId')}</dt>
          <dd>
            <strong>{issued.operatorId}</strong> {issued.name}
          </dd>
        </div>
        <div>
          <dt>{t('applications.decide.initialPassword')}</dt>
          <dd>
            <code>{issued.initialPassword}</code>
          </dd>
        </div>
      </dl>
      <p className="notice">{t('applications.decide.onceOnly')}</p>
    </section>
  );
}
