import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DecisionForm } from '../../DecisionForm';
import { applicationError } from './application-errors';
import { ApproveApplication, RejectApplication } from './documents';

type Choice = 'APPROVE' | 'REJECT';
const CHOICES: readonly Choice[] = ['APPROVE', 'REJECT'];

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
  const [approve] = useMutation(ApproveApplication);
  const [reject] = useMutation(RejectApplication);
  const submit = async (choice: Choice | null, reason: string) => {
    if (choice === 'APPROVE') {
      const { data } = await approve({ variables: { applicationId, reason } });
      const approval = data?.approveApplication;
      if (approval) onDecided({ operatorId: approval.operator.id, name: approval.operator.name, initialPassword: approval.initialPassword });
    } else {
      await reject({ variables: { applicationId, reason } });
      onDecided(null);
    }
  };
  return (
    <DecisionForm<Choice>
      id="decide"
      heading={t('applications.decide.heading')}
      choices={{ legend: t('applications.decide.decision'), name: 'application-decision', initial: 'APPROVE', options: CHOICES.map((c) => ({ value: c, label: t(`applications.decide.${c}`) })) }}
      reasonLabel={t('applications.decide.reason')}
      submitLabel={t('applications.decide.submit')}
      sendingLabel={t('applications.sending')}
      reasonMissing={() => t('applications.decide.reasonRequired')}
      submit={submit}
      describeError={(error, choice) => applicationError(error, choice === 'APPROVE' ? 'approve' : 'reject', t)}
    />
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
