import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInJapan } from '../../format';
import type { SiteCaseRecordsQuery } from '../../gql/graphql';
import { ConfirmStep, DatedReasonForm } from './DatedReasonSteps';
import { MarkLostToFollowUp } from './records-documents';
import { recordRefusal, type Refusal } from './records-errors';

type CaseRecords = NonNullable<SiteCaseRecordsQuery['case']>;
/** The API's fields; the controls are named `lost.<field>`, apart from the other forms of the page. */
const FIELDS = ['on', 'reason'];

/**
 * A followed-up case the facility can no longer reach [R19]: the day and the reason, then a
 * confirmation that says what it does (the years not done are no longer due, it cannot be
 * undone, what was recorded stays). Offered only while the case is followed up: domestic,
 * with follow-up consent, not withdrawn, not already lost, and years remain. The state after
 * is shown in the consent section above (its "lost to follow-up on …" line and schedule).
 */
export function LostToFollowUpPanel({ c, mayWrite }: { c: CaseRecords; mayWrite: boolean }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<'closed' | 'form' | 'confirm'>('closed');
  const [on, setOn] = useState(todayInJapan());
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [done, setDone] = useState(false);
  const [mark, marking] = useMutation(MarkLostToFollowUp, { refetchQueries: ['SiteCaseRecords'], awaitRefetchQueries: true });
  const followed = c.domestic && c.consent?.followUpConsented && !c.consent.withdrawnOn && !c.lostToFollowUp && (c.followUps ?? []).length > 0;
  if (!followed && !done) return null;
  const at = (field: string) => (refusal?.field === field ? refusal.text : undefined);

  function onReview(event: FormEvent) {
    event.preventDefault();
    if (!on || !reason.trim()) {
      setRefusal({ field: on ? 'reason' : 'on', text: t('site.invalid.required') });
      return;
    }
    setRefusal(null);
    setStep('confirm');
  }

  async function onConfirm() {
    try {
      await mark({ variables: { input: { registrationNumber: c.registrationNumber, on, reason } } });
      setDone(true);
      setStep('closed');
    } catch (error) {
      setRefusal(recordRefusal(error, t, 'lost', FIELDS));
      setStep('form');
    }
  }

  return (
    <section aria-labelledby="lost-heading">
      <h2 id="lost-heading">{t('siteRecords.lost.heading')}</h2>
      {done ? (
        <p role="status">{t('siteRecords.lost.done', { date: on, reason })}</p>
      ) : (
        <p>{t('siteRecords.lost.intro')}</p>
      )}
      {!done && !mayWrite && <p className="meta">{t('siteRecords.operatorOrContact')}</p>}
      {!done && mayWrite && step === 'closed' && (
        <button type="button" onClick={() => setStep('form')}>
          {t('siteRecords.lost.start')}
        </button>
      )}
      {step === 'form' && (
        <DatedReasonForm
          id="lost"
          heading={t('siteRecords.lost.formHeading')}
          date={{ name: 'lost.on', label: t('siteRecords.lost.on'), value: on, onChange: setOn, message: at('on') }}
          reason={{ name: 'lost.reason', label: t('siteRecords.lost.reason'), value: reason, onChange: setReason, message: at('reason') }}
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
          id="lost"
          heading={t('siteRecords.lost.confirmHeading')}
          text={t('siteRecords.lost.confirmText', { number: c.registrationNumber, date: on, reason })}
          confirmLabel={t('siteRecords.lost.confirm')}
          busy={marking.loading}
          onConfirm={() => void onConfirm()}
          onBack={() => setStep('form')}
        />
      )}
    </section>
  );
}
