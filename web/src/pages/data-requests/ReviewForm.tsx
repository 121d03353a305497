import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DecisionForm } from '../../DecisionForm';
import type { DataRequestDecision } from '../../gql/graphql';
import { dataRequestError } from './data-request-errors';
import { ReviewDataRequest } from './documents';

const DECISIONS: DataRequestDecision[] = ['APPROVE', 'REQUEST_CHANGES', 'REJECT'];

/**
 * The steering committee's review of purpose and data keeping [R39]: approve, ask for
 * changes or reject; a reason for the last two. A plan that asks for the operator's or the
 * facility's identity is approved for it explicitly, by a box of its own [R21a][T7.2].
 */
export function ReviewForm({ requestId, asksIdentity }: { requestId: string; asksIdentity: boolean }) {
  const { t } = useTranslation();
  const [review] = useMutation(ReviewDataRequest);
  const [approveIdentity, setApproveIdentity] = useState(false);
  const identityBox = asksIdentity ? (
    <p>
      <input id="review-approveIdentity" type="checkbox" checked={approveIdentity} onChange={(e) => setApproveIdentity(e.target.checked)} aria-describedby="review-approveIdentity-hint" />{' '}
      <label htmlFor="review-approveIdentity">{t('dataRequests.review.approveIdentity')}</label>
      <span className="meta" id="review-approveIdentity-hint">
        {' '}
        {t('dataRequests.review.approveIdentityHint')}
      </span>
    </p>
  ) : undefined;
  return (
    <DecisionForm<DataRequestDecision>
      id="review"
      heading={t('dataRequests.review.heading')}
      intro={t('dataRequests.review.intro')}
      choices={{ legend: t('dataRequests.review.decision'), name: 'review-decision', initial: 'APPROVE', options: DECISIONS.map((d) => ({ value: d, label: t(`dataRequests.review.${d}`) })) }}
      extra={identityBox}
      reasonLabel={t('dataRequests.review.reason')}
      submitLabel={t('dataRequests.review.submit')}
      sendingLabel={t('dataRequests.sending')}
      reasonMissing={(decision) => (decision === 'APPROVE' ? null : t('dataRequests.review.reasonRequired'))}
      submit={async (decision, reason) => {
        await review({ variables: { id: requestId, decision: decision!, reason: reason || null, approveIdentity: decision === 'APPROVE' && approveIdentity } });
      }}
      describeError={(error) => dataRequestError(error, t)}
    />
  );
}
