import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../errors';
import { CorrectFeeStatement } from './documents';

/** A refusal in the user's language: R20 is nothing changed since, or a statement corrected already. */
function correctError(error: unknown, t: TFunction): string {
  if (CombinedGraphQLErrors.is(error)) {
    const ext = error.errors[0]?.extensions;
    if (ext?.['code'] === 'RULE_VIOLATION' && ext['rule'] === 'R20') return t('fees.correction.refused');
    if (ext?.['code'] === 'BAD_USER_INPUT' && ext['field'] === 'reason') return t('fees.correction.reasonRequired');
  }
  return errorMessage(error, t);
}

/**
 * [R20] The secretariat corrects the standing statement: a new statement with the fees as
 * they are now and the reason, naming this one, which stays as issued; then shows the new one.
 */
export function CorrectStatement({ id, number }: { id: string; number: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [correct, { loading }] = useMutation(CorrectFeeStatement);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFailure(null);
    if (!reason.trim()) return setFailure(t('fees.correction.reasonRequired'));
    try {
      const res = await correct({ variables: { statementId: id, reason } });
      if (res.data) void navigate(`/fees/${res.data.correctFeeStatement.id}`);
    } catch (error) {
      setFailure(correctError(error, t));
    }
  };
  if (!open) {
    return (
      <p className="no-print">
        <button type="button" onClick={() => setOpen(true)}>
          {t('fees.correction.open', { number })}
        </button>
      </p>
    );
  }
  return (
    <form className="card no-print" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="correct-heading">
      <h2 id="correct-heading">{t('fees.correction.heading', { number })}</h2>
      <p>{t('fees.correction.intro')}</p>
      <label htmlFor="correct-reason">{t('fees.correction.reason')}</label>
      <textarea id="correct-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={failure ? true : undefined} aria-describedby={failure ? 'correct-error' : undefined} />
      <p className="paging">
        <button type="submit" disabled={loading}>
          {t('fees.correction.submit')}
        </button>
        <button type="button" disabled={loading} onClick={() => setOpen(false)}>
          {t('fees.cancel')}
        </button>
      </p>
      {failure && (
        <p id="correct-error" role="alert" className="error">
          {failure}
        </p>
      )}
    </form>
  );
}
