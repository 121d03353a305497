import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataRequestDecision } from '../../gql/graphql';
import { dataRequestError } from './data-request-errors';
import { ReviewDataRequest } from './documents';

const DECISIONS: DataRequestDecision[] = ['APPROVE', 'REQUEST_CHANGES', 'REJECT'];

/** The steering committee's review of purpose and data keeping [R39]: approve, ask for changes or reject; a reason for the last two. */
export function ReviewForm({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<DataRequestDecision>('APPROVE');
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [review, { loading }] = useMutation(ReviewDataRequest);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const why = reason.trim();
    if (decision !== 'APPROVE' && !why) return setFailure(t('dataRequests.review.reasonRequired'));
    setFailure(null);
    try {
      await review({ variables: { id: requestId, decision, reason: why || null } });
    } catch (error) {
      setFailure(dataRequestError(error, t));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="card" aria-labelledby="review-heading">
      <h2 id="review-heading">{t('dataRequests.review.heading')}</h2>
      <p className="meta">{t('dataRequests.review.intro')}</p>
      <fieldset>
        <legend>{t('dataRequests.review.decision')}</legend>
        {DECISIONS.map((d) => (
          <p key={d}>
            <input id={`review-${d}`} type="radio" name="review-decision" checked={decision === d} onChange={() => setDecision(d)} /> <label htmlFor={`review-${d}`}>{t(`dataRequests.review.${d}`)}</label>
          </p>
        ))}
      </fieldset>
      <label htmlFor="review-reason">{t('dataRequests.review.reason')}</label>
      <textarea id="review-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby={failure ? 'review-error' : undefined} />
      {failure && (
        <p role="alert" className="error" id="review-error">
          {failure}
        </p>
      )}
      <button type="submit" disabled={loading}>
        {loading ? t('dataRequests.sending') : t('dataRequests.review.submit')}
      </button>
    </form>
  );
}
