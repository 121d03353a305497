import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteCaseRecordsQuery } from '../../gql/graphql';
import { ConfirmStep, DatedReasonForm } from './DatedReasonSteps';
import { recordRefusal, type Refusal } from './records-errors';
import { WithdrawConsent } from './records-documents';
import { todayInJapan } from '../../format';

type CaseRecords = NonNullable<SiteCaseRecordsQuery['case']>;
/** The API's fields of the withdrawal; the controls are named `withdrawal.<field>`, apart from the CRF's own `reason` on the same page. */
const FIELDS = ['withdrawnOn', 'reason'];

/**
 * The consent on record [R16] and the follow-up schedule it allows [R19], and the patient's
 * withdrawal of consent [T8]: the day and the reason, then a confirmation that says what it
 * does (follow-up stops, the data entered stay, it cannot be undone) before it is recorded.
 */
export function ConsentPanel({ c, mayWrite }: { c: CaseRecords; mayWrite: boolean }) {
  const { t } = useTranslation();
  const consent = c.consent;
  const slots = c.followUps ?? [];
  const [step, setStep] = useState<'closed' | 'form' | 'confirm'>('closed');
  const [withdrawnOn, setWithdrawnOn] = useState(todayInJapan());
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [done, setDone] = useState(false);
  const [withdraw, withdrawing] = useMutation(WithdrawConsent, { refetchQueries: ['SiteCaseRecords'], awaitRefetchQueries: true });
  const at = (field: string) => (refusal?.field === field ? refusal.text : undefined);

  function onReview(event: FormEvent) {
    event.preventDefault();
    if (!withdrawnOn || !reason.trim()) {
      setRefusal({ field: withdrawnOn ? 'reason' : 'withdrawnOn', text: t('site.invalid.required') });
      return;
    }
    setRefusal(null);
    setStep('confirm');
  }

  async function onConfirm() {
    try {
      await withdraw({ variables: { input: { registrationNumber: c.registrationNumber, withdrawnOn, reason } } });
      setDone(true);
      setStep('closed');
    } catch (error) {
      setRefusal(recordRefusal(error, t, 'withdrawal', FIELDS));
      setStep('form');
    }
  }

  return (
    <section aria-labelledby="consent-heading">
      <h2 id="consent-heading">{t('siteRecords.consent.heading')}</h2>
      {consent && (
        <dl className="facts">
          <div>
            <dt>{t('siteRecords.consent.obtainedOn')}</dt>
            <dd>{consent.obtainedOn ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('siteRecords.consent.followUp')}</dt>
            <dd>{t(c.domestic ? (consent.followUpConsented ? 'siteRecords.consent.followUpYes' : 'siteRecords.consent.followUpNo') : 'siteRecords.consent.overseas')}</dd>
          </div>
        </dl>
      )}
      {consent?.withdrawnOn ? (
        <p role="status">
          {t(done ? 'siteRecords.consent.justWithdrawn' : 'siteRecords.consent.withdrawn', { date: consent.withdrawnOn, reason: consent.withdrawalReason ?? '—' })}
        </p>
      ) : (
        c.lostToFollowUp && <p>{t('siteRecords.consent.lost', { date: c.lostToFollowUp.on, reason: c.lostToFollowUp.reason })}</p>
      )}
      <h3>{t('siteRecords.consent.schedule')}</h3>
      {slots.length === 0 ? (
        <p>{t(consent?.withdrawnOn || c.lostToFollowUp ? 'siteRecords.consent.noneStopped' : 'siteRecords.consent.noneFollowed')}</p>
      ) : (
        <table>
          <caption>{t('siteRecords.consent.scheduleCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('siteRecords.followUps.year')}</th>
              <th scope="col">{t('siteRecords.followUps.dueOn')}</th>
              <th scope="col">{t('siteRecords.followUps.window')}</th>
              <th scope="col">{t('siteRecords.followUps.state')}</th>
              <th scope="col">{t('siteRecords.followUps.contactedOn')}</th>
            </tr>
          </thead>
          <tbody>
            {slots.map((s) => (
              <tr key={s.year}>
                <td>{t('siteRecords.followUps.yearN', { year: s.year })}</td>
                <td>{s.dueOn}</td>
                <td>{t('siteRecords.followUps.windowRange', { from: s.windowOpensOn, to: s.windowClosesOn })}</td>
                <td>{t(`siteRecords.followUps.states.${s.state}`)}</td>
                <td>{s.record ? `${s.record.contactedOn} (${t(`siteRecords.followUps.vital.${s.record.vitalStatus}`)})` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {consent && !consent.withdrawnOn && mayWrite && step === 'closed' && (
        <button type="button" onClick={() => setStep('form')}>
          {t('siteRecords.consent.start')}
        </button>
      )}
      {consent && !consent.withdrawnOn && !mayWrite && <p className="meta">{t('siteRecords.operatorOrContact')}</p>}
      {step === 'form' && (
        <DatedReasonForm
          id="withdraw"
          heading={t('siteRecords.consent.formHeading')}
          date={{ name: 'withdrawal.withdrawnOn', label: t('siteRecords.consent.withdrawnOn'), value: withdrawnOn, onChange: setWithdrawnOn, message: at('withdrawnOn') }}
          reason={{ name: 'withdrawal.reason', label: t('siteRecords.consent.reason'), value: reason, onChange: setReason, message: at('reason') }}
          refusal={refusal}
          onReview={onReview}
          onCancel={() => {
            setRefusal(null);
            setStep('closed');
          }}
        />
      )}
      {step === 'confirm' && (
        <ConfirmStep
          id="withdraw"
          heading={t('siteRecords.consent.confirmHeading')}
          text={t('siteRecords.consent.confirmText', { number: c.registrationNumber, date: withdrawnOn, reason })}
          confirmLabel={t('siteRecords.consent.confirm')}
          busy={withdrawing.loading}
          onConfirm={() => void onConfirm()}
          onBack={() => setStep('form')}
        />
      )}
    </section>
  );
}
