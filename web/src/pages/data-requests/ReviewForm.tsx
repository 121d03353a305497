import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DecisionForm } from '../../DecisionForm';
import type { DataRequestDecision } from '../../gql/graphql';
import { dataRequestError } from './data-request-errors';
import { ReviewDataRequest } from './documents';

const DECISIONS: DataRequestDecision[] = ['APPROVE', 'REQUEST_CHANGES', 'REJECT'];

/** The steering committee's review of purpose and data keeping [R39]: approve, ask for changes or reject; a reason for the last two. */
export function ReviewForm({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const [review] = useMutation(ReviewDataRequest);
  return (
    <DecisionForm<DataRequestDecision>
      id="review"
      heading={t('dataRequests.review.heading')}
      intro={t('dataRequests.review.intro')}
      choices={{ legend: t('dataRequests.review.decision'), name: 'review-decision', initial: 'APPROVE', options: DECISIONS.map((d) => ({ value: d, label: t(`dataRequests.review.${d}`) })) }}
      reasonLabel={t('dataRequests.review.reason')}
      submitLabel={t('dataRequests.review.submit')}
      sendingLabel={t('dataRequests.sending')}
      reasonMissing={(decision) => (decision === 'APPROVE' ? null : t('dataRequests.review.reasonRequired'))}
      submit={async (decision, reason) => {
        await review({ variables: { id: requestId, decision: decision!, reason: reason || null } });
      }}
      describeError={(error) => dataRequestError(error, t)}
    />
  );
}
