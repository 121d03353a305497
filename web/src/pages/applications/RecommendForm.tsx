import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DecisionForm } from '../../DecisionForm';
import { applicationError } from './application-errors';
import { RecommendApplication } from './documents';

/** A certified operator's recommendation letter (推薦状), given under their own name while signed in [R11]. */
export function RecommendForm({ applicationId, onDone }: { applicationId: string; onDone(): void }) {
  const { t } = useTranslation();
  const [recommend] = useMutation(RecommendApplication);
  return (
    <DecisionForm<never>
      id="recommend"
      field="letter"
      heading={t('applications.recommend.heading')}
      intro={t('applications.recommend.intro')}
      reasonLabel={t('applications.recommend.letter')}
      rows={6}
      submitLabel={t('applications.recommend.submit')}
      sendingLabel={t('applications.sending')}
      reasonMissing={() => t('applications.recommend.empty')}
      submit={async (_, letter) => {
        await recommend({ variables: { applicationId, letter } });
        onDone();
      }}
      describeError={(error) => applicationError(error, 'recommend', t)}
      clearOnDone
    />
  );
}
